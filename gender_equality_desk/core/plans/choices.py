"""Catalogue choices the plan editor offers: activity kinds, propaganda kinds and responsible units
(id, label)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind, ResponsibleUnit


def activity_kind_choices(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(ActivityKind.id, ActivityKind.label)
        .where(ActivityKind.is_deleted.is_(False), ActivityKind.is_active.is_(True))
        .order_by(ActivityKind.sort_order, ActivityKind.id)
    )
    return [(row.id, row.label) for row in rows]


def propaganda_kind_choices(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(PropagandaKind.id, PropagandaKind.label)
        .where(PropagandaKind.is_deleted.is_(False), PropagandaKind.is_active.is_(True))
        .order_by(PropagandaKind.sort_order, PropagandaKind.id)
    )
    return [(row.id, row.label) for row in rows]


def unit_choices(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(ResponsibleUnit.id, ResponsibleUnit.name)
        .where(ResponsibleUnit.is_deleted.is_(False), ResponsibleUnit.is_active.is_(True))
        .order_by(ResponsibleUnit.sort_order, ResponsibleUnit.id)
    )
    return [(row.id, row.name) for row in rows]
