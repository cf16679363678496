"""Numbers and dates out of their sane range are refused by the record services, with the range named,
instead of crashing the save with an OverflowError (10^20 does not fit SQLite's integers) or storing a
year-1 or year-9999 date that every later date sum overflows on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.domain.vocabulary import BudgetSource
from gender_equality_desk.core.plans.model import PlanInput, PlanKind, PlannedActivityInput
from gender_equality_desk.core.plans.service import create_plan
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.core.store.plan_models import Plan
from tests.core.records.conftest import TODAY, propaganda_kind_id

PEOPLE_RANGE = "Vui lòng nhập số từ 0 đến 1.000.000 người."
DAYS_RANGE = "(từ 01/01/2000 đến 31/12/2031)"


def _refused(store: Store, data: ActivityInput) -> dict[str, str]:
    with pytest.raises(InvalidRecordError) as refused, store.transaction() as session:
        create_activity(session, data, today=TODAY)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0
    return refused.value.result.errors


def test_huge_counts_and_budget_are_refused_under_their_field(store: Store, training: ActivityInput) -> None:
    errors = _refused(store, replace(training, participants_total=10**20, participants_female=None,
                                     participants_male=None, budget_vnd=10**19,
                                     budget_source=BudgetSource.COMMUNE))  # fmt: skip
    assert errors["participants_total"] == (
        f"Tổng số người tham gia 100.000.000.000.000.000.000 nằm ngoài khoảng cho phép. {PEOPLE_RANGE}"
    )
    assert errors["budget_vnd"] == (
        "Kinh phí 10.000.000.000.000.000.000 nằm ngoài khoảng cho phép. "
        "Vui lòng nhập số từ 0 đến 100.000.000.000 đồng."
    )
    errors = _refused(store, replace(training, participants_children=2**70))
    assert errors["participants_children"].endswith(PEOPLE_RANGE)


def test_year_one_and_year_9999_are_refused(store: Store, training: ActivityInput) -> None:
    errors = _refused(store, replace(training, start_at=local_datetime(date(1, 1, 1), 0, 0)))
    assert errors["start_at"] == (
        f"Ngày bắt đầu 01/01/0001 nằm ngoài khoảng cho phép {DAYS_RANGE}. "
        "Vui lòng kiểm tra lại ngày, nhất là năm."
    )
    errors = _refused(store, replace(training, end_at=local_datetime(date(9999, 12, 31), 23, 0)))
    assert errors["end_at"].startswith("Ngày kết thúc 31/12/9999 nằm ngoài khoảng cho phép")


def test_the_edges_of_the_ranges_are_saved(store: Store, training: ActivityInput) -> None:
    edge = replace(training, participants_total=1_000_000, participants_female=None, participants_male=None,
                   budget_vnd=100_000_000_000, budget_source=None, start_at=local_datetime(date(2000, 1, 1)),
                   end_at=local_datetime(date(2031, 12, 31), 23, 59))  # fmt: skip
    with pytest.raises(InvalidRecordError, match="nguồn kinh phí"), store.transaction() as session:
        create_activity(session, edge, today=TODAY)  # only the missing budget source is wrong
    with store.transaction() as session:
        saved = create_activity(session, replace(edge, budget_source=BudgetSource.COMMUNE), today=TODAY)
    with store.reading() as session:
        row = session.get(Activity, saved)
        assert row is not None and (row.participants_total, row.budget_vnd) == (1_000_000, 100_000_000_000)


def test_propaganda_counts_and_dates(store: Store) -> None:
    base = PropagandaInput(
        kind_id=propaganda_kind_id(store, "radio_broadcast"), title="Phát thanh Tháng hành động",
        start_date=date(2026, 11, 15), end_date=date(2026, 12, 15), quantity=12,
    )  # fmt: skip
    cases = {
        "quantity": replace(base, quantity=10**19),
        "minutes": replace(base, minutes=10**20),
        "estimated_reach": replace(base, estimated_reach=-1),
        "start_date": replace(base, start_date=date(1, 1, 1)),
        "end_date": replace(base, end_date=date(9999, 12, 31)),
    }
    for field, data in cases.items():
        with pytest.raises(InvalidRecordError) as refused, store.transaction() as session:
            create_propaganda(session, data)
        assert "nằm ngoài khoảng cho phép" in refused.value.result.errors[field] or (
            "không được là số âm" in refused.value.result.errors[field]
        ), field
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(PropagandaEvent)) == 0


def test_plans_refuse_a_budget_or_day_out_of_range(store: Store) -> None:
    plan = PlanInput(
        year=2026, kind=PlanKind.ACTION_MONTH, title="Kế hoạch Tháng hành động năm 2026",
        issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU", place_name="Cao Lâu",
        activities=(PlannedActivityInput(title="Lễ phát động", budget_vnd=10**20,
                                         start_date=date(9999, 12, 31)),),
    )  # fmt: skip
    with pytest.raises(InvalidRecordError) as refused, store.transaction() as session:
        create_plan(session, plan)
    errors = refused.value.result.errors
    assert errors["activities.0.budget_vnd"].startswith("Kinh phí của hoạt động số 1 100.000")
    assert errors["activities.0.start_date"].startswith("Hoạt động số 1: ngày bắt đầu 31/12/9999 nằm ngoài")
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Plan)) == 0
