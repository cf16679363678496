"""`gender-equality-desk receive` as a province IT person or the end-to-end test runs it: one line per file,
the summary, the exit code, and what the store holds afterwards (read by plain SQL)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from gender_equality_desk.cli import main
from gender_equality_desk.core.exchange.packages_signing import fingerprint, public_key_bytes
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.opening import open_store

from .core.province.province_fixtures import (
    CAO_LAU,
    FIGURES,
    HOANG_DONG,
    SIGNED,
    Commune,
    receiving_desk,
)


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Path, bytes]:
    """A province data folder with two communes and the 2026 Action Month round; (folder, sealing key)."""
    layout = DataLayout(tmp_path / "tinh")
    store = open_store(layout)
    try:
        key, _round_id = receiving_desk(store, layout, CAO_LAU, HOANG_DONG)
    finally:
        store.close()
    return layout.root, key


def kept(root: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        return db.execute("SELECT commune_code, version FROM received_submission ORDER BY 1, 2").fetchall()


def test_a_clean_folder_is_received_and_exits_0(
    desk: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, key = desk
    CAO_LAU.send(tmp_path / "usb", key, name="cao-lau.gedsub", figures={**FIGURES, "AM03": 400})
    HOANG_DONG.send(tmp_path / "usb", key, name="hoang-dong.gedsub")

    code = main(["receive", "--data-dir", str(root), str(tmp_path / "usb")])

    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith(
        "[ĐÃ NHẬN] cao-lau.gedsub: Đã nhận báo cáo Tháng hành động vì bình đẳng giới năm 2026 của Xã Cao Lâu "
        "(mã 04378), lần gửi thứ 1."
    )
    assert lines[1] == (
        "    Cần kiểm tra – Dòng “Lượt người tham gia là nữ” (mã AM03) (400) lớn hơn dòng “Tổng lượt người "
        "tham gia” (mã AM02) (300), không thể như vậy."
    )
    assert lines[2].startswith("[ĐÃ NHẬN] hoang-dong.gedsub: Đã nhận báo cáo")
    assert lines[3] == "Tổng cộng 2 tệp: nhận 2 (1 tệp có điểm cần kiểm tra), đã nhận từ trước 0, từ chối 0."
    assert kept(root) == [("04378", 1), ("04381", 1)]

    assert main(["receive", "--data-dir", str(root), str(tmp_path / "usb")]) == 0  # already received: fine
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Tổng cộng 2 tệp: nhận 0, đã nhận từ trước 2, từ chối 0."
    )
    assert kept(root) == [("04378", 1), ("04381", 1)]


def test_a_refused_file_exits_1_with_the_reason_and_the_others_are_received(
    desk: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, key = desk
    good = CAO_LAU.send(tmp_path, key, name="cao-lau.gedsub")
    stranger = Commune("99999", "Xã Ngoài Tỉnh").send(tmp_path, key, name="ngoai.gedsub")

    code = main(["receive", "--data-dir", str(root), str(good), str(stranger)])

    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines()[1].startswith(
        "[TỪ CHỐI] ngoai.gedsub: Tệp “ngoai.gedsub”: Xã Ngoài Tỉnh (mã 99999) không có trong Danh bạ xã"
    )
    assert out.splitlines()[-1] == "Tổng cộng 2 tệp: nhận 1, đã nhận từ trước 0, từ chối 1."
    assert err.startswith("Lỗi: 1 tệp bị từ chối (lý do ở từng dòng “TỪ CHỐI” bên trên)")
    assert kept(root) == [("04378", 1)]


def test_allow_key_change_accepts_a_reinstalled_communes_new_key(
    desk: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, key = desk
    main(["receive", "--data-dir", str(root), str(CAO_LAU.send(tmp_path / "v1", key))])
    reinstalled = Commune(CAO_LAU.code, CAO_LAU.name)
    second = reinstalled.send(tmp_path / "v2", key, signed_at=SIGNED + timedelta(days=1))
    capsys.readouterr()

    assert main(["receive", "--data-dir", str(root), str(second)]) == 1
    assert "được ký bằng khóa khác với khóa tỉnh đã ghi nhận" in capsys.readouterr().out
    assert kept(root) == [("04378", 1)]

    assert main(["receive", "--data-dir", str(root), str(second), "--allow-key-change", "04378"]) == 0
    assert kept(root) == [("04378", 1), ("04378", 2)]
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        detail = db.execute("SELECT detail FROM audit_entry").fetchone()[0]
    new = fingerprint(public_key_bytes(reinstalled.key))
    assert detail.startswith("chấp nhận khóa ký mới của xã Xã Cao Lâu (mã 04378)") and detail.endswith(new)


def test_a_commune_desk_is_refused_with_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "xa"
    setup = ["setup", "--data-dir", str(root), "--commune", "Xã Cao Lâu", "--province", "Lạng Sơn"]
    assert main([*setup, "--signer", "Nông Thị Hạnh"]) == 0
    capsys.readouterr()

    assert main(["receive", "--data-dir", str(root), str(tmp_path)]) == 1

    assert "Lỗi: Thư mục dữ liệu này không phải của bàn tỉnh" in capsys.readouterr().err


def test_a_missing_data_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["receive", "--data-dir", str(tmp_path / "khong-co"), str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("Lỗi: không có tệp dữ liệu tại")
    assert not (tmp_path / "khong-co" / "gedesk.sqlite3").exists()


def test_the_installed_command_runs_receive(desk: tuple[Path, bytes], tmp_path: Path) -> None:
    root, key = desk
    sent = CAO_LAU.send(tmp_path, key)

    done = subprocess.run(
        [sys.executable, "-m", "gender_equality_desk", "receive", "--data-dir", str(root), str(sent)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "Tổng cộng 1 tệp: nhận 1, đã nhận từ trước 0, từ chối 0."
    assert kept(root) == [("04378", 1)]
