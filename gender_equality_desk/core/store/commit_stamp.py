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

When the app closes the store cleanly (the WAL checkpointed and gone), the file also records the store's
size, modification time and CRC-32 (`seal_at_close`). At the next start, a store whose size and time are
unchanged must have the same CRC-32: a bit flipped on the disk or the stick while the app was closed is
caught before SQLite reads it (about 0.1 s per 200 MB; the weekly integrity check finds the rest). A file
changed since (a crash, another program) is not compared: its time moved, and that proves nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import zlib
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ClosedFile:
    """The store file as the app left it at a clean close."""

    size: int
    mtime_ns: int
    crc32: int


def _read(store: Path) -> dict[str, object]:
    try:
        text = stamp_path(store).read_text(encoding="ascii").strip()
    except OSError:
        return {}
    if text.isdigit():  # the first releases wrote the count alone
        return {"commits": int(text)}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def read_stamp(store: Path) -> int | None:
    """The save count written beside `store` (None: none yet, or unreadable — never an alarm)."""
    commits = _read(store).get("commits")
    return commits if isinstance(commits, int) else None


def read_closed(store: Path) -> ClosedFile | None:
    closed = _read(store).get("closed")
    if not isinstance(closed, dict):
        return None
    try:
        return ClosedFile(int(closed["size"]), int(closed["mtime_ns"]), int(closed["crc32"]))
    except (KeyError, TypeError, ValueError):
        return None


def write_stamp(store: Path, commits: int, closed: ClosedFile | None = None) -> None:
    """Write the count beside the store (atomic rename, no fsync: see the module doc). A read-only folder
    only means the check has nothing to compare against."""
    data: dict[str, object] = {"commits": commits}
    if closed is not None:
        data["closed"] = {"size": closed.size, "mtime_ns": closed.mtime_ns, "crc32": closed.crc32}
    target = stamp_path(store)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        temporary.write_text(json.dumps(data), encoding="ascii")
        temporary.replace(target)


def file_crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as reader:
        for chunk in iter(lambda: reader.read(1024 * 1024), b""):
            crc = zlib.crc32(chunk, crc)
    return crc


def _wal_is_empty(store: Path) -> bool:
    wal = store.with_name(store.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def seal_at_close(store: Path) -> None:
    """After the last connection closed: remember the file as it stands (see the module doc). Skipped
    while a WAL still holds pages (another program has the store open)."""
    try:
        if not store.is_file() or not _wal_is_empty(store):
            return
        before = store.stat()
        with store.open("rb") as reader:
            header = reader.read(100)
        crc = file_crc32(store)
        after = store.stat()
    except OSError:
        return
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(header) < 64:
        return  # written while we read it
    commits = int.from_bytes(header[60:64], "big")  # SQLite's header field user_version
    write_stamp(store, commits, ClosedFile(after.st_size, after.st_mtime_ns, crc))


def changed_while_closed(store: Path) -> bool:
    """True when the file has the size and time the app left it with at its last clean close, but other
    bytes: it changed under the file system (a bit flipped on the disk or the stick)."""
    closed = read_closed(store)
    if closed is None or not _wal_is_empty(store):
        return False
    try:
        now = store.stat()
        if (now.st_size, now.st_mtime_ns) != (closed.size, closed.mtime_ns):
            return False
        return file_crc32(store) != closed.crc32
    except OSError:
        return False


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
