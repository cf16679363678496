"""USB export under faults: full, read-only and vanished drives leave no partial file and say why."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import Any

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange import usb


@pytest.fixture
def report(tmp_path: Path) -> Path:
    source = tmp_path / "local" / "BaoCao.pdf"
    source.parent.mkdir()
    source.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 4000)
    return source


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "USB"
    folder.mkdir(parents=True)
    return folder


def test_copy_is_whole_and_verified(report: Path, stick: Path) -> None:
    target = usb.copy_verified(report, stick, "BaoCao_ThangHanhDong_2026_XaCaoLau.pdf")
    assert target.read_bytes() == report.read_bytes()
    assert [p.name for p in stick.iterdir()] == ["BaoCao_ThangHanhDong_2026_XaCaoLau.pdf"]


def test_full_drive_is_refused_before_writing(
    report: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        usb.shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9 - 10, 10)
    )  # type: ignore[attr-defined]
    with pytest.raises(UserFacingError) as refused:
        usb.copy_verified(report, stick, "a.pdf")
    assert str(refused.value).startswith(
        f"USB hoặc ổ đĩa “{stick}” còn trống 0,00 MB, cần 0,98 MB để ghi “a.pdf”."
    )
    assert list(stick.iterdir()) == []


def _failing_open(fail_errno: int) -> Any:
    real_open = Path.open

    def fake_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        if "w" in mode:
            original_write = handle.write

            def write(data: bytes) -> int:
                original_write(data[: len(data) // 2])
                raise OSError(fail_errno, "injected")

            handle.write = write
        return handle

    return fake_open


@pytest.mark.parametrize(
    ("fail_errno", "fragment"),
    [
        (errno.ENOSPC, r"còn trống [0-9,]+ MB, cần 0,98 MB để ghi “a\.pdf”"),
        (errno.EROFS, "chống ghi"),
        (errno.EIO, "vừa bị rút ra"),
    ],
)
def test_failure_mid_copy_leaves_no_partial_file(
    report: Path, stick: Path, monkeypatch: pytest.MonkeyPatch, fail_errno: int, fragment: str
) -> None:
    existing = stick / "a.pdf"
    existing.write_bytes(b"the previous good copy")
    monkeypatch.setattr(Path, "open", _failing_open(fail_errno))
    with pytest.raises(UserFacingError, match=fragment):
        usb.copy_verified(report, stick, "a.pdf")
    monkeypatch.undo()
    assert [p.name for p in stick.iterdir()] == ["a.pdf"]
    assert existing.read_bytes() == b"the previous good copy"


def test_vanished_folder(report: Path, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="vừa bị rút ra"):
        usb.copy_verified(report, tmp_path / "gone", "a.pdf")


def test_corrupted_copy_is_detected_and_removed(
    report: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = usb.file_sha256
    calls = iter([real(report), "0" * 64])
    monkeypatch.setattr(usb, "file_sha256", lambda _path: next(calls))
    with pytest.raises(UserFacingError, match="không giống bản gốc"):
        usb.copy_verified(report, stick, "a.pdf")
    assert list(stick.iterdir()) == []


def test_linux_mount_points_are_found(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /media/canbo/USB\\040KINGSTON vfat rw 0 0\n"
        "/dev/sdc1 /run/media/canbo/DATA exfat rw 0 0\nproc /proc proc rw 0 0\n"
    )
    assert usb._linux_mount_points(mounts) == [
        Path("/media/canbo/USB KINGSTON"),
        Path("/run/media/canbo/DATA"),
    ]
