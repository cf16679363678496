"""Dashboard figures (Tổng quan): the current campaign, this year's totals, next and latest activities.

Everything is computed from live (not soft-deleted) records and handed out as frozen dataclasses, so the
screen never holds ORM objects. Nothing here writes: a campaign missing from the store is described from
the domain defaults instead of being created.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.campaigns import (
    action_month_name,
    action_month_period,
    annual_plan_name,
    campaign_kind_for,
)
from gender_equality_desk.core.domain.clock import LOCAL_TZ, local_midnight_utc
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, CampaignKind, QuantityUnit
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    Campaign,
    PropagandaEvent,
    PropagandaKind,
    Village,
)
from gender_equality_desk.core.store.reference import theme_for_year

UPCOMING_LIMIT = 5
RECENT_LIMIT = 8


@dataclass(frozen=True)
class CampaignSummary:
    """The campaign running today: the Action Month during 15/11–15/12, the annual plan otherwise."""

    kind: CampaignKind
    name: str
    theme: str
    message: str
    start_date: date
    end_date: date
    day_number: int | None  # "ngày thứ X" while the campaign runs, None before or after it
    total_days: int
    action_month_start: date  # the Action Month running now or the next one
    action_month_end: date
    days_until_action_month: int  # 0 during the Action Month
    action_month_theme: str

    @property
    def in_action_month(self) -> bool:
        return self.days_until_action_month == 0


@dataclass(frozen=True)
class YearTotals:
    """Done activities and propaganda events dated in `year`."""

    year: int
    activities_done: int
    participants_total: int
    participants_female: int
    participants_male: int
    propaganda_events: int
    banner_pieces: int  # băng rôn, khẩu hiệu, pa nô, áp phích: every kind counted in pieces
    broadcasts: int
    broadcast_minutes: int
    articles: int
    leaflet_copies: int
    budget_vnd: int

    @property
    def female_share(self) -> float | None:
        """Women among all participants (0…1), None when nobody took part."""
        if self.participants_total <= 0:
            return None
        return self.participants_female / self.participants_total


@dataclass(frozen=True)
class ActivityRow:
    id: int
    day: date  # local date of the start
    title: str
    kind_label: str
    place: str  # the village when known, else the free-text place
    participants_total: int
    participants_female: int | None  # None: the officer did not record it
    status: ActivityStatus


@dataclass(frozen=True)
class Overview:
    today: date
    campaign: CampaignSummary
    totals: YearTotals
    upcoming: tuple[ActivityRow, ...]
    recent: tuple[ActivityRow, ...]
    has_records: bool  # any live activity or propaganda event at all, in any year


def build_overview(session: Session, today: date) -> Overview:
    return Overview(
        today=today,
        campaign=campaign_summary(session, today),
        totals=year_totals(session, today.year),
        upcoming=_activity_rows(session, today, upcoming=True),
        recent=_activity_rows(session, today, upcoming=False),
        has_records=_has_records(session),
    )


def campaign_summary(session: Session, today: date) -> CampaignSummary:
    kind = campaign_kind_for(today)
    found = _find_campaign(session, today.year, kind)
    if found is not None:
        name, theme, message = found.name, found.theme, found.message
        start, end = found.start_date, found.end_date
    elif kind is CampaignKind.ACTION_MONTH:
        start, end = action_month_period(today.year)
        year_theme = theme_for_year(today.year)
        name, theme, message = action_month_name(today.year), year_theme.theme, year_theme.message
    else:
        start, end = date(today.year, 1, 1), date(today.year, 12, 31)
        name, theme, message = annual_plan_name(today.year), "", ""

    month_year = today.year if today <= action_month_period(today.year)[1] else today.year + 1
    month_start, month_end = action_month_period(month_year)
    month = _find_campaign(session, month_year, CampaignKind.ACTION_MONTH)
    month_theme = month.theme if month is not None and month.theme else theme_for_year(month_year).theme
    return CampaignSummary(
        kind=kind,
        name=name,
        theme=theme,
        message=message,
        start_date=start,
        end_date=end,
        day_number=(today - start).days + 1 if start <= today <= end else None,
        total_days=(end - start).days + 1,
        action_month_start=month_start,
        action_month_end=month_end,
        days_until_action_month=max(0, (month_start - today).days),
        action_month_theme=month_theme,
    )


def year_totals(session: Session, year: int) -> YearTotals:
    begin, end = local_midnight_utc(date(year, 1, 1)), local_midnight_utc(date(year + 1, 1, 1))
    activities = session.execute(
        select(
            func.count(Activity.id),
            func.coalesce(func.sum(Activity.participants_total), 0),
            func.coalesce(func.sum(Activity.participants_female), 0),
            func.coalesce(func.sum(Activity.participants_male), 0),
            func.coalesce(func.sum(Activity.budget_vnd), 0),
        ).where(
            Activity.is_deleted.is_(False),
            Activity.status == ActivityStatus.DONE,
            Activity.start_at >= begin,
            Activity.start_at < end,
        )
    ).one()
    in_year = (
        PropagandaEvent.is_deleted.is_(False),
        PropagandaEvent.start_date >= date(year, 1, 1),
        PropagandaEvent.start_date <= date(year, 12, 31),
    )
    events = session.scalar(select(func.count(PropagandaEvent.id)).where(*in_year)) or 0
    # Grouped by counting unit rather than kind code, so kinds the officer adds are counted too.
    by_unit = {
        unit: (int(quantity), int(minutes or 0))
        for unit, quantity, minutes in session.execute(
            select(
                PropagandaKind.unit,
                func.coalesce(func.sum(PropagandaEvent.quantity), 0),
                func.coalesce(func.sum(PropagandaEvent.minutes), 0),
            )
            .join(PropagandaKind, PropagandaEvent.kind_id == PropagandaKind.id)
            .where(*in_year)
            .group_by(PropagandaKind.unit)
        )
    }
    return YearTotals(
        year=year,
        activities_done=int(activities[0] or 0),
        participants_total=int(activities[1] or 0),
        participants_female=int(activities[2] or 0),
        participants_male=int(activities[3] or 0),
        propaganda_events=int(events),
        banner_pieces=by_unit.get(QuantityUnit.PIECE, (0, 0))[0],
        broadcasts=by_unit.get(QuantityUnit.BROADCAST, (0, 0))[0],
        broadcast_minutes=by_unit.get(QuantityUnit.BROADCAST, (0, 0))[1],
        articles=by_unit.get(QuantityUnit.ARTICLE, (0, 0))[0],
        leaflet_copies=by_unit.get(QuantityUnit.COPY, (0, 0))[0],
        budget_vnd=int(activities[4]),
    )


def _find_campaign(session: Session, year: int, kind: CampaignKind) -> Campaign | None:
    return session.scalars(
        select(Campaign)
        .where(Campaign.year == year, Campaign.kind == kind, Campaign.is_deleted.is_(False))
        .order_by(Campaign.id)
        .limit(1)
    ).first()


def _activity_rows(session: Session, today: date, *, upcoming: bool) -> tuple[ActivityRow, ...]:
    query = (
        select(
            Activity.id,
            Activity.start_at,
            Activity.title,
            ActivityKind.label,
            Village.name,
            Activity.place_text,
            Activity.participants_total,
            Activity.participants_female,
            Activity.status,
        )
        .join(ActivityKind, Activity.kind_id == ActivityKind.id)
        .outerjoin(Village, Activity.village_id == Village.id)
        .where(Activity.is_deleted.is_(False))
    )
    if upcoming:
        query = (
            query.where(
                Activity.status == ActivityStatus.PLANNED, Activity.start_at >= local_midnight_utc(today)
            )
            .order_by(Activity.start_at, Activity.id)
            .limit(UPCOMING_LIMIT)
        )
    else:
        tomorrow = local_midnight_utc(today + timedelta(days=1))
        query = (
            query.where(Activity.status == ActivityStatus.DONE, Activity.start_at < tomorrow)
            .order_by(Activity.start_at.desc(), Activity.id.desc())
            .limit(RECENT_LIMIT)
        )
    rows = session.execute(query)
    return tuple(
        ActivityRow(
            id=row_id,
            day=start_at.astimezone(LOCAL_TZ).date(),
            title=title,
            kind_label=kind_label,
            place=village or place_text,
            participants_total=total,
            participants_female=female,
            status=status,
        )
        for row_id, start_at, title, kind_label, village, place_text, total, female, status in rows
    )


def _has_records(session: Session) -> bool:
    for model in (Activity, PropagandaEvent):
        found = session.scalar(select(model.id).where(model.is_deleted.is_(False)).limit(1))
        if found is not None:
            return True
    return False
