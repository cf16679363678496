"""Plan services: create, update, load, list, soft delete, and next year's plan from this year's.

Each runs in the caller's unit of work (`store.transaction()`); a refused save raises
InvalidRecordError with every problem and leaves nothing behind.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core import campaigns
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.checks import check_plan
from gender_equality_desk.core.plans.model import (
    AssignmentInput,
    PlanDetail,
    PlanInput,
    PlanKind,
    PlannedActivityInput,
    PlanRow,
    SectionInput,
    SectionKind,
    paragraphs_from_json,
    paragraphs_to_json,
)
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.models import Campaign
from gender_equality_desk.core.store.plan_models import Plan, PlanAssignment, PlannedActivity, PlanSection


def number_symbol(number: str, symbol: str) -> str:
    """ "Số: 45/KH-UBND", or "Số:      /KH-UBND" with room for the number the văn thư writes in."""
    return f"Số: {number.strip() or '      '}/{symbol.strip()}"


def _plan_or_error(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.is_deleted:
        raise UserFacingError("Không tìm thấy kế hoạch này (có thể đã bị xóa). Vui lòng tải lại danh sách.")
    return plan


def _campaign_for(session: Session, data: PlanInput) -> int | None:
    if data.campaign_id is not None:
        return data.campaign_id
    if data.kind is PlanKind.ACTION_MONTH:
        return campaigns.ensure_action_month(session, data.year).id
    if data.kind is PlanKind.ANNUAL:
        return campaigns.ensure_annual_plan(session, data.year).id
    return None


def _validated(session: Session, data: PlanInput) -> PlanInput:
    result = check_plan(session, data)
    if not result.ok:
        raise InvalidRecordError(result)
    return data


def _write(session: Session, plan: Plan, data: PlanInput) -> None:
    plan.year = data.year
    plan.kind = data.kind.value
    plan.campaign_id = _campaign_for(session, data)
    plan.parent_body = data.parent_body.strip()
    plan.issuing_body = data.issuing_body.strip()
    plan.number = data.number.strip()
    plan.symbol = data.symbol.strip()
    plan.place_name = data.place_name.strip()
    plan.issued_on = data.issued_on
    plan.issue_month = data.issue_month
    plan.title = " ".join(data.title.split())
    plan.preamble = paragraphs_to_json(data.preamble)
    plan.theme = data.theme.strip()
    plan.message = data.message.strip()
    plan.period_start = data.period_start
    plan.period_end = data.period_end
    plan.period_text = data.period_text.strip()
    plan.closing = paragraphs_to_json(data.closing)
    plan.recipients = "\n".join(line.strip() for line in data.recipients if line.strip())
    plan.authority = "\n".join(line.strip() for line in data.authority if line.strip())
    plan.signer_name = data.signer_name.strip()
    plan.show_schedule_table = data.show_schedule_table

    plan.sections = [
        PlanSection(
            kind=s.kind.value, heading=s.heading.strip(), body=paragraphs_to_json(s.body), sort_order=i
        )
        for i, s in enumerate(data.sections)
    ]
    plan.assignments = [
        PlanAssignment(
            unit_name=a.unit_name.strip(),
            responsible_unit_id=a.responsible_unit_id,
            body=paragraphs_to_json(a.body),
            sort_order=i,
        )
        for i, a in enumerate(data.assignments)
    ]
    # Planned activities keep their id (and so their links to what was done) when edited.
    existing = {row.id: row for row in plan.activities}
    rows: list[PlannedActivity] = []
    for order, item in enumerate(data.activities):
        row = existing.pop(item.id, None) if item.id is not None else None
        row = row or PlannedActivity()
        row.sort_order = order
        row.kind_id = item.kind_id
        row.propaganda_kind_id = item.propaganda_kind_id
        row.title = item.title.strip()
        row.body = paragraphs_to_json(item.body)
        row.start_date = item.start_date
        row.end_date = item.end_date
        row.place = item.place.strip()
        row.responsible_unit_id = item.responsible_unit_id
        row.responsible_text = item.responsible_text.strip()
        row.budget_vnd = item.budget_vnd
        rows.append(row)
    plan.activities = rows


def create_plan(session: Session, data: PlanInput) -> int:
    plan = Plan()
    _write(session, plan, _validated(session, data))
    session.add(plan)
    session.flush()
    return plan.id


def update_plan(session: Session, plan_id: int, data: PlanInput) -> None:
    plan = _plan_or_error(session, plan_id)
    _write(session, plan, _validated(session, data))
    plan.updated_at = utc_now()
    session.flush()


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line.strip())


def load_plan(session: Session, plan_id: int) -> PlanDetail:
    plan = _plan_or_error(session, plan_id)
    content = PlanInput(
        year=plan.year,
        kind=PlanKind.of(plan.kind),
        title=plan.title,
        issuing_body=plan.issuing_body,
        place_name=plan.place_name,
        number=plan.number,
        symbol=plan.symbol,
        parent_body=plan.parent_body,
        issued_on=plan.issued_on,
        issue_month=plan.issue_month,
        campaign_id=plan.campaign_id,
        preamble=paragraphs_from_json(plan.preamble),
        theme=plan.theme,
        message=plan.message,
        period_start=plan.period_start,
        period_end=plan.period_end,
        period_text=plan.period_text,
        sections=tuple(
            SectionInput(SectionKind.of(s.kind), s.heading, paragraphs_from_json(s.body))
            for s in plan.sections
        ),
        activities=tuple(
            PlannedActivityInput(
                title=a.title,
                body=paragraphs_from_json(a.body),
                kind_id=a.kind_id,
                propaganda_kind_id=a.propaganda_kind_id,
                start_date=a.start_date,
                end_date=a.end_date,
                place=a.place,
                responsible_unit_id=a.responsible_unit_id,
                responsible_text=a.responsible_text,
                budget_vnd=a.budget_vnd,
                id=a.id,
            )
            for a in plan.activities
        ),
        assignments=tuple(
            AssignmentInput(a.unit_name, paragraphs_from_json(a.body), a.responsible_unit_id)
            for a in plan.assignments
        ),
        closing=paragraphs_from_json(plan.closing),
        recipients=_lines(plan.recipients),
        authority=_lines(plan.authority),
        signer_name=plan.signer_name,
        show_schedule_table=plan.show_schedule_table,
    )
    return PlanDetail(plan.id, content, tuple(a.id for a in plan.activities))


def list_plans(session: Session, as_of: date) -> list[PlanRow]:
    """Live plans, newest year first, with how many planned activities are done / overdue / waiting for
    confirmation as of `as_of`."""
    from gender_equality_desk.core.plans.progress import ActivityProgress, year_progress

    plans = session.scalars(
        select(Plan).where(Plan.is_deleted.is_(False)).order_by(Plan.year.desc(), Plan.id.desc())
    ).all()
    by_year: dict[int, dict[int, list[ActivityProgress]]] = {}
    rows: list[PlanRow] = []
    for plan in plans:
        if plan.year not in by_year:
            by_year[plan.year] = year_progress(session, plan.year, as_of)
        statuses = [item.status.value for item in by_year[plan.year].get(plan.id, [])]
        rows.append(
            PlanRow(
                id=plan.id,
                year=plan.year,
                kind=PlanKind.of(plan.kind),
                number_symbol=number_symbol(plan.number, plan.symbol).removeprefix("Số: ").strip(),
                title=plan.title,
                planned=len(statuses),
                done=statuses.count("done"),
                overdue=statuses.count("overdue"),
                matched=statuses.count("matched"),
            )
        )
    return rows


def delete_plan(session: Session, plan_id: int) -> None:
    """Soft delete: the plan leaves the list; `restore_plan` brings it back with its links."""
    plan = _plan_or_error(session, plan_id)
    plan.is_deleted = True
    plan.deleted_at = utc_now()


def restore_plan(session: Session, plan_id: int) -> None:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise UserFacingError("Không tìm thấy kế hoạch cần khôi phục.")
    plan.is_deleted = False
    plan.deleted_at = None


def shift_year(day: date | None, years: int = 1) -> date | None:
    """The same day `years` later; 29/02 becomes 28/02 in a common year."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _next_year_text(text: str, year: int) -> str:
    """Years of the plan in the subject or period become the next year ("năm 2023" → "năm 2024")."""
    return re.sub(rf"(?<!\d){year}(?!\d)", str(year + 1), text)


def duplicate_from_previous_year(session: Session, plan_id: int) -> int:
    """A draft for the next year: same sections, activities and assignments, every date one year later.

    The new plan has no number and no issue date yet (the văn thư gives them), no links to what was done,
    and the theme and message of the next year's campaign when the catalogue already has them.
    """
    source = load_plan(session, plan_id).content
    year = source.year + 1
    draft = replace(
        source,
        year=year,
        campaign_id=None,
        number="",
        issued_on=None,
        issue_month=None,
        title=_next_year_text(source.title, source.year),
        period_start=shift_year(source.period_start),
        period_end=shift_year(source.period_end),
        period_text=_next_year_text(source.period_text, source.year),
        activities=tuple(
            replace(a, id=None, start_date=shift_year(a.start_date), end_date=shift_year(a.end_date))
            for a in source.activities
        ),
    )
    campaign_id = _campaign_for(session, draft)
    if campaign_id is not None:
        campaign = session.get(Campaign, campaign_id)
        if campaign is not None and campaign.theme:
            draft = replace(draft, theme=campaign.theme, message=campaign.message or draft.message)
    return create_plan(session, replace(draft, campaign_id=campaign_id))
