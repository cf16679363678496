"""Deleting evidence for good: removed rows now, unused files when the transaction commits."""

from __future__ import annotations

import contextlib
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, event, or_, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments.files import is_blob_name
from gender_equality_desk.core.store.models import Attachment

_GC_PENDING = "gedesk_attachment_gc_pending"


def _is_leftover(path: Path) -> bool:
    # Blobs by name; ".<sha>.xxxx.tmp" files are copies interrupted by a crash (see fileio.atomic_path).
    return is_blob_name(path.name) or (path.name.startswith(".") and path.name.endswith(".tmp"))


def collect_garbage(session: Session, layout: DataLayout, *, grace: timedelta = timedelta(minutes=10)) -> int:
    """Forget removed attachments for good and delete the files no row uses any more.

    Rows that were removed (or lost their record) are deleted now, in the caller's transaction; the files
    are deleted only when that transaction commits, so a rolled-back "empty trash" loses nothing. Files
    younger than `grace` are kept: another unit of work may have just stored one for a row it has not
    committed yet. Returns the number of files that the commit deletes.
    """
    session.execute(
        delete(Attachment).where(
            or_(
                Attachment.is_deleted.is_(True),
                and_(Attachment.activity_id.is_(None), Attachment.propaganda_event_id.is_(None)),
            )
        )
    )
    referenced = set(session.scalars(select(Attachment.sha256).distinct()))
    cutoff = time.time() - grace.total_seconds()
    doomed: list[Path] = []
    shards = layout.attachments.iterdir() if layout.attachments.is_dir() else iter(())
    for shard in shards:
        if not shard.is_dir():
            continue
        for path in shard.iterdir():
            if not _is_leftover(path) or path.name in referenced:
                continue
            try:
                if path.stat().st_mtime <= cutoff:
                    doomed.append(path)
            except OSError:
                continue
    if doomed:
        _delete_after_commit(session, doomed)
    return len(doomed)


def _delete_after_commit(session: Session, paths: list[Path]) -> None:
    if _GC_PENDING not in session.info:  # first time for this session: hook it once
        event.listen(session, "after_commit", _delete_pending)
        event.listen(session, "after_soft_rollback", _forget_pending)
    session.info.setdefault(_GC_PENDING, []).extend(paths)


def _delete_pending(session: Session) -> None:
    paths: list[Path] = session.info.get(_GC_PENDING, [])
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue  # in use (Windows) or read-only medium: the next clean-up tries again
        with contextlib.suppress(OSError):  # the shard still holds other blobs
            path.parent.rmdir()
    paths.clear()


def _forget_pending(session: Session, _previous_transaction: Any) -> None:
    session.info.get(_GC_PENDING, []).clear()
