"""Read-only lookups the propaganda page needs and the core does not offer yet.

TEMPORARY HOME: these are plain queries returning frozen rows (no Qt) and belong in the core
(`core/slogans.py`, `core/campaigns.py`); they are kept here, small and verbatim-movable, until the
core grows them. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import CampaignKind
from gender_equality_desk.core.store.models import Campaign, Slogan


@dataclass(frozen=True)
class SloganChoice:
    id: int
    text: str
    year: int | None
    theme_group: str
    is_favourite: bool


def slogan_choices(session: Session, this_year: int) -> list[SloganChoice]:
    """The slogan library for a picker: favourites first, then this year's, then newest years first."""
    rows = list(session.scalars(select(Slogan).where(Slogan.is_deleted.is_(False))))
    rows.sort(key=lambda r: (not r.is_favourite, r.year != this_year, -(r.year or 0), r.sort_order, r.id))
    return [SloganChoice(row.id, row.text, row.year, row.theme_group, row.is_favourite) for row in rows]


def campaign_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every campaign for a filter: newest year first, the Action Month before the plan."""
    kind_order = {CampaignKind.ACTION_MONTH: 0, CampaignKind.ANNUAL_PLAN: 1, CampaignKind.OTHER: 2}
    rows = list(
        session.execute(
            select(Campaign.id, Campaign.name, Campaign.year, Campaign.kind).where(
                Campaign.is_deleted.is_(False)
            )
        )
    )
    rows.sort(key=lambda row: (-row.year, kind_order.get(row.kind, 3), row.id))
    return [(row.id, row.name) for row in rows]
