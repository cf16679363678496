"""One backup at a time per backups folder: a lock that holds across threads and processes.

A pooled backup fills the pools beside the zips and only then writes the zip that names the new files;
a rotation running in between (another backup: the start backup thread, the "Sao lưu ngay" button, the
daily job, or ``gender-equality-desk backup`` from the command line) would not see that zip yet and
would prune the new files. So `create_backup`, `export_backup`, `rotate_folder`, `mirror_backup` and
`restore_backup` run inside `backup_folder_lock(folder)`.

The lock is the OS file lock `core.folder_lock` uses (``flock`` / ``msvcrt.locking`` on an open file,
released by the OS if the process dies) on ``backup.lock`` in the folder, taken by polling so a wait can
end with a clear message. Within one process a re-entrant thread lock comes first: the same thread may
take it again (a restore takes its safety backup inside its own lock), another thread waits for it.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.folder_lock import try_lock

LOCK_FILENAME = "backup.lock"
DEFAULT_TIMEOUT_S = 600.0  # a backup with many new photos onto a slow USB stick can take minutes
_POLL_S = 0.05


class BackupsBusyError(UserFacingError):
    """Another backup or restore kept the folder for longer than we were willing to wait."""


@dataclass
class _FolderState:
    thread_lock: threading.RLock
    depth: int = 0  # how many times the owning thread holds it; only that thread changes it
    fd: int | None = None


_states: dict[Path, _FolderState] = {}
_states_guard = threading.Lock()


def _state_for(folder: Path) -> _FolderState:
    key = folder.resolve()
    with _states_guard:
        state = _states.get(key)
        if state is None:
            state = _states[key] = _FolderState(threading.RLock())
        return state


def _busy(folder: Path) -> BackupsBusyError:
    return BackupsBusyError(
        f"Ứng dụng đang sao lưu hoặc khôi phục dữ liệu trong thư mục “{folder}” (có thể ở một cửa sổ "
        "hoặc lệnh khác) và chưa xong. Hãy đợi vài phút rồi thử lại."
    )


def _lock_file(folder: Path, deadline: float) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_FILENAME, os.O_RDWR | os.O_CREAT, 0o644)
    while not try_lock(fd):
        if time.monotonic() >= deadline:
            os.close(fd)
            raise _busy(folder)
        time.sleep(_POLL_S)
    return fd


@contextmanager
def backup_folder_lock(folder: Path, *, timeout: float = DEFAULT_TIMEOUT_S) -> Iterator[None]:
    """Hold the backups folder `folder` for the duration; BackupsBusyError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    state = _state_for(folder)
    if not state.thread_lock.acquire(timeout=max(timeout, 0)):
        raise _busy(folder)
    try:
        if state.depth == 0:
            state.fd = _lock_file(folder, deadline)
        state.depth += 1
        try:
            yield
        finally:
            state.depth -= 1
            if state.depth == 0 and state.fd is not None:
                os.close(state.fd)  # closing the descriptor drops the OS lock
                state.fd = None
    finally:
        state.thread_lock.release()
