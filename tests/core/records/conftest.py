"""Helpers for record tests: catalogue ids by code and a valid activity to vary."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.profile import add_villages
from gender_equality_desk.core.records.activities import ActivityInput
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind, Village

TODAY = date(2026, 11, 23)


def activity_kind_id(store: Store, code: str) -> int:
    with store.reading() as session:
        return session.scalars(select(ActivityKind.id).where(ActivityKind.code == code)).one()


def propaganda_kind_id(store: Store, code: str) -> int:
    with store.reading() as session:
        return session.scalars(select(PropagandaKind.id).where(PropagandaKind.code == code)).one()


@pytest.fixture
def village_ids(store: Store) -> dict[str, int]:
    with store.transaction() as session:
        add_villages(session, ["Thôn Nà Làng", "Bản Pắc Mòng"])
    with store.reading() as session:
        return {name: village_id for village_id, name in session.execute(select(Village.id, Village.name))}


@pytest.fixture
def training(store: Store, village_ids: dict[str, int]) -> ActivityInput:
    return ActivityInput(
        kind_id=activity_kind_id(store, "training"),
        title="Tập huấn kỹ năng phòng, chống bạo lực gia đình",
        start_at=local_datetime(date(2026, 11, 20), 7, 30),
        end_at=local_datetime(date(2026, 11, 20), 11, 30),
        village_id=village_ids["Thôn Nà Làng"],
        place_text="Nhà văn hóa thôn Nà Làng",
        organiser="Hội Liên hiệp Phụ nữ xã",
        participants_total=45,
        participants_female=30,
        participants_male=15,
    )
