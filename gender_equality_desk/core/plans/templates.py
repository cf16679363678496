"""New plans from the templates in resources/plan_templates (modelled on seeds 002 and 004).

A template is JSON with the plan's parts as text boxes (core.plans.markup) and placeholders filled from
the commune profile, the year's campaign and the report deadlines: {year}, {commune}, {place},
{receiving_authority}, {start}, {end}, {deadlines}. Planned activities give their dates as "MM-DD" of
the plan's year, their kind as an activity-kind code ("kind") or a propaganda-kind code
("propaganda_kind", for banners or broadcasts; never both), their unit as a responsible-unit code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.campaigns import action_month_period
from gender_equality_desk.core.domain.themes import theme_for_year
from gender_equality_desk.core.domain.vocabulary import CampaignKind
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.plans.deadlines import report_deadlines
from gender_equality_desk.core.plans.markup import parse_paragraphs
from gender_equality_desk.core.plans.model import (
    AssignmentInput,
    PlanInput,
    PlanKind,
    PlannedActivityInput,
    SectionInput,
    SectionKind,
)
from gender_equality_desk.core.plans.service import create_plan
from gender_equality_desk.core.profile import ProfileInput, load_profile
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.reports.naming import commune_in_sentence
from gender_equality_desk.core.store.models import ActivityKind, Campaign, PropagandaKind, ResponsibleUnit
from gender_equality_desk.core.store.reference import responsible_unit_uuid
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

# The names of the templates shipped in resources/plan_templates, marked so that the menu offering them can
# show them in the UI language (`translate(TEMPLATE_CONTEXT, template.label)`). A template's name is read from
# its JSON and stays data: a template added later without a mark here is shown by its own name.
TEMPLATE_CONTEXT = "PlanTemplate"
SHIPPED_TEMPLATE_LABELS = (
    QT_TRANSLATE_NOOP("PlanTemplate", "Kế hoạch Tháng hành động vì bình đẳng giới (cấp xã)"),
    QT_TRANSLATE_NOOP("PlanTemplate", "Kế hoạch thực hiện công tác bình đẳng giới năm (cấp xã)"),
)


@dataclass(frozen=True)
class PlanTemplate:
    code: str
    label: str
    kind: PlanKind


def templates_dir() -> Path:
    return resources_dir() / "plan_templates"


def _read(code: str) -> dict[str, Any]:
    path = templates_dir() / f"{code}.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserFacingError(
            f"Không đọc được mẫu kế hoạch “{path.name}”. Vui lòng cài đặt lại ứng dụng."
        ) from error
    return data


def list_templates() -> list[PlanTemplate]:
    found = []
    for path in sorted(templates_dir().glob("*.json")):
        data = _read(path.stem)
        found.append(PlanTemplate(data["code"], data["label"], PlanKind.of(data["kind"])))
    return found


class _Blanks(dict[str, str]):
    """Unknown placeholders stay as they are, for the officer to see and fill in."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _commune(profile: ProfileInput | None) -> str:
    """ "xã Cao Lâu": lower-case unit word inside a sentence, as every report writes it."""
    return commune_in_sentence(profile.commune_name, profile.issuing_body) if profile else "xã"


def _deadlines_text(session: Session, year: int) -> str:
    days = [f"ngày {d.day:02d}/{d.month}/{year}" for d in report_deadlines(session) if d.is_active]
    return "trước " + " và ".join(days) if days else ""


def _unit_id(session: Session, code: str) -> int | None:
    if not code:
        return None
    return session.scalars(
        select(ResponsibleUnit.id).where(ResponsibleUnit.uuid == responsible_unit_uuid(code))
    ).first()


def _unit_name(session: Session, code: str) -> str:
    unit_id = _unit_id(session, code)
    unit = session.get(ResponsibleUnit, unit_id) if unit_id is not None else None
    return unit.name if unit is not None else code


def _kind_id(session: Session, code: str) -> int | None:
    if not code:
        return None
    return session.scalars(select(ActivityKind.id).where(ActivityKind.code == code)).first()


def _propaganda_kind_id(session: Session, code: str) -> int | None:
    if not code:
        return None
    return session.scalars(select(PropagandaKind.id).where(PropagandaKind.code == code)).first()


def _day(year: int, month_day: str) -> date | None:
    if not month_day:
        return None
    month, day = (int(part) for part in month_day.split("-"))
    return date(year, month, day)


@dataclass(frozen=True)
class _CampaignFacts:
    id: int | None
    theme: str
    message: str
    start_date: date
    end_date: date


def _campaign(session: Session, kind: PlanKind, year: int) -> _CampaignFacts:
    """The year's campaign as stored (the officer may have edited its theme), else its defaults.
    Read only: a draft from a read-only session must not refer to a campaign that was never saved."""
    campaign_kind = CampaignKind.ACTION_MONTH if kind is PlanKind.ACTION_MONTH else CampaignKind.ANNUAL_PLAN
    stored = session.scalars(
        select(Campaign)
        .where(Campaign.year == year, Campaign.kind == campaign_kind, Campaign.is_deleted.is_(False))
        .order_by(Campaign.id)
    ).first()
    if stored is not None:
        return _CampaignFacts(stored.id, stored.theme, stored.message, stored.start_date, stored.end_date)
    if campaign_kind is CampaignKind.ACTION_MONTH:
        theme = theme_for_year(year)
        start, end = action_month_period(year)
        return _CampaignFacts(None, theme.theme, theme.message, start, end)
    return _CampaignFacts(None, "", "", date(year, 1, 1), date(year, 12, 31))


def plan_from_template(session: Session, code: str, year: int) -> PlanInput:
    """A filled-in draft (not saved): the officer reviews it in the editor before saving."""
    data = _read(code)
    kind = PlanKind.of(data["kind"])
    profile = load_profile(session)
    campaign = _campaign(session, kind, year)
    values = _Blanks(
        year=str(year),
        commune=_commune(profile),
        place=profile.place_name if profile else "",
        receiving_authority=profile.receiving_authority if profile else "",
        start=format_date(campaign.start_date),
        end=format_date(campaign.end_date),
        deadlines=_deadlines_text(session, year),
    )

    def fill(text: str) -> str:
        return text.format_map(values)

    def paragraphs(text: str) -> tuple[Any, ...]:
        return parse_paragraphs(fill(text))

    authority = (profile.signing_authority.splitlines() if profile else []) + (
        [profile.signer_title] if profile else []
    )
    return PlanInput(
        year=year,
        kind=kind,
        title=fill(data["title"]),
        issuing_body=profile.issuing_body if profile else "",
        parent_body=profile.parent_body if profile else "",
        place_name=profile.place_name if profile else "",
        campaign_id=campaign.id,  # None until saved: create_plan finds or creates the year's campaign
        preamble=paragraphs(data.get("preamble", "")),
        theme=campaign.theme,
        message=campaign.message,
        period_start=campaign.start_date,
        period_end=campaign.end_date,
        period_text=fill(data.get("period_text", "")),
        sections=tuple(
            SectionInput(
                SectionKind.of(item["kind"]), item.get("heading", ""), paragraphs(item.get("body", ""))
            )
            for item in data["sections"]
        ),
        activities=tuple(
            PlannedActivityInput(
                title=fill(item.get("title", "")),
                body=paragraphs(item.get("body", "")),
                kind_id=_kind_id(session, item.get("kind", "")),
                propaganda_kind_id=_propaganda_kind_id(session, item.get("propaganda_kind", "")),
                start_date=_day(year, item.get("start", "")),
                end_date=_day(year, item.get("end", "")),
                place=fill(item.get("place", "")),
                responsible_unit_id=_unit_id(session, item.get("unit", "")),
                budget_vnd=int(item.get("budget_vnd", 0)),
            )
            for item in data["activities"]
        ),
        assignments=tuple(
            AssignmentInput(
                unit_name=fill(item.get("name", "")) or _unit_name(session, item.get("unit", "")),
                body=paragraphs(item.get("body", "")),
                responsible_unit_id=_unit_id(session, item.get("unit", "")),
            )
            for item in data["assignments"]
        ),
        closing=paragraphs(data.get("closing", "")),
        recipients=tuple(fill(line) for line in data.get("recipients", [])),
        authority=tuple(line.strip() for line in authority if line.strip()),
        signer_name=profile.signer_name if profile else "",
    )


def create_from_template(session: Session, code: str, year: int) -> int:
    return create_plan(session, plan_from_template(session, code, year))
