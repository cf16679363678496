"""Helpers for plan tests: a commune profile, recorded activities and propaganda events to link."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.plans.model import (
    PlanInput,
    PlanKind,
    PlannedActivityInput,
    SectionInput,
    SectionKind,
)
from gender_equality_desk.core.plans.service import create_plan, load_plan
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind

PROFILE = ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Lạng Sơn",
    place_name="Cao Lâu",
    issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Vi Văn Thái",
)


@pytest.fixture
def commune(store: Store) -> Store:
    with store.transaction() as session:
        save_profile(session, PROFILE)
    return store


def record_activity(store: Store, title: str, day: date, status: ActivityStatus = ActivityStatus.DONE) -> int:
    with store.transaction() as session:
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == "training")).one()
        return create_activity(
            session,
            ActivityInput(
                kind_id=kind_id,
                title=title,
                start_at=local_datetime(day, 8),
                end_at=local_datetime(day, 11),
                participants_total=30,
                status=status,
            ),
            today=day,
        )


def record_propaganda(store: Store, title: str, day: date) -> int:
    with store.transaction() as session:
        kind_id = session.scalars(select(PropagandaKind.id).order_by(PropagandaKind.id)).first()
        return create_propaganda(
            session, PropagandaInput(kind_id=kind_id, title=title, start_date=day, end_date=day, quantity=5)
        )


def november_plan(
    store: Store, year: int = 2025, kind: PlanKind = PlanKind.ACTION_MONTH
) -> tuple[int, tuple[int, ...]]:
    """An Action Month plan of four planned activities (one undated); its id and theirs."""
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
