"""One writer per data folder: an OS file lock that the second copy of the app (or a restore) cannot take.

The lock is held on an open file (`flock` on Linux/macOS, `msvcrt.locking` on Windows), so the operating
system releases it when the process dies — a power cut or a killed app never leaves a stale lock behind.
The file also says who holds it (process id, computer name), for the message the second copy shows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from gender_equality_desk.core.errors import UserFacingError

LOCK_FILENAME = "gedesk.lock"
_WINDOWS_LOCK_OFFSET = 1 << 30  # lock a byte far past the text, so the holder's details stay readable


class FolderUnusableError(UserFacingError):
    """The data folder cannot be taken by this copy of the app."""


class FolderInUseError(FolderUnusableError):
    """The data folder is open in another copy of the app (on this computer or another one)."""


class FolderNotWritableError(FolderUnusableError):
    """The data folder cannot be written: read-only, no permission, or the disk is full."""

    def __init__(self, folder: Path, error: OSError) -> None:
        super().__init__(
            f"Không ghi được vào thư mục dữ liệu {folder} ({error.strerror or error}). Ứng dụng cần quyền "
            "ghi vào thư mục này: có thể thư mục chỉ cho phép đọc, tài khoản Windows không có quyền, thẻ "
            "nhớ/USB bị khóa ghi hoặc ổ đĩa đã đầy. Hãy nhờ người quản trị máy cấp quyền ghi (hoặc dọn "
            "bớt ổ đĩa), rồi mở lại ứng dụng. Dữ liệu không bị thay đổi."
        )
        self.folder = folder


def try_lock(fd: int) -> bool:
    """Take the exclusive OS lock on the open file `fd` without waiting; False when another holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FolderLock:
    """`with FolderLock(root):` or acquire()/release(); acquire raises FolderInUseError when taken."""

    def __init__(self, root: Path) -> None:
        self.path = root / LOCK_FILENAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> str:
        """Who holds the lock, as written in the file ("" when unknown)."""
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    def acquire(self) -> FolderLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:  # PermissionError, a read-only file system, a full disk
            raise FolderNotWritableError(self.path.parent, error) from error
        if not try_lock(fd):
            os.close(fd)
            who = self.holder()
            raise FolderInUseError(
                "Dữ liệu đang được mở ở một cửa sổ Gender Equality Desk khác"
                + (f" ({who})" if who else "")
                + ". Hãy dùng cửa sổ đó, hoặc đóng nó rồi thử lại: "
                "hai cửa sổ cùng ghi có thể làm hỏng dữ liệu."
            )
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"tiến trình {os.getpid()} trên máy {_host_name()}".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the OS lock
            self._fd = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()


def _host_name() -> str:
    """This computer's name, without importing socket (the lock is taken on the app's start path)."""
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return os.uname().nodename
