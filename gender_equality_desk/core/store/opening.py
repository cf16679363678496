"""Opening the store at start: check its health, back it up before any migration, migrate, seed.

Order matters: the health check runs first (a damaged file is never opened for writing), then the backup
(so the copy is of the store exactly as the previous version left it), then the upgrade.

A store already at the app's schema is recognised from one row of alembic_version, so an ordinary start
never imports Alembic. The app may then leave the start backup and the seeding of new catalogue rows to
`finish_start`, which it runs off the GUI thread once its window shows (`open_store_for_app`); a store
that needs a migration is always backed up, upgraded and seeded before anything reads it.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime

from gender_equality_desk.core.errors import StoreError, UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import Store, make_engine
from gender_equality_desk.core.store.health import check_at_start

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


@dataclass(frozen=True)
class OpenedStore:
    store: Store
    start_work_due: bool  # the caller deferred the start backup and seeding: call finish_start


def open_store(layout: DataLayout, *, backup_at_start: bool = False, now: datetime | None = None) -> Store:
    """Open (creating if needed) the store in `layout`, upgraded to the latest schema and seeded.

    The existing file is checked first (quick check, full integrity check weekly): a damaged one raises
    StoreDamagedError, one made by a newer version of the app StoreError, and neither is modified. An
    older store is backed up (SQLite online backup, into backups/) before any migration touches it;
    `backup_at_start` backs up a current one too.
    """
    return open_store_for_app(layout, backup_at_start=backup_at_start, now=now).store


def open_store_for_app(
    layout: DataLayout,
    *,
    backup_at_start: bool = True,
    defer_start_work: bool = False,
    now: datetime | None = None,
) -> OpenedStore:
    """`open_store`; with `defer_start_work`, a store needing no migration is only opened.

    Its start backup and the seeding of catalogue rows added by a newer app are then owed
    (`start_work_due`): the app runs `finish_start` in a background job once its window is shown.
    """
    layout.ensure()
    current = check_at_start(layout, now=now) if layout.store.exists() else None
    needs_upgrade = current != migrate.head_revision()
    if current is not None and needs_upgrade and current not in migrate.known_revisions():
        raise StoreError(
            "Dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng "
            f"(phiên bản lược đồ {current}). Vui lòng cài phiên bản mới nhất của Gender Equality Desk."
        )
    deferred = defer_start_work and current is not None and not needs_upgrade
    if current is not None and needs_upgrade:
        _back_up(layout, UPGRADE_REASON, now)
    elif current is not None and backup_at_start and not deferred:
        _back_up(layout, START_REASON, now)
    engine = make_engine(layout.store)
    try:
        if needs_upgrade:
            migrate.upgrade(engine)
        store = Store(engine, layout.store)
        if not deferred:
            _seed(store)
    except sqlite3.DatabaseError as error:
        engine.dispose()
        raise StoreError(f"Không mở được tệp dữ liệu {layout.store}: {error}.") from error
    except Exception:
        engine.dispose()
        raise
    return OpenedStore(store, start_work_due=deferred)


def finish_start(store: Store, layout: DataLayout, *, now: datetime | None = None) -> None:
    """What `open_store_for_app` left owed: the start backup (a failure is reported on stderr), then
    the catalogue rows a newer app ships. Safe off the GUI thread: its own connection and transaction."""
    _back_up(layout, START_REASON, now)
    _seed(store)


def _seed(store: Store) -> None:
    # Imported here: seeding pulls in the cases catalogue and the audit log, an ordinary start does not.
    from gender_equality_desk.core.store.reference import seed_reference_data

    with store.transaction() as session:
        seed_reference_data(session)
