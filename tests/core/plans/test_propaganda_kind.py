"""A planned item may carry a propaganda kind (Treo băng rôn, Phát thanh…): the propaganda events of that
kind in its time are proposed for linking, stand for it until the officer links one (status "Chờ xác
nhận"), and the Action Month report never calls it "chưa thực hiện" while Biểu 2 counts them.
Expectations are counted by hand or read with plain SQL."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from gender_equality_desk.core.plans.model import PlanInput, PlanKind, PlannedActivityInput
from gender_equality_desk.core.plans.progress import (
    RecordKind,
    action_month_gaps,
    link_proposals,
    link_record,
    plan_progress,
)
from gender_equality_desk.core.plans.service import (
    create_plan,
    delete_plan,
    duplicate_from_previous_year,
    list_plans,
    load_plan,
    update_plan,
)
from gender_equality_desk.core.plans.status import PlanStatus
from gender_equality_desk.core.plans.templates import create_from_template, plan_from_template
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.reports.action_month import action_month_report
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle
from gender_equality_desk.core.reports.plan_gaps import TABLE_TITLE
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import PropagandaKind

from ..reports.handmade import add_activity, add_propaganda, sql  # noqa: TID252 (the hand-built commune)
from .test_link_proposals import AS_OF, YEAR, action_month_plan, planned


def propaganda_kind_id(store: Store, code: str) -> int:
    (row,) = sql(store, "SELECT id FROM propaganda_kind WHERE code = ?", code)
    return int(str(row[0]))


def banners(store: Store, first: date | None = None, last: date | None = None) -> PlannedActivityInput:
    return PlannedActivityInput(
        title="Treo băng rôn, khẩu hiệu",
        propaganda_kind_id=propaganda_kind_id(store, "banner_slogan"),
        start_date=first,
        end_date=last,
    )


def proposals(store: Store, planned_id: int) -> list[tuple[RecordKind, int]]:
    with store.reading() as session:
        return [(c.kind, c.record_id) for c in link_proposals(session, planned_id)]


def test_events_of_the_items_propaganda_kind_in_its_time_are_proposed(commune: Store) -> None:
    _, (hung, _other) = action_month_plan(
        commune,
        banners(commune, date(YEAR, 11, 10), date(YEAR, 11, 15)),
        planned(commune, "Lễ phát động", "launch_ceremony", date(YEAR, 11, 15)),
    )
    in_its_dates = add_propaganda(commune, "banner_slogan", date(YEAR, 11, 12), quantity=12)
    in_the_period = add_propaganda(commune, "banner_slogan", date(YEAR, 11, 28), quantity=4)
    add_propaganda(commune, "banner_slogan", date(YEAR, 11, 5), quantity=3)  # before both windows
    add_propaganda(commune, "banner_slogan", date(YEAR, 12, 16), quantity=3)  # the day after the period
    add_propaganda(commune, "radio_broadcast", date(YEAR, 11, 12), quantity=5)  # another kind
    add_activity(commune, "launch_ceremony", date(YEAR, 11, 12), total=80)  # an activity, not propaganda
    trashed = add_propaganda(commune, "banner_slogan", date(YEAR, 11, 13), quantity=2)
    with commune.transaction() as session:
        move_to_trash(session, RecordType.PROPAGANDA_EVENT, [trashed])

    assert proposals(commune, hung) == [
        (RecordKind.PROPAGANDA, in_its_dates),  # within its own dates first
        (RecordKind.PROPAGANDA, in_the_period),
    ]


def test_an_event_linked_to_another_planned_item_is_not_proposed(commune: Store) -> None:
    _, (first, second) = action_month_plan(commune, banners(commune), banners(commune))
    event = add_propaganda(commune, "banner_slogan", date(YEAR, 11, 20), quantity=10)
    assert proposals(commune, second) == [(RecordKind.PROPAGANDA, event)]
    with commune.transaction() as session:
        link_record(session, first, propaganda_event_id=event)
    assert proposals(commune, first) == [] and proposals(commune, second) == []


def test_matched_until_linked_and_one_event_stands_for_one_item(commune: Store) -> None:
    plan_id, (first, second, launch) = action_month_plan(
        commune,
        banners(commune, date(YEAR, 11, 10), date(YEAR, 11, 15)),
        banners(commune, date(YEAR, 11, 20), date(YEAR, 11, 25)),
        planned(commune, "Lễ phát động", "launch_ceremony", date(YEAR, 11, 15)),
    )
    event = add_propaganda(commune, "banner_slogan", date(YEAR, 11, 14), quantity=10)
    with commune.reading() as session:
        progress = plan_progress(session, plan_id, AS_OF)
        rows = list_plans(session, AS_OF)
    # One event, two planned banner items: the first in the plan's order takes it, the second is overdue.
    assert [p.status for p in progress] == [PlanStatus.MATCHED, PlanStatus.OVERDUE, PlanStatus.OVERDUE]
    assert progress[0].proposal is not None and progress[0].proposal.record_id == event
    assert progress[0].linked == () and progress[1].proposal is None
    assert (rows[0].planned, rows[0].done, rows[0].overdue) == (3, 0, 2)  # "chờ xác nhận" is not overdue

    with commune.transaction() as session:
        link_record(session, first, propaganda_event_id=event)
    with commune.reading() as session:
        statuses = [p.status for p in plan_progress(session, plan_id, AS_OF)]
    assert statuses == [PlanStatus.DONE, PlanStatus.OVERDUE, PlanStatus.OVERDUE]
    assert proposals(commune, second) == [] and proposals(commune, launch) == []


def test_the_report_names_the_event_instead_of_calling_the_item_not_done(commune: Store) -> None:
    _, ids = action_month_plan(
        commune,
        planned(commune, "Lễ phát động", "launch_ceremony", date(YEAR, 11, 15)),
        banners(commune, date(YEAR, 11, 10), date(YEAR, 11, 15)),
        PlannedActivityInput(
            title="Phát thanh trên loa thôn",
            propaganda_kind_id=propaganda_kind_id(commune, "radio_broadcast"),
        ),
    )
    add_activity(commune, "launch_ceremony", date(YEAR, 11, 17), title="Lễ phát động tại UBND xã", total=150)
    add_propaganda(
        commune, "banner_slogan", date(YEAR, 11, 16), title="Treo băng rôn tại 11 thôn", quantity=24
    )
    with commune.transaction() as session:
        content = action_month_report(session, YEAR, day=AS_OF)
        gaps = action_month_gaps(session, YEAR, AS_OF)

    assert [item.planned_activity_id for item, _ in gaps.matched_by_kind] == [ids[0], ids[1]]
    assert [item.label for item in gaps.not_done] == ["Phát thanh trên loa thôn"]  # nothing broadcast
    not_done = next(t for t in content.tables() if t.title.endswith(TABLE_TITLE))
    assert [row.cells[1] for row in not_done.rows] == ["Phát thanh trên loa thôn"]
    bullets = [
        b.text for b in content.blocks if isinstance(b, Paragraph) and b.style is ParagraphStyle.BULLET
    ]
    assert "Treo băng rôn, khẩu hiệu: đã thực hiện “Treo băng rôn tại 11 thôn” ngày 16/11/2025." in bullets
    assert "Lễ phát động: đã tổ chức “Lễ phát động tại UBND xã” ngày 17/11/2025." in bullets
    # Biểu 2 counts the banners the planned item is matched with.
    (hung,) = sql(
        commune,
        "SELECT sum(e.quantity) FROM propaganda_event e JOIN propaganda_kind k ON k.id = e.kind_id "
        "WHERE k.code = 'banner_slogan' AND e.is_deleted = 0",
    )
    propaganda = next(t for t in content.tables() if t.title.startswith("Biểu 2."))
    row = next(r for r in propaganda.rows if str(r.cells[0]).startswith("Treo băng rôn"))
    assert hung == (24,) and row.cells[1:3] == (1, 24)  # one event, 24 pieces


def test_a_planned_item_has_one_kind_at_most(commune: Store) -> None:
    kind = sql(commune, "SELECT id FROM activity_kind WHERE code = 'launch_ceremony'")[0][0]
    both = replace(banners(commune), kind_id=int(str(kind)))
    plan = PlanInput(
        year=YEAR,
        kind=PlanKind.ACTION_MONTH,
        title="Kế hoạch",
        issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
        place_name="Cao Lâu",
        activities=(both,),
    )
    with pytest.raises(InvalidRecordError) as raised, commune.transaction() as session:
        create_plan(session, plan)
    assert raised.value.result.errors["activities.0.kind_id"] == (
        "Hoạt động số 1 chỉ được có một loại: một loại hoạt động hoặc một hình thức tuyên truyền, "
        "không chọn cả hai. Vui lòng bỏ chọn một trong hai."
    )
    gone = replace(banners(commune), propaganda_kind_id=9999)
    with pytest.raises(InvalidRecordError) as raised, commune.transaction() as session:
        create_plan(session, replace(plan, activities=(gone,)))
    assert raised.value.result.errors["activities.0.propaganda_kind_id"].startswith(
        "Hình thức tuyên truyền của hoạt động số 1 không còn trong danh mục"
    )
    assert sql(commune, "SELECT count(*) FROM plan") == [(0,)]  # nothing half-saved

    # The store itself refuses both (CHECK ck_planned_activity_one_kind), whoever writes.
    _, (planned_id,) = action_month_plan(commune, banners(commune))
    connection = sqlite3.connect(commune.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="ck_planned_activity_one_kind"):
            connection.execute("UPDATE planned_activity SET kind_id = ? WHERE id = ?", (kind, planned_id))
    finally:
        connection.close()


def test_the_action_month_template_gives_banners_and_broadcasts_their_propaganda_kinds(
    commune: Store,
) -> None:
    with commune.transaction() as session:
        plan_id = create_from_template(session, "action_month", YEAR)
    stored = sql(
        commune,
        "SELECT ak.code, pk.code FROM planned_activity pa LEFT JOIN activity_kind ak ON ak.id = pa.kind_id "
        "LEFT JOIN propaganda_kind pk ON pk.id = pa.propaganda_kind_id WHERE pa.plan_id = ? "
        "ORDER BY pa.sort_order",
        plan_id,
    )
    assert stored == [
        ("launch_ceremony", None),
        (None, "banner_slogan"),
        (None, "radio_broadcast"),
        ("club_meeting", None),
    ]
    with commune.reading() as session:
        draft = plan_from_template(session, "action_month", YEAR)
        rows = session.execute(select(PropagandaKind.code, PropagandaKind.id))
        kinds = {code: kind_id for code, kind_id in rows}
    assert [a.propaganda_kind_id for a in draft.activities] == [
        None,
        kinds["banner_slogan"],
        kinds["radio_broadcast"],
        None,
    ]
    # Loaded back, edited and copied to next year, the propaganda kind stays.
    with commune.transaction() as session:
        content = load_plan(session, plan_id).content
        update_plan(session, plan_id, replace(content, title=content.title + " (sửa)"))
        next_id = duplicate_from_previous_year(session, plan_id)
    next_year = sql(
        commune,
        "SELECT propaganda_kind_id FROM planned_activity WHERE plan_id = ? ORDER BY sort_order",
        next_id,
    )
    assert next_year == [(None,), (kinds["banner_slogan"],), (kinds["radio_broadcast"],), (None,)]


def test_an_event_linked_to_a_deleted_plans_item_is_free_again(commune: Store) -> None:
    old_plan, (old,) = action_month_plan(commune, banners(commune))
    _, (new,) = action_month_plan(commune, banners(commune))
    event = add_propaganda(commune, "banner_slogan", date(YEAR, 11, 18), quantity=6)
    with commune.transaction() as session:
        link_record(session, old, propaganda_event_id=event)
    assert proposals(commune, new) == []
    with commune.transaction() as session:
        delete_plan(session, old_plan)
    assert proposals(commune, new) == [(RecordKind.PROPAGANDA, event)]
