"""Health check of a store file: integrity and schema version, with a one-line verdict."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gender_equality_desk.core.store import migrate


@dataclass(frozen=True)
class HealthReport:
    ok: bool
    verdict: str
    integrity: str
    revision: str | None
    head: str
    activities: int = 0
    propaganda_events: int = 0


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
        return HealthReport(
            False, f"LỖI: tệp dữ liệu {path} bị hỏng hoặc không đọc được ({error}).", str(error), None, head
        )
    if integrity != "ok":
        return HealthReport(
            False, f"LỖI: kiểm tra toàn vẹn thất bại: {integrity[:200]}", integrity, revision, head
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
