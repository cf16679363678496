"""Report deadlines that do not forget: a missed 10/12 stays on Tổng quan, overdue, until the officer marks
that report sent, and only then does next year's come up (in time). Read with raw SQL, as the dashboard
does, from a store written through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import update

from gender_equality_desk.core.dashboard.reading import reading_store
from gender_equality_desk.core.dashboard.reminders import Deadline, DeadlineKind, upcoming_deadlines
from gender_equality_desk.core.plans.deadlines import (
    add_report_deadline,
    mark_sent,
    report_deadlines,
    undo_sent,
    update_report_deadline,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.plan_models import ReportDeadline

ANNUAL = "Báo cáo kết quả công tác bình đẳng giới năm"
SIX_MONTH = "Báo cáo kết quả công tác bình đẳng giới 6 tháng đầu năm"


def _created_on(store: Store, day: date) -> None:
    """The deadlines as if the app had been set up on `day` (the store itself is made today)."""
    with store.transaction() as session:
        session.execute(
            update(ReportDeadline).values(created_at=datetime(day.year, day.month, day.day, 3, tzinfo=UTC))
        )


def _reports(store: Store, today: date) -> list[tuple[str, date, int]]:
    with reading_store(store.path) as connection:
        found = upcoming_deadlines(connection, today)
    return [(d.title, d.due, d.days_left) for d in found if d.kind is DeadlineKind.REPORT]


def _report(store: Store, today: date, title: str) -> Deadline:
    with reading_store(store.path) as connection:
        return next(d for d in upcoming_deadlines(connection, today) if d.title == title)


def _ids(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {row.code: row.id for row in report_deadlines(session)}


def test_a_missed_annual_report_stays_overdue_until_it_is_marked_sent(store: Store) -> None:
    _created_on(store, date(2025, 3, 1))
    ids = _ids(store)
    with store.transaction() as session:  # the six-month report went up in time
        mark_sent(session, ids["six_month_report"], date(2025, 6, 5), date(2025, 6, 4), date(2025, 6, 4))

    assert _reports(store, date(2025, 12, 9)) == [(ANNUAL, date(2025, 12, 10), 1)]
    # Old code: 10/12 rolled over to 10/12/2026 (355 days away) and the list said nothing.
    assert _reports(store, date(2025, 12, 20)) == [(ANNUAL, date(2025, 12, 10), -10)]
    assert _reports(store, date(2026, 1, 15)) == [(ANNUAL, date(2025, 12, 10), -36)]
    shown = _report(store, date(2026, 1, 15), ANNUAL)
    assert shown.can_be_marked_sent and shown.deadline_id == ids["annual_report"]

    with store.transaction() as session:
        mark_sent(session, ids["annual_report"], shown.due, date(2026, 1, 14), date(2026, 1, 15))

    assert _reports(store, date(2026, 1, 15)) == []
    assert _reports(store, date(2026, 5, 6)) == [(SIX_MONTH, date(2026, 6, 5), 30)]  # this year's, in time
    assert (ANNUAL, date(2026, 11, 10), 30) not in _reports(store, date(2026, 11, 10))
    assert (ANNUAL, date(2026, 12, 10), 30) in _reports(store, date(2026, 11, 10))
    assert (ANNUAL, date(2026, 12, 10), 31) not in _reports(store, date(2026, 11, 9))  # 31 days: not yet


def test_a_store_left_closed_for_months_shows_last_years_unsent_report_first(store: Store) -> None:
    _created_on(store, date(2025, 3, 1))
    ids = _ids(store)
    assert _reports(store, date(2026, 11, 20)) == [
        (SIX_MONTH, date(2025, 6, 5), -533),
        (ANNUAL, date(2025, 12, 10), -345),
    ]
    with store.transaction() as session:
        mark_sent(session, ids["annual_report"], date(2025, 12, 10), date(2025, 12, 10), date(2026, 11, 20))
        mark_sent(session, ids["six_month_report"], date(2025, 6, 5), date(2025, 6, 5), date(2026, 11, 20))
    # The six-month report of 2026 was never marked either: it comes next; this year's annual is in time.
    assert _reports(store, date(2026, 11, 20)) == [
        (SIX_MONTH, date(2026, 6, 5), -168),
        (ANNUAL, date(2026, 12, 10), 20),
    ]


def test_a_deadline_added_today_does_not_invent_missed_reports(store: Store) -> None:
    _created_on(store, date(2025, 12, 20))  # the app set up ten days after 10/12
    assert _reports(store, date(2025, 12, 20)) == []
    assert _reports(store, date(2026, 5, 15)) == [(SIX_MONTH, date(2026, 6, 5), 21)]  # the first one owed
    with store.transaction() as session:
        add_report_deadline(session, label="Báo cáo quý IV", month=12, day=15)  # created now, not in 2025
    with store.transaction() as session:
        session.execute(
            update(ReportDeadline)
            .where(ReportDeadline.label == "Báo cáo quý IV")
            .values(created_at=datetime(2025, 12, 20, 3, tzinfo=UTC))
        )
    assert _reports(store, date(2025, 12, 21)) == []  # 15/12/2025 was before it existed


def test_undoing_a_mark_brings_the_deadline_back(store: Store) -> None:
    _created_on(store, date(2025, 3, 1))
    ids = _ids(store)
    with store.transaction() as session:
        sent = mark_sent(
            session, ids["annual_report"], date(2025, 12, 10), date(2025, 12, 12), date(2025, 12, 20)
        )
    assert all(title != ANNUAL for title, _due, _days in _reports(store, date(2025, 12, 20)))
    with store.transaction() as session:
        undo_sent(session, sent.id)
    assert (ANNUAL, date(2025, 12, 10), -10) in _reports(store, date(2025, 12, 20))


def test_moving_a_deadline_after_marking_does_not_bring_the_report_back(store: Store) -> None:
    _created_on(store, date(2025, 3, 1))
    ids = _ids(store)
    with store.transaction() as session:
        mark_sent(session, ids["annual_report"], date(2025, 12, 10), date(2025, 12, 9), date(2025, 12, 12))
        update_report_deadline(session, ids["annual_report"], label=ANNUAL, month=12, day=8)
    assert all(title != ANNUAL for title, _due, _days in _reports(store, date(2025, 12, 12)))
    assert (ANNUAL, date(2026, 12, 8), 20) in _reports(store, date(2026, 11, 18))


def test_an_inactive_or_deleted_deadline_is_not_reminded(store: Store) -> None:
    _created_on(store, date(2025, 3, 1))
    ids = _ids(store)
    with store.transaction() as session:
        update_report_deadline(session, ids["annual_report"], label=ANNUAL, month=12, day=10, is_active=False)
    assert _reports(store, date(2025, 12, 20)) == [(SIX_MONTH, date(2025, 6, 5), -198)]
