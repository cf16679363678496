"""Removing what a crash or a full disk left behind: half-written copies and scratch folders.

A process killed mid-write leaves its scratch behind: ``.snapshot-*`` folders (a whole copy of the
store each), ``.restore-*`` folders, and the ``.<name>.<random>.tmp`` files of atomic writes
(core.fileio) or ``.<name>.tmp`` copies to a stick (core.exchange.usb) — backup zips of up to tens of
MB, in the data folder, in ``backups/`` and its pools, and on the USB stick the backups are mirrored
to. Nothing ever reads them; the next backup removes them.

Only our own names are touched, only when older than LEFTOVER_AGE (a file being written is newer: its
time changes with every write), and only by a caller that holds the folder's backup lock
(core.exchange.backup_lock), which every backup, mirror and restore holds while it writes there.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

from gender_equality_desk.core.exchange.backup_format import BACKUP_PREFIX, CASE_POOL_DIRNAME, POOL_DIRNAME
from gender_equality_desk.core.paths import DataLayout

LEFTOVER_AGE = timedelta(minutes=10)
SCRATCH_PREFIXES = (".snapshot-", ".restore-")  # tempfile.TemporaryDirectory(prefix=…) of backup, restore
# ".<name>.<8 random>.tmp" (fileio.atomic_path, tempfile.mkstemp) or ".<name>.tmp" (usb.copy_verified).
_TEMP = re.compile(r"\.(?P<name>.+?)(?:\.[a-z0-9_]{8})?\.tmp")
_POOL_NAME = re.compile(r"[0-9a-fA-F]{64}|[0-9A-Za-z_-]{3,64}")  # attachment hashes, case-file names


def clean_backup_folder(folder: Path, *, now: float | None = None) -> list[Path]:
    """A backups folder (the data folder's or a mirror): scratch folders, half-written zips and pool
    files. Call it holding `backup_folder_lock(folder)`."""
    removed = _scratch(folder, now)
    removed += _temps(folder, now, lambda name: name.startswith(BACKUP_PREFIX))
    for pool in (POOL_DIRNAME, CASE_POOL_DIRNAME):
        for shard in _children(folder / pool):
            if shard.is_dir():
                removed += _temps(shard, now, lambda name: _POOL_NAME.fullmatch(name) is not None)
    return removed


def clean_data_folder(root: Path, *, now: float | None = None) -> list[Path]:
    """The data folder itself (a restore's scratch, the store's or a setting's half-written copy).
    Call it holding the lock of the data folder's backups folder (a restore holds it while it writes)."""
    return _scratch(root, now) + _temps(root, now, lambda _name: True)


def clean_export_folder(folder: Path, name: str, *, now: float | None = None) -> list[Path]:
    """A folder that received `backup --out …/name` (a stick): scratch folders of older versions, which
    staged the store there, and half-written copies of `name` or of a backup zip."""
    removed = _scratch(folder, now, (".snapshot-",))
    return removed + _temps(folder, now, lambda found: found == name or found.startswith(BACKUP_PREFIX))


def _children(folder: Path) -> Iterator[Path]:
    try:
        yield from folder.iterdir()
    except OSError:  # missing, or a stick pulled out meanwhile
        return


def _old(path: Path, now: float | None) -> bool:
    cutoff = (now if now is not None else time.time()) - LEFTOVER_AGE.total_seconds()
    try:
        newest = path.lstat().st_mtime
        if path.is_dir() and not path.is_symlink():
            for inner in path.rglob("*"):
                newest = max(newest, inner.lstat().st_mtime)
    except OSError:
        return False
    return newest <= cutoff


def _scratch(folder: Path, now: float | None, prefixes: tuple[str, ...] = SCRATCH_PREFIXES) -> list[Path]:
    removed = []
    for path in _children(folder):
        if path.name.startswith(prefixes) and path.is_dir() and not path.is_symlink() and _old(path, now):
            shutil.rmtree(path, ignore_errors=True)
            if not path.exists():
                removed.append(path)
    return removed


def _temps(folder: Path, now: float | None, ours: Callable[[str], bool]) -> list[Path]:
    removed = []
    for path in _children(folder):
        found = _TEMP.fullmatch(path.name)
        if found and ours(found["name"]) and path.is_file() and not path.is_symlink() and _old(path, now):
            with contextlib.suppress(OSError):  # read-only stick, in use: the next run tries again
                path.unlink()
                removed.append(path)
    return removed


def remove_leftovers(layout: DataLayout, *, export_to: Path | None = None) -> list[Path]:
    """Everything above for this data folder (and the folder of `backup --out`); the caller holds the
    lock of `layout.backups`."""
    removed = clean_backup_folder(layout.backups) + clean_data_folder(layout.root)
    if export_to is not None:
        removed += clean_export_folder(export_to.parent, export_to.name)
    return removed
