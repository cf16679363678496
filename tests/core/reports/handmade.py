"""A commune built by hand for report tests: every record typed here, every figure checkable by plain SQL."""

from __future__ import annotations

import sqlite3
from datetime import date

from sqlalchemy import select

from gender_equality_desk.core.catalogues import CatalogueKind, add_entry
from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind

PROFILE = ProfileInput(
    commune_name="Xã Tân Lập",
    province_name="Lạng Sơn",
    place_name="Tân Lập",
    issuing_body="ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Hoàng Thị Mai",
)


def make_commune(store: Store, profile: ProfileInput = PROFILE) -> Store:
    with store.transaction() as session:
        save_profile(session, profile)
    return store


def add_village(store: Store, name: str) -> int:
    with store.transaction() as session:
        return add_entry(session, CatalogueKind.VILLAGE, name)


def activity_kind_id(store: Store, code: str) -> int:
    with store.reading() as session:
        return session.scalars(select(ActivityKind.id).where(ActivityKind.code == code)).one()


def add_activity(
    store: Store,
    kind: str,
    day: date,
    *,
    title: str = "",
    total: int = 0,
    female: int | None = None,
    male: int | None = None,
    children: int | None = None,
    ethnic: int | None = None,
    budget: int = 0,
    status: ActivityStatus = ActivityStatus.DONE,
    village_id: int | None = None,
    place: str = "",
    last_day: date | None = None,
) -> int:
    kind_id = activity_kind_id(store, kind)
    with store.transaction() as session:
        return create_activity(
            session,
            ActivityInput(
                kind_id=kind_id,
                title=title or f"{kind} {day:%d/%m}",
                start_at=local_datetime(day, 8),
                end_at=local_datetime(last_day or day, 11),
                village_id=village_id,
                place_text=place,
                participants_total=total,
                participants_female=female,
                participants_male=male,
                participants_children=children,
                participants_ethnic_minority=ethnic,
                budget_vnd=budget,
                budget_source=BudgetSource.COMMUNE if budget else None,
                status=status,
            ),
            today=date(2025, 12, 31),
        )


def add_propaganda(
    store: Store,
    kind: str,
    day: date,
    *,
    title: str = "",
    quantity: int = 1,
    minutes: int | None = None,
    places: tuple[str, ...] = (),
    village_id: int | None = None,
) -> int:
    with store.transaction() as session:
        kind_id = session.scalars(select(PropagandaKind.id).where(PropagandaKind.code == kind)).one()
        return create_propaganda(
            session,
            PropagandaInput(
                kind_id=kind_id,
                title=title or f"{kind} {day:%d/%m}",
                start_date=day,
                end_date=day,
                places=places,
                village_id=village_id,
                quantity=quantity,
                minutes=minutes,
            ),
        )


def sql(store: Store, query: str, *args: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(query, args).fetchall()
    finally:
        connection.close()
