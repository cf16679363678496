"""Exporting a period's records as one signed package (see packages_format for the layout).

Included: live activities and propaganda events whose (local) start date falls in the period, their
slogans and places, the catalogue entries and campaigns they point at, and their evidence files.
Case data is never included by this module itself. Two ExtensionParts may be added by the caller:
anonymised case statistics (case_statistics_part) and, for moving to a new PC, the administrator's
still-encrypted cases (case_transfer_part).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk import __version__
from gender_equality_desk.core.domain.clock import local_midnight_utc
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.packages_format import (
    ATTACHMENT_PREFIX,
    EXTENSION_PREFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    SLOGANS_KEY,
    TABLES,
    PackageModel,
    data_columns,
    encode_value,
    key_of,
    part_name,
    target_table,
)
from gender_equality_desk.core.exchange.packages_ledger import remember_shared
from gender_equality_desk.core.fileio import file_sha256, write_with
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.records.attachments import blob_path
from gender_equality_desk.core.store.models import Activity, Attachment, PropagandaEvent


@dataclass(frozen=True)
class ExtensionPart:
    """Extra content added to a package, stored under extensions/<name>.

    `files` are (name, source) pairs copied as they are under extensions/<name> (e.g. case files that
    are already encrypted); importers verify them like evidence files and read them from the zip.
    `contains_case_data` marks the package in its manifest (the encrypted cases for a new PC).
    """

    name: str  # file name, e.g. "case-statistics.json"
    data: bytes
    description: str  # Vietnamese, shown at import
    files: tuple[tuple[str, Path], ...] = ()
    contains_case_data: bool = False
    # What the audit log says left the machine; written by package_audit only after the package is.
    audit_detail: str = ""
    # The one-time code `data` is sealed under (encrypted cases), for the GUI to show once; never stored.
    transfer_code: str = field(default="", repr=False)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]  # table name → rows
    attachment_files: int
    key_fingerprint: str


def _live_records(session: Session, start: date, end: date) -> tuple[list[Activity], list[PropagandaEvent]]:
    after_end = local_midnight_utc(end + timedelta(days=1))
    activities = session.scalars(
        select(Activity)
        .where(Activity.is_deleted.is_(False), Activity.start_at >= local_midnight_utc(start),
               Activity.start_at < after_end)
        .order_by(Activity.start_at, Activity.id)
    ).all()  # fmt: skip
    events = session.scalars(
        select(PropagandaEvent)
        .where(PropagandaEvent.is_deleted.is_(False), PropagandaEvent.start_date >= start,
               PropagandaEvent.start_date <= end)
        .order_by(PropagandaEvent.start_date, PropagandaEvent.id)
    ).all()  # fmt: skip
    return list(activities), list(events)


def _collect(session: Session, start: date, end: date) -> dict[str, list[Any]]:
    """Rows per table: the period's records and everything they point at."""
    activities, events = _live_records(session, start, end)
    rows: dict[str, list[Any]] = defaultdict(list)
    rows["activity"], rows["propaganda_event"] = activities, events
    seen: set[tuple[str, int]] = set()
    records: list[Activity | PropagandaEvent] = [*activities, *events]
    for record in records:
        extra = [record.responsible_unit] if isinstance(record, Activity) else list(record.slogans)
        for referenced in (record.campaign, record.kind, record.village, *extra):
            if referenced is not None and (referenced.__tablename__, referenced.id) not in seen:
                seen.add((referenced.__tablename__, referenced.id))
                rows[referenced.__tablename__].append(referenced)
    activity_ids = [row.id for row in activities]
    event_ids = [row.id for row in events]
    rows["attachment"] = list(
        session.scalars(
            select(Attachment)
            .where(Attachment.is_deleted.is_(False),
                   Attachment.activity_id.in_(activity_ids) | Attachment.propaganda_event_id.in_(event_ids))
            .order_by(Attachment.id)
        )
    )  # fmt: skip
    return rows


def _encode(model: PackageModel, rows: list[Any], uuids: dict[tuple[str, int], str]) -> list[dict[str, Any]]:
    columns = data_columns(model)
    encoded = []
    for row in sorted(rows, key=lambda item: item.id):
        item: dict[str, Any] = {}
        for column in columns:
            value = getattr(row, column.name)
            if column.foreign_keys:
                item[key_of(column)] = None if value is None else uuids[(target_table(column), value)]
            else:
                item[key_of(column)] = encode_value(column, value)
        if isinstance(row, PropagandaEvent):
            item[SLOGANS_KEY] = sorted(slogan.uuid for slogan in row.slogans)
        encoded.append(item)
    return encoded


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def export_package(
    session: Session,
    layout: DataLayout,
    start: date,
    end: date,
    target: Path,
    *,
    extensions: Sequence[ExtensionPart] = (),
) -> ExportSummary:
    """Write the package of `start`…`end` (local dates, inclusive) to `target` atomically."""
    if end < start:
        raise UserFacingError("Ngày kết thúc trước ngày bắt đầu. Vui lòng chọn lại khoảng thời gian.")
    rows = _collect(session, start, end)
    uuids = {(row.__tablename__, row.id): row.uuid for table_rows in rows.values() for row in table_rows}
    parts: dict[str, bytes] = {}
    for model in TABLES:
        encoded = _encode(model, rows[model.__tablename__], uuids)
        parts[part_name(model)] = json.dumps(encoded, ensure_ascii=False, indent=1).encode("utf-8")
    blobs = sorted({attachment.sha256 for attachment in rows["attachment"]})
    for blob in blobs:
        if not blob_path(layout, blob).is_file():
            raise UserFacingError(
                f"Thiếu tệp minh chứng {blob[:12]}… trong thư mục dữ liệu nên chưa xuất được gói. "
                "Hãy khôi phục thư mục dữ liệu từ bản sao lưu, hoặc gỡ minh chứng bị thiếu khỏi bản ghi."
            )
    for extension in extensions:
        parts[EXTENSION_PREFIX + extension.name] = extension.data
    extension_files = [(EXTENSION_PREFIX + name, source) for e in extensions for name, source in e.files]
    key = signing.installation_key(layout)
    public = signing.public_key_bytes(key)
    profile = load_profile(session)
    part_list = [{"name": name, "sha256": _digest(data), "size": len(data)} for name, data in parts.items()]
    for blob in blobs:
        size = blob_path(layout, blob).stat().st_size
        part_list.append({"name": ATTACHMENT_PREFIX + blob, "sha256": blob, "size": size})
    for name, source in extension_files:
        part_list.append({"name": name, "sha256": file_sha256(source), "size": source.stat().st_size})
    counts = {name: len(table_rows) for name, table_rows in rows.items()}
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(),
        "source": {
            "commune": profile.commune_name if profile else "",
            "province": profile.province_name if profile else "",
        },
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "counts": {model.__tablename__: counts.get(model.__tablename__, 0) for model in TABLES},
        "contains_case_data": any(extension.contains_case_data for extension in extensions),
        "extensions": [{"name": EXTENSION_PREFIX + e.name, "description": e.description} for e in extensions],
        "parts": part_list,
        "signing_key": {
            "algorithm": signing.ALGORITHM,
            "public_key": signing.encode(public),
            "fingerprint": signing.fingerprint(public),
        },
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    signature = signing.encode(signing.sign(key, manifest_bytes)).encode("ascii")

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(SIGNATURE, signature)
            for name, data in parts.items():
                archive.writestr(name, data)
            for blob in blobs:  # photos and PDFs are compressed already
                archive.write(blob_path(layout, blob), ATTACHMENT_PREFIX + blob, zipfile.ZIP_STORED)
            for name, source in extension_files:  # ciphertext does not compress
                archive.write(source, name, zipfile.ZIP_STORED)

    write_with(target, write)
    shared = {row.uuid: row.updated_at for name in ("activity", "propaganda_event") for row in rows[name]}
    remember_shared(layout, shared)
    return ExportSummary(target, counts, len(blobs), signing.fingerprint(public))
