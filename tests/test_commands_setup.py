"""`gender-equality-desk setup` as a province IT person runs it: through main() and as a real process,
with the store read back by plain SQL."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gender_equality_desk.cli import main
from gender_equality_desk.core.folder_lock import FolderLock
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.opening import open_store

NAMES = ["--commune", "Xã Cao Lâu", "--province", "Quảng Nam", "--signer", "Trần Thị Hằng"]


def _profile(root: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        return db.execute(
            "SELECT commune_name, province_name, place_name, issuing_body, receiving_authority, signer_name, "
            "signer_title, signing_authority, parent_body, officer_name, officer_phone FROM commune_profile"
        ).fetchall()


def _villages(root: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        return db.execute("SELECT name, kind FROM village ORDER BY sort_order").fetchall()


def _villages_file(tmp_path: Path, text: str, name: str = "thon.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_setup_saves_the_suggested_profile_and_villages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "xa"
    villages = _villages_file(tmp_path, "STT,Tên thôn\n1,Thôn Đông Bàn\n2,Bản Nà Hẩu\n", "thon.csv")
    assert main(["setup", "--data-dir", str(root), *NAMES, "--villages", villages]) == 0
    said = capsys.readouterr()
    assert said.out == (
        "Đã khai báo Xã Cao Lâu, Quảng Nam (báo cáo gửi Sở Nội vụ tỉnh Quảng Nam, người ký Trần Thị Hằng); "
        f"thêm 2 thôn, bản. Dữ liệu tại {root}.\n"
    )
    assert said.err == ""
    assert _profile(root) == [
        ("Xã Cao Lâu", "Quảng Nam", "Cao Lâu", "ỦY BAN NHÂN DÂN XÃ CAO LÂU", "Sở Nội vụ tỉnh Quảng Nam",
         "Trần Thị Hằng", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "", "", "")
    ]  # fmt: skip
    assert _villages(root) == [("Thôn Đông Bàn", "thon"), ("Bản Nà Hẩu", "ban")]
    assert main(["check", "--data-dir", str(root)]) == 0


def test_every_field_the_wizard_asks_can_be_given(tmp_path: Path) -> None:
    root = tmp_path / "xa"
    assert main([
        "setup", "--data-dir", str(root), "--commune", "Phường Hội An", "--province", "Đà Nẵng",
        "--signer", "Lê Văn Dũng", "--place", "Hội An", "--issuing-body", "UBND PHƯỜNG HỘI AN",
        "--parent-body", "UBND THÀNH PHỐ ĐÀ NẴNG", "--receiving-authority", "Sở Nội vụ thành phố Đà Nẵng",
        "--signer-title", "CHỦ TỊCH", "--signing-authority", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
        "--officer", "Nguyễn Thị Lan", "--phone", "0905 123 456",
    ]) == 0  # fmt: skip
    assert _profile(root) == [
        ("Phường Hội An", "Đà Nẵng", "Hội An", "UBND PHƯỜNG HỘI AN", "Sở Nội vụ thành phố Đà Nẵng",
         "Lê Văn Dũng", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "UBND THÀNH PHỐ ĐÀ NẴNG",
         "Nguyễn Thị Lan", "0905 123 456")
    ]  # fmt: skip
    assert _villages(root) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--commune", "Xã Cao Lâu", "--province", "Quảng Nam"], "Lỗi: chưa có họ tên người ký (--signer)."),
        (
            ["--commune", "  ", "--province", "Quảng Nam", "--signer", "A"],
            "Lỗi: chưa có tên xã/phường (--commune).",
        ),
        ([], "Lỗi: chưa có tên xã/phường (--commune), tên tỉnh/thành phố (--province), họ tên người ký"),
    ],
)
def test_missing_or_empty_names_are_refused_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    root = tmp_path / "xa"
    assert main(["setup", "--data-dir", str(root), *argv]) == 1
    said = capsys.readouterr()
    assert said.err.startswith(message) and "Ví dụ: gender-equality-desk setup --commune" in said.err
    assert said.out == ""
    assert not root.exists()


def test_a_missing_or_bad_villages_file_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "xa"
    assert main(["setup", "--data-dir", str(root), *NAMES, "--villages", str(tmp_path / "khong.txt")]) == 1
    assert capsys.readouterr().err == (
        f"Lỗi: Không tìm thấy tệp danh sách thôn “{tmp_path / 'khong.txt'}”. Hãy kiểm tra lại đường dẫn.\n"
    )
    repeated = _villages_file(tmp_path, "Thôn Đông Bàn\nBản Nà Hẩu\nThôn Đông Bàn\n")
    assert main(["setup", "--data-dir", str(root), *NAMES, "--villages", repeated]) == 1
    assert capsys.readouterr().err == (
        "Lỗi: Tệp danh sách thôn “thon.txt” chưa dùng được:\n"
        "  “Thôn Đông Bàn” có ở nhiều dòng (1, 3). Hãy giữ một dòng.\n"
    )
    assert not root.exists()


def test_a_commune_already_set_up_is_kept_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "xa"
    assert (
        main(["setup", "--data-dir", str(root), *NAMES, "--villages", _villages_file(tmp_path, "Thôn A\n")])
        == 0
    )
    capsys.readouterr()
    other = ["--commune", "Xã Tân Lập", "--province", "Lào Cai", "--signer", "Hà Văn Bình"]
    more = _villages_file(tmp_path, "thôn a\nBản Mường\n", "them.txt")
    assert main(["setup", "--data-dir", str(root), *other, "--villages", more]) == 1
    assert capsys.readouterr().err == (
        "Lỗi: Máy này đã khai báo Xã Cao Lâu, Quảng Nam: thông tin xã không bị ghi đè. Hãy sửa thông tin xã "
        "ở trang Cài đặt. Hoặc chạy lại với --force để thay thông tin xã (thôn, bản và dữ liệu đã có được "
        "giữ nguyên).\n"
    )
    assert [row[0] for row in _profile(root)] == ["Xã Cao Lâu"]
    assert _villages(root) == [("Thôn A", "thon")]

    assert main(["setup", "--data-dir", str(root), *other, "--villages", more, "--force"]) == 0
    assert capsys.readouterr().out == (
        "Đã thay thông tin xã Xã Cao Lâu, Quảng Nam bằng Xã Tân Lập, Lào Cai (báo cáo gửi Sở Nội vụ tỉnh Lào "
        "Cai, người ký Hà Văn Bình); thêm 1 thôn, bản (1 thôn, bản đã có được giữ nguyên). "
        f"Dữ liệu tại {root}.\n"
    )
    assert [row[:2] for row in _profile(root)] == [("Xã Tân Lập", "Lào Cai")]
    assert _villages(root) == [("Thôn A", "thon"), ("Bản Mường", "ban")]


def test_setup_is_refused_while_the_app_has_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = DataLayout(tmp_path / "xa")
    open_store(layout).close()
    with FolderLock(layout.root):
        assert main(["setup", "--data-dir", str(layout.root), *NAMES]) == 1
    assert capsys.readouterr().err.startswith(
        "Lỗi: Dữ liệu đang được mở ở một cửa sổ Gender Equality Desk khác"
    )
    assert _profile(layout.root) == []


def test_setup_as_a_real_process(tmp_path: Path) -> None:
    root = tmp_path / "xa"
    villages = _villages_file(tmp_path, "Thôn Đông Bàn\n")
    command = [sys.executable, "-m", "gender_equality_desk", "setup", "--data-dir", str(root), *NAMES]
    done = subprocess.run([*command, "--villages", villages], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Đã khai báo Xã Cao Lâu, Quảng Nam") and done.stdout.count("\n") == 1
    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 1 and again.stderr.startswith("Lỗi: Máy này đã khai báo Xã Cao Lâu")
    assert _villages(root) == [("Thôn Đông Bàn", "thon")]
