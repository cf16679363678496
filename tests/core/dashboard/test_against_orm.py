"""Tổng quan reads raw SQL; on a two-year demo store its figures and reminders equal what the ORM models
and core.plans.progress (the Kế hoạch page's rules) give for the same days."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy import func, select

from gender_equality_desk.core.dashboard.overview import RECENT_LIMIT, year_totals
from gender_equality_desk.core.dashboard.reading import (
    DashboardUnreadableError,
    reading_store,
    sqlite_file_uri,
)
from gender_equality_desk.core.dashboard.reminders import (
    OVERDUE_ROWS_PER_PLAN,
    DeadlineKind,
    upcoming_deadlines,
    week_of,
)
from gender_equality_desk.core.dashboard.screen import read_dashboard
from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.domain.clock import local_date, local_midnight_utc
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, QuantityUnit
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.progress import plan_progress
from gender_equality_desk.core.plans.status import PlanStatus
from gender_equality_desk.core.security import passwords
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, PropagandaEvent, PropagandaKind
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.plan_models import Plan

AS_OF = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("demo")))
    with pytest.MonkeyPatch.context() as patch:  # cheap scrypt for the demo accounts
        patch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))
        generate_demo(store, years=2, scale=1, seed=5, as_of=AS_OF)
    yield store
    store.close()


def _orm_totals(store: Store, year: int) -> tuple[int, ...]:
    begin, end = local_midnight_utc(date(year, 1, 1)), local_midnight_utc(date(year + 1, 1, 1))
    with store.reading() as session:
        done = [
            a
            for a in session.scalars(
                select(Activity).where(Activity.start_at >= begin, Activity.start_at < end)
            )
            if not a.is_deleted and a.status is ActivityStatus.DONE
        ]
        events = [
            e
            for e in session.scalars(select(PropagandaEvent).join(PropagandaKind))
            if not e.is_deleted and e.start_date.year == year
        ]
        pieces = sum(e.quantity for e in events if e.kind.unit is QuantityUnit.PIECE)
        minutes = sum(e.minutes or 0 for e in events if e.kind.unit is QuantityUnit.BROADCAST)
        return (
            len(done),
            sum(a.participants_total for a in done),
            sum(a.participants_female or 0 for a in done),
            sum(a.budget_vnd for a in done),
            len(events),
            pieces,
            minutes,
        )


@pytest.mark.parametrize("year", [2025, 2026])
def test_year_totals_equal_the_orm_sums(demo: Store, year: int) -> None:
    with reading_store(demo.path) as connection:
        totals = year_totals(connection, year)
    shown = (
        totals.activities_done,
        totals.participants_total,
        totals.participants_female,
        totals.budget_vnd,
        totals.propaganda_events,
        totals.banner_pieces,
        totals.broadcast_minutes,
    )
    assert shown == _orm_totals(demo, year)
    assert totals.activities_done > 20  # a demo year is busy: the comparison means something


def test_recent_activities_are_the_latest_done_ones(demo: Store) -> None:
    dashboard = read_dashboard(demo.path, AS_OF)
    tomorrow = local_midnight_utc(AS_OF + timedelta(days=1))
    with demo.reading() as session:
        expected = session.scalars(
            select(Activity.id)
            .where(
                Activity.is_deleted.is_(False),
                Activity.status == ActivityStatus.DONE,
                Activity.start_at < tomorrow,
            )
            .order_by(Activity.start_at.desc(), Activity.id.desc())
            .limit(RECENT_LIMIT)
        ).all()
        days = [local_date(session.get_one(Activity, row_id).start_at) for row_id in expected]
    assert [row.id for row in dashboard.overview.recent] == expected
    assert [row.day for row in dashboard.overview.recent] == days
    assert dashboard.names is not None and dashboard.names.commune


def _orm_planned_reminders(store: Store, today: date) -> list[tuple[str, date, int]]:
    """What the Kế hoạch page says is overdue (any time before today) or due this week, in plans of this
    year and last; a plan with more than OVERDUE_ROWS_PER_PLAN overdue ones as a single line."""
    sunday = week_of(today)[1]
    found = []
    with store.reading() as session:
        plans = session.scalars(
            select(Plan).where(Plan.is_deleted.is_(False), Plan.year.in_((today.year, today.year - 1)))
        ).all()
        for plan in plans:
            items = plan_progress(session, plan.id, today)
            overdue = [item for item in items if item.status is PlanStatus.OVERDUE]
            soon = [item for item in items if item.status is PlanStatus.PLANNED and item.due <= sunday]
            if len(overdue) > OVERDUE_ROWS_PER_PLAN:
                title = f"{len(overdue)} hoạt động quá hạn chưa thực hiện của {plan.title}"
                found.append((title, min(item.due for item in overdue), plan.id))
                overdue = []
            found += [(f"{item.number}. {item.label}", item.due, plan.id) for item in overdue + soon]
    return sorted(found)


DAYS = [date(2025, 11, 10) + timedelta(days=n) for n in range(0, 40, 3)]
DAYS += [date(2026, 11, 9) + timedelta(days=n) for n in range(0, 15, 2)]
DAYS += [date(2027, 1, 4), date(2027, 3, 1)]  # long after last year's Action Month


def _reminders_agree(store: Store) -> int:
    """Check the dashboard against the Kế hoạch page on each of DAYS; how many reminders were shown."""
    reminded = 0
    for today in DAYS:
        with reading_store(store.path) as connection:
            deadlines = upcoming_deadlines(connection, today)
        planned = sorted(
            (d.title, d.due, d.plan_id or 0) for d in deadlines if d.kind is DeadlineKind.PLANNED_ACTIVITY
        )
        assert planned == _orm_planned_reminders(store, today), today
        reminded += len(planned)
    return reminded


def test_planned_activity_reminders_follow_the_plan_pages_rules(demo: Store) -> None:
    with demo.reading() as session:
        assert session.scalar(select(func.count(Plan.id))) >= 2  # the demo drafts each Action Month plan
    assert _reminders_agree(demo) > 0  # some weeks do have planned activities left to do


def test_records_of_the_items_kind_not_linked_count_the_same_on_both(
    demo: Store, tmp_path: Path
) -> None:
    """The demo's plans as an officer who never links leaves them: records of each item's kind stand for
    it (Chờ xác nhận) on the Kế hoạch page, and the dashboard does not remind of those either."""
    layout = DataLayout(tmp_path / "unlinked").ensure()
    with closing(sqlite3.connect(demo.path)) as source, closing(sqlite3.connect(layout.store)) as target:
        source.backup(target)
    with closing(sqlite3.connect(layout.store)) as connection, connection:
        connection.execute("DELETE FROM planned_activity_link")
    store = open_store(layout)
    try:
        with store.reading() as session:
            plans = session.scalars(select(Plan.id)).all()
            statuses = [
                item.status for plan_id in plans for item in plan_progress(session, plan_id, date(2027, 1, 4))
            ]
        assert statuses.count(PlanStatus.MATCHED) >= 6  # most of the demo's items, now unlinked
        _reminders_agree(store)
    finally:
        store.close()


def test_a_store_of_another_schema_is_not_read_directly(demo: Store, tmp_path: Path) -> None:
    copy = tmp_path / "older.sqlite3"
    with closing(sqlite3.connect(demo.path)) as source, closing(sqlite3.connect(copy)) as older:
        source.backup(older)
        older.execute("UPDATE alembic_version SET version_num = '0007'")
        older.commit()
    assert read_dashboard(demo.path, AS_OF).overview.has_records  # the original is read

    with pytest.raises(DashboardUnreadableError, match="0007"):
        read_dashboard(copy, AS_OF)
    with pytest.raises(DashboardUnreadableError, match="no store"):
        read_dashboard(tmp_path / "missing.sqlite3", AS_OF)
    (tmp_path / "garbage.sqlite3").write_bytes(b"not a database" * 100)
    with pytest.raises(DashboardUnreadableError):
        read_dashboard(tmp_path / "garbage.sqlite3", AS_OF)


@pytest.mark.parametrize("folder", ["Dữ liệu xã #1", "bao cao 100% ? (2026)"])
def test_a_folder_name_with_uri_characters_is_read(demo: Store, tmp_path: Path, folder: str) -> None:
    copy = tmp_path / folder / "gedesk.sqlite3"
    copy.parent.mkdir()
    with closing(sqlite3.connect(demo.path)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    assert read_dashboard(copy, AS_OF) == read_dashboard(demo.path, AS_OF)


def test_file_uris_for_each_kind_of_path() -> None:
    assert sqlite_file_uri(PurePosixPath("/srv/xã #1/s.db").as_posix()) == "file:///srv/xã %231/s.db"
    assert sqlite_file_uri(PureWindowsPath(r"C:\Dữ liệu\s.db").as_posix()) == "file:///C:/Dữ liệu/s.db"
    network = PureWindowsPath(r"\\may-chu\chia-se\s.db").as_posix()
    assert sqlite_file_uri(network) == "file:////may-chu/chia-se/s.db"
