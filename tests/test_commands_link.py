"""`setup --unit-code`, `province-key import|export` and `submit` as a province IT person or a script runs
them: exit codes, the Vietnamese lines printed, and what they wrote, read back by plain SQL or with the
province's private key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gender_equality_desk.cli import main
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.keys import read_key_file, sealing_private_key
from gender_equality_desk.core.province.submission_file import open_submission_file

COMMUNE = ["--commune", "Xã Cao Lâu", "--province", "Lạng Sơn", "--signer", "Trần Thị Hằng"]
PROVINCE = ["--commune", "Sở Nội vụ tỉnh Lạng Sơn", "--province", "Lạng Sơn", "--signer", "Lý Văn Minh"]


def _sql(root: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        return db.execute(query).fetchall()


def _set_up(root: Path, names: list[str] = COMMUNE) -> Path:
    assert main(["setup", "--data-dir", str(root), *names]) == 0
    return root


@pytest.fixture
def province(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A province desk (the role province-desk's `setup --province-desk` sets) with its key file exported."""
    root = _set_up(tmp_path / "tinh", PROVINCE)
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        db.execute("UPDATE commune_profile SET desk_role = 'province'")
    key_file = tmp_path / "LangSon.gedkey"
    assert main(["province-key", "export", "--data-dir", str(root), "--out", str(key_file)]) == 0
    capsys.readouterr()
    return key_file


# -- setup --unit-code -------------------------------------------------------------------------------------


def test_the_unit_code_alone_fills_only_that_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _set_up(tmp_path / "xa")
    before = _sql(root, "SELECT commune_name, signer_name, receiving_authority FROM commune_profile")
    capsys.readouterr()
    assert main(["setup", "--data-dir", str(root), "--unit-code", "04378"]) == 0
    assert capsys.readouterr().out == "Đã ghi mã đơn vị hành chính 04378 cho Xã Cao Lâu, Lạng Sơn.\n"
    assert _sql(root, "SELECT unit_code FROM commune_profile") == [("04378",)]
    assert _sql(root, "SELECT commune_name, signer_name, receiving_authority FROM commune_profile") == before


def test_the_unit_code_is_saved_by_a_first_setup_too(tmp_path: Path) -> None:
    root = tmp_path / "xa"
    assert main(["setup", "--data-dir", str(root), *COMMUNE, "--unit-code", "04378"]) == 0
    assert _sql(root, "SELECT commune_name, unit_code FROM commune_profile") == [("Xã Cao Lâu", "04378")]


@pytest.mark.parametrize(
    ("set_up", "code", "words"),
    [
        (True, "04-378", "chỉ được gồm chữ số"),
        (False, "04378", "chưa có dữ liệu của xã"),
    ],
)
def test_a_wrong_code_or_a_folder_not_set_up_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], set_up: bool, code: str, words: str
) -> None:
    root = _set_up(tmp_path / "xa") if set_up else tmp_path / "xa"
    capsys.readouterr()
    assert main(["setup", "--data-dir", str(root), "--unit-code", code]) == 1
    said = capsys.readouterr()
    assert said.out == "" and said.err.startswith("Lỗi: ") and words in said.err
    if set_up:
        assert _sql(root, "SELECT unit_code FROM commune_profile") == [("",)]


# -- province-key ------------------------------------------------------------------------------------------


def test_the_province_exports_its_key_and_prints_the_fingerprint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _set_up(tmp_path / "tinh", PROVINCE)
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        db.execute("UPDATE commune_profile SET desk_role = 'province'")
    capsys.readouterr()
    key_file = tmp_path / "LangSon.gedkey"
    assert main(["province-key", "export", "--data-dir", str(root), "--out", str(key_file)]) == 0
    key = read_key_file(key_file)
    assert (key.province, key.authority) == ("Lạng Sơn", "Sở Nội vụ tỉnh Lạng Sơn")
    out = capsys.readouterr().out
    assert f"Mã khóa: {key.fingerprint}." in out and str(key_file) in out
    # Exported again: the same key, not a new one the communes would not know.
    assert main(["province-key", "export", "--data-dir", str(root), "--out", str(tmp_path / "b.gedkey")]) == 0
    assert read_key_file(tmp_path / "b.gedkey") == key


def test_a_commune_desk_cannot_export_a_province_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _set_up(tmp_path / "xa")
    capsys.readouterr()
    key_file = tmp_path / "x.gedkey"
    assert main(["province-key", "export", "--data-dir", str(root), "--out", str(key_file)]) == 1
    assert "Chỉ máy bàn tiếp nhận của tỉnh mới xuất tệp khóa" in capsys.readouterr().err
    assert not key_file.exists() and not (root / "keys" / "province-sealing.pem").exists()


def test_the_commune_imports_the_key_and_a_different_one_needs_replace(
    tmp_path: Path, province: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _set_up(tmp_path / "xa")
    capsys.readouterr()
    key = read_key_file(province)
    assert main(["province-key", "import", "--data-dir", str(root), str(province)]) == 0
    assert capsys.readouterr().out == (
        f"Đã nhập khóa của Sở Nội vụ tỉnh Lạng Sơn (Lạng Sơn). Mã khóa: {key.fingerprint}. Hãy gọi điện cho "
        "tỉnh và đọc đối chiếu mã này với mã tỉnh in trên giấy.\n"
    )
    other_root = _set_up(tmp_path / "tinh2", PROVINCE)
    with sqlite3.connect(other_root / "gedesk.sqlite3") as db:
        db.execute("UPDATE commune_profile SET desk_role = 'province'")
    other_file = tmp_path / "khac.gedkey"
    assert main(["province-key", "export", "--data-dir", str(other_root), "--out", str(other_file)]) == 0
    other = read_key_file(other_file)
    capsys.readouterr()

    assert main(["province-key", "import", "--data-dir", str(root), str(other_file)]) == 1
    err = capsys.readouterr().err
    assert key.fingerprint in err and other.fingerprint in err and "--replace" in err
    assert _sql(root, "SELECT fingerprint FROM province_link WHERE is_deleted = 0") == [(key.fingerprint,)]

    assert main(["province-key", "import", "--data-dir", str(root), str(other_file), "--replace"]) == 0
    assert f"mã cũ {key.fingerprint}" in capsys.readouterr().out
    assert _sql(root, "SELECT fingerprint FROM province_link WHERE is_deleted = 0") == [(other.fingerprint,)]


def test_a_file_that_is_not_a_key_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _set_up(tmp_path / "xa")
    wrong = tmp_path / "baocao.pdf"
    wrong.write_bytes(b"%PDF-1.4")
    capsys.readouterr()
    assert main(["province-key", "import", "--data-dir", str(root), str(wrong)]) == 1
    assert "không phải tệp khóa của tỉnh" in capsys.readouterr().err
    assert _sql(root, "SELECT count(*) FROM province_link") == [(0,)]


# -- submit ------------------------------------------------------------------------------------------------


def _ready_commune(tmp_path: Path, province: Path) -> Path:
    root = _set_up(tmp_path / "xa")
    assert main(["setup", "--data-dir", str(root), "--unit-code", "04378"]) == 0
    assert main(["province-key", "import", "--data-dir", str(root), str(province)]) == 0
    return root


def test_submit_writes_a_file_only_the_province_opens(
    tmp_path: Path, province: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _ready_commune(tmp_path, province)
    capsys.readouterr()
    target = tmp_path / "04378.gedsub"
    args = ["submit", "--data-dir", str(root), "--report", "action-month", "--year", "2026"]
    assert main([*args, "--date", "2026-12-16", "--out", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        f"Đã lập tệp gửi tỉnh {target}: Xã Cao Lâu (mã 04378), báo cáo kết quả Tháng hành động vì bình đẳng "
        "giới và phòng, chống bạo lực trên cơ sở giới, Tháng hành động (15/11–15/12) năm 2026; "
    )
    received = open_submission_file(target, sealing_private_key(DataLayout(tmp_path / "tinh")))
    submission = received.submission
    assert (submission.commune_code, submission.report_kind, submission.year) == (
        "04378",
        "action-month",
        2026,
    )
    figures = submission.figures()
    assert figures["activities"] == 0 and figures["participants_children"] is None  # nothing recorded yet
    filled = sum(1 for value in figures.values() if value is not None)
    assert f"{filled} chỉ tiêu có số liệu, {len(figures) - filled} chỉ tiêu để trống" in out
    assert received.pdf.startswith(b"%PDF-") and "Đã niêm phong cho Sở Nội vụ tỉnh Lạng Sơn" in out


def test_submit_into_a_folder_names_the_file_by_code_and_period(tmp_path: Path, province: Path) -> None:
    root = _ready_commune(tmp_path, province)
    folder = tmp_path / "usb"
    folder.mkdir()
    args = [
        "submit",
        "--data-dir",
        str(root),
        "--report",
        "gender-equality",
        "--year",
        "2026",
        "--period",
        "h1",
    ]
    assert main([*args, "--out", str(folder)]) == 0
    assert [path.name for path in folder.iterdir()] == ["04378_gender-equality_2026_h1.gedsub"]


def test_submit_attaches_the_signed_scan(tmp_path: Path, province: Path) -> None:
    root = _ready_commune(tmp_path, province)
    scan = tmp_path / "da_ky.pdf"
    scan.write_bytes(b"%PDF-1.6 scanned")
    target = tmp_path / "x.gedsub"
    args = ["submit", "--data-dir", str(root), "--report", "dv-statistics", "--year", "2026"]
    assert main([*args, "--pdf", str(scan), "--out", str(target)]) == 0
    received = open_submission_file(target, sealing_private_key(DataLayout(tmp_path / "tinh")))
    assert received.pdf == b"%PDF-1.6 scanned" and received.submission.period == "year"


@pytest.mark.parametrize(
    ("prepare", "words"),
    [
        ("no-key", "Chưa nhập tệp khóa của tỉnh"),
        ("no-code", "Chưa có mã đơn vị hành chính của xã"),
        ("wrong-period", "Kỳ báo cáo “h1” không dùng cho loại báo cáo này"),
    ],
)
def test_submit_refuses_in_vietnamese_and_writes_nothing(
    tmp_path: Path, province: Path, capsys: pytest.CaptureFixture[str], prepare: str, words: str
) -> None:
    root = _set_up(tmp_path / "xa")
    if prepare != "no-code":
        assert main(["setup", "--data-dir", str(root), "--unit-code", "04378"]) == 0
    if prepare != "no-key":
        assert main(["province-key", "import", "--data-dir", str(root), str(province)]) == 0
    capsys.readouterr()
    target = tmp_path / "x.gedsub"
    args = ["submit", "--data-dir", str(root), "--report", "action-month", "--year", "2026"]
    if prepare == "wrong-period":
        args += ["--period", "h1"]
    assert main([*args, "--out", str(target)]) == 1
    said = capsys.readouterr()
    assert said.out == "" and said.err.startswith("Lỗi: ") and words in said.err
    assert not target.exists()
