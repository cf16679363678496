"""Health of a store file: the check at every start (quick, full weekly) and the `check` command's verdict.

A damaged store is described in Vietnamese (`StoreDamagedError`) and never modified here: the GUI then
offers the newest good backup, and restoring renames the damaged file aside.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gender_equality_desk.core.errors import StoreError
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import commit_stamp, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
HEALTH_STATE_FILENAME = "store-health.json"
FULL_CHECK_INTERVAL = timedelta(days=7)
_ADVICE = "Tệp đã được giữ nguyên; hãy khôi phục từ bản sao lưu gần nhất."
CHANGED_WHILE_CLOSED = (
    "bị hỏng: nội dung tệp đã thay đổi trong lúc ứng dụng đóng (lỗi ổ đĩa, thẻ nhớ/USB hỏng, hoặc bị sửa "
    "bằng chương trình khác)"
)


class StoreDamagedError(StoreError):
    """The store cannot be read or fails its integrity check; `str()` explains it in Vietnamese."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"Tệp dữ liệu {path} {what}. {_ADVICE}")
        self.path = path
        self.what = what


def sqlite_uri(path: Path, mode: str) -> str:
    """A URI opening `path` without creating it (`mode` ro or rw); quoted, so any folder name works."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def _state_path(layout: DataLayout) -> Path:
    return layout.root / HEALTH_STATE_FILENAME


def last_full_check(layout: DataLayout) -> datetime | None:
    """When the last full integrity_check passed (remembered in a small file beside the store)."""
    try:
        data = json.loads(_state_path(layout).read_text(encoding="utf-8"))
        moment = datetime.fromisoformat(str(data["last_full_check"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _remember_full_check(layout: DataLayout, now: datetime) -> None:
    data = {"last_full_check": now.astimezone(UTC).isoformat()}
    with contextlib.suppress(OSError):  # a read-only folder only means the full check runs again next time
        write_bytes_atomic(_state_path(layout), json.dumps(data).encode("utf-8"))


def _header_problem(path: Path, has_backups: bool) -> str | None:
    """What is wrong with the file before SQLite reads it: empty, not SQLite, cut short."""
    with path.open("rb") as handle:
        header = handle.read(100)
    size = path.stat().st_size
    if not header:
        return "trống (0 byte), có thể do mất điện hoặc ổ đĩa lỗi" if has_backups else None
    if not header.startswith(SQLITE_HEADER):
        return "bị hỏng hoặc bị ghi đè bởi nội dung khác (không còn là tệp dữ liệu của ứng dụng)"
    if len(header) < 100:
        return "bị hỏng: tệp bị cắt cụt, chỉ còn vài byte"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]  # SQLite's rule for trusting the in-header size
    wal = path.with_name(path.name + "-wal")
    wal_empty = not wal.exists() or wal.stat().st_size == 0  # pages may still live in the WAL
    if header_valid and wal_empty and pages and size < pages * page_size:
        return f"bị hỏng: tệp bị cắt cụt (còn {size} trên {pages * page_size} byte)"
    return None


def check_at_start(
    layout: DataLayout, *, now: datetime | None = None, accept_rollback: bool = False
) -> str | None:
    """Check the existing store before it is opened; returns its schema revision (None: new or empty).

    `PRAGMA quick_check` on every start; the full `integrity_check` when the last one passed more than
    a week ago. Raises StoreDamagedError for a file that is unreadable, not SQLite, cut short or corrupt,
    and StoreRolledBackError for one that lost saves (commit_stamp), unless `accept_rollback`.
    """
    now = now or datetime.now(UTC)
    path = layout.store
    has_backups = layout.backups.is_dir() and any(layout.backups.glob("*.zip"))
    try:
        problem = _header_problem(path, has_backups)
    except OSError as error:
        raise StoreDamagedError(path, f"không đọc được ({error.strerror or error})") from error
    if problem:
        raise StoreDamagedError(path, problem)
    if path.stat().st_size == 0:
        return None
    if commit_stamp.changed_while_closed(path):
        raise StoreDamagedError(path, CHANGED_WHILE_CLOSED)
    previous = last_full_check(layout)
    full = previous is None or now - previous >= FULL_CHECK_INTERVAL
    try:
        connection = sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
        try:
            pragma = "integrity_check" if full else "quick_check"
            verdict = "; ".join(str(row[0]) for row in connection.execute(f"PRAGMA {pragma}"))
            revision = _revision(connection)
            saves = commit_stamp.saves_in(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if _refused_for_writing(error):  # the header read fine: permissions, not damage
            raise StoreError(_read_only_sentence(path, error)) from error
        raise StoreDamagedError(path, f"bị hỏng, không đọc được ({error})") from error
    if verdict != "ok":
        raise StoreDamagedError(path, f"bị hỏng: kiểm tra toàn vẹn báo lỗi ({verdict[:160]})")
    if full:
        _remember_full_check(layout, now)
    expected = commit_stamp.read_stamp(path)
    if not accept_rollback and expected is not None and saves < expected:
        raise commit_stamp.StoreRolledBackError(path, saves, expected)
    return revision


def _refused_for_writing(error: sqlite3.DatabaseError) -> bool:
    """SQLite's words for a file it may read but not write (or whose -wal/-shm it may not create)."""
    detail = str(error).lower()
    return "readonly" in detail or "read-only" in detail or "unable to open" in detail


def _read_only_sentence(path: Path, error: sqlite3.DatabaseError) -> str:
    return (
        f"Tệp dữ liệu {path} chỉ cho phép đọc ({error}): ứng dụng cần ghi vào tệp và thư mục "
        f"{path.parent} (có thể do thuộc tính “Chỉ đọc”, quyền của tài khoản Windows, hoặc thẻ nhớ/USB bị "
        "khóa ghi). Tệp không bị thay đổi. Hãy nhờ người quản trị máy cấp quyền ghi rồi mở lại ứng dụng."
    )


def _revision(connection: sqlite3.Connection) -> str | None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


@dataclass(frozen=True)
class HealthReport:
    ok: bool
    verdict: str
    integrity: str
    revision: str | None
    head: str
    activities: int = 0
    propaganda_events: int = 0


def _read_only_report(path: Path, error: sqlite3.DatabaseError, head: str) -> HealthReport:
    """A file SQLite would not open even to read (its -shm cannot be made): read it as an immutable file
    to tell a read-only folder from damage."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            integrity = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
        finally:
            connection.close()
    except sqlite3.DatabaseError as second:
        return HealthReport(
            False, f"LỖI: tệp dữ liệu {path} bị hỏng hoặc không đọc được ({second}).", str(second), None, head
        )
    state = "không bị hỏng" if integrity == "ok" else f"kiểm tra toàn vẹn báo lỗi: {integrity[:160]}"
    return HealthReport(False, f"LỖI: {_read_only_sentence(path, error)} ({state})", integrity, None, head)


def check_store(path: Path) -> HealthReport:
    """Run `PRAGMA integrity_check` and compare the schema revision with the latest migration.

    Opens the file read-only so that checking never changes (or creates) it.
    """
    head = migrate.head_revision()
    if not path.exists():
        return HealthReport(False, f"LỖI: không có tệp dữ liệu tại {path}.", "missing", None, head)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            integrity = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if found is None else str(found[0])
            activities = propaganda = 0
            saves = commit_stamp.saves_in(connection)
            if revision == head:
                activities = connection.execute(
                    "SELECT count(*) FROM activity WHERE is_deleted = 0"
                ).fetchone()[0]
                propaganda = connection.execute(
                    "SELECT count(*) FROM propaganda_event WHERE is_deleted = 0"
                ).fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if _refused_for_writing(error):
            return _read_only_report(path, error, head)
        return HealthReport(
            False, f"LỖI: tệp dữ liệu {path} bị hỏng hoặc không đọc được ({error}).", str(error), None, head
        )
    if integrity != "ok":
        return HealthReport(
            False, f"LỖI: kiểm tra toàn vẹn thất bại: {integrity[:200]}", integrity, revision, head
        )
    if commit_stamp.changed_while_closed(path):
        return HealthReport(
            False, f"LỖI: tệp dữ liệu {path} {CHANGED_WHILE_CLOSED}. {_ADVICE}", integrity, revision, head
        )
    expected = commit_stamp.read_stamp(path)
    if expected is not None and saves < expected:
        lost = commit_stamp.StoreRolledBackError(path, saves, expected)
        return HealthReport(
            False,
            f"LỖI: {lost} Hãy khôi phục bản sao lưu mới nhất (lệnh restore) hoặc mở ứng dụng để chọn.",
            integrity,
            revision,
            head,
        )
    if revision != head:
        return HealthReport(
            False,
            f"LỖI: lược đồ dữ liệu ở phiên bản {revision or 'chưa khởi tạo'}, mới nhất là {head}; "
            "hãy mở ứng dụng một lần để nâng cấp.",
            integrity,
            revision,
            head,
        )
    return HealthReport(
        True,
        f"TỐT: dữ liệu toàn vẹn, lược đồ mới nhất ({head}); {activities} hoạt động, "
        f"{propaganda} sự kiện tuyên truyền — {path}",
        integrity,
        revision,
        head,
        activities,
        propaganda,
    )
