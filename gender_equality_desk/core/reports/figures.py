"""Figures for reports over a period: activities and propaganda by kind, budget by source.

Only records that happened count: live (not in the trash), activities with status "Đã thực hiện",
propaganda events that started in the period. Kinds come from the catalogues in their order, so kinds
the officer adds appear in every report without code changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.clock import local_midnight_utc
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource, QuantityUnit
from gender_equality_desk.core.store.models import Activity, ActivityKind, PropagandaEvent, PropagandaKind


@dataclass(frozen=True)
class Period:
    start: date  # inclusive, local dates
    end: date
    campaign_id: int | None = None  # when set, only records filed under this campaign

    def label(self) -> str:
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"


@dataclass(frozen=True)
class ActivityKindFigures:
    kind_code: str
    kind_label: str
    count: int
    participants_total: int
    participants_female: int
    participants_male: int
    # Participants whose sex was not recorded: per activity, the total less the nữ and nam given (Tổng 40,
    # Nữ 25, Nam blank → 15), so that nữ + nam + sex_unrecorded = participants_total in every row.
    sex_unrecorded: int
    children: int | None  # None: no activity of this kind recorded it (printed "—", never 0)
    ethnic_minority: int | None
    budget_vnd: int


@dataclass(frozen=True)
class PropagandaKindFigures:
    kind_code: str
    kind_label: str
    unit: QuantityUnit
    events: int
    quantity: int
    minutes: int
    estimated_reach: int | None  # None: no event of this kind recorded an estimate (printed "—", never 0)


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    activities: tuple[ActivityKindFigures, ...]  # every catalogue kind in order, zeros included
    propaganda: tuple[PropagandaKindFigures, ...]
    budget_by_source: tuple[tuple[BudgetSource | None, int], ...]  # None: amount without a source

    @property
    def activity_count(self) -> int:
        return sum(row.count for row in self.activities)

    @property
    def participants_total(self) -> int:
        return sum(row.participants_total for row in self.activities)

    @property
    def participants_female(self) -> int:
        return sum(row.participants_female for row in self.activities)

    @property
    def participants_male(self) -> int:
        return sum(row.participants_male for row in self.activities)

    @property
    def participants_sex_unrecorded(self) -> int:
        return sum(row.sex_unrecorded for row in self.activities)

    @property
    def children(self) -> int | None:
        return _sum_recorded(row.children for row in self.activities)

    @property
    def ethnic_minority(self) -> int | None:
        return _sum_recorded(row.ethnic_minority for row in self.activities)

    @property
    def budget_vnd(self) -> int:
        return sum(amount for _, amount in self.budget_by_source)

    def activity(self, code: str) -> ActivityKindFigures | None:
        return next((row for row in self.activities if row.kind_code == code), None)

    def propaganda_kind(self, code: str) -> PropagandaKindFigures | None:
        return next((row for row in self.propaganda if row.kind_code == code), None)

    def propaganda_by_unit(self, unit: QuantityUnit) -> tuple[int, int]:
        """(quantity, minutes) over every propaganda kind counted in `unit`."""
        rows = [row for row in self.propaganda if row.unit is unit]
        return sum(row.quantity for row in rows), sum(row.minutes for row in rows)


def _sum_recorded(values: Iterable[int | None]) -> int | None:
    """The sum of the recorded values; None when none was recorded (blank is not 0)."""
    recorded = [value for value in values if value is not None]
    return sum(recorded) if recorded else None


def _activity_conditions(period: Period) -> list[ColumnElement[bool]]:
    conditions = [
        Activity.is_deleted.is_(False),
        Activity.status == ActivityStatus.DONE,
        Activity.start_at >= local_midnight_utc(period.start),
        Activity.start_at < local_midnight_utc(period.end + timedelta(days=1)),
    ]
    if period.campaign_id is not None:
        conditions.append(Activity.campaign_id == period.campaign_id)
    return conditions


def _propaganda_conditions(period: Period) -> list[ColumnElement[bool]]:
    conditions = [
        PropagandaEvent.is_deleted.is_(False),
        PropagandaEvent.start_date >= period.start,
        PropagandaEvent.start_date <= period.end,
    ]
    if period.campaign_id is not None:
        conditions.append(PropagandaEvent.campaign_id == period.campaign_id)
    return conditions


def period_figures(session: Session, period: Period) -> PeriodFigures:
    return PeriodFigures(
        period=period,
        activities=_activities_by_kind(session, period),
        propaganda=_propaganda_by_kind(session, period),
        budget_by_source=_budget_by_source(session, period),
    )


def _activities_by_kind(session: Session, period: Period) -> tuple[ActivityKindFigures, ...]:
    unrecorded = (
        Activity.participants_total
        - func.coalesce(Activity.participants_female, 0)
        - func.coalesce(Activity.participants_male, 0)
    )
    sums = {
        kind_id: row
        for kind_id, *row in session.execute(
            select(
                Activity.kind_id,
                func.count(Activity.id),
                func.coalesce(func.sum(Activity.participants_total), 0),
                func.coalesce(func.sum(Activity.participants_female), 0),
                func.coalesce(func.sum(Activity.participants_male), 0),
                func.coalesce(func.sum(unrecorded), 0),
                func.sum(Activity.participants_children),  # NULL when no row recorded it
                func.sum(Activity.participants_ethnic_minority),
                func.coalesce(func.sum(Activity.budget_vnd), 0),
            )
            .where(*_activity_conditions(period))
            .group_by(Activity.kind_id)
        )
    }
    kinds = session.execute(
        select(ActivityKind.id, ActivityKind.code, ActivityKind.label, ActivityKind.is_active).order_by(
            ActivityKind.sort_order, ActivityKind.id
        )
    )
    result = []
    for kind_id, code, label, is_active in kinds:
        found: list[int | None] = list(sums.get(kind_id, (0, 0, 0, 0, 0, None, None, 0)))
        count, total, female, male, unknown, budget = (int(found[i] or 0) for i in (0, 1, 2, 3, 4, 7))
        children, minority = found[5], found[6]
        if not is_active and count == 0:
            continue  # a kind no longer used and with nothing in the period stays out of the report
        result.append(
            ActivityKindFigures(
                code,
                label,
                count,
                total,
                female,
                male,
                unknown,
                None if children is None else int(children),
                None if minority is None else int(minority),
                budget,
            )
        )
    return tuple(result)


def _propaganda_by_kind(session: Session, period: Period) -> tuple[PropagandaKindFigures, ...]:
    sums: dict[int, tuple[int, int, int, int | None]] = {
        kind_id: (events, quantity, minutes or 0, reach)
        for kind_id, events, quantity, minutes, reach in session.execute(
            select(
                PropagandaEvent.kind_id,
                func.count(PropagandaEvent.id),
                func.coalesce(func.sum(PropagandaEvent.quantity), 0),
                func.coalesce(func.sum(PropagandaEvent.minutes), 0),
                func.sum(PropagandaEvent.estimated_reach),  # NULL when no event recorded it
            )
            .where(*_propaganda_conditions(period))
            .group_by(PropagandaEvent.kind_id)
        )
    }
    kind = PropagandaKind
    kinds = session.execute(
        select(kind.id, kind.code, kind.label, kind.unit, kind.is_active).order_by(kind.sort_order, kind.id)
    )
    result = []
    for kind_id, code, label, unit, is_active in kinds:
        events, quantity, minutes, reach = sums.get(kind_id, (0, 0, 0, None))
        if not is_active and not events:
            continue
        result.append(PropagandaKindFigures(code, label, unit, events, quantity, minutes, reach))
    return tuple(result)


def _budget_by_source(session: Session, period: Period) -> tuple[tuple[BudgetSource | None, int], ...]:
    amounts: dict[BudgetSource | None, int] = {
        source: int(amount)
        for source, amount in session.execute(
            select(Activity.budget_source, func.sum(Activity.budget_vnd))
            .where(*_activity_conditions(period), Activity.budget_vnd > 0)
            .group_by(Activity.budget_source)
        )
    }
    ordered: list[tuple[BudgetSource | None, int]] = [
        (source, amounts.get(source, 0)) for source in BudgetSource
    ]
    if amounts.get(None):
        ordered.append((None, amounts[None]))
    return tuple(ordered)
