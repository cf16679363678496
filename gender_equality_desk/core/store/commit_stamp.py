"""How many times the store was saved, kept inside it and beside it, so a store that lost saves is noticed.

Deleting or damaging the WAL after a crash silently takes the store back to its last checkpoint: every
save since is gone and nothing in the file says so. So each write transaction that changed rows also
counts itself in SQLite's header field `user_version` (transactional: it is lost with the saves it
counts), and after the commit the count is written to a small file beside the store
(``gedesk.sqlite3.commits``). At start, a store counting fewer saves than the file beside it has lost
the difference (`StoreRolledBackError`); backups carry the count too, so the officer can see which
backup holds the lost saves.

The file is written without fsync: after a crash it can only be older than the store, never newer, so it
never raises a false alarm — it may only miss the last few saves.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from gender_equality_desk.core.errors import StoreError

STAMP_SUFFIX = ".commits"


class StoreRolledBackError(StoreError):
    """The store counts fewer saves than were made: recent saves are gone."""

    def __init__(self, path: Path, in_store: int, expected: int) -> None:
        lost = expected - in_store
        super().__init__(
            f"Tệp dữ liệu {path} thiếu {lost} lần lưu gần nhất (tệp ghi {in_store} lần lưu, lần dùng trước "
            f"đã lưu {expected} lần). Thường do tệp nhật ký “{path.name}-wal” bị xóa hoặc hỏng sau khi máy "
            "tắt đột ngột, hoặc tệp dữ liệu bị chép đè bằng một bản cũ."
        )
        self.path = path
        self.in_store = in_store
        self.expected = expected


def stamp_path(store: Path) -> Path:
    return store.with_name(store.name + STAMP_SUFFIX)


def read_stamp(store: Path) -> int | None:
    """The save count written beside `store` (None: none yet, or unreadable — never an alarm)."""
    try:
        return int(stamp_path(store).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def write_stamp(store: Path, commits: int) -> None:
    """Write the count beside the store (atomic rename, no fsync: see the module doc). A read-only folder
    only means the check has nothing to compare against."""
    target = stamp_path(store)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        temporary.write_text(str(commits), encoding="ascii")
        temporary.replace(target)


def saves_in(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def check_not_rolled_back(store: Path, connection: sqlite3.Connection) -> None:
    """StoreRolledBackError when the store counts fewer saves than the file beside it."""
    expected = read_stamp(store)
    if expected is None:
        return
    in_store = saves_in(connection)
    if in_store < expected:
        raise StoreRolledBackError(store, in_store, expected)


def accept_current(store: Path) -> None:
    """The officer chose to go on with the store as it is: compare against it from now on."""
    connection = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
    try:
        write_stamp(store, saves_in(connection))
    finally:
        connection.close()
