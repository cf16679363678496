"""Demo Action Month plans, drafted from the shipped template and carried out by the demo records.

Each demo year whose Action Month planning has begun (from 1 November) gets the plan an officer would
draft from `resources/plan_templates/action_month.json`, saved through the real plan service. Its planned
activities are then linked to what the demo commune did during that Action Month, as the officer does
on the Kế hoạch page: a planned activity with a kind to the first activity of that kind held by its due
date, one without a kind (banners, radio) to the first propaganda event. About one in five is left
unlinked, so the plan-vs-done view and the Action Month report's "not carried out" section have
something to show. Same seed, same links.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.campaigns import action_month_period
from gender_equality_desk.core.domain.clock import local_midnight_utc
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, CampaignKind
from gender_equality_desk.core.plans.progress import link_record
from gender_equality_desk.core.plans.service import create_plan
from gender_equality_desk.core.plans.templates import plan_from_template
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.core.store.plan_models import Plan, PlannedActivity

ACTION_MONTH_TEMPLATE = "action_month"
PLANNING_STARTS = (11, 1)  # month, day: the plan is drafted before the Action Month opens on 15/11
LEFT_UNDONE_SHARE = 0.2


def generate_demo_plans(store: Store, *, years: Sequence[int], seed: int, as_of: date) -> int:
    """Draft, save and carry out each year's Action Month plan; returns how many plans were created.
    A year that already has an Action Month plan (the officer's own) is left alone."""
    rng = random.Random(f"gedesk-demo/{seed}/plans")
    created = 0
    for year in years:
        if as_of < date(year, *PLANNING_STARTS):
            continue
        with store.transaction() as session:
            if _has_action_month_plan(session, year):
                continue
            plan_id = create_plan(session, plan_from_template(session, ACTION_MONTH_TEMPLATE, year))
            _carry_out(session, plan_id, year, as_of, rng)
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


def _carry_out(session: Session, plan_id: int, year: int, as_of: date, rng: random.Random) -> None:
    start, end = action_month_period(year)
    until = min(end, as_of)
    planned = session.scalars(
        select(PlannedActivity).where(PlannedActivity.plan_id == plan_id).order_by(PlannedActivity.sort_order)
    ).all()
    for item in planned:
        if rng.random() < LEFT_UNDONE_SHARE:
            continue
        due = min(item.end_date or item.start_date or until, until)
        if item.kind_id is not None:
            activity_id = session.scalar(
                select(Activity.id)
                .where(
                    Activity.kind_id == item.kind_id,
                    Activity.status == ActivityStatus.DONE.value,
                    Activity.is_deleted.is_(False),
                    Activity.start_at >= local_midnight_utc(start),
                    Activity.start_at < local_midnight_utc(due + timedelta(days=1)),
                )
                .order_by(Activity.start_at)
            )
            if activity_id is not None:
                link_record(session, item.id, activity_id=activity_id)
            continue
        event_id = session.scalar(
            select(PropagandaEvent.id)
            .where(
                PropagandaEvent.is_deleted.is_(False),
                PropagandaEvent.start_date >= start,
                PropagandaEvent.start_date <= due,
            )
            .order_by(PropagandaEvent.start_date, PropagandaEvent.id)
            .offset(rng.randint(0, 3))
        )
        if event_id is not None:
            link_record(session, item.id, propaganda_event_id=event_id)
