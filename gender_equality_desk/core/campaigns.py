"""Campaign services: every year has its Action Month and its annual plan, created on demand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.campaigns import (
    action_month_name,
    action_month_period,
    annual_plan_name,
    campaign_kind_for,
)
from gender_equality_desk.core.domain.themes import theme_for_year
from gender_equality_desk.core.domain.vocabulary import CampaignKind
from gender_equality_desk.core.store.models import Campaign


@dataclass(frozen=True)
class CampaignRow:
    """A campaign as pages see it (never a live ORM object)."""

    id: int
    year: int
    kind: CampaignKind
    name: str
    theme: str
    message: str
    start_date: date
    end_date: date


def to_row(campaign: Campaign) -> CampaignRow:
    return CampaignRow(
        id=campaign.id,
        year=campaign.year,
        kind=campaign.kind,
        name=campaign.name,
        theme=campaign.theme,
        message=campaign.message,
        start_date=campaign.start_date,
        end_date=campaign.end_date,
    )


def _find(session: Session, year: int, kind: CampaignKind) -> Campaign | None:
    return session.scalars(
        select(Campaign)
        .where(Campaign.year == year, Campaign.kind == kind, Campaign.is_deleted.is_(False))
        .order_by(Campaign.id)
        .limit(1)
    ).first()


def ensure_action_month(session: Session, year: int) -> Campaign:
    found = _find(session, year, CampaignKind.ACTION_MONTH)
    if found:
        return found
    start, end = action_month_period(year)
    theme = theme_for_year(year)
    campaign = Campaign(
        year=year,
        kind=CampaignKind.ACTION_MONTH,
        name=action_month_name(year),
        theme=theme.theme,
        message=theme.message,
        start_date=start,
        end_date=end,
    )
    session.add(campaign)
    session.flush()
    return campaign


def ensure_annual_plan(session: Session, year: int) -> Campaign:
    found = _find(session, year, CampaignKind.ANNUAL_PLAN)
    if found:
        return found
    campaign = Campaign(
        year=year,
        kind=CampaignKind.ANNUAL_PLAN,
        name=annual_plan_name(year),
        start_date=date(year, 1, 1),
        end_date=date(year, 12, 31),
    )
    session.add(campaign)
    session.flush()
    return campaign


def default_campaign_for(session: Session, day: date) -> Campaign:
    """Action Month when `day` falls in 15/11–15/12 of its year, otherwise that year's annual plan."""
    if campaign_kind_for(day) is CampaignKind.ACTION_MONTH:
        return ensure_action_month(session, day.year)
    return ensure_annual_plan(session, day.year)
