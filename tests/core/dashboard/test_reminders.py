"""The dashboard's reminders: the Action Month, report deadlines (editable settings), planned activities due
this week and overdue case follow-ups, read with raw SQL from a store written through the ORM."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from gender_equality_desk.core.dashboard.reading import reading_store
from gender_equality_desk.core.dashboard.reminders import (
    OVERDUE_ROWS_PER_PLAN,
    DeadlineKind,
    upcoming_deadlines,
)
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadlines import report_deadlines, update_report_deadline
from gender_equality_desk.core.plans.progress import link_record
from gender_equality_desk.core.plans.service import load_plan
from gender_equality_desk.core.plans.templates import create_from_template
from gender_equality_desk.core.store.engine import Store

from ..plans.conftest import november_plan, record_activity
from ..plans.test_link_proposals import action_month_plan, planned
from ..reports.handmade import add_activity, add_propaganda


@dataclass(frozen=True)
class FollowUp:
    case_code: str
    due_date: date


def test_deadlines_of_a_november_week(commune: Store) -> None:
    november_plan(commune)
    today = date(2025, 11, 12)  # Wednesday; the week runs 10/11–16/11
    with reading_store(commune.path) as connection:
        found = upcoming_deadlines(
            connection, today, overdue_follow_ups=[FollowUp("HS-2025-003", date(2025, 11, 7))]
        )
    assert [(d.kind, d.title, d.due, d.days_left) for d in found] == [
        (DeadlineKind.CASE_FOLLOW_UP, "Hồ sơ HS-2025-003: lượt theo dõi quá hạn", date(2025, 11, 7), -5),
        (DeadlineKind.ACTION_MONTH, "Bắt đầu Tháng hành động", date(2025, 11, 15), 3),
        (DeadlineKind.PLANNED_ACTIVITY, "1. Lễ phát động", date(2025, 11, 15), 3),
        (DeadlineKind.REPORT, "Báo cáo kết quả công tác bình đẳng giới năm", date(2025, 12, 10), 28),
    ]


def test_report_deadlines_are_editable_settings(commune: Store) -> None:
    with commune.reading() as session:
        rows = report_deadlines(session)
    with reading_store(commune.path) as connection:
        before = upcoming_deadlines(connection, date(2025, 5, 20))
    assert [(r.day, r.month) for r in rows] == [(5, 6), (10, 12)]
    assert [(d.kind, d.due) for d in before] == [(DeadlineKind.REPORT, date(2025, 6, 5))]
    with commune.transaction() as session:
        update_report_deadline(session, rows[0].id, label="Báo cáo 6 tháng", month=6, day=15)
    with reading_store(commune.path) as connection:
        after = upcoming_deadlines(connection, date(2025, 5, 20))
    assert [(d.title, d.due, d.days_left) for d in after] == [("Báo cáo 6 tháng", date(2025, 6, 15), 26)]
    with pytest.raises(UserFacingError, match="không có trong mọi năm"), commune.transaction() as session:
        update_report_deadline(session, rows[0].id, label="Báo cáo", month=2, day=29)


def test_during_the_action_month_the_end_is_reminded(commune: Store) -> None:
    with reading_store(commune.path) as connection:
        found = upcoming_deadlines(connection, date(2025, 12, 1))
    assert [(d.kind, d.title, d.due) for d in found] == [
        (DeadlineKind.REPORT, "Báo cáo kết quả công tác bình đẳng giới năm", date(2025, 12, 10)),
        (DeadlineKind.ACTION_MONTH, "Tháng hành động kết thúc", date(2025, 12, 15)),
    ]


def _planned(store: Store, today: date) -> list[tuple[str, date, int]]:
    with reading_store(store.path) as connection:
        found = upcoming_deadlines(connection, today)
    return [(d.title, d.due, d.days_left) for d in found if d.kind is DeadlineKind.PLANNED_ACTIVITY]


def test_an_overdue_planned_activity_stays_until_it_is_done(commune: Store) -> None:
    _plan_id, (launch, banners, _training, _club) = november_plan(commune)
    # Wednesday 26/11/2025: the launch (15/11) was due the week before last. Old code: only this week's.
    assert _planned(commune, date(2025, 11, 26)) == [
        ("1. Lễ phát động", date(2025, 11, 15), -11),
        ("2. Treo băng rôn", date(2025, 11, 25), -1),
    ]
    assert _planned(commune, date(2025, 12, 8)) == [  # weeks later: still there
        ("1. Lễ phát động", date(2025, 11, 15), -23),
        ("2. Treo băng rôn", date(2025, 11, 25), -13),
        ("3. Tập huấn kỹ năng", date(2025, 12, 5), -3),
    ]
    cancelled = record_activity(commune, "Lễ phát động (hoãn)", date(2025, 11, 15), ActivityStatus.CANCELLED)
    done = record_activity(commune, "Treo băng rôn tại 11 thôn", date(2025, 11, 20))
    with commune.transaction() as session:
        link_record(session, launch, activity_id=cancelled)  # a cancelled activity did not carry it out
        link_record(session, banners, activity_id=done)
    assert _planned(commune, date(2025, 11, 26)) == [("1. Lễ phát động", date(2025, 11, 15), -11)]


def test_a_plan_with_many_overdue_activities_shows_them_as_one_line(commune: Store) -> None:
    november_plan(commune)
    with reading_store(commune.path) as connection:
        found = [
            d
            for d in upcoming_deadlines(connection, date(2026, 1, 10))
            if d.kind is DeadlineKind.PLANNED_ACTIVITY
        ]
    assert [(d.title, d.due, d.days_left, d.count) for d in found] == [
        (
            "4 hoạt động quá hạn chưa thực hiện của Kế hoạch Tháng hành động năm 2025",
            date(2025, 11, 15),
            -56,
            4,
        )
    ]
    assert found[0].wording and found[0].subject == "Kế hoạch Tháng hành động năm 2025"
    assert OVERDUE_ROWS_PER_PLAN == 3


def _template_plan(store: Store, year: int) -> tuple[int, ...]:
    with store.transaction() as session:
        plan_id = create_from_template(session, "action_month", year)
    with store.reading() as session:
        return load_plan(session, plan_id).activity_ids


def test_a_planned_item_carried_out_by_a_record_of_its_kind_is_not_overdue(commune: Store) -> None:
    """The template plan of 2025, records typed in but never linked: the launch ceremony held on 17/11 and
    the banners hung on 12/11 are not "quá hạn" a year later; the broadcasts nobody made are."""
    _template_plan(commune, 2025)
    ceremony = add_activity(commune, "launch_ceremony", date(2025, 11, 17), total=150)
    add_propaganda(commune, "banner_slogan", date(2025, 11, 12), quantity=20)
    add_activity(commune, "club_meeting", date(2025, 11, 25), total=25)
    radio = "3. Tuyên truyền trên Đài truyền thanh xã và hệ thống loa tại nhà văn hóa các thôn về chủ…"
    assert _planned(commune, date(2026, 12, 20)) == [(radio, date(2025, 12, 15), -370)]

    # A later plan of the same year with its own launch item: the one ceremony stands for one item only,
    # the first plan's; linked to the later one, it moves there.
    _, (second_launch,) = action_month_plan(
        commune, planned(commune, "Lễ phát động lần 2", "launch_ceremony", date(2025, 11, 15))
    )
    assert _planned(commune, date(2026, 1, 5)) == [
        ("1. Lễ phát động lần 2", date(2025, 11, 15), -51),
        (radio, date(2025, 12, 15), -21),
    ]
    with commune.transaction() as session:
        link_record(session, second_launch, activity_id=ceremony)
    assert _planned(commune, date(2026, 1, 5)) == [
        (
            "1. Tổ chức Lễ phát động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó…",
            date(2025, 11, 15),
            -51,
        ),
        (radio, date(2025, 12, 15), -21),
    ]
