"""Plan vs done (planned / done / overdue, what was not done) and the dashboard's deadline list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadlines import (
    DeadlineKind,
    report_deadlines,
    upcoming_deadlines,
    update_report_deadline,
)
from gender_equality_desk.core.plans.model import (
    PlanInput,
    PlanKind,
    PlannedActivityInput,
    SectionInput,
    SectionKind,
)
from gender_equality_desk.core.plans.progress import (
    PlanStatus,
    RecordKind,
    action_month_not_done,
    link_candidates,
    link_record,
    plan_progress,
    status_of,
    unlink_record,
)
from gender_equality_desk.core.plans.service import create_plan, list_plans, load_plan
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.store.engine import Store

from .conftest import record_activity, record_propaganda


def _plan(
    store: Store, year: int = 2025, kind: PlanKind = PlanKind.ACTION_MONTH
) -> tuple[int, tuple[int, ...]]:
    plan = PlanInput(
        year=year,
        kind=kind,
        title=f"Kế hoạch Tháng hành động năm {year}",
        issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
        place_name="Cao Lâu",
        sections=(SectionInput(SectionKind.ACTIVITIES),),
        activities=(
            PlannedActivityInput(title="Lễ phát động", start_date=date(year, 11, 15)),
            PlannedActivityInput(
                title="Treo băng rôn", start_date=date(year, 11, 10), end_date=date(year, 11, 25)
            ),
            PlannedActivityInput(title="Tập huấn kỹ năng", start_date=date(year, 12, 5)),
            PlannedActivityInput(title="Sinh hoạt CLB"),  # no date: due at the end of the period
        ),
        period_end=date(year, 12, 15),
    )
    with store.transaction() as session:
        plan_id = create_plan(session, plan)
    with store.reading() as session:
        return plan_id, load_plan(session, plan_id).activity_ids


def test_status_of() -> None:
    assert status_of(date(2025, 11, 15), True, date(2025, 12, 1)) is PlanStatus.DONE
    assert status_of(date(2025, 11, 15), False, date(2025, 11, 15)) is PlanStatus.PLANNED
    assert status_of(date(2025, 11, 15), False, date(2025, 11, 16)) is PlanStatus.OVERDUE


def test_planned_done_overdue_as_of_a_date(commune: Store) -> None:
    plan_id, ids = _plan(commune)
    launch = record_activity(commune, "Lễ phát động Tháng hành động", date(2025, 11, 15))
    banners = record_propaganda(commune, "Treo băng rôn tại trụ sở", date(2025, 11, 12))
    cancelled = record_activity(commune, "Tập huấn (hoãn)", date(2025, 12, 5), ActivityStatus.CANCELLED)
    with commune.transaction() as session:
        link_record(session, ids[0], activity_id=launch)
        link_record(session, ids[0], activity_id=launch)  # twice: still one link
        link_record(session, ids[1], propaganda_event_id=banners)
        link_record(session, ids[2], activity_id=cancelled)
    with commune.reading() as session:
        progress = plan_progress(session, plan_id, date(2025, 12, 10))
        rows = list_plans(session, date(2025, 12, 10))
        not_done = action_month_not_done(session, 2025, date(2025, 12, 10))
    assert [p.status for p in progress] == [
        PlanStatus.DONE,
        PlanStatus.DONE,
        PlanStatus.OVERDUE,  # its only record was cancelled
        PlanStatus.PLANNED,  # due 15/12
    ]
    assert len(progress[0].linked) == 1 and progress[1].linked[0].kind is RecordKind.PROPAGANDA
    assert progress[3].due == date(2025, 12, 15)
    assert (rows[0].planned, rows[0].done, rows[0].overdue) == (4, 2, 1)
    assert [p.label for p in not_done] == ["Tập huấn kỹ năng", "Sinh hoạt CLB"]


def test_a_trashed_record_no_longer_carries_out_the_plan(commune: Store) -> None:
    plan_id, ids = _plan(commune)
    launch = record_activity(commune, "Lễ phát động", date(2025, 11, 15))
    with commune.transaction() as session:
        link_id = link_record(session, ids[0], activity_id=launch)
    with commune.transaction() as session:
        move_to_trash(session, RecordType.ACTIVITY, [launch])
    with commune.reading() as session:
        assert plan_progress(session, plan_id, date(2025, 11, 20))[0].status is PlanStatus.OVERDUE
    with commune.transaction() as session:
        unlink_record(session, link_id)
    with commune.reading() as session:
        assert plan_progress(session, plan_id, date(2025, 11, 20))[0].linked == ()


def test_link_candidates_are_the_plans_year_and_match_the_search(commune: Store) -> None:
    plan_id, _ids = _plan(commune)
    record_activity(commune, "Tập huấn kỹ năng phòng chống bạo lực gia đình", date(2025, 11, 20))
    record_activity(commune, "Tập huấn năm trước", date(2024, 11, 20))
    record_propaganda(commune, "Phát thanh về bình đẳng giới", date(2025, 11, 18))
    with commune.reading() as session:
        everything = link_candidates(session, plan_id)
        found = link_candidates(session, plan_id, "tap huan")
    assert [c.title for c in everything] == [
        "Tập huấn kỹ năng phòng chống bạo lực gia đình",
        "Phát thanh về bình đẳng giới",
    ]
    assert [c.title for c in found] == ["Tập huấn kỹ năng phòng chống bạo lực gia đình"]


def test_linking_a_missing_record_is_refused(commune: Store) -> None:
    _plan_id, ids = _plan(commune)
    with pytest.raises(UserFacingError, match="không còn"), commune.transaction() as session:
        link_record(session, ids[0], activity_id=9999)


@dataclass(frozen=True)
class FollowUp:
    case_code: str
    due_date: date


def test_deadlines_of_a_november_week(commune: Store) -> None:
    _plan(commune)
    today = date(2025, 11, 12)  # Wednesday; the week runs 10/11–16/11
    with commune.reading() as session:
        found = upcoming_deadlines(
            session, today, overdue_follow_ups=[FollowUp("HS-2025-003", date(2025, 11, 7))]
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
        before = upcoming_deadlines(session, date(2025, 5, 20))
    assert [(r.day, r.month) for r in rows] == [(5, 6), (10, 12)]
    assert [(d.kind, d.due) for d in before] == [(DeadlineKind.REPORT, date(2025, 6, 5))]
    with commune.transaction() as session:
        update_report_deadline(session, rows[0].id, label="Báo cáo 6 tháng", month=6, day=15)
    with commune.reading() as session:
        after = upcoming_deadlines(session, date(2025, 5, 20))
    assert [(d.title, d.due, d.days_left) for d in after] == [("Báo cáo 6 tháng", date(2025, 6, 15), 26)]
    with pytest.raises(UserFacingError, match="không có trong mọi năm"), commune.transaction() as session:
        update_report_deadline(session, rows[0].id, label="Báo cáo", month=2, day=29)


def test_during_the_action_month_the_end_is_reminded(commune: Store) -> None:
    with commune.reading() as session:
        found = upcoming_deadlines(session, date(2025, 12, 1))
    assert [(d.kind, d.title, d.due) for d in found] == [
        (DeadlineKind.REPORT, "Báo cáo kết quả công tác bình đẳng giới năm", date(2025, 12, 10)),
        (DeadlineKind.ACTION_MONTH, "Tháng hành động kết thúc", date(2025, 12, 15)),
    ]
