"""The province desk's command line: `setup --province-desk`, `roster …`, `round …` — exit codes, the
Vietnamese messages, and the store read back with plain SQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gender_equality_desk.cli import main
from gender_equality_desk.core.exchange.packages_signing import encode
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.keys import own_province_key
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.province_models import ProvinceLink

ROSTER = (
    "Mã;Tên xã/phường;Cán bộ phụ trách;Số điện thoại\n"
    "4378;Xã Cao Lâu;Lê Thị Hoa;0912345678\n"
    "04390;Xã Tân Thành;;\n"
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _sql(root: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        return db.execute(query).fetchall()


@pytest.fixture
def province_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "tinh"
    code, _out, err = _run(
        capsys,
        "setup",
        "--province-desk",
        "--province",
        "Lạng Sơn",
        "--signer",
        "Hoàng Văn Nam",
        "--data-dir",
        str(root),
    )
    assert code == 0, err
    return root


def test_setup_province_desk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "tinh"
    code, out, err = _run(
        capsys,
        "setup",
        "--province-desk",
        "--province",
        "Cao Bằng",
        "--authority",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng",
        "--officer",
        "Nông Thị Lan",
        "--data-dir",
        str(root),
    )
    assert (code, err) == (0, "")
    assert out.startswith(
        "Đã khai báo bàn tiếp nhận của tỉnh: Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng, Cao Bằng"
    )
    assert "chưa có người ký (nhập ở Cài đặt)" in out
    assert _sql(
        root, "SELECT desk_role, commune_name, issuing_body, parent_body, officer_name FROM commune_profile"
    ) == [
        (
            "province",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "UBND TỈNH CAO BẰNG",
            "Nông Thị Lan",
        ),
    ]
    code, _out, err = _run(
        capsys, "setup", "--province-desk", "--province", "Lạng Sơn", "--data-dir", str(root)
    )
    assert code == 1
    assert err.startswith("Lỗi: Máy này đã khai báo Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng, Cao Bằng")
    assert "--force" in err
    assert _sql(root, "SELECT province_name FROM commune_profile") == [("Cao Bằng",)]


def test_setup_province_desk_refuses_commune_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "tinh"
    code, _out, err = _run(
        capsys,
        "setup",
        "--province-desk",
        "--province",
        "Lạng Sơn",
        "--commune",
        "Xã A",
        "--data-dir",
        str(root),
    )
    assert code == 1 and "không có tên xã (--commune)" in err
    code, _out, err = _run(capsys, "setup", "--province-desk", "--data-dir", str(root))
    assert code == 1 and err.startswith("Lỗi: chưa có tên tỉnh/thành phố (--province).")
    assert not (root / "gedesk.sqlite3").exists()


def test_roster_import_list_and_problems(
    province_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = tmp_path / "ds.csv"
    listed.write_text("\ufeff" + ROSTER, encoding="utf-8")
    code, out, err = _run(capsys, "roster", "import", str(listed), "--check", "--data-dir", str(province_dir))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Sẽ thêm 2 xã, cập nhật 0 xã từ tệp “ds.csv”."
    assert _sql(province_dir, "SELECT count(*) FROM province_commune") == [(0,)]
    code, out, _err = _run(capsys, "roster", "import", str(listed), "--data-dir", str(province_dir))
    assert code == 0
    assert out.splitlines() == [
        "Đã thêm 2 xã, cập nhật 0 xã từ tệp “ds.csv”.",
        "  + 04378 Xã Cao Lâu",
        "  + 04390 Xã Tân Thành",
    ]
    code, out, _err = _run(capsys, "roster", "list", "--data-dir", str(province_dir))
    assert (code, out.splitlines()) == (
        0,
        [
            "Danh bạ: 2 xã (0 đã sáp nhập, 0 đã ghim khóa).",
            "04378 | Xã Cao Lâu | Lê Thị Hoa | 0912345678",
            "04390 | Xã Tân Thành |  | ",
        ],
    )
    broken = tmp_path / "loi.csv"
    broken.write_text("Mã,Tên\n04401,Xã Mới\n04378,\n04401,Xã Mới Nữa\n", encoding="utf-8")
    code, out, err = _run(capsys, "roster", "import", str(broken), "--data-dir", str(province_dir))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "Lỗi: Tệp “loi.csv” chưa nhập được (2 lỗi, chưa ghi gì vào danh bạ). Hãy sửa trong tệp rồi nhập lại:",
        "  Dòng 3: chưa có tên xã/phường (mã 04378).",
        "  Dòng 4: mã 04401 trùng với dòng 2.",
    ]
    assert _sql(province_dir, "SELECT code FROM province_commune ORDER BY code") == [("04378",), ("04390",)]


def test_rounds_add_publish_list(
    province_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ("--data-dir", str(province_dir))
    code, out, err = _run(
        capsys,
        "round",
        "add",
        "--kind",
        "gender-equality",
        "--year",
        "2026",
        "--period",
        "h1",
        "--deadline",
        "2026-07-05",
        *data,
    )
    assert (code, err) == (0, "")
    rows = _sql(province_dir, "SELECT count(*), sum(at_most_code != '') FROM round_indicator")[0]
    assert out.startswith(
        "Đã tạo kỳ báo cáo “Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026” "
        f"(01/01/2026–30/06/2026), hạn nộp 05/07/2026: {rows[0]} dòng chỉ tiêu, {rows[1]} dòng"
    )
    code, _out, err = _run(
        capsys, "round", "add", "--kind", "gender-equality", "--year", "2026", "--period", "h1", *data
    )
    assert code == 1 and err.startswith(
        "Lỗi: Đã có kỳ báo cáo “Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026”"
    )
    code, _out, err = _run(
        capsys, "round", "add", "--kind", "action-month", "--year", "2026", "--period", "h1", *data
    )
    assert code == 1 and "Kỳ báo cáo “h1” không dùng cho loại báo cáo này" in err
    target = tmp_path / "ky.gedround"
    code, out, err = _run(
        capsys,
        "round",
        "publish",
        "--kind",
        "gender-equality",
        "--year",
        "2026",
        "--period",
        "h1",
        "--out",
        str(target),
        *data,
    )
    assert (code, err) == (0, "") and target.is_file()
    assert out.startswith(f"Đã xuất tệp kỳ báo cáo {target}")
    code, _out, err = _run(
        capsys,
        "round",
        "publish",
        "--kind",
        "dv-statistics",
        "--year",
        "2026",
        "--out",
        str(tmp_path / "x.gedround"),
        *data,
    )
    assert (
        code == 1
        and "Chưa có kỳ báo cáo “Thống kê công tác phòng, chống bạo lực gia đình” — cả năm 2026" in err
    )
    code, out, _err = _run(capsys, "round", "list", *data)
    assert code == 0 and out.startswith(
        "gender-equality h1 2026 | Báo cáo công tác bình đẳng giới 6 tháng đầu"
    )
    assert "| đã xuất tệp " in out and "| đã nhận 0 xã" in out
    code, _out, err = _run(capsys, "round", "import", str(target), *data)
    assert code == 1 and "là bàn tiếp nhận của tỉnh (Sở): không nhập tệp kỳ báo cáo được" in err


def test_a_commune_imports_the_round(
    province_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(
            capsys,
            "round",
            "add",
            "--kind",
            "dv-statistics",
            "--year",
            "2026",
            "--data-dir",
            str(province_dir),
        )[0]
        == 0
    )
    target = tmp_path / "ky.gedround"
    _run(
        capsys,
        "round",
        "publish",
        "--kind",
        "dv-statistics",
        "--year",
        "2026",
        "--out",
        str(target),
        "--data-dir",
        str(province_dir),
    )
    commune = tmp_path / "xa"
    assert (
        _run(
            capsys,
            "setup",
            "--commune",
            "Xã Cao Lâu",
            "--province",
            "Lạng Sơn",
            "--signer",
            "Trần Thị Hằng",
            "--data-dir",
            str(commune),
        )[0]
        == 0
    )
    code, _out, err = _run(capsys, "round", "import", str(target), "--data-dir", str(commune))
    assert code == 1 and "chưa nhập tệp khóa của tỉnh" in err
    code, _out, err = _run(capsys, "roster", "list", "--data-dir", str(commune))
    assert code == 1 and "là bàn làm việc của xã/phường: không quản lý danh bạ xã được" in err
    key = own_province_key(DataLayout(province_dir), "Lạng Sơn", "Sở Nội vụ tỉnh Lạng Sơn")
    store = open_store(DataLayout(commune))
    with store.transaction() as session:
        session.add(
            ProvinceLink(
                province_name="Lạng Sơn",
                sealing_key=encode(key.sealing_key),
                signing_key=encode(key.signing_key),
                fingerprint=key.fingerprint,
            )
        )
    store.close()
    code, out, err = _run(capsys, "round", "import", str(target), "--data-dir", str(commune))
    assert (code, err) == (0, "")
    assert out.startswith(
        "Đã nhập kỳ báo cáo “Báo cáo thống kê công tác phòng, chống bạo lực gia đình năm 2026”"
    )
    assert _sql(commune, "SELECT report_kind, year, period FROM reporting_round") == [
        ("dv-statistics", 2026, "year")
    ]
    code, out, _err = _run(capsys, "round", "list", "--data-dir", str(commune))
    assert code == 0 and "| đã nhập tệp " in out


def test_a_folder_not_set_up_is_told_how(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "roster", "list", "--data-dir", str(tmp_path / "moi"))
    assert (code, out) == (1, "")
    assert err.startswith(
        "Lỗi: Thư mục dữ liệu này chưa khai báo đơn vị. Bàn của tỉnh: chạy “setup --province-desk"
    )
