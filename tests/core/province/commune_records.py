"""A commune's records typed through the app's services, for the submission tests (figures checkable by hand
or plain SQL)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from gender_equality_desk.core.campaigns import ensure_annual_plan
from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
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


def make_commune(store: Store) -> Store:
    with store.transaction() as session:
        save_profile(session, PROFILE)
    return store


def add_activity(
    store: Store, kind: str, day: date, *, total: int, female: int | None = None, male: int | None = None,
    children: int | None = None, annual_plan: bool = False,
) -> int:  # fmt: skip
    """A done activity; filed by the app under the Action Month when its day falls in it, unless the
    officer chose the year's plan (`annual_plan`): then the Action Month report does not count it."""
    with store.transaction() as session:
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == kind)).one()
        campaign = ensure_annual_plan(session, day.year).id if annual_plan else None
        return create_activity(
            session,
            ActivityInput(
                kind_id=kind_id, title=f"{kind} {day:%d/%m}", start_at=local_datetime(day, 8),
                end_at=local_datetime(day, 11), participants_total=total, participants_female=female,
                participants_male=male, participants_children=children, status=ActivityStatus.DONE,
                campaign_id=campaign,
            ),
            today=date(2025, 12, 31),
        )  # fmt: skip


def add_propaganda(store: Store, kind: str, day: date, *, quantity: int) -> int:
    with store.transaction() as session:
        kind_id = session.scalars(select(PropagandaKind.id).where(PropagandaKind.code == kind)).one()
        return create_propaganda(
            session,
            PropagandaInput(kind_id=kind_id, title=f"{kind} {day:%d/%m}", start_date=day, end_date=day,
                            quantity=quantity),
        )  # fmt: skip
