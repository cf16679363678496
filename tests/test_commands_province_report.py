"""Province desk commands: `report province-summary`, `completeness`, `dhis2` — exit codes, what they print
and the files they write."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from gender_equality_desk.cli import main
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.completeness import chase_list, round_completeness
from gender_equality_desk.core.province.consolidation import consolidate
from gender_equality_desk.core.province.dhis2 import MappingRow, save_mapping
from gender_equality_desk.core.store.opening import open_store
from tests.core.province.province_fixtures import Province, fill_province


@pytest.fixture
def data_dir(tmp_path: Path) -> tuple[str, Province]:
    layout = DataLayout(tmp_path / "tinh")
    store = open_store(layout)
    try:
        province = fill_province(store, communes=12, seed=3)
    finally:
        store.close()
    return str(layout.root), province


ROUND = ["--kind", "action-month", "--year", "2026"]


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_report_province_summary_writes_the_consolidated_report(
    data_dir: tuple[str, Province], tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    folder, province = data_dir
    out = tmp_path / f"tong-hop.{suffix}"
    code = main(["report", "province-summary", "--data-dir", folder, *ROUND, "--out", str(out),
                 "--date", "2026-12-24"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "Đã lập báo cáo tổng hợp Tháng hành động (15/11–15/12) 2026" in capsys.readouterr().out
    included = len(province.reported)
    if suffix == "pdf":
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert f"{included}/12 xã, phường" in " ".join(text.split())
    else:
        book = openpyxl.load_workbook(out)
        sheet = book["Theo xã"]
        assert sheet.cell(5 + included, 1).value == "Tổng cộng"
        assert sheet.cell(5 + included, 4).value == f"=SUM(D5:D{4 + included})"


def test_completeness_prints_the_chase_list(
    data_dir: tuple[str, Province], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, province = data_dir
    pdf = tmp_path / "goi.pdf"
    code = main(["completeness", "--data-dir", folder, *ROUND, "--today", "2026-12-23", "--out", str(pdf)])
    assert code == 0, capsys.readouterr().err
    out = capsys.readouterr().out.splitlines()
    store = open_store(DataLayout(Path(folder)))
    try:
        with store.reading() as session:
            expected = chase_list(round_completeness(session, province.round_id, date(2026, 12, 23)))
    finally:
        store.close()
    assert out[0] == "Tháng hành động (15/11–15/12) 2026 — hạn nộp 20/12/2026, tính đến 23/12/2026"
    assert out[1].startswith(f"Đã nhận {len(province.reported)}/12 xã")
    header, *rows = out[3:-1]
    assert header.split() == [
        "TT",
        "Mã",
        "xã",
        "Xã,",
        "phường",
        "Tình",
        "trạng",
        "Cán",
        "bộ",
        "Điện",
        "thoại",
    ]
    assert len(rows) == len(expected) and expected
    for line, row in zip(rows, expected, strict=True):
        assert row.commune.code in line and row.commune.name in line and row.status_text in line
        assert line.rstrip().endswith(row.commune.officer_phone) and row.commune.officer_name in line
    assert province.missing and {row.commune.code for row in expected} >= set(province.missing)
    assert pdf.is_file() and "Đã ghi danh sách cần gọi" in out[-1]


def test_dhis2_writes_values_and_lists_unmapped_codes(
    data_dir: tuple[str, Province], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, province = data_dir
    out = tmp_path / "dhis2.json"
    assert main(["dhis2", "--data-dir", folder, *ROUND, "--out", str(out)]) == 1
    assert "Chưa gán mã DHIS2" in capsys.readouterr().err and not out.exists()
    store = open_store(DataLayout(Path(folder)))
    try:
        with store.transaction() as session:
            save_mapping(session, MappingRow("action-month", "AM01", "fbfJHSPpUQD"))
        with store.reading() as session:
            given = [r.figures["AM01"] for r in consolidate(session, province.round_id).included]
    finally:
        store.close()
    assert main(["dhis2", "--data-dir", folder, *ROUND, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    values = json.loads(out.read_text(encoding="utf-8"))["dataValues"]
    assert sorted(int(v["value"]) for v in values) == sorted(v for v in given if v is not None)
    assert "Tháng hành động được gửi theo kỳ năm 2026" in printed
    assert "chưa gán mã DHIS2 nên không được gửi: AM02 (Số lượt người tham gia)" in printed


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["completeness", "--year", "2026"], "Chưa chọn loại báo cáo"),
        (["completeness", "--kind", "gender-equality", "--year", "2026"], "Chưa có kỳ báo cáo"),
        (["completeness", "--kind", "action-month", "--period", "h1"], "không dùng cho loại báo cáo này"),
        (["report", "province-summary", *ROUND, "--out", "x.doc"], "không có đuôi .pdf hoặc .xlsx"),
        (["report", "province-summary", *ROUND, "--out", "x.doc", "--format", "pdf"], "không có đuôi .pdf"),
        (["report", "province-summary", *ROUND, "--out", "x.pdf", "--publish"], "không có bản công bố"),
    ],
)
def test_refusals_exit_1_with_a_vietnamese_reason(
    data_dir: tuple[str, Province], capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    folder, _province = data_dir
    assert main([*argv, "--data-dir", folder]) == 1
    assert message in capsys.readouterr().err


def test_kind_is_only_for_the_province_summary(data_dir: tuple[str, Province], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    folder, _province = data_dir
    code = main(["report", "action-month", "--kind", "action-month", "--data-dir", folder,
                 "--out", str(tmp_path / "a.pdf")])  # fmt: skip
    assert code == 2 and "chỉ dùng với province-summary" in capsys.readouterr().err


def test_a_missing_store_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["completeness", "--data-dir", str(tmp_path / "none"), *ROUND])
    assert code == 1 and capsys.readouterr().err.startswith("Lỗi: ")
