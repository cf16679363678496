"""The report deadline a submission answers (Cài đặt → Hạn báo cáo), and marking it sent on Tổng quan."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadlines import add_report_deadline, pending_reports
from gender_equality_desk.core.province.submission_deadline import (
    SENT_NOTE,
    deadline_for,
    mark_submission_sent,
)
from gender_equality_desk.core.store.engine import Store


def test_the_first_half_answers_05_06_and_the_year_10_12(store: Store) -> None:
    with store.reading() as session:
        half = deadline_for(session, "gender-equality", date(2025, 6, 30))
        year = deadline_for(session, "gender-equality", date(2025, 12, 31))
        action_month = deadline_for(session, "action-month", date(2025, 12, 15))
    assert half is not None and (half.label, half.due, half.sent_on) == (
        "Báo cáo kết quả công tác bình đẳng giới 6 tháng đầu năm", date(2025, 6, 5), None
    )  # fmt: skip
    assert year is not None and (year.label, year.due) == (
        "Báo cáo kết quả công tác bình đẳng giới năm", date(2025, 12, 10)
    )  # fmt: skip
    assert action_month is None  # no deadline of that kind was set: nothing to mark


def test_a_deadline_the_officer_added_for_the_action_month_is_found(store: Store) -> None:
    with store.transaction() as session:
        add_report_deadline(
            session, label="Kết quả Tháng hành động", month=12, day=20, report_kind="action-month"
        )
    with store.reading() as session:
        found = deadline_for(session, "action-month", date(2025, 12, 15))
    assert found is not None and found.due == date(2025, 12, 20)


def test_marking_sent_records_the_occurrence_and_is_not_done_twice(store: Store) -> None:
    with store.transaction() as session:
        half = deadline_for(session, "gender-equality", date(2026, 6, 30))
        assert half is not None
        sent = mark_submission_sent(session, half, date(2026, 6, 3))
    assert (sent.due, sent.sent_on, sent.note) == (date(2026, 6, 5), date(2026, 6, 3), SENT_NOTE)
    with sqlite3.connect(store.path) as db:
        rows = db.execute("SELECT due_date, sent_on, note, is_deleted FROM report_submission").fetchall()
    assert rows == [("2026-06-05", "2026-06-03", SENT_NOTE, 0)]
    with store.reading() as session:
        again = deadline_for(session, "gender-equality", date(2026, 6, 30))
        owed = pending_reports(session, date(2026, 6, 3), "gender-equality")
    assert again is not None and again.sent_on == date(2026, 6, 3)
    assert date(2026, 6, 5) not in [report.due for report in owed]  # Tổng quan no longer reminds of it
    with pytest.raises(UserFacingError, match="đã được đánh dấu gửi"), store.transaction() as session:
        mark_submission_sent(session, again, date(2026, 6, 3))
