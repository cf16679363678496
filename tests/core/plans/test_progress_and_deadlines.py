"""Plan vs done (planned / done / overdue, what was not done), linking records to planned activities."""

from __future__ import annotations

from datetime import date

import pytest

from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.progress import (
    RecordKind,
    action_month_not_done,
    link_candidates,
    link_record,
    plan_progress,
    unlink_record,
)
from gender_equality_desk.core.plans.service import list_plans
from gender_equality_desk.core.plans.status import PlanStatus, status_of
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.store.engine import Store

from .conftest import november_plan, record_activity, record_propaganda


def test_status_of() -> None:
    assert status_of(date(2025, 11, 15), True, date(2025, 12, 1)) is PlanStatus.DONE
    assert status_of(date(2025, 11, 15), False, date(2025, 11, 15)) is PlanStatus.PLANNED
    assert status_of(date(2025, 11, 15), False, date(2025, 11, 16)) is PlanStatus.OVERDUE


def test_planned_done_overdue_as_of_a_date(commune: Store) -> None:
    plan_id, ids = november_plan(commune)
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


def test_a_trashed_record_no_longer_carries_out_thenovember_plan(commune: Store) -> None:
    plan_id, ids = november_plan(commune)
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
    plan_id, _ids = november_plan(commune)
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
    _plan_id, ids = november_plan(commune)
    with pytest.raises(UserFacingError, match="không còn"), commune.transaction() as session:
        link_record(session, ids[0], activity_id=9999)
