"""One writer per data folder: a second lock is refused with a Vietnamese reason, released on exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gender_equality_desk.core.folder_lock import FolderInUseError, FolderLock


def test_second_lock_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    first = FolderLock(tmp_path).acquire()
    with pytest.raises(FolderInUseError, match=r"đang được mở ở một cửa sổ .* khác") as raised:
        FolderLock(tmp_path).acquire()
    assert "tiến trình" in str(raised.value)  # says who holds it
    first.release()
    with FolderLock(tmp_path) as second:
        assert second.held
    assert not second.held


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path;"
        "from gender_equality_desk.core.folder_lock import FolderLock;"
        "FolderLock(Path(sys.argv[1])).acquire(); print('ok', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(FolderInUseError):
            FolderLock(tmp_path).acquire()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    with FolderLock(tmp_path):  # the OS dropped the dead process's lock
        pass
