"""Report deadlines as settings (as many as the officer needs, added and deleted) and reports marked sent:
the rules, the Vietnamese refusals, undo, and what the store holds afterwards (checked with plain SQL)."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadline_rules import sent_on_problem
from gender_equality_desk.core.plans.deadlines import (
    DeadlineEdit,
    add_report_deadline,
    delete_report_deadline,
    mark_sent,
    pending_reports,
    report_deadlines,
    save_report_deadlines,
    sent_reports,
    undo_sent,
)
from gender_equality_desk.core.plans.occurrences import first_owed, occurrence
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.plan_models import ReportDeadline

ANNUAL = "Báo cáo kết quả công tác bình đẳng giới năm"
SIX_MONTH = "Báo cáo kết quả công tác bình đẳng giới 6 tháng đầu năm"


def _sql(store: Store, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(store.path)) as connection:
        return connection.execute(query).fetchall()


def _annual_id(store: Store) -> int:
    with store.reading() as session:
        return next(row.id for row in report_deadlines(session) if row.code == "annual_report")


# -- the date rules -----------------------------------------------------------------------------------


def test_the_first_owed_occurrence() -> None:
    created = date(2025, 3, 1)
    assert first_owed(12, 10, created, date(2025, 12, 20), set()) == date(2025, 12, 10)
    assert first_owed(12, 10, created, date(2027, 1, 5), {2025}) == date(2026, 12, 10)
    assert first_owed(12, 10, created, date(2027, 1, 5), {2025, 2026}) == date(2027, 12, 10)
    assert first_owed(12, 10, date(2025, 12, 11), date(2025, 12, 11), set()) == date(2026, 12, 10)
    assert first_owed(12, 10, date(2025, 12, 10), date(2025, 12, 10), set()) == date(2025, 12, 10)
    # The PC's clock before the creation day: the coming occurrence, not a year later.
    assert first_owed(6, 5, date(2026, 12, 7), date(2025, 5, 20), set()) == date(2025, 6, 5)
    assert occurrence(2026, 2, 29) == date(2026, 2, 28)  # an old row on 29/02: the month's last day
    assert occurrence(2028, 2, 29) == date(2028, 2, 29)


def test_when_a_report_can_have_been_sent() -> None:
    due, today = date(2026, 12, 10), date(2026, 12, 20)
    assert sent_on_problem(date(2026, 12, 20), due, 12, 10, today) == ""
    assert sent_on_problem(date(2026, 12, 1), due, 12, 10, today) == ""  # early is fine
    assert sent_on_problem(date(2025, 12, 11), due, 12, 10, today) == ""
    future = sent_on_problem(date(2026, 12, 21), due, 12, 10, today)
    assert "21/12/2026 chưa tới" in future and "không sau hôm nay" in future
    earlier = sent_on_problem(date(2025, 12, 10), due, 12, 10, today)
    assert "hạn kỳ trước (10/12/2025)" in earlier and "kiểm tra lại ngày gửi" in earlier


# -- marking sent ---------------------------------------------------------------------------------------


def test_mark_sent_keeps_the_date_and_the_note(store: Store) -> None:
    deadline_id = _annual_id(store)
    with store.transaction() as session:
        sent = mark_sent(
            session,
            deadline_id,
            date(2026, 12, 10),
            date(2026, 12, 14),
            date(2026, 12, 20),
            "  qua bưu điện ",
        )
    assert (sent.label, sent.due, sent.sent_on, sent.note, sent.days_late) == (
        ANNUAL,
        date(2026, 12, 10),
        date(2026, 12, 14),
        "qua bưu điện",
        4,
    )
    assert _sql(store, "SELECT deadline_id, due_date, sent_on, note, is_deleted FROM report_submission") == [
        (deadline_id, "2026-12-10", "2026-12-14", "qua bưu điện", 0)
    ]


@pytest.mark.parametrize(
    ("due", "sent_on", "message"),
    [
        (date(2026, 12, 10), date(2026, 12, 21), "chưa tới"),
        (date(2026, 12, 10), date(2025, 12, 1), "hạn kỳ trước (10/12/2025)"),
        (date(2026, 12, 11), date(2026, 12, 12), "là ngày 10/12 hằng năm, không phải ngày 11/12/2026"),
        # Before: ValueError "year 0 is out of range" from the occurrence a year before 10/12/0001.
        (date(1, 12, 10), date(1, 12, 10), "Ngày hạn 10/12/0001 nằm ngoài khoảng cho phép (từ 01/01/2000"),
        (date(9999, 12, 10), date(2026, 12, 10), "Ngày hạn 10/12/9999 nằm ngoài khoảng cho phép"),
    ],
)
def test_wrong_marks_are_refused_and_nothing_is_written(
    store: Store, due: date, sent_on: date, message: str
) -> None:
    with pytest.raises(UserFacingError, match=re.escape(message)), store.transaction() as session:
        mark_sent(session, _annual_id(store), due, sent_on, date(2026, 12, 20))
    assert _sql(store, "SELECT count(*) FROM report_submission") == [(0,)]


def test_a_year_is_marked_once_and_a_too_long_note_is_refused(store: Store) -> None:
    deadline_id = _annual_id(store)
    with store.transaction() as session:
        mark_sent(session, deadline_id, date(2026, 12, 10), date(2026, 12, 9), date(2026, 12, 20))
    marked_already = "đã được đánh dấu gửi ngày 09/12/2026"
    with pytest.raises(UserFacingError, match=marked_already), store.transaction() as session:
        mark_sent(session, deadline_id, date(2026, 12, 10), date(2026, 12, 11), date(2026, 12, 20))
    with pytest.raises(UserFacingError, match="quá 300 ký tự"), store.transaction() as session:
        mark_sent(session, deadline_id, date(2027, 12, 10), date(2026, 12, 20), date(2026, 12, 20), "x" * 301)


def test_undo_then_mark_again_reuses_the_occurrences_row(store: Store) -> None:
    with store.transaction() as session:  # set up in the summer: 10/12/2026 is owed, 05/6/2026 is not
        session.execute(update(ReportDeadline).values(created_at=datetime(2026, 7, 1, tzinfo=UTC)))
    deadline_id = _annual_id(store)
    with store.transaction() as session:
        first = mark_sent(session, deadline_id, date(2026, 12, 10), date(2026, 12, 9), date(2026, 12, 20))
    with store.transaction() as session:
        undone = undo_sent(session, first.id)
    assert undone.sent_on == date(2026, 12, 9)
    assert _sql(store, "SELECT is_deleted FROM report_submission") == [(1,)]
    with store.reading() as session:
        assert sent_reports(session) == []
        owed = pending_reports(session, date(2026, 12, 20), "gender-equality")
    assert [(p.label, p.due, p.days_left) for p in owed] == [
        (ANNUAL, date(2026, 12, 10), -10),  # owed again
        (SIX_MONTH, date(2027, 6, 5), 167),
    ]
    with pytest.raises(UserFacingError, match="đã được hoàn tác"), store.transaction() as session:
        undo_sent(session, first.id)
    with store.transaction() as session:
        again = mark_sent(session, deadline_id, date(2026, 12, 10), date(2026, 12, 11), date(2026, 12, 20))
    assert again.id == first.id
    assert _sql(store, "SELECT sent_on, is_deleted, deleted_at FROM report_submission") == [
        ("2026-12-11", 0, None)
    ]


def test_sent_reports_newest_first_and_pending_by_report_kind(store: Store) -> None:
    with store.reading() as session:
        six_month, annual = (row.id for row in report_deadlines(session))
    with store.transaction() as session:
        mark_sent(session, six_month, date(2026, 6, 5), date(2026, 6, 3), date(2026, 12, 20))
        mark_sent(session, annual, date(2026, 12, 10), date(2026, 12, 12), date(2026, 12, 20))
        other = add_report_deadline(
            session, label="Báo cáo Tháng hành động", month=12, day=25, report_kind="action-month"
        )
    with store.reading() as session:
        assert [(s.label, s.sent_on, s.days_late) for s in sent_reports(session)] == [
            (ANNUAL, date(2026, 12, 12), 2),
            (SIX_MONTH, date(2026, 6, 3), 0),
        ]
        pending = pending_reports(session, date(2026, 12, 20))
        by_kind = pending_reports(session, date(2026, 12, 20), "action-month")
    # Both gender-equality reports are marked for 2026: next year's come next; the new one is owed now.
    assert [(p.deadline_id, p.due, p.days_left) for p in pending] == [
        (other, date(2026, 12, 25), 5),
        (six_month, date(2027, 6, 5), 167),
        (annual, date(2027, 12, 10), 355),
    ]
    assert [p.deadline_id for p in by_kind] == [other]


# -- as many deadlines as needed ----------------------------------------------------------------------


def test_add_delete_and_edit_in_one_save_round_trip(store: Store) -> None:
    with store.reading() as session:
        six_month, annual = report_deadlines(session)
    with store.transaction() as session:
        save_report_deadlines(
            session,
            [
                DeadlineEdit(annual.id, "Báo cáo năm", 12, 8, True, "gender-equality"),
                DeadlineEdit(None, "Thống kê bạo lực gia đình", 12, 15, True, "dv-statistics"),
                DeadlineEdit(None, "Báo cáo quý I", 3, 20, False, ""),
            ],
            removed=[six_month.id],
        )
    with store.reading() as session:
        rows = report_deadlines(session)
    assert [(r.label, r.day, r.month, r.is_active, r.report_kind) for r in rows] == [
        ("Báo cáo năm", 8, 12, True, "gender-equality"),
        ("Thống kê bạo lực gia đình", 15, 12, True, "dv-statistics"),
        ("Báo cáo quý I", 20, 3, False, ""),
    ]
    assert len({r.code for r in rows}) == 3
    # The six-month deadline is soft-deleted, not erased.
    assert _sql(store, "SELECT label, is_deleted FROM report_deadline WHERE code = 'six_month_report'") == [
        (SIX_MONTH, 1)
    ]
    assert _sql(store, "SELECT count(*) FROM report_deadline WHERE is_deleted = 0") == [(3,)]


def test_a_bad_row_saves_nothing(store: Store) -> None:
    with store.reading() as session:
        six_month, annual = report_deadlines(session)
    before = _sql(store, "SELECT id, label, month, day, is_deleted, report_kind FROM report_deadline")
    for rows, message in (
        ([DeadlineEdit(None, "Báo cáo quý", 2, 30)], "“Báo cáo quý”: Ngày 30/02 không có trong mọi năm"),
        ([DeadlineEdit(None, "  ", 3, 1)], "Chưa nhập tên báo cáo"),
        ([DeadlineEdit(None, "Báo cáo năm", 3, 1, True, "bogus")], "Loại báo cáo này không có"),
        ([DeadlineEdit(None, ANNUAL.upper(), 3, 1)], "cùng tên"),
        (
            [DeadlineEdit(annual.id, "Báo cáo", 12, 10), DeadlineEdit(six_month.id, "báo cáo", 6, 5)],
            "cùng tên",
        ),
    ):
        with pytest.raises(UserFacingError, match=message), store.transaction() as session:
            save_report_deadlines(session, rows, removed=[])
    assert _sql(store, "SELECT id, label, month, day, is_deleted, report_kind FROM report_deadline") == before


def test_names_can_be_swapped_and_a_deleted_deadline_is_gone_for_good(store: Store) -> None:
    with store.reading() as session:
        six_month, annual = report_deadlines(session)
    with store.transaction() as session:
        save_report_deadlines(
            session,
            [DeadlineEdit(six_month.id, ANNUAL, 6, 5), DeadlineEdit(annual.id, SIX_MONTH, 12, 10)],
            removed=[],
        )
    with store.transaction() as session:
        delete_report_deadline(session, six_month.id)
    with pytest.raises(UserFacingError, match="Không tìm thấy hạn báo cáo"), store.transaction() as session:
        delete_report_deadline(session, six_month.id)
    with pytest.raises(UserFacingError, match="Không tìm thấy hạn báo cáo"), store.transaction() as session:
        mark_sent(session, six_month.id, date(2026, 6, 5), date(2026, 6, 5), date(2026, 6, 5))
