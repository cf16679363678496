"""A planned activity with a done activity of its kind in its time is proposed for linking, and the
Action Month report never calls "not done" what its activities table counts as done."""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.plans.model import (
    PlanInput,
    PlanKind,
    PlannedActivityInput,
    SectionInput,
    SectionKind,
)
from gender_equality_desk.core.plans.progress import action_month_gaps, link_proposals, link_record
from gender_equality_desk.core.plans.service import create_plan, delete_plan, load_plan
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.store.engine import Store

from ..reports.handmade import activity_kind_id, add_activity  # noqa: TID252 (the hand-built commune)

YEAR = 2025
AS_OF = date(YEAR, 12, 20)


def action_month_plan(store: Store, *items: PlannedActivityInput) -> tuple[int, tuple[int, ...]]:
    plan = PlanInput(
        year=YEAR,
        kind=PlanKind.ACTION_MONTH,
        title=f"Kế hoạch Tháng hành động năm {YEAR}",
        issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
        place_name="Cao Lâu",
        sections=(SectionInput(SectionKind.ACTIVITIES),),
        activities=items,
        period_start=date(YEAR, 11, 15),
        period_end=date(YEAR, 12, 15),
    )
    with store.transaction() as session:
        plan_id = create_plan(session, plan)
    with store.reading() as session:
        return plan_id, load_plan(session, plan_id).activity_ids


def planned(
    store: Store, title: str, kind: str | None, first: date | None = None, last: date | None = None
) -> PlannedActivityInput:
    kind_id = activity_kind_id(store, kind) if kind else None
    return PlannedActivityInput(title=title, kind_id=kind_id, start_date=first, end_date=last)


def proposals(store: Store, planned_id: int) -> list[int]:
    with store.reading() as session:
        return [candidate.record_id for candidate in link_proposals(session, planned_id)]


def test_the_definition_of_a_proposal(commune: Store) -> None:
    _, (launch,) = action_month_plan(
        commune, planned(commune, "Lễ phát động", "launch_ceremony", date(YEAR, 11, 15))
    )
    on_the_day = add_activity(commune, "launch_ceremony", date(YEAR, 11, 15), total=100)
    two_days_late = add_activity(
        commune, "launch_ceremony", date(YEAR, 11, 17), total=90
    )  # in the plan's period
    add_activity(commune, "training", date(YEAR, 11, 15), total=30)  # another kind
    add_activity(commune, "launch_ceremony", date(YEAR, 11, 16), status=ActivityStatus.CANCELLED)
    add_activity(commune, "launch_ceremony", date(YEAR, 12, 20), status=ActivityStatus.PLANNED)
    add_activity(commune, "launch_ceremony", date(YEAR, 10, 1), total=80)  # before both windows
    trashed = add_activity(commune, "launch_ceremony", date(YEAR, 11, 15), total=70)
    with commune.transaction() as session:
        move_to_trash(session, RecordType.ACTIVITY, [trashed])

    assert proposals(commune, launch) == [on_the_day, two_days_late]  # closest to the planned day first


def test_an_activity_linked_to_another_planned_activity_is_not_proposed(commune: Store) -> None:
    _, (first, second) = action_month_plan(
        commune,
        planned(commune, "Tập huấn cán bộ thôn", "training", date(YEAR, 11, 20)),
        planned(commune, "Tập huấn cộng tác viên", "training", date(YEAR, 11, 25)),
    )
    training = add_activity(commune, "training", date(YEAR, 11, 20), total=30)
    assert proposals(commune, first) == [training] and proposals(commune, second) == [training]
    with commune.transaction() as session:
        link_record(session, first, activity_id=training)
    assert proposals(commune, first) == []  # linked already: nothing to propose
    assert proposals(commune, second) == []  # it carried out the other one
    with commune.reading() as session:
        gaps = action_month_gaps(session, YEAR, AS_OF)
    assert [item.label for item in gaps.not_done] == [
        "Tập huấn cộng tác viên"
    ]  # one training held, two planned


def test_a_link_of_a_deleted_plan_frees_the_activity(commune: Store) -> None:
    old_plan, (old,) = action_month_plan(commune, planned(commune, "Lễ phát động", "launch_ceremony"))
    _, (new,) = action_month_plan(commune, planned(commune, "Lễ phát động", "launch_ceremony"))
    launch = add_activity(commune, "launch_ceremony", date(YEAR, 11, 18), total=100)
    with commune.transaction() as session:
        link_record(session, old, activity_id=launch)
    assert proposals(commune, new) == []
    with commune.transaction() as session:
        delete_plan(session, old_plan)
    assert proposals(commune, new) == [launch]


def test_without_a_kind_or_dates(commune: Store) -> None:
    _, (banners, club) = action_month_plan(
        commune, planned(commune, "Treo băng rôn", None), planned(commune, "Sinh hoạt CLB", "club_meeting")
    )
    meeting = add_activity(
        commune, "club_meeting", date(YEAR, 12, 10), total=20
    )  # no dates: the plan's period
    add_activity(commune, "club_meeting", date(YEAR, 12, 16), total=20)  # the day after the period
    assert proposals(commune, banners) == []  # only the officer can say which record hung the banners
    assert proposals(commune, club) == [meeting]


def test_one_activity_stands_for_one_planned_activity_in_the_report(commune: Store) -> None:
    _, ids = action_month_plan(
        commune,
        planned(commune, "Tập huấn cán bộ thôn", "training", date(YEAR, 11, 20)),
        planned(commune, "Tập huấn cộng tác viên", "training", date(YEAR, 11, 25)),
        planned(commune, "Lễ phát động", "launch_ceremony", date(YEAR, 11, 15)),
    )
    training = add_activity(commune, "training", date(YEAR, 11, 24), total=30)
    launch = add_activity(commune, "launch_ceremony", date(YEAR, 11, 17), total=100)
    with commune.reading() as session:
        gaps = action_month_gaps(session, YEAR, AS_OF)
    matched = {item.label: candidate.record_id for item, candidate in gaps.matched_by_kind}
    assert matched == {"Tập huấn cán bộ thôn": training, "Lễ phát động": launch}
    assert [item.label for item in gaps.not_done] == ["Tập huấn cộng tác viên"]
    assert ids[1] not in {item.planned_activity_id for item, _ in gaps.matched_by_kind}
