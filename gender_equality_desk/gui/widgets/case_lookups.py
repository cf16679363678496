"""Read-only choices the case forms need and the core does not offer yet.

TEMPORARY HOME (like gui/forms/lookups.py): a plain query returning frozen rows, no Qt; they belong in
core/profile.py and core/cases/catalogue.py. Only the seeding of the act list writes.
"""

from __future__ import annotations

from sqlalchemy import select

from gender_equality_desk.core.cases.catalogue import DvActRow, ensure_dv_acts, list_dv_acts
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Village


def village_choices(store: Store) -> list[tuple[int, str]]:
    """(id, name) of the commune's active villages in their usual order."""
    with store.reading() as db:
        query = (
            select(Village.id, Village.name)
            .where(Village.is_deleted.is_(False), Village.is_active.is_(True))
            .order_by(Village.sort_order, Village.name)
        )
        return [(row.id, row.name) for row in db.execute(query)]


def act_choices(store: Store, selected: tuple[int, ...] = ()) -> list[DvActRow]:
    """Active acts of domestic violence, plus any retired act a case being edited still has."""
    with store.transaction() as db:
        ensure_dv_acts(db)  # a new store gets the seeded list the first time a form needs it
        return [act for act in list_dv_acts(db) if act.is_active or act.id in selected]
