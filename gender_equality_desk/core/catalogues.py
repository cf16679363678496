"""The officer's catalogues: villages, activity kinds, propaganda kinds, responsible units.

One small service for all four. Entries are never deleted: records point at them by id, so

* renaming changes the name everywhere, old records included (meant for fixing a name; a different
  meaning deserves a new entry);
* deactivating only hides the entry from the pickers of new records (`active_choices`); old records keep
  it and still show its name;
* the order is the order of every picker and list.

Every function writes in the caller's session and raises UserFacingError (Vietnamese) before changing
anything, so the caller's transaction either saves the whole change or nothing.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.domain.vocabulary import LabelledEnum, QuantityUnit
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import village_kind_from_name
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    PropagandaEvent,
    PropagandaKind,
    ResponsibleUnit,
    Village,
)
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

CatalogueRow = Village | ActivityKind | PropagandaKind | ResponsibleUnit


class CatalogueKind(LabelledEnum):
    VILLAGE = ("village", QT_TRANSLATE_NOOP("CatalogueKind", "Thôn, bản, tổ dân phố"))
    ACTIVITY_KIND = ("activity_kind", QT_TRANSLATE_NOOP("CatalogueKind", "Loại hoạt động"))
    PROPAGANDA_KIND = ("propaganda_kind", QT_TRANSLATE_NOOP("CatalogueKind", "Hình thức tuyên truyền"))
    RESPONSIBLE_UNIT = ("responsible_unit", QT_TRANSLATE_NOOP("CatalogueKind", "Đơn vị phụ trách"))

    @property
    def noun(self) -> str:
        """How one entry is called inside a sentence."""
        return _NOUNS[self]

    @property
    def requires_active(self) -> bool:
        """Kinds are required on every new record: at least one must stay in use."""
        return self in (CatalogueKind.ACTIVITY_KIND, CatalogueKind.PROPAGANDA_KIND)


_NOUNS = {
    CatalogueKind.VILLAGE: "thôn, bản",
    CatalogueKind.ACTIVITY_KIND: "loại hoạt động",
    CatalogueKind.PROPAGANDA_KIND: "hình thức tuyên truyền",
    CatalogueKind.RESPONSIBLE_UNIT: "đơn vị",
}


@dataclass(frozen=True)
class _Table:
    model: type[CatalogueRow]
    name: InstrumentedAttribute[str]
    # Foreign keys of the records that use an entry, with the soft-delete flag of their table.
    users: tuple[tuple[InstrumentedAttribute[Any], InstrumentedAttribute[bool]], ...]

    @property
    def limit(self) -> int:
        length: int = self.name.property.columns[0].type.length
        return length


_TABLES = {
    CatalogueKind.VILLAGE: _Table(
        Village,
        Village.name,
        (
            (Activity.village_id, Activity.is_deleted),
            (PropagandaEvent.village_id, PropagandaEvent.is_deleted),
        ),
    ),
    CatalogueKind.ACTIVITY_KIND: _Table(
        ActivityKind, ActivityKind.label, ((Activity.kind_id, Activity.is_deleted),)
    ),
    CatalogueKind.PROPAGANDA_KIND: _Table(
        PropagandaKind, PropagandaKind.label, ((PropagandaEvent.kind_id, PropagandaEvent.is_deleted),)
    ),
    CatalogueKind.RESPONSIBLE_UNIT: _Table(
        ResponsibleUnit,
        ResponsibleUnit.name,
        ((Activity.responsible_unit_id, Activity.is_deleted),),
    ),
}


@dataclass(frozen=True)
class CatalogueEntry:
    id: int
    label: str
    is_active: bool
    sort_order: int
    usage_count: int  # live (not deleted) records using the entry
    unit: QuantityUnit | None = None  # propaganda kinds only
    counts_minutes: bool = False  # propaganda kinds only


def clean_name(text: str) -> str:
    """Composed Unicode, single spaces: Unikey and other input methods may send decomposed letters."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def list_entries(
    session: Session, kind: CatalogueKind, include_inactive: bool = True
) -> list[CatalogueEntry]:
    """Entries in the officer's order, with how many live records use each."""
    counts = _usage_counts(session, kind)
    entries = []
    for row in _rows(session, kind):
        if not (row.is_active or include_inactive):
            continue
        entries.append(
            CatalogueEntry(
                id=row.id,
                label=_name_of(row),
                is_active=row.is_active,
                sort_order=row.sort_order,
                usage_count=counts[row.id],
                unit=row.unit if isinstance(row, PropagandaKind) else None,
                counts_minutes=row.counts_minutes if isinstance(row, PropagandaKind) else False,
            )
        )
    return entries


def active_choices(
    session: Session, kind: CatalogueKind, keep_id: int | None = None
) -> list[tuple[int, str]]:
    """(id, name) for a picker, in order: the active entries, plus `keep_id` even when inactive so that
    editing an old record still shows the entry it uses."""
    return [(row.id, _name_of(row)) for row in _rows(session, kind) if row.is_active or row.id == keep_id]


def add_entry(
    session: Session,
    kind: CatalogueKind,
    name: str,
    *,
    unit: QuantityUnit | None = None,
    counts_minutes: bool = False,
) -> int:
    """Add an active entry at the end of the list; returns its id. Propaganda kinds need a unit."""
    if unit is not None and kind is not CatalogueKind.PROPAGANDA_KIND:
        raise ValueError(f"{kind.name} entries have no unit")
    cleaned = _checked_name(session, kind, name, ignore_id=None)
    order = max((row.sort_order for row in _rows(session, kind)), default=0) + 1
    row: CatalogueRow
    if kind is CatalogueKind.VILLAGE:
        row = Village(name=cleaned, kind=village_kind_from_name(cleaned), sort_order=order)
    elif kind is CatalogueKind.ACTIVITY_KIND:
        row = ActivityKind(code=_new_code(), label=cleaned, sort_order=order)
    elif kind is CatalogueKind.PROPAGANDA_KIND:
        if unit is None:
            raise UserFacingError("Chưa chọn đơn vị tính số lượng. Vui lòng chọn đơn vị tính.")
        row = PropagandaKind(
            code=_new_code(), label=cleaned, unit=unit, counts_minutes=counts_minutes, sort_order=order
        )
    else:
        row = ResponsibleUnit(name=cleaned, sort_order=order)
    session.add(row)
    session.flush()
    return row.id


def rename_entry(session: Session, kind: CatalogueKind, entry_id: int, name: str) -> None:
    """New name for the entry, shown by old records too (they point at the entry, not at its name)."""
    row = _get(session, kind, entry_id)
    cleaned = _checked_name(session, kind, name, ignore_id=entry_id)
    if isinstance(row, Village):
        row.name = cleaned
        row.kind = village_kind_from_name(cleaned)  # "Thôn …" renamed "Bản …" is a bản
    elif isinstance(row, ResponsibleUnit):
        row.name = cleaned
    else:
        row.label = cleaned
    session.flush()


def set_counting(session: Session, entry_id: int, unit: QuantityUnit, counts_minutes: bool) -> None:
    """How a propaganda kind is counted. Changing the unit, or no longer counting minutes, would change
    the meaning of quantities already recorded, so it is only allowed while no record uses the kind."""
    row = _get(session, CatalogueKind.PROPAGANDA_KIND, entry_id)
    assert isinstance(row, PropagandaKind)
    if row.unit is unit and row.counts_minutes == counts_minutes:
        return
    changes_meaning = row.unit is not unit or (row.counts_minutes and not counts_minutes)
    used = _usage_counts(session, CatalogueKind.PROPAGANDA_KIND)[entry_id]
    if changes_meaning and used:
        raise UserFacingError(
            f"Đã có {used} bản ghi dùng hình thức “{row.label}” với đơn vị “{row.unit.label}”"
            f"{' và số phút' if row.counts_minutes else ''}; đổi cách tính sẽ làm sai số lượng đã ghi. "
            "Hãy thêm hình thức mới với cách tính khác và ngừng dùng hình thức này."
        )
    row.unit = unit
    row.counts_minutes = counts_minutes
    session.flush()


def set_active(session: Session, kind: CatalogueKind, entry_id: int, active: bool) -> None:
    """Stop offering the entry for new records (old records keep it), or offer it again."""
    row = _get(session, kind, entry_id)
    if row.is_active == active:
        return
    if not active and kind.requires_active:
        others = [other for other in _rows(session, kind) if other.is_active and other.id != entry_id]
        if not others:
            raise UserFacingError(
                f"Không thể ngừng dùng “{_name_of(row)}”: cần giữ ít nhất một {kind.noun} đang dùng để "
                f"nhập bản ghi mới. Hãy thêm hoặc dùng lại một {kind.noun} khác trước."
            )
    row.is_active = active
    session.flush()


def reorder(session: Session, kind: CatalogueKind, ordered_ids: Sequence[int]) -> None:
    """Number the entries 1, 2, 3… in `ordered_ids`, which must list every entry exactly once."""
    rows = {row.id: row for row in _rows(session, kind)}
    if sorted(ordered_ids) != sorted(rows):
        raise UserFacingError(
            "Danh mục vừa thay đổi ở nơi khác nên chưa sắp xếp được. Vui lòng mở lại trang và thử lại."
        )
    for order, entry_id in enumerate(ordered_ids, start=1):
        rows[entry_id].sort_order = order
    session.flush()


def move_entry(session: Session, kind: CatalogueKind, entry_id: int, offset: int) -> int:
    """Move the entry `offset` places (negative: up), stopping at either end; returns its new index."""
    _get(session, kind, entry_id)
    ids = [row.id for row in _rows(session, kind)]
    index = ids.index(entry_id)
    target = max(0, min(len(ids) - 1, index + offset))
    ids.insert(target, ids.pop(index))
    reorder(session, kind, ids)
    return target


# -- helpers ---------------------------------------------------------------------------------------------


def _rows(session: Session, kind: CatalogueKind, *, with_deleted: bool = False) -> list[CatalogueRow]:
    """The entries in the officer's order (catalogues are small: dozens of rows, never paged)."""
    table = _TABLES[kind]
    model = table.model
    query = select(model).order_by(model.sort_order, table.name, model.id)
    if not with_deleted:
        query = query.where(model.is_deleted.is_(False))
    return list(session.scalars(query))


def _get(session: Session, kind: CatalogueKind, entry_id: int) -> CatalogueRow:
    row = next((row for row in _rows(session, kind) if row.id == entry_id), None)
    if row is None:
        raise UserFacingError(
            f"Không tìm thấy {kind.noun} này; có thể danh mục vừa thay đổi. Vui lòng mở lại trang."
        )
    return row


def _name_of(row: CatalogueRow) -> str:
    return row.name if isinstance(row, Village | ResponsibleUnit) else row.label


def _checked_name(session: Session, kind: CatalogueKind, name: str, ignore_id: int | None) -> str:
    cleaned = clean_name(name)
    table = _TABLES[kind]
    message = validation.required(f"tên {kind.noun}", cleaned) or validation.max_length(
        f"Tên {kind.noun}", cleaned, table.limit
    )
    if message:
        raise UserFacingError(message)
    # Deleted rows count too: villages and units have a UNIQUE name in the table.
    for row in _rows(session, kind, with_deleted=True):
        existing = _name_of(row)
        if row.id == ignore_id or existing.casefold() != cleaned.casefold():
            continue
        if not row.is_active and not row.is_deleted:
            raise UserFacingError(
                f"“{existing}” đã có trong danh mục {kind.label.lower()} nhưng đang ngừng dùng. "
                "Hãy chọn mục đó và bấm “Dùng lại” thay vì thêm mới."
            )
        raise UserFacingError(
            f"“{existing}” đã có trong danh mục {kind.label.lower()}. Vui lòng nhập tên khác."
        )
    return cleaned


def _usage_counts(session: Session, kind: CatalogueKind) -> Counter[int]:
    counts: Counter[int] = Counter()
    for foreign_key, is_deleted in _TABLES[kind].users:
        # All rows (read from the foreign-key index alone) minus the few deleted ones: filtering on
        # is_deleted directly would visit every record, and there may be a million of them.
        for entry_id, count in session.execute(
            select(foreign_key, func.count()).where(foreign_key.is_not(None)).group_by(foreign_key)
        ):
            counts[entry_id] += count
        for entry_id, count in session.execute(
            select(foreign_key, func.count())
            .where(is_deleted.is_(True), foreign_key.is_not(None))
            .group_by(foreign_key)
        ):
            counts[entry_id] -= count
    return counts


def _new_code() -> str:
    # Seeded kinds carry readable codes; the officer's own kinds only need a unique, stable one.
    return f"user_{uuid.uuid4().hex[:12]}"
