"""Demo Action Month plans, drafted from the shipped template and carried out by the demo records.

Each demo year whose Action Month planning has begun (from 1 November) gets the plan an officer would
draft from `resources/plan_templates/action_month.json`, saved through the real plan service. Its planned
activities are then linked to what the demo commune did, as a careful officer does on the Kế hoạch page:
each to the record the page proposes first (core.plans.progress.link_proposals — a record of the item's
activity or propaganda kind, done within the item's dates or the plan's period, closest in time first, not
linked to another item). A planned activity nothing of its kind carried out stays unlinked: it is
genuinely not done, and the Action Month report lists it. No chance is involved, so the same demo records
give the same links.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import CampaignKind
from gender_equality_desk.core.plans.progress import RecordKind, link_proposals, link_record
from gender_equality_desk.core.plans.service import create_plan
from gender_equality_desk.core.plans.templates import plan_from_template
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.plan_models import Plan, PlannedActivity

ACTION_MONTH_TEMPLATE = "action_month"
PLANNING_STARTS = (11, 1)  # month, day: the plan is drafted before the Action Month opens on 15/11


def generate_demo_plans(store: Store, *, years: Sequence[int], as_of: date) -> int:
    """Draft, save and carry out each year's Action Month plan; returns how many plans were created.
    A year that already has an Action Month plan (the officer's own) is left alone."""
    created = 0
    for year in years:
        if as_of < date(year, *PLANNING_STARTS):
            continue
        with store.transaction() as session:
            if _has_action_month_plan(session, year):
                continue
            plan_id = create_plan(session, plan_from_template(session, ACTION_MONTH_TEMPLATE, year))
            _carry_out(session, plan_id)
            created += 1
    return created


def _has_action_month_plan(session: Session, year: int) -> bool:
    return (
        session.scalar(
            select(Plan.id).where(
                Plan.year == year, Plan.kind == CampaignKind.ACTION_MONTH.value, Plan.is_deleted.is_(False)
            )
        )
        is not None
    )


def _carry_out(session: Session, plan_id: int) -> None:
    """Each planned activity, in the plan's order, linked to its first proposal: a record linked to one is
    no longer proposed for the next, as on the Kế hoạch page."""
    planned = session.scalars(
        select(PlannedActivity.id)
        .where(PlannedActivity.plan_id == plan_id)
        .order_by(PlannedActivity.sort_order)
    ).all()
    for planned_id in planned:
        proposals = link_proposals(session, planned_id)
        if not proposals:
            continue
        best = proposals[0]
        if best.kind is RecordKind.ACTIVITY:
            link_record(session, planned_id, activity_id=best.record_id)
        else:
            link_record(session, planned_id, propaganda_event_id=best.record_id)
