"""`report` subcommand: the same files as the Báo cáo page, headless."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from gender_equality_desk.cli import main
from gender_equality_desk.commands_report import REPORT_KINDS
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.registry import ReportKind
from gender_equality_desk.core.store.opening import open_store


def test_report_kinds_listed_in_the_cli_match_the_registry() -> None:
    assert tuple(kind.value for kind in ReportKind) == REPORT_KINDS


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    data_dir = str(tmp_path_factory.mktemp("cli") / "demo")
    assert main(["demo", "--data-dir", data_dir, "--years", "1", "--as-of", "2026-12-20"]) == 0
    return data_dir


@pytest.mark.parametrize("kind", REPORT_KINDS)
@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_every_report_is_written_headless(
    demo_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, suffix: str
) -> None:
    out = tmp_path / f"report.{suffix}"
    code = main(
        ["report", kind, "--data-dir", demo_dir, "--year", "2026", "--out", str(out), "--date", "2026-12-10"]
    )
    assert code == 0, capsys.readouterr().err
    assert "Đã lập" in capsys.readouterr().out
    if suffix == "pdf":
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert "ngày 10 tháng 12 năm 2026" in text
    else:
        workbook = load_workbook(out)
        assert workbook.sheetnames


def test_a_wrong_extension_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_store(DataLayout(tmp_path)).close()
    out = tmp_path / "a.doc"
    code = main(["report", "action-month", "--data-dir", str(tmp_path), "--format", "pdf", "--out", str(out)])
    assert code == 2
    assert "không có đuôi .pdf" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_store_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["report", "activity-log", "--data-dir", str(tmp_path / "none"), "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 1
    assert capsys.readouterr().err.strip()


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_reports_are_exact_by_default_and_marked_for_publication_on_request(
    demo_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exact, public = tmp_path / "exact.pdf", tmp_path / "public.pdf"
    base = ["report", "dv-statistics", "--data-dir", demo_dir, "--year", "2026"]
    assert main([*base, "--out", str(exact)]) == 0
    assert main([*base, "--out", str(public), "--publish"]) == 0
    assert "bản công bố công khai" in capsys.readouterr().out
    exact_text, public_text = _pdf_text(exact), _pdf_text(public)
    assert "Số liệu chính xác, gửi cơ quan cấp trên — không công bố công khai." in exact_text
    assert "<3" not in exact_text
    assert "Bản công bố công khai: ô có từ 1 đến 2 trường hợp được ghi “<3”" in public_text


def test_publish_is_refused_for_a_report_without_case_counts(
    demo_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "log.pdf"
    code = main(["report", "activity-log", "--data-dir", demo_dir, "--out", str(out), "--publish"])
    assert code == 2 and not out.exists()
    assert "không có bản công bố công khai" in capsys.readouterr().err
