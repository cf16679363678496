"""Dashboard figures (Tổng quan): the current campaign, this year's totals, next and latest activities.

Everything is computed from live (not soft-deleted) records and handed out as frozen dataclasses. Nothing
here writes: a campaign missing from the store is described from the domain defaults instead of being
created. Raw SQL on the store's tables (see the package doc); tests/core/dashboard compares it with
figures written through the ORM.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from gender_equality_desk.core.dashboard.reading import read_datetime, stored_datetime
from gender_equality_desk.core.domain.campaigns import (
    action_month_name,
    action_month_period,
    annual_plan_name,
    campaign_kind_for,
)
from gender_equality_desk.core.domain.clock import LOCAL_TZ, local_midnight_utc
from gender_equality_desk.core.domain.themes import theme_for_year
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, CampaignKind, QuantityUnit

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
    def participants_sex_unrecorded(self) -> int:
        """Participants recorded neither as nữ nor as nam (each activity's total less its nữ and nam), so
        that nữ + nam + this = the total shown."""
        return self.participants_total - self.participants_female - self.participants_male

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


def build_overview(connection: sqlite3.Connection, today: date) -> Overview:
    return Overview(
        today=today,
        campaign=campaign_summary(connection, today),
        totals=year_totals(connection, today.year),
        upcoming=_activity_rows(connection, today, upcoming=True),
        recent=_activity_rows(connection, today, upcoming=False),
        has_records=_has_records(connection),
    )


@dataclass(frozen=True)
class _Campaign:
    name: str
    theme: str
    message: str
    start_date: date
    end_date: date


def campaign_summary(connection: sqlite3.Connection, today: date) -> CampaignSummary:
    kind = campaign_kind_for(today)
    found = _find_campaign(connection, today.year, kind)
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
    month = _find_campaign(connection, month_year, CampaignKind.ACTION_MONTH)
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


def year_totals(connection: sqlite3.Connection, year: int) -> YearTotals:
    begin = stored_datetime(local_midnight_utc(date(year, 1, 1)))
    end = stored_datetime(local_midnight_utc(date(year + 1, 1, 1)))
    count, total, female, male, budget = connection.execute(
        "SELECT count(id), coalesce(sum(participants_total), 0), coalesce(sum(participants_female), 0),"
        " coalesce(sum(participants_male), 0), coalesce(sum(budget_vnd), 0)"
        " FROM activity WHERE is_deleted = 0 AND status = ? AND start_at >= ? AND start_at < ?",
        (ActivityStatus.DONE.value, begin, end),
    ).fetchone()
    first, last = date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    in_year = "e.is_deleted = 0 AND e.start_date >= ? AND e.start_date <= ?"
    (events,) = connection.execute(
        f"SELECT count(e.id) FROM propaganda_event AS e WHERE {in_year}", (first, last)
    ).fetchone()
    # Grouped by counting unit rather than kind code, so kinds the officer adds are counted too.
    by_unit = {
        unit: (int(quantity), int(minutes))
        for unit, quantity, minutes in connection.execute(
            "SELECT k.unit, coalesce(sum(e.quantity), 0), coalesce(sum(e.minutes), 0)"
            f" FROM propaganda_event AS e JOIN propaganda_kind AS k ON e.kind_id = k.id WHERE {in_year}"
            " GROUP BY k.unit",
            (first, last),
        )
    }
    return YearTotals(
        year=year,
        activities_done=int(count),
        participants_total=int(total),
        participants_female=int(female),
        participants_male=int(male),
        propaganda_events=int(events),
        banner_pieces=by_unit.get(QuantityUnit.PIECE.value, (0, 0))[0],
        broadcasts=by_unit.get(QuantityUnit.BROADCAST.value, (0, 0))[0],
        broadcast_minutes=by_unit.get(QuantityUnit.BROADCAST.value, (0, 0))[1],
        articles=by_unit.get(QuantityUnit.ARTICLE.value, (0, 0))[0],
        leaflet_copies=by_unit.get(QuantityUnit.COPY.value, (0, 0))[0],
        budget_vnd=int(budget),
    )


def _find_campaign(connection: sqlite3.Connection, year: int, kind: CampaignKind) -> _Campaign | None:
    row = connection.execute(
        "SELECT name, theme, message, start_date, end_date FROM campaign"
        " WHERE year = ? AND kind = ? AND is_deleted = 0 ORDER BY id LIMIT 1",
        (year, kind.value),
    ).fetchone()
    if row is None:
        return None
    name, theme, message, start, end = row
    return _Campaign(name, theme, message, date.fromisoformat(start), date.fromisoformat(end))


_ACTIVITY_ROWS = (
    "SELECT a.id, a.start_at, a.title, k.label, v.name, a.place_text, a.participants_total,"
    " a.participants_female, a.status"
    " FROM activity AS a JOIN activity_kind AS k ON a.kind_id = k.id"
    " LEFT OUTER JOIN village AS v ON a.village_id = v.id"
    " WHERE a.is_deleted = 0 AND a.status = ?"
)


def _activity_rows(connection: sqlite3.Connection, today: date, *, upcoming: bool) -> tuple[ActivityRow, ...]:
    if upcoming:
        rows = connection.execute(
            _ACTIVITY_ROWS + " AND a.start_at >= ? ORDER BY a.start_at, a.id LIMIT ?",
            (ActivityStatus.PLANNED.value, stored_datetime(local_midnight_utc(today)), UPCOMING_LIMIT),
        )
    else:
        tomorrow = stored_datetime(local_midnight_utc(today + timedelta(days=1)))
        rows = connection.execute(
            _ACTIVITY_ROWS + " AND a.start_at < ? ORDER BY a.start_at DESC, a.id DESC LIMIT ?",
            (ActivityStatus.DONE.value, tomorrow, RECENT_LIMIT),
        )
    return tuple(
        ActivityRow(
            id=row_id,
            day=read_datetime(start_at).astimezone(LOCAL_TZ).date(),
            title=title,
            kind_label=kind_label,
            place=village or place_text,
            participants_total=total,
            participants_female=female,
            status=ActivityStatus.of(status),
        )
        for row_id, start_at, title, kind_label, village, place_text, total, female, status in rows
    )


def _has_records(connection: sqlite3.Connection) -> bool:
    for table in ("activity", "propaganda_event"):
        if connection.execute(f"SELECT 1 FROM {table} WHERE is_deleted = 0 LIMIT 1").fetchone():
            return True
    return False
