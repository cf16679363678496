"""Crash-safe file writes: temp file in the same folder, flush, fsync, rename; and the check of where to."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from gender_equality_desk.core.errors import UserFacingError


def fsync_directory(directory: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# Documents the officer hands on (reports saved to a shared folder) are readable by others, like a file
# saved from Word; everything else keeps mkstemp's owner-only mode (the store, backups, keys).
SHAREABLE_MODE = 0o644


@contextlib.contextmanager
def atomic_path(target: Path, *, shareable: bool = False) -> Iterator[Path]:
    """Yield a temporary path next to `target`; on success it is fsynced and renamed over `target`.

    The caller writes the temp path however it likes (a library that wants a filename, e.g. sqlite's
    backup API or openpyxl). On any exception the temp file is removed and `target` is untouched.
    `shareable` publishes the file readable by other users instead of owner-only.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if shareable:
            tmp.chmod(SHAREABLE_MODE)
        yield tmp
        with tmp.open("rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
        fsync_directory(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes (hex), read a megabyte at a time whatever its size."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_with(target: Path, writer: Callable[[Path], None]) -> None:
    """Run `writer(tmp_path)` and atomically publish the result at `target`."""
    with atomic_path(target) as tmp:
        writer(tmp)


def check_output_file(target: Path, suffix: str, why: str = "") -> None:
    """Refuse (UserFacingError, in Vietnamese) a file to write whose name does not end in `suffix` or whose
    folder does not exist; `why` says who needs that ending ("tỉnh nhận tệp theo đuôi này")."""
    if target.suffix.lower() != suffix:
        reason = f" ({why})" if why else ""
        raise UserFacingError(
            f"Tên tệp “{target.name}” không có đuôi {suffix}. Vui lòng đặt tên tệp kết thúc bằng "
            f"{suffix}{reason}."
        )
    if not target.parent.is_dir():
        raise UserFacingError(f"Thư mục “{target.parent}” không tồn tại. Vui lòng chọn thư mục khác.")
