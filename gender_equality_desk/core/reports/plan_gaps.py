"""The Action Month report's "what the plan planned and nobody carried out" section.

The officer's superiors read the result report against the plan: listing the planned activities that
were not done (with a blank reason column the officer fills in by hand or in the XLSX) answers the
first question they ask; when everything was done, one sentence says so.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import CampaignKind
from gender_equality_desk.core.plans.progress import ActivityProgress, action_month_not_done
from gender_equality_desk.core.reports.content import (
    Block,
    CellKind,
    Paragraph,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.models import ResponsibleUnit
from gender_equality_desk.core.store.plan_models import Plan, PlannedActivity

SECTION_TITLE = "Các hoạt động theo kế hoạch chưa thực hiện"
TABLE_TITLE = f"Biểu 4. {SECTION_TITLE}"  # after Biểu 1–3 of the Action Month report
ALL_DONE = "Các hoạt động theo kế hoạch của xã đã được triển khai thực hiện đầy đủ."
NOT_DONE_COLUMNS = (
    TableColumn("STT", CellKind.INTEGER, width=0.5),
    TableColumn("Hoạt động theo kế hoạch", width=3.2),
    TableColumn("Thời gian", width=1.5),
    TableColumn("Đơn vị chủ trì", width=1.6),
    TableColumn("Lý do chưa thực hiện", width=1.8),
)


def _time(row: PlannedActivity, due: date) -> str:
    start, end = row.start_date, row.end_date
    if start and end and start != end:
        return f"{format_date(start)} – {format_date(end)}"
    # No date in the plan: the plan's period end is when it was due.
    return format_date(start or end or due)


def _unit(session: Session, row: PlannedActivity) -> str:
    names = []
    if row.responsible_unit_id is not None:
        unit = session.get(ResponsibleUnit, row.responsible_unit_id)
        if unit is not None:
            names.append(unit.name)
    if row.responsible_text.strip():
        names.append(row.responsible_text.strip())
    return "; ".join(names)


def _row(session: Session, number: int, item: ActivityProgress) -> TableRow:
    planned = session.get(PlannedActivity, item.planned_activity_id)
    time = _time(planned, item.due) if planned is not None else format_date(item.due)
    unit = _unit(session, planned) if planned is not None else ""
    return TableRow((number, item.label, time, unit, ""))


def not_done_blocks(session: Session, year: int, as_of: date, heading: Paragraph) -> list[Block]:
    """`heading`, then the table of planned activities not done as of `as_of`, or the all-done sentence.

    Nothing at all when the year has no Action Month plan: there is nothing to compare with.
    """
    missing = action_month_not_done(session, year, as_of)
    if not missing:
        return [heading, Paragraph(ALL_DONE)] if _has_plan(session, year) else []
    table = Table(
        title=TABLE_TITLE,
        columns=NOT_DONE_COLUMNS,
        rows=tuple(_row(session, number, item) for number, item in enumerate(missing, start=1)),
        sheet_name="Chưa thực hiện",
    )
    intro = Paragraph(
        f"Còn {len(missing)} hoạt động theo kế hoạch chưa thực hiện (chi tiết tại biểu dưới đây)."
    )
    return [heading, intro, table]


def _has_plan(session: Session, year: int) -> bool:
    count = session.scalar(
        select(func.count(Plan.id)).where(
            Plan.is_deleted.is_(False), Plan.year == year, Plan.kind == CampaignKind.ACTION_MONTH.value
        )
    )
    return bool(count)
