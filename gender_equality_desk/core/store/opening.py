"""Opening the store at start: detect damage, back up before upgrading, migrate, seed reference data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from gender_equality_desk.core.errors import StoreError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import Store, make_engine
from gender_equality_desk.core.store.reference import seed_reference_data
from gender_equality_desk.core.store.snapshot import snapshot_store

SQLITE_HEADER = b"SQLite format 3\x00"


def _read_revision(path: Path) -> str | None:
    """The schema revision stamped in an existing file, read without changing the file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"Không đọc được tệp dữ liệu {path}: {error.strerror}.") from error
    if header and header != SQLITE_HEADER:
        raise StoreError(
            f"Tệp dữ liệu {path} bị hỏng hoặc không phải tệp dữ liệu của ứng dụng. "
            "Tệp đã được giữ nguyên; hãy khôi phục từ bản sao lưu gần nhất."
        )
    if not header:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"Tệp dữ liệu {path} bị hỏng ({error}). Tệp đã được giữ nguyên; "
            "hãy khôi phục từ bản sao lưu gần nhất."
        ) from error
    return None if row is None else str(row[0])


def backup_before_upgrade(layout: DataLayout, from_revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = layout.backups / f"truoc-nang-cap-{from_revision}-{stamp}.sqlite3"
    return snapshot_store(layout.store, target)


def open_store(layout: DataLayout) -> Store:
    """Open (creating if needed) the store in `layout`, upgraded to the latest schema.

    An older store is copied to backups/ before any migration touches it. A damaged file or one made by a
    newer version of the app raises StoreError and is never modified.
    """
    layout.ensure()
    current = _read_revision(layout.store) if layout.store.exists() else None
    head = migrate.head_revision()
    if current is not None and current not in migrate.known_revisions():
        raise StoreError(
            "Dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng "
            f"(phiên bản lược đồ {current}). Vui lòng cài phiên bản mới nhất của Gender Equality Desk."
        )
    if current is not None and current != head:
        backup_before_upgrade(layout, current)
    engine = make_engine(layout.store)
    try:
        if current != head:
            migrate.upgrade(engine)
        store = Store(engine, layout.store)
        with store.transaction() as session:
            seed_reference_data(session)
    except sqlite3.DatabaseError as error:
        engine.dispose()
        raise StoreError(f"Không mở được tệp dữ liệu {layout.store}: {error}.") from error
    except Exception:
        engine.dispose()
        raise
    return store
