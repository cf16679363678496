"""Attachment rows: which record uses which stored file, under which name."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments.files import blob_path, store_file
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.models import Attachment


@dataclass(frozen=True)
class AttachmentRow:
    """What a form shows of one attachment (never a live ORM object)."""

    id: int
    uuid: str
    original_name: str
    size_bytes: int
    media_type: str
    sha256: str
    path: Path  # the blob; open it through viewing_copy, never directly
    is_image: bool


def _owner_filter(activity_id: int | None, propaganda_event_id: int | None) -> ColumnElement[bool]:
    if (activity_id is None) == (propaganda_event_id is None):
        raise ValueError("an attachment belongs to exactly one activity or one propaganda event")
    if activity_id is not None:
        return Attachment.activity_id == activity_id
    return Attachment.propaganda_event_id == propaganda_event_id


def _row(layout: DataLayout, attachment: Attachment) -> AttachmentRow:
    return AttachmentRow(
        id=attachment.id,
        uuid=attachment.uuid,
        original_name=attachment.original_name,
        size_bytes=attachment.size_bytes,
        media_type=attachment.media_type,
        sha256=attachment.sha256,
        path=blob_path(layout, attachment.sha256),
        is_image=attachment.media_type.startswith("image/"),
    )


def _short_name(name: str, limit: int = 255) -> str:
    if len(name) <= limit:
        return name
    suffix = Path(name).suffix[:20]
    return name[: limit - len(suffix)] + suffix


def attach(
    session: Session,
    layout: DataLayout,
    path: Path,
    *,
    activity_id: int | None = None,
    propaganda_event_id: int | None = None,
) -> AttachmentRow:
    """Store `path` and attach it to one record; UserFacingError when the file cannot be attached.

    Attaching content the record already shows returns that attachment instead of a second copy.
    """
    owner = _owner_filter(activity_id, propaganda_event_id)
    stored = store_file(layout, path)
    existing = session.scalars(
        select(Attachment).where(owner, Attachment.sha256 == stored.sha256, Attachment.is_deleted.is_(False))
    ).first()
    if existing is not None:
        return _row(layout, existing)
    attachment = Attachment(
        activity_id=activity_id,
        propaganda_event_id=propaganda_event_id,
        sha256=stored.sha256,
        original_name=_short_name(stored.original_name),
        size_bytes=stored.size_bytes,
        media_type=stored.media_type,
    )
    session.add(attachment)
    session.flush()
    return _row(layout, attachment)


def attachments_of(
    session: Session,
    layout: DataLayout,
    *,
    activity_id: int | None = None,
    propaganda_event_id: int | None = None,
) -> list[AttachmentRow]:
    """The attachments a record shows, in the order they were added."""
    owner = _owner_filter(activity_id, propaganda_event_id)
    query = select(Attachment).where(owner, Attachment.is_deleted.is_(False)).order_by(Attachment.id)
    return [_row(layout, attachment) for attachment in session.scalars(query)]


def remove_attachment(session: Session, attachment_id: int) -> None:
    """Take an attachment off its record; the file stays until collect_garbage."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise ValueError(f"no attachment with id {attachment_id}")
    if not attachment.is_deleted:
        attachment.is_deleted = True
        attachment.deleted_at = utc_now()


def apply_form_changes(
    session: Session,
    layout: DataLayout,
    *,
    added: Sequence[Path],
    removed_ids: Collection[int],
    activity_id: int | None = None,
    propaganda_event_id: int | None = None,
) -> list[AttachmentRow]:
    """Save what the attachment list of a form changed, inside the form's own transaction.

    Ids that do not belong to the record are ignored (a stale form must not touch another record).
    Returns the record's attachments afterwards.
    """
    owner = _owner_filter(activity_id, propaganda_event_id)
    if removed_ids:
        query = select(Attachment.id).where(owner, Attachment.id.in_(list(removed_ids)))
        for attachment_id in session.scalars(query).all():
            remove_attachment(session, attachment_id)
    for path in added:
        attach(session, layout, path, activity_id=activity_id, propaganda_event_id=propaganda_event_id)
    return attachments_of(session, layout, activity_id=activity_id, propaganda_event_id=propaganda_event_id)


def _duplicate(
    session: Session, source: ColumnElement[bool], target: dict[str, int], except_ids: Collection[int]
) -> int:
    query = select(Attachment).where(source, Attachment.is_deleted.is_(False)).order_by(Attachment.id)
    copied = 0
    for attachment in session.scalars(query).all():
        if attachment.id in except_ids:
            continue
        session.add(
            Attachment(
                **target,
                sha256=attachment.sha256,
                original_name=attachment.original_name,
                size_bytes=attachment.size_bytes,
                media_type=attachment.media_type,
            )
        )
        copied += 1
    session.flush()
    return copied


def copy_attachments_for_duplicate(
    session: Session, source_activity_id: int, target_activity_id: int, *, except_ids: Collection[int] = ()
) -> int:
    """Give a duplicated activity the source's attachments: new rows, same blobs, no file copied.

    `except_ids` are source attachments the officer removed in the duplicate's form before saving.
    Returns the number of attachments copied.
    """
    source = Attachment.activity_id == source_activity_id
    return _duplicate(session, source, {"activity_id": target_activity_id}, except_ids)


def copy_event_attachments_for_duplicate(
    session: Session, source_event_id: int, target_event_id: int, *, except_ids: Collection[int] = ()
) -> int:
    """The same as copy_attachments_for_duplicate, for propaganda events."""
    source = Attachment.propaganda_event_id == source_event_id
    return _duplicate(session, source, {"propaganda_event_id": target_event_id}, except_ids)
