"""Opening the store at start: check its health, back it up before any migration, migrate, seed.

Order matters: the health check runs first (a damaged file is never opened for writing), then the backup
(so the copy is of the store exactly as the previous version left it), then the upgrade.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime

from gender_equality_desk.core.errors import StoreError, UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import Store, make_engine
from gender_equality_desk.core.store.health import check_at_start
from gender_equality_desk.core.store.reference import seed_reference_data

START_REASON = "khoi-dong"
UPGRADE_REASON = "truoc-nang-cap"


def _back_up(layout: DataLayout, reason: str, now: datetime | None) -> None:
    """Back up before opening; without a backup no upgrade runs, but a plain start goes on (and says so)."""
    # Imported here: the exchange layer sits above the store and imports from it.
    from gender_equality_desk.core.exchange.backup import create_backup

    try:
        create_backup(layout, reason, now=now)
    except (UserFacingError, OSError) as error:
        if reason == UPGRADE_REASON:
            raise StoreError(
                f"Không sao lưu được dữ liệu trước khi nâng cấp ({error}). Dữ liệu chưa bị thay đổi; "
                "hãy kiểm tra ổ đĩa còn chỗ trống rồi mở lại ứng dụng."
            ) from error
        print(f"Chú ý: không sao lưu được khi mở ứng dụng: {error}", file=sys.stderr)


def open_store(layout: DataLayout, *, backup_at_start: bool = False, now: datetime | None = None) -> Store:
    """Open (creating if needed) the store in `layout`, upgraded to the latest schema.

    The existing file is checked first (quick check, full integrity check weekly): a damaged one raises
    StoreDamagedError, one made by a newer version of the app StoreError, and neither is modified. An
    older store is backed up (SQLite online backup, into backups/) before any migration touches it;
    `backup_at_start` backs up a current one too (the app does, at every start).
    """
    layout.ensure()
    current = check_at_start(layout, now=now) if layout.store.exists() else None
    head = migrate.head_revision()
    if current is not None and current not in migrate.known_revisions():
        raise StoreError(
            "Dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng "
            f"(phiên bản lược đồ {current}). Vui lòng cài phiên bản mới nhất của Gender Equality Desk."
        )
    if current is not None and current != head:
        _back_up(layout, UPGRADE_REASON, now)
    elif current is not None and backup_at_start:
        _back_up(layout, START_REASON, now)
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
