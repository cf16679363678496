"""Copy a finished file to a USB stick so that it arrives whole, or not at all.

The copy goes to a temporary name on the stick, is flushed and fsynced, renamed into place, then read
back and compared by SHA-256: a stick pulled out or full mid-copy leaves no half file that could be
mistaken for the report, and the officer is told in Vietnamese what happened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from gender_equality_desk.core import disk_space
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.fileio import file_sha256, fsync_directory

CHUNK = 1024 * 1024
SPARE_BYTES = disk_space.SPARE_BYTES


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    removable: bool
    free_bytes: int


def _linux_mount_points(mounts_file: Path = Path("/proc/mounts")) -> list[Path]:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    points = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 2:
            point = fields[1].replace("\\040", " ")
            if point.startswith(("/media/", "/run/media/", "/mnt/")):
                points.append(Path(point))
    return points


def _windows_drives() -> list[tuple[Path, bool]]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index in range(26):
        if mask & (1 << index):
            root = f"{chr(65 + index)}:\\"
            drive_type = kernel32.GetDriveTypeW(root)
            if drive_type in (2, 3):  # DRIVE_REMOVABLE, DRIVE_FIXED (the PC's own disks come after)
                drives.append((Path(root), drive_type == 2))
    return drives


def list_drives() -> list[Drive]:
    """Places to save to, removable drives first: Windows drive letters, /media and /run/media on Linux."""
    candidates = _windows_drives() if sys.platform == "win32" else [(p, True) for p in _linux_mount_points()]
    drives = []
    for path, removable in candidates:
        try:
            free = shutil.disk_usage(path).free
        except OSError:
            continue  # a card reader without a card, a drive just pulled out
        drives.append(Drive(path, path.name or str(path), removable, free))
    return sorted(drives, key=lambda drive: (not drive.removable, str(drive.path)))


def _explain(error: OSError, folder: Path, name: str = "tệp", needed: int | None = None) -> UserFacingError:
    return disk_space.explain(error, folder, f"“{name}”", needed)


def copy_verified(source: Path, folder: Path, name: str, *, private: bool = False) -> Path:
    """Copy `source` to `folder/name` atomically and verify it by SHA-256. Returns the final path.
    `private`: readable by the owner only (a backup), where the file system keeps permissions."""
    target = folder / name
    if not folder.is_dir():
        raise _explain(OSError(errno.ENOENT, "missing"), folder)
    size = source.stat().st_size
    try:
        free = shutil.disk_usage(folder).free
    except OSError as error:
        raise _explain(error, folder, name) from error
    if free < size + SPARE_BYTES:  # "USB còn trống X MB, cần Y MB", before a byte is written
        raise disk_space.not_enough_space(folder, size, free, f"“{name}”")
    expected = file_sha256(source)
    temp = folder / f".{name}.tmp"
    try:
        with source.open("rb") as reader, temp.open("wb") as writer:
            if private:
                with contextlib.suppress(OSError):  # FAT sticks and Windows ACLs have no such mode
                    temp.chmod(0o600)
            while chunk := reader.read(CHUNK):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        temp.replace(target)
        fsync_directory(folder)
        if file_sha256(target) != expected:
            target.unlink(missing_ok=True)
            raise UserFacingError(
                f"Tệp trên “{folder}” không giống bản gốc sau khi ghi (USB có thể bị lỗi). "
                "Tệp hỏng đã được xóa; hãy thử lại hoặc dùng USB khác."
            )
    except OSError as error:
        _remove_quietly(temp)
        raise _explain(error, folder, name, size) from error
    except BaseException:
        _remove_quietly(temp)
        raise
    return target


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):  # the stick is gone: nothing left to clean on it
        path.unlink(missing_ok=True)
