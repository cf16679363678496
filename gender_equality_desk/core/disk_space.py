"""A full disk, a read-only stick or a folder gone, said in Vietnamese with what to do about it.

Writes that fail with OSError (ENOSPC and the like) are the officer's news, not a bug: every command
and dialog turns them into one sentence naming the folder, how much room is left and how much is
needed, never an "[Errno 28]" or a traceback.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from gender_equality_desk.core.errors import UserFacingError

SPARE_BYTES = 64 * 1024  # file-system overhead on FAT sticks
_MB = 1024 * 1024


class NotEnoughSpaceError(UserFacingError):
    """The target (a USB stick, the data disk) has not enough free room; nothing half-written is left."""


def megabytes(size: int) -> str:
    """ "0,71" for 729 KB, "146,0" for 146 MB, with the Vietnamese decimal comma (two decimals below one
    MB, so a small backup never reads "cần 0,0 MB")."""
    value = max(size, 0) / _MB
    return (f"{value:.2f}" if value < 1 else f"{value:.1f}").replace(".", ",")


def free_bytes(folder: Path) -> int | None:
    """Free room where `folder` lives (its nearest existing parent); None when it cannot be asked."""
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def not_enough_space(folder: Path, needed: int, free: int | None, what: str) -> NotEnoughSpaceError:
    left = f"còn trống {megabytes(free)} MB, " if free is not None else "đã đầy, "
    return NotEnoughSpaceError(
        f"USB hoặc ổ đĩa “{folder}” {left}cần {megabytes(needed)} MB để ghi {what}. Hãy xóa bớt tệp "
        "không cần trên đó hoặc chọn USB, thư mục khác rồi thử lại. Không có tệp dở dang nào được để lại; "
        "dữ liệu trên máy không bị ảnh hưởng."
    )


def require_space(folder: Path, needed: int, what: str) -> None:
    """NotEnoughSpaceError, before anything is written, when `folder` cannot take `needed` bytes."""
    free = free_bytes(folder)
    if free is not None and free < needed + SPARE_BYTES:
        raise not_enough_space(folder, needed, free, what)


def explain(error: OSError, folder: Path, what: str = "tệp", needed: int | None = None) -> UserFacingError:
    """The Vietnamese sentence for an OSError met while writing `what` into `folder`."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        free = free_bytes(folder)
        if needed:
            return not_enough_space(folder, needed, free, what)
        return NotEnoughSpaceError(
            f"USB hoặc ổ đĩa “{folder}” đã đầy (còn trống {megabytes(free or 0)} MB) nên không ghi được "
            f"{what}. Hãy xóa bớt tệp không cần trên đó hoặc chọn nơi khác rồi thử lại. Không có tệp dở dang "
            "nào được để lại; dữ liệu trên máy không bị ảnh hưởng."
        )
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return UserFacingError(
            f"Không có quyền ghi vào “{folder}” (USB đang khóa chống ghi, ổ chỉ đọc hoặc thư mục bị khóa) "
            f"nên không ghi được {what}. Hãy gạt khóa trên USB hoặc chọn nơi lưu khác."
        )
    if error.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return UserFacingError(
            f"Không tìm thấy hoặc không đọc, ghi được “{folder}”: có thể USB vừa bị rút ra hoặc bị lỗi. "
            f"Hãy cắm lại USB rồi thử lại; {what} chưa được ghi."
        )
    return UserFacingError(
        f"Không ghi được {what} vào “{folder}”: {error.strerror or error}. Hãy thử lại hoặc chọn nơi khác."
    )
