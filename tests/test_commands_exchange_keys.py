"""`import` refuses a package whose sender's key changed since the first one, and imports it only when an
administrator accepts the new key (`--accept-new-key --user`, password on stdin)."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from gender_equality_desk.cli import main
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.store.opening import open_store

from .core.exchange.backup_helpers import add_activity
from .core.exchange.package_forgery import inflate_participants, resign

ADMIN_PASSWORD = "Quan tri tinh 2024"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


def _women(layout: DataLayout) -> int:
    with sqlite3.connect(layout.store) as db:
        return int(db.execute("SELECT coalesce(sum(participants_female), 0) FROM activity").fetchone()[0])


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, DataLayout]:
    """Xã Cao Lâu's package of 20/11/2026 (two activities, no women counted yet), imported once by the
    province, whose administrator is quantri."""
    commune = DataLayout(tmp_path / "xa")
    argv = ["setup", "--commune", "Xã Cao Lâu", "--province", "Quảng Nam", "--signer", "Trần Thị Hằng"]
    assert main([*argv, "--data-dir", str(commune.root)]) == 0
    store = open_store(commune)
    add_activity(store, commune, "Họp dân thôn 1")
    add_activity(store, commune, "Tập huấn tổ hòa giải")
    store.close()
    package = tmp_path / "goi-that.zip"
    assert (
        main(
            [
                "export",
                "--data-dir",
                str(commune.root),
                "--from",
                "2026-11-20",
                "--to",
                "2026-11-20",
                "--out",
                str(package),
            ]
        )
        == 0
    )
    province = DataLayout(tmp_path / "tinh")
    store = open_store(province)
    accounts.sign_out(
        accounts.create_first_administrator(store, "quantri", "Sở Nội vụ", ADMIN_PASSWORD).session
    )
    store.close()
    capsys.readouterr()
    assert main(["import", "--data-dir", str(province.root), str(package), "--yes"]) == 0
    return package, province


def test_the_first_import_says_the_key_is_remembered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commune = DataLayout(tmp_path / "xa")
    argv = ["setup", "--commune", "Xã Cao Lâu", "--province", "Quảng Nam", "--signer", "Trần Thị Hằng"]
    assert main([*argv, "--data-dir", str(commune.root)]) == 0
    package = tmp_path / "goi.zip"
    assert (
        main(
            [
                "export",
                "--data-dir",
                str(commune.root),
                "--from",
                "2026-11-20",
                "--to",
                "2026-11-20",
                "--out",
                str(package),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["import", "--data-dir", str(tmp_path / "tinh"), str(package)]) == 0
    said = capsys.readouterr().out
    assert "Lần đầu nhận gói của Xã Cao Lâu: mã khóa ký" in said and "sẽ được ghi nhớ khi nhập" in said


def test_a_package_signed_again_with_another_key_is_refused(
    exported: tuple[Path, DataLayout], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package, province = exported
    forger = resign(package, tmp_path / "goi-gia.zip", inflate_participants)
    assert main(["import", "--data-dir", str(province.root), str(tmp_path / "goi-gia.zip"), "--yes"]) == 1
    said = capsys.readouterr()
    assert "Chữ ký hợp lệ, mã khóa ký: " + forger in said.out  # valid: for the forger's key
    assert said.err.startswith("Lỗi: Gói “goi-gia.zip” mang tên Xã Cao Lâu nhưng được ký bằng khóa khác")
    assert "chạy lại với --accept-new-key --user <tên đăng nhập quản trị viên> --yes." in said.err
    assert _women(province) == 0


def test_an_administrator_accepts_the_new_key_from_the_command_line(
    exported: tuple[Path, DataLayout],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package, province = exported
    resign(package, tmp_path / "may-moi.zip", inflate_participants)
    argv = [
        "import",
        "--data-dir",
        str(province.root),
        str(tmp_path / "may-moi.zip"),
        "--yes",
        "--accept-new-key",
    ]
    assert main(argv) == 2
    assert "Lỗi: Chấp nhận khóa ký mới cần quản trị viên" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("sai mat khau 99\n"))
    assert main([*argv, "--user", "quantri"]) == 2
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in capsys.readouterr().err
    assert _women(province) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert main([*argv, "--user", "quantri"]) == 0
    assert _women(province) == 1000  # 2 activities × 500, as the sender confirmed by phone
    with sqlite3.connect(province.store) as db:
        logged = db.execute(
            "SELECT username FROM audit_entry WHERE action = 'sender_key_replaced'"
        ).fetchall()
    assert logged == [("quantri",)]
