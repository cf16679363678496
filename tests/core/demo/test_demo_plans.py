"""Demo Action Month plans: drafted from the template, mostly carried out by demo records, the rest
listed as not done — the same on every run of a seed, and an officer's own plan is never doubled."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.demo.plans import generate_demo_plans
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.progress import action_month_not_done, plan_progress
from gender_equality_desk.core.plans.status import PlanStatus
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.plan_models import Plan

AS_OF = date(2026, 11, 23)


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataLayout(tmp_path / "other"))
    yield opened
    opened.close()


def _progress(store: Store) -> dict[int, list[tuple[PlanStatus, int]]]:
    with store.reading() as session:
        plans = session.execute(select(Plan.id, Plan.year).order_by(Plan.year)).all()
        return {
            year: [(item.status, len(item.linked)) for item in plan_progress(session, plan_id, AS_OF)]
            for plan_id, year in plans
        }


def test_each_years_plan_is_mostly_carried_out_by_what_the_commune_did(store: Store) -> None:
    summary = generate_demo(store, years=3, scale=1, seed=11, as_of=AS_OF, with_cases=False)
    progress = _progress(store)

    assert summary.plans == 3 and sorted(progress) == [2024, 2025, 2026]
    statuses = [status for items in progress.values() for status, _ in items]
    assert len(statuses) == 12  # the template plans four activities a year
    assert statuses.count(PlanStatus.DONE) >= 6  # about four in five carried out …
    assert statuses.count(PlanStatus.DONE) < 12  # … and some not, for the report to list
    for items in progress.values():
        assert all((status is PlanStatus.DONE) == (linked > 0) for status, linked in items)
    with store.reading() as session:
        not_done = action_month_not_done(session, 2025, AS_OF)
    assert {item.status for item in not_done} == {PlanStatus.OVERDUE}  # 2025's Action Month is over
    assert len(not_done) == [status for status, _ in progress[2025]].count(PlanStatus.OVERDUE)

    assert generate_demo_plans(store, years=[2024, 2025, 2026], seed=11, as_of=AS_OF) == 0  # kept


def test_same_seed_same_links_and_no_plan_before_november(store: Store, other_store: Store) -> None:
    generate_demo(store, years=2, scale=1, seed=7, as_of=AS_OF, with_cases=False)
    generate_demo(other_store, years=2, scale=1, seed=7, as_of=AS_OF, with_cases=False)
    assert _progress(store) == _progress(other_store)

    assert generate_demo_plans(store, years=[2027], seed=7, as_of=date(2027, 10, 31)) == 0
