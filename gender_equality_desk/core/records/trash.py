"""Thùng rác: deleting hides a record, restoring brings it back, emptying removes it for good.

Nothing is hard-deleted from the GUI except by "Dọn sạch thùng rác", which asks for confirmation first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.clock import local_date
from gender_equality_desk.core.records.kinds import MODELS, RecordType
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.models import Activity, PropagandaEvent

# Sort key for a trashed row whose deletion time was never recorded (not done by move_to_trash).
UNKNOWN_DELETION_TIME = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Deletion:
    """What one delete did, so that "Hoàn tác" can put exactly those records back."""

    record_type: RecordType
    ids: tuple[int, ...]
    deleted_at: datetime

    def describe(self) -> str:
        noun = "hoạt động" if self.record_type is RecordType.ACTIVITY else "sự kiện tuyên truyền"
        return f"Đã chuyển {len(self.ids)} {noun} vào Thùng rác."


@dataclass(frozen=True)
class TrashItem:
    record_type: RecordType
    id: int
    title: str
    day: str  # dd/mm/yyyy of the record itself
    deleted_at: datetime


def move_to_trash(session: Session, record_type: RecordType, ids: Sequence[int]) -> Deletion:
    model = MODELS[record_type]
    now = utc_now()
    live = list(session.scalars(select(model.id).where(model.id.in_(ids), model.is_deleted.is_(False))))
    if live:
        session.execute(
            update(model).where(model.id.in_(live)).values(is_deleted=True, deleted_at=now, updated_at=now)
        )
    return Deletion(record_type, tuple(live), now)


def restore(session: Session, record_type: RecordType, ids: Sequence[int]) -> int:
    model = MODELS[record_type]
    result = session.execute(
        update(model)
        .where(model.id.in_(ids), model.is_deleted.is_(True))
        .values(is_deleted=False, deleted_at=None, updated_at=utc_now())
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def undo(session: Session, deletion: Deletion) -> int:
    """Restore what `deletion` trashed (records restored or purged since are left alone)."""
    return restore(session, deletion.record_type, deletion.ids)


def trash_items(session: Session) -> list[TrashItem]:
    """Everything in the trash, most recently deleted first."""
    items: list[TrashItem] = []
    activity_rows = session.execute(
        select(Activity.id, Activity.title, Activity.start_at, Activity.deleted_at).where(
            Activity.is_deleted.is_(True)
        )
    )
    for row_id, title, start_at, deleted_at in activity_rows:
        day = f"{local_date(start_at):%d/%m/%Y}"
        items.append(TrashItem(RecordType.ACTIVITY, row_id, title, day, deleted_at or UNKNOWN_DELETION_TIME))
    event_rows = session.execute(
        select(
            PropagandaEvent.id, PropagandaEvent.title, PropagandaEvent.start_date, PropagandaEvent.deleted_at
        ).where(PropagandaEvent.is_deleted.is_(True))
    )
    for row_id, title, start_date, deleted_at in event_rows:
        items.append(
            TrashItem(
                RecordType.PROPAGANDA_EVENT,
                row_id,
                title,
                f"{start_date:%d/%m/%Y}",
                deleted_at or UNKNOWN_DELETION_TIME,
            )
        )
    items.sort(key=lambda item: (item.deleted_at, item.id), reverse=True)
    return items


def trash_count(session: Session) -> int:
    return sum(
        session.scalar(select(func.count()).select_from(model).where(model.is_deleted.is_(True))) or 0
        for model in MODELS.values()
    )


def empty_trash(session: Session, collect_garbage: Callable[[Session], int] | None = None) -> int:
    """Delete every trashed record for good (their attachments rows go with them, by cascade).

    `collect_garbage` then removes evidence files nothing refers to any more; it is passed in because
    file housekeeping belongs to the attachment store. Returns the number of records removed.
    """
    removed = 0
    for model in MODELS.values():
        result = session.execute(delete(model).where(model.is_deleted.is_(True)))
        removed += int(result.rowcount)  # type: ignore[attr-defined]
    session.flush()
    if collect_garbage is not None:
        collect_garbage(session)
    return removed
