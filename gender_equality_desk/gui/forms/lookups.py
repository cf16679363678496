"""Read-only lookup the propaganda page needs and the core does not offer yet.

TEMPORARY HOME: a plain query returning rows (no Qt) that belongs in `core/campaigns.py`; kept here,
small and verbatim-movable, until the core grows it. Nothing here writes.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import CampaignKind
from gender_equality_desk.core.store.models import Campaign


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
