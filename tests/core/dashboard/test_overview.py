"""Dashboard figures computed from a small store whose totals are known by construction."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.campaigns import ensure_action_month, ensure_annual_plan
from gender_equality_desk.core.dashboard.overview import (
    RECENT_LIMIT,
    UPCOMING_LIMIT,
    build_overview,
    campaign_summary,
)
from gender_equality_desk.core.dashboard.reading import reading_store
from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, CampaignKind
from gender_equality_desk.core.reports.formatting import (
    format_date,
    format_number,
    format_percent,
    format_vnd,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    Campaign,
    PropagandaEvent,
    PropagandaKind,
    Village,
)

TODAY = date(2025, 11, 20)


def _local(year: int, month: int, day: int, hour: int = 8) -> datetime:
    return datetime(year, month, day, hour, tzinfo=LOCAL_TZ)


def _activity(
    session: Session,
    start: datetime,
    *,
    title: str = "Họp dân thôn",
    total: int = 0,
    female: int = 0,
    budget: int = 0,
    status: ActivityStatus = ActivityStatus.DONE,
    village: Village | None = None,
    deleted: bool = False,
) -> Activity:
    kind = session.scalars(select(ActivityKind).where(ActivityKind.code == "village_meeting")).one()
    activity = Activity(
        campaign=ensure_annual_plan(session, start.year),
        kind=kind,
        title=title,
        start_at=start,
        end_at=start,
        village=village,
        place_text="Nhà văn hóa",
        participants_total=total,
        participants_female=female,
        participants_male=total - female,
        budget_vnd=budget,
        status=status,
        is_deleted=deleted,
    )
    session.add(activity)
    return activity


def _event(session: Session, code: str, day: date, quantity: int, minutes: int | None = None) -> None:
    kind = session.scalars(select(PropagandaKind).where(PropagandaKind.code == code)).one()
    session.add(
        PropagandaEvent(
            campaign=ensure_annual_plan(session, day.year),
            kind=kind,
            title=kind.label,
            start_date=day,
            end_date=day,
            quantity=quantity,
            minutes=minutes,
        )
    )


@pytest.fixture
def filled(store: Store) -> Store:
    with store.transaction() as session:
        village = Village(name="Thôn Đông Bàn")
        session.add(village)
        _activity(session, _local(2025, 3, 8), title="Tọa đàm 8/3", total=100, female=60, budget=1_500_000)
        _activity(session, _local(2025, 11, 15), title="Lễ phát động", total=250, female=150, village=village)
        _activity(session, _local(2025, 11, 20, 7), title="Họp dân hôm nay", total=50, female=20)
        # Not counted: another year, planned, cancelled, soft-deleted.
        _activity(session, _local(2024, 12, 1), total=999, female=1, budget=7)
        _activity(session, _local(2025, 12, 1), title="Tập huấn", total=40, status=ActivityStatus.PLANNED)
        _activity(session, _local(2025, 11, 25), title="Sinh hoạt CLB", status=ActivityStatus.PLANNED)
        _activity(session, _local(2025, 11, 18), total=30, status=ActivityStatus.CANCELLED)
        _activity(session, _local(2025, 6, 1), total=500, female=500, deleted=True)
        # Counted in 2025 although 1 January 06:00 in Vietnam is still 31 December in UTC.
        _activity(session, _local(2025, 1, 1, 6), title="Đầu năm", total=10, female=5)
        _event(session, "banner_slogan", date(2025, 11, 14), 12)
        _event(session, "pano_poster", date(2025, 11, 16), 3)
        _event(session, "radio_broadcast", date(2025, 11, 16), 20, minutes=300)
        _event(session, "online_article", date(2025, 11, 17), 4)
        _event(session, "leaflet", date(2025, 11, 17), 1_200)
        _event(session, "leaflet", date(2024, 11, 17), 800)
    return store


def test_year_totals_count_only_live_done_records_of_the_year(filled: Store) -> None:
    with reading_store(filled.path) as connection:
        totals = build_overview(connection, TODAY).totals
    assert totals.year == 2025
    assert totals.activities_done == 4
    assert (totals.participants_total, totals.participants_female, totals.participants_male) == (
        410,
        235,
        175,
    )
    assert totals.female_share == pytest.approx(235 / 410)
    assert totals.budget_vnd == 1_500_000
    assert totals.propaganda_events == 5
    assert totals.banner_pieces == 15
    assert (totals.broadcasts, totals.broadcast_minutes) == (20, 300)
    assert totals.articles == 4
    assert totals.leaflet_copies == 1_200


def test_upcoming_and_recent_rows_are_ordered_and_limited(filled: Store) -> None:
    with reading_store(filled.path) as connection:
        overview = build_overview(connection, TODAY)
    assert [row.title for row in overview.upcoming] == ["Sinh hoạt CLB", "Tập huấn"]
    assert [row.title for row in overview.recent][:3] == ["Họp dân hôm nay", "Lễ phát động", "Tọa đàm 8/3"]
    launch = overview.recent[1]
    assert (launch.day, launch.place) == (date(2025, 11, 15), "Thôn Đông Bàn")
    assert launch.participants_female == 150
    assert overview.recent[0].place == "Nhà văn hóa"
    assert overview.has_records


def test_limits_apply(store: Store) -> None:
    with store.transaction() as session:
        for day in range(1, 15):
            _activity(session, _local(2025, 10, day), title=f"Đã làm {day}")
            _activity(session, _local(2025, 12, day), title=f"Dự kiến {day}", status=ActivityStatus.PLANNED)
    with reading_store(store.path) as connection:
        overview = build_overview(connection, TODAY)
    assert len(overview.upcoming) == UPCOMING_LIMIT
    assert overview.upcoming[0].title == "Dự kiến 1"
    assert len(overview.recent) == RECENT_LIMIT
    assert overview.recent[0].title == "Đã làm 14"


def test_empty_store_has_zero_totals_and_no_records(store: Store) -> None:
    with reading_store(store.path) as connection:
        overview = build_overview(connection, date(2026, 3, 2))
    assert not overview.has_records
    assert overview.totals.activities_done == 0
    assert overview.totals.female_share is None
    assert overview.upcoming == () and overview.recent == ()


def test_campaign_during_action_month_counts_the_day(store: Store) -> None:
    with store.transaction() as session:
        ensure_action_month(session, 2025)
    with reading_store(store.path) as connection:
        summary = campaign_summary(connection, TODAY)
    assert summary.kind is CampaignKind.ACTION_MONTH
    assert summary.in_action_month
    assert (summary.day_number, summary.total_days) == (6, 31)
    assert summary.name.startswith("Tháng hành động vì bình đẳng giới")
    assert "kỷ nguyên số" in summary.theme


def test_campaign_outside_action_month_counts_days_until_the_next(store: Store) -> None:
    with reading_store(store.path) as connection:
        before = campaign_summary(connection, date(2025, 11, 1))
        after = campaign_summary(connection, date(2025, 12, 20))
    with store.reading() as session:  # reading never creates the campaign it describes
        assert session.scalar(select(func.count(Campaign.id))) == 0
    assert before.kind is CampaignKind.ANNUAL_PLAN
    assert before.days_until_action_month == 14
    assert before.action_month_start == date(2025, 11, 15)
    assert before.day_number == 305
    assert after.action_month_start == date(2026, 11, 15)
    assert after.days_until_action_month == (date(2026, 11, 15) - date(2025, 12, 20)).days
    assert not after.in_action_month


def test_utc_boundary_matches_local_day() -> None:
    early = _local(2025, 1, 1, 6).astimezone(UTC)
    assert early.date() == date(2024, 12, 31)


def test_vietnamese_formatting() -> None:
    assert format_number(1_500_000) == "1.500.000"
    assert format_number(999) == "999"
    assert format_vnd(1_500_000) == "1.500.000 đ"
    assert format_percent(235 / 410) == "57,3%"
    assert format_date(date(2025, 11, 5)) == "05/11/2025"
