"""Merging a verified package into the store by UUID: first a preview, then the officer's choice.

For each activity and propaganda event of the package:

* new       — no record with its UUID here: added;
* changed   — changed there since it was last shared, unchanged here: updated;
* conflict  — changed on both sides: only when the officer confirms it, and then the newer `updated_at`
              wins (a confirmed conflict whose local side is newer keeps the local record);
* same / local newer — nothing to do.

Catalogue entries and campaigns are matched by UUID, then by their natural key (code, name, year),
and only added when missing: the officer's own names and order are never overwritten. Evidence files
are copied content-addressed through core.records.attachments. Everything happens in one transaction,
which first compares the package's signing key with the one pinned for its sender (packages_pinning):
a changed key refuses the import, a new sender's key is pinned.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.clock import local_date
from gender_equality_desk.core.domain.vocabulary import CampaignKind, LabelledEnum
from gender_equality_desk.core.exchange.package_values import check_package_values
from gender_equality_desk.core.exchange.packages_format import (
    ATTACHMENT_PREFIX,
    SLOGANS_KEY,
    TABLE_LABELS,
    PackageError,
    PackageModel,
    data_columns,
    key_of,
)
from gender_equality_desk.core.exchange.packages_ledger import load_ledger, remember_shared
from gender_equality_desk.core.exchange.packages_pinning import pin_sender_key
from gender_equality_desk.core.exchange.packages_verify import Row, VerifiedPackage
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import store_file
from gender_equality_desk.core.records.search import activity_search_text, propaganda_search_text
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    Attachment,
    Campaign,
    PropagandaEvent,
    PropagandaKind,
    ResponsibleUnit,
    Slogan,
    Village,
)
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

CATALOGUES: tuple[PackageModel, ...] = (
    Village,
    ActivityKind,
    PropagandaKind,
    ResponsibleUnit,
    Campaign,
    Slogan,
)
RECORDS: dict[str, type[Activity] | type[PropagandaEvent]] = {
    "activity": Activity,
    "propaganda_event": PropagandaEvent,
}
_META = frozenset({"uuid", "created_at", "updated_at", "is_deleted", "deleted_at"})
_NOT_YET_HERE = -1  # a reference to a catalogue entry the import would add
_COPY_CHUNK = 1024 * 1024
FIELD_LABELS = {
    "title": "nội dung", "kind_id": "loại, hình thức", "start_at": "thời gian bắt đầu",
    "end_at": "thời gian kết thúc", "start_date": "ngày bắt đầu", "end_date": "ngày kết thúc",
    "village_id": "thôn, bản", "campaign_id": "chiến dịch", "place_text": "địa điểm", "places": "địa điểm",
    "organiser": "đơn vị tổ chức",
    "responsible_unit_id": "đơn vị phụ trách", "participants_total": "tổng số người",
    "participants_female": "số nữ", "participants_male": "số nam", "participants_children": "số trẻ em",
    "participants_ethnic_minority": "số người DTTS", "budget_vnd": "kinh phí",
    "budget_source": "nguồn kinh phí",
    "result_summary": "kết quả", "status": "trạng thái", "quantity": "số lượng", "minutes": "số phút",
    "estimated_reach": "số người tiếp cận", "notes": "ghi chú", SLOGANS_KEY: "khẩu hiệu",
}  # fmt: skip


class MergeStatus(LabelledEnum):
    NEW = ("new", QT_TRANSLATE_NOOP("MergeStatus", "Mới"))
    CHANGED = ("changed", QT_TRANSLATE_NOOP("MergeStatus", "Đã sửa ở nơi gửi"))
    CONFLICT = ("conflict", QT_TRANSLATE_NOOP("MergeStatus", "Xung đột: cả hai nơi đều sửa"))
    SAME = ("same", QT_TRANSLATE_NOOP("MergeStatus", "Không đổi"))
    LOCAL_NEWER = ("local_newer", QT_TRANSLATE_NOOP("MergeStatus", "Máy này mới hơn, giữ nguyên"))


@dataclass(frozen=True)
class PreviewItem:
    table: str  # "activity" or "propaganda_event"
    uuid: str
    title: str
    day: date
    status: MergeStatus
    incoming_updated_at: datetime
    local_updated_at: datetime | None
    changed_fields: tuple[str, ...]  # Vietnamese labels

    @property
    def incoming_newer(self) -> bool:
        return self.local_updated_at is None or self.incoming_updated_at > self.local_updated_at


@dataclass(frozen=True)
class PackagePreview:
    items: tuple[PreviewItem, ...]
    new_catalogue_entries: dict[str, int]  # table → entries the import adds
    attachments_to_add: int

    def with_status(self, status: MergeStatus) -> list[PreviewItem]:
        return [item for item in self.items if item.status is status]


@dataclass
class MergeResult:
    added: int = 0
    updated: int = 0
    conflicts_applied: int = 0
    skipped: int = 0
    catalogue_entries_added: int = 0
    attachments_added: int = 0
    shared: dict[str, datetime] = field(default_factory=dict)


# -- catalogues ---------------------------------------------------------------------------------------


def _natural_key(table: str, values: dict[str, Any]) -> tuple[Any, ...]:
    if table in ("village", "responsible_unit"):
        return (values["name"].casefold(),)
    if table in ("activity_kind", "propaganda_kind"):
        return (values["code"],)
    if table == "campaign":
        kind = CampaignKind.of(str(values["kind"]))
        named = kind is CampaignKind.OTHER
        return (values["year"], kind.value, values["name"].casefold() if named else "")
    return (values["text"],)


def _resolve_catalogues(
    session: Session, package: VerifiedPackage, *, create: bool
) -> tuple[dict[str, int], Counter[str]]:
    """(uuid → local id of every catalogue row of the package, new entries per table)."""
    ids: dict[str, int] = {}
    added: Counter[str] = Counter()
    for model in CATALOGUES:
        table = model.__tablename__
        local: list[Any] = list(session.scalars(select(model)))
        by_uuid = {row.uuid: row.id for row in local}
        by_key = {_natural_key(table, {c.name: getattr(row, c.name) for c in data_columns(model)}): row.id
                  for row in local}  # fmt: skip
        for incoming in package.rows[table]:
            found = by_uuid.get(incoming["uuid"]) or by_key.get(_natural_key(table, incoming))
            if found is None:
                added[table] += 1
                if not create:
                    continue
                row = model(**{column.name: incoming[column.name] for column in data_columns(model)})
                session.add(row)
                session.flush()
                found = row.id
                by_key[_natural_key(table, incoming)] = found
            ids[incoming["uuid"]] = found
    return ids, added


# -- records --------------------------------------------------------------------------------------------


def _wanted(
    model: type[Activity] | type[PropagandaEvent], incoming: Row, ids: dict[str, int]
) -> dict[str, Any]:
    """The record's column values as they would be here (references as local ids)."""
    values: dict[str, Any] = {}
    for column in data_columns(model):
        if column.name in _META:
            continue
        value = incoming[key_of(column)]
        values[column.name] = ids.get(value, _NOT_YET_HERE) if column.foreign_keys and value else value
    if model is PropagandaEvent:
        values[SLOGANS_KEY] = sorted(ids.get(uuid, _NOT_YET_HERE) for uuid in incoming[SLOGANS_KEY])
    return values


def _current(record: Activity | PropagandaEvent, wanted: dict[str, Any]) -> dict[str, Any]:
    current = {name: getattr(record, name) for name in wanted if name != SLOGANS_KEY}
    if isinstance(record, PropagandaEvent):
        current[SLOGANS_KEY] = sorted(slogan.id for slogan in record.slogans)
    return current


def _classify(
    local: Activity | PropagandaEvent | None, incoming: Row, differences: list[str], shared: datetime | None
) -> MergeStatus:
    if local is None:
        return MergeStatus.NEW
    if not differences and not local.is_deleted:
        return MergeStatus.SAME
    incoming_changed = shared is None or incoming["updated_at"] != shared
    local_changed = shared is None or local.updated_at != shared
    if incoming_changed and not local_changed and incoming["updated_at"] > local.updated_at:
        return MergeStatus.CHANGED
    if local_changed and not incoming_changed:
        return MergeStatus.LOCAL_NEWER
    return MergeStatus.CONFLICT


def _items(
    session: Session, layout: DataLayout, package: VerifiedPackage, ids: dict[str, int]
) -> list[tuple[PreviewItem, Row, Activity | PropagandaEvent | None]]:
    ledger = load_ledger(layout)
    found = []
    for table, model in RECORDS.items():
        incoming_rows = package.rows[table]
        uuids = [row["uuid"] for row in incoming_rows]
        query = select(model).where(model.uuid.in_(uuids))
        found_rows: list[Activity | PropagandaEvent] = list(session.scalars(query))
        local_rows = {row.uuid: row for row in found_rows}
        for incoming in incoming_rows:
            local = local_rows.get(incoming["uuid"])
            wanted = _wanted(model, incoming, ids)
            current = _current(local, wanted) if local is not None else {}
            differences = [
                FIELD_LABELS.get(name, name)
                for name in wanted
                if local is not None and current[name] != wanted[name]
            ]
            status = _classify(local, incoming, differences, ledger.get(incoming["uuid"]))
            if local is not None and local.is_deleted:
                differences.append("đang trong Thùng rác ở máy này")
            day = local_date(incoming["start_at"]) if table == "activity" else incoming["start_date"]
            local_time = None if local is None else local.updated_at
            item = PreviewItem(
                table,
                incoming["uuid"],
                incoming["title"],
                day,
                status,
                incoming["updated_at"],
                local_time,
                tuple(differences),
            )
            found.append((item, incoming, local))
    return found


def _attachments_missing(session: Session, package: VerifiedPackage, applied: set[str]) -> list[Row]:
    rows = package.rows["attachment"]
    known = set(
        session.scalars(select(Attachment.uuid).where(Attachment.uuid.in_([row["uuid"] for row in rows])))
    )
    return [row for row in rows if row["uuid"] not in known
            and (row["activity_uuid"] or row["propaganda_event_uuid"]) in applied]  # fmt: skip


def preview_package(session: Session, layout: DataLayout, package: VerifiedPackage) -> PackagePreview:
    """What importing `package` would do; reads only. PackageError for a value out of its range."""
    check_package_values(package.rows)
    ids, added = _resolve_catalogues(session, package, create=False)
    items = _items(session, layout, package, ids)
    receiving = {item.uuid for item, _incoming, _local in items if item.status is not MergeStatus.LOCAL_NEWER}
    missing = _attachments_missing(session, package, receiving)
    labels = {TABLE_LABELS[table]: count for table, count in added.items()}
    return PackagePreview(tuple(item for item, _incoming, _local in items), labels, len(missing))


def _write(
    session: Session,
    model: type[Activity] | type[PropagandaEvent],
    record: Activity | PropagandaEvent | None,
    incoming: Row,
    ids: dict[str, int],
) -> Activity | PropagandaEvent:
    wanted = _wanted(model, incoming, ids)
    slogan_ids = wanted.pop(SLOGANS_KEY, None) or []
    # Query before touching the record: an autoflush in between would UPDATE it and stamp a new updated_at.
    slogans = list(session.scalars(select(Slogan).where(Slogan.id.in_(slogan_ids)))) if slogan_ids else []
    if record is None:
        record = model(uuid=incoming["uuid"], created_at=incoming["created_at"])
        session.add(record)
    for name, value in wanted.items():
        setattr(record, name, value)
    record.is_deleted = False
    record.deleted_at = None
    record.updated_at = incoming["updated_at"]  # the sender's time: the next exchange compares like with like
    if isinstance(record, PropagandaEvent):
        record.slogans = slogans
        record.search_text = propaganda_search_text(record.title, record.places, record.notes)
    else:
        record.search_text = activity_search_text(
            record.title, record.place_text, record.organiser, record.result_summary
        )
    session.flush()
    return record


def _copy_attachments(
    session: Session, layout: DataLayout, package: VerifiedPackage, rows: list[Row], owners: dict[str, int]
) -> int:
    if not rows:
        return 0
    with (
        zipfile.ZipFile(package.path) as archive,
        tempfile.TemporaryDirectory(prefix="gedesk-package-") as folder,
    ):
        for row in rows:
            part = package.attachment_parts[row["sha256"]]
            temp = Path(folder) / f"{row['sha256']}{Path(row['original_name']).suffix.lower()}"
            with archive.open(ATTACHMENT_PREFIX + part.sha256) as source, temp.open("wb") as copy:
                shutil.copyfileobj(source, copy, _COPY_CHUNK)  # a file at a time, never whole in memory
            stored = store_file(layout, temp)
            if stored.sha256 != row["sha256"]:  # the file changed on the stick after it was verified
                raise PackageError(
                    f"Tệp minh chứng “{row['original_name']}” trong gói đã thay đổi sau khi kiểm tra. "
                    "Không có gì được nhập; hãy chép lại gói và nhập lại."
                )
            owner = row["activity_uuid"] or row["propaganda_event_uuid"]
            session.add(Attachment(
                uuid=row["uuid"], sha256=stored.sha256, original_name=row["original_name"],
                size_bytes=stored.size_bytes, media_type=row["media_type"], created_at=row["created_at"],
                updated_at=row["updated_at"],
                activity_id=owners[owner] if row["activity_uuid"] else None,
                propaganda_event_id=owners[owner] if row["propaganda_event_uuid"] else None,
            ))  # fmt: skip
    session.flush()
    return len(rows)


def apply_package(
    store: Store, layout: DataLayout, package: VerifiedPackage, confirmed_conflicts: Collection[str] = ()
) -> MergeResult:
    """Import `package` in one transaction: new and changed records, and the conflicts whose UUIDs are in
    `confirmed_conflicts` (newer updated_at wins). Classification is done again inside the transaction, so
    a record edited here since the preview is never overwritten without a confirmation."""
    check_package_values(package.rows)
    result = MergeResult()
    with store.transaction() as session:
        pin_sender_key(session, package)  # SenderKeyChangedError before anything is written
        ids, added = _resolve_catalogues(session, package, create=True)
        result.catalogue_entries_added = sum(added.values())
        owners: dict[str, int] = {}
        for item, incoming, local in _items(session, layout, package, ids):
            model = RECORDS[item.table]
            apply = item.status in (MergeStatus.NEW, MergeStatus.CHANGED) or (
                item.status is MergeStatus.CONFLICT
                and item.uuid in confirmed_conflicts
                and item.incoming_newer
            )
            if apply:
                record = _write(session, model, local, incoming, ids)
                result.added += item.status is MergeStatus.NEW
                result.updated += item.status is MergeStatus.CHANGED
                result.conflicts_applied += item.status is MergeStatus.CONFLICT
                result.shared[item.uuid] = incoming["updated_at"]
                owners[item.uuid] = record.id
            else:
                result.skipped += 1
                if item.status is MergeStatus.SAME and local is not None:
                    owners[item.uuid] = local.id
                    if local.updated_at == incoming["updated_at"]:
                        result.shared[item.uuid] = incoming["updated_at"]
        missing = _attachments_missing(session, package, set(owners))
        result.attachments_added = _copy_attachments(session, layout, package, missing, owners)
    remember_shared(layout, result.shared)
    return result
