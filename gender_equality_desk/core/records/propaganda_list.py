"""The propaganda list: same shape as the activity list (ordered ids once, visible rows by id)."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import LabelledEnum, QuantityUnit
from gender_equality_desk.core.records.propaganda import split_places
from gender_equality_desk.core.records.search import fetch_ids, matching_rowids
from gender_equality_desk.core.store.models import PropagandaEvent, PropagandaKind


class PropagandaColumn(LabelledEnum):
    DATE = ("date", "Ngày")
    TITLE = ("title", "Nội dung")
    KIND = ("kind", "Hình thức")
    PLACES = ("places", "Địa điểm")
    QUANTITY = ("quantity", "Số lượng")
    MINUTES = ("minutes", "Số phút")
    REACH = ("reach", "Người tiếp cận")


@dataclass(frozen=True)
class PropagandaFilter:
    campaign_id: int | None = None
    kind_id: int | None = None
    village_id: int | None = None
    date_from: date | None = None  # an event is kept when it overlaps the period
    date_to: date | None = None
    text: str = ""
    in_trash: bool = False


@dataclass(frozen=True)
class PropagandaSort:
    column: PropagandaColumn = PropagandaColumn.DATE
    descending: bool = True


@dataclass(frozen=True)
class PropagandaListRow:
    id: int
    start_date: date
    end_date: date
    title: str
    kind_label: str
    unit: QuantityUnit
    places: tuple[str, ...]
    quantity: int
    minutes: int | None
    estimated_reach: int | None


def _where(flt: PropagandaFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [PropagandaEvent.is_deleted.is_(flt.in_trash)]
    if flt.campaign_id is not None:
        conditions.append(PropagandaEvent.campaign_id == flt.campaign_id)
    if flt.kind_id is not None:
        conditions.append(PropagandaEvent.kind_id == flt.kind_id)
    if flt.village_id is not None:
        conditions.append(PropagandaEvent.village_id == flt.village_id)
    if flt.date_from is not None:
        conditions.append(PropagandaEvent.end_date >= flt.date_from)
    if flt.date_to is not None:
        conditions.append(PropagandaEvent.start_date <= flt.date_to)
    matching = matching_rowids("propaganda_event_fts", flt.text)
    if matching is not None:
        conditions.append(PropagandaEvent.id.in_(matching))
    return conditions


def _ordered(statement: Select[Any], sort: PropagandaSort) -> Select[Any]:
    key: Any
    if sort.column is PropagandaColumn.KIND:
        statement = statement.join(PropagandaKind, PropagandaEvent.kind_id == PropagandaKind.id)
        key = PropagandaKind.label
    else:
        key = {
            PropagandaColumn.DATE: PropagandaEvent.start_date,
            PropagandaColumn.TITLE: PropagandaEvent.title,
            PropagandaColumn.PLACES: PropagandaEvent.places,
            PropagandaColumn.QUANTITY: PropagandaEvent.quantity,
            PropagandaColumn.MINUTES: PropagandaEvent.minutes,
            PropagandaColumn.REACH: PropagandaEvent.estimated_reach,
        }[sort.column]
    if sort.descending:
        return statement.order_by(key.desc(), PropagandaEvent.id.desc())
    return statement.order_by(key.asc(), PropagandaEvent.id.asc())


def count_propaganda(session: Session, flt: PropagandaFilter) -> int:
    return session.scalar(select(func.count()).select_from(PropagandaEvent).where(*_where(flt))) or 0


def propaganda_ids(
    session: Session, flt: PropagandaFilter, sort: PropagandaSort, *, limit: int | None = None
) -> array[int]:
    """Ids of the matching records in display order: all of them, or the first `limit` (a first screenful
    can be painted from these before the full list is ready)."""
    statement = _ordered(select(PropagandaEvent.id).where(*_where(flt)), sort)
    return fetch_ids(session, statement if limit is None else statement.limit(limit))


def propaganda_rows(session: Session, ids: Sequence[int]) -> list[PropagandaListRow]:
    if not ids:
        return []
    statement = (
        select(PropagandaEvent, PropagandaKind.label, PropagandaKind.unit)
        .join(PropagandaKind, PropagandaEvent.kind_id == PropagandaKind.id)
        .where(PropagandaEvent.id.in_(list(ids)))
    )
    by_id = {
        event.id: PropagandaListRow(
            id=event.id,
            start_date=event.start_date,
            end_date=event.end_date,
            title=event.title,
            kind_label=label,
            unit=unit,
            places=split_places(event.places),
            quantity=event.quantity,
            minutes=event.minutes,
            estimated_reach=event.estimated_reach,
        )
        for event, label, unit in session.execute(statement)
    }
    return [by_id[row_id] for row_id in ids if row_id in by_id]
