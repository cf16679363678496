"""A small commune with evidence files, for backup and restore tests."""

from __future__ import annotations

import struct
import zlib
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from gender_equality_desk.core.campaigns import default_campaign_for
from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import attach
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, ActivityKind

DAY = date(2026, 11, 20)


def png_bytes(rgb: tuple[int, int, int]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * 4 for _ in range(3))
    header = struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def add_activity(store: Store, layout: DataLayout, title: str, photo: Path | None = None) -> int:
    with store.transaction() as session:
        start = local_datetime(DAY, 7, 30)
        activity = Activity(
            campaign=default_campaign_for(session, DAY),
            kind=session.scalars(select(ActivityKind)).first(),
            title=title,
            start_at=start,
            end_at=start + timedelta(hours=2),
        )
        session.add(activity)
        session.flush()
        if photo is not None:
            attach(session, layout, photo, activity_id=activity.id)
        return activity.id


def write_photo(folder: Path, name: str, rgb: tuple[int, int, int]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(png_bytes(rgb))
    return path


def activity_titles(store: Store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(Activity.title).order_by(Activity.id)))


def activity_count(store: Store) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Activity)) or 0)
