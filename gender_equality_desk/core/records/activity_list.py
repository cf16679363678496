"""The activities list: filter, sort and fetch rows on demand, for lists of a million records.

A list keeps only the ordered ids of the rows that match (`activity_ids`, one query per filter or sort
change, 8 bytes a row) and fetches the visible rows by id (`activity_rows`), so scrolling never re-runs
a sort and never loads a whole table into Python objects.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.clock import local_date, local_midnight_utc
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource, LabelledEnum
from gender_equality_desk.core.records.search import fetch_ids, matching_rowids
from gender_equality_desk.core.store.models import Activity, ActivityKind, Village
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class ActivityColumn(LabelledEnum):
    """The columns of the Hoạt động list: sort keys, and headers the GUI shows (context "ActivityColumn")."""

    DATE = ("date", QT_TRANSLATE_NOOP("ActivityColumn", "Ngày"))
    TITLE = ("title", QT_TRANSLATE_NOOP("ActivityColumn", "Tên hoạt động"))
    KIND = ("kind", QT_TRANSLATE_NOOP("ActivityColumn", "Loại"))
    PLACE = ("place", QT_TRANSLATE_NOOP("ActivityColumn", "Địa điểm"))
    ORGANISER = ("organiser", QT_TRANSLATE_NOOP("ActivityColumn", "Đơn vị tổ chức"))
    PARTICIPANTS = ("participants", QT_TRANSLATE_NOOP("ActivityColumn", "Tham gia"))
    FEMALE = ("female", QT_TRANSLATE_NOOP("ActivityColumn", "Nữ"))
    BUDGET = ("budget", QT_TRANSLATE_NOOP("ActivityColumn", "Kinh phí (đ)"))
    STATUS = ("status", QT_TRANSLATE_NOOP("ActivityColumn", "Trạng thái"))


@dataclass(frozen=True)
class ActivityFilter:
    campaign_id: int | None = None
    kind_id: int | None = None
    village_id: int | None = None
    status: ActivityStatus | None = None
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    text: str = ""  # diacritic- and case-insensitive; every word must begin a word of the record
    in_trash: bool = False


@dataclass(frozen=True)
class ActivitySort:
    column: ActivityColumn = ActivityColumn.DATE
    descending: bool = True


@dataclass(frozen=True)
class ActivityListRow:
    id: int
    day: date
    title: str
    kind_label: str
    place: str
    organiser: str
    participants_total: int
    participants_female: int | None
    participants_male: int | None
    budget_vnd: int
    budget_source: BudgetSource | None
    status: ActivityStatus


def _where(flt: ActivityFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Activity.is_deleted.is_(flt.in_trash)]
    if flt.campaign_id is not None:
        conditions.append(Activity.campaign_id == flt.campaign_id)
    if flt.kind_id is not None:
        conditions.append(Activity.kind_id == flt.kind_id)
    if flt.village_id is not None:
        conditions.append(Activity.village_id == flt.village_id)
    if flt.status is not None:
        conditions.append(Activity.status == flt.status)
    if flt.date_from is not None:
        conditions.append(Activity.start_at >= local_midnight_utc(flt.date_from))
    if flt.date_to is not None:
        conditions.append(Activity.start_at < local_midnight_utc(flt.date_to + timedelta(days=1)))
    matching = matching_rowids("activity_fts", flt.text)
    if matching is not None:
        conditions.append(Activity.id.in_(matching))
    return conditions


def _ordered(statement: Select[Any], sort: ActivitySort) -> Select[Any]:
    column = sort.column
    if column is ActivityColumn.KIND:
        statement = statement.join(ActivityKind, Activity.kind_id == ActivityKind.id)
        key: Any = ActivityKind.label
    elif column is ActivityColumn.PLACE:
        statement = statement.outerjoin(Village, Activity.village_id == Village.id)
        key = func.coalesce(Village.name, Activity.place_text)
    else:
        key = {
            ActivityColumn.DATE: Activity.start_at,
            ActivityColumn.TITLE: Activity.title,
            ActivityColumn.ORGANISER: Activity.organiser,
            ActivityColumn.PARTICIPANTS: Activity.participants_total,
            ActivityColumn.FEMALE: Activity.participants_female,
            ActivityColumn.BUDGET: Activity.budget_vnd,
            ActivityColumn.STATUS: Activity.status,
        }[column]
    # The id breaks ties so the order is stable between queries.
    if sort.descending:
        return statement.order_by(key.desc(), Activity.id.desc())
    return statement.order_by(key.asc(), Activity.id.asc())


def count_activities(session: Session, flt: ActivityFilter) -> int:
    return session.scalar(select(func.count()).select_from(Activity).where(*_where(flt))) or 0


def activity_ids(
    session: Session, flt: ActivityFilter, sort: ActivitySort, *, limit: int | None = None
) -> array[int]:
    """Ids of the matching records in display order: all of them, or the first `limit` (a first screenful
    can be painted from these before the full list is ready)."""
    statement = _ordered(select(Activity.id).where(*_where(flt)), sort)
    return fetch_ids(session, statement if limit is None else statement.limit(limit))


def activity_rows(session: Session, ids: Sequence[int]) -> list[ActivityListRow]:
    """The list rows for `ids` (a screenful), in the same order; ids no longer present are skipped."""
    if not ids:
        return []
    statement = (
        select(
            Activity.id,
            Activity.start_at,
            Activity.title,
            ActivityKind.label,
            func.coalesce(Village.name, Activity.place_text),
            Activity.organiser,
            Activity.participants_total,
            Activity.participants_female,
            Activity.participants_male,
            Activity.budget_vnd,
            Activity.budget_source,
            Activity.status,
        )
        .join(ActivityKind, Activity.kind_id == ActivityKind.id)
        .outerjoin(Village, Activity.village_id == Village.id)
        .where(Activity.id.in_(list(ids)))
    )
    by_id = {
        row[0]: ActivityListRow(
            id=row[0],
            day=local_date(row[1]),
            title=row[2],
            kind_label=row[3],
            place=row[4],
            organiser=row[5],
            participants_total=row[6],
            participants_female=row[7],
            participants_male=row[8],
            budget_vnd=row[9],
            budget_source=row[10],
            status=row[11],
        )
        for row in session.execute(statement)
    }
    return [by_id[row_id] for row_id in ids if row_id in by_id]
