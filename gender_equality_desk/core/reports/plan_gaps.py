"""The Action Month report's "what the plan planned and nobody carried out" section.

The officer's superiors read the result report against the plan: listing the planned activities that
were not done (with a blank reason column the officer fills in by hand or in the XLSX) answers the
first question they ask; when everything was done, one sentence says so.

The report never calls "not done" what its own tables count as done: a planned activity with nothing
linked but a record of its kind done in its time — an activity of its activity kind (Biểu 1) or a
propaganda event of its propaganda kind (Biểu 2) — is named apart, with that record, until the officer
links it on the Kế hoạch page (core.plans.progress: status MATCHED).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import CampaignKind
from gender_equality_desk.core.plans.progress import (
    ActivityProgress,
    LinkCandidate,
    RecordKind,
    action_month_gaps,
)
from gender_equality_desk.core.reports.content import (
    Block,
    CellKind,
    Paragraph,
    ParagraphStyle,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.models import ResponsibleUnit
from gender_equality_desk.core.store.plan_models import Plan, PlannedActivity

SECTION_TITLE = "Các hoạt động theo kế hoạch chưa thực hiện"
TABLE_TITLE = SECTION_TITLE  # numbered "Biểu N." where the report is assembled
ALL_DONE = "Các hoạt động theo kế hoạch của xã đã được triển khai thực hiện đầy đủ."
MATCHED_INTRO = (
    "Có {n} hoạt động theo kế hoạch đã được thực hiện qua hoạt động cùng loại trong thời gian kế hoạch, "
    "chưa liên kết với kế hoạch:"
)
# An activity was organised (a ceremony, a training); a propaganda event was carried out (banners hung,
# broadcasts made).
MATCHED_VERB = {RecordKind.ACTIVITY: "đã tổ chức", RecordKind.PROPAGANDA: "đã thực hiện"}
REST_DONE = "Các hoạt động còn lại theo kế hoạch đã được triển khai thực hiện."
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


def _matched(item: ActivityProgress, record: LinkCandidate) -> Paragraph:
    return Paragraph(
        f"{item.label}: {MATCHED_VERB[record.kind]} “{record.title}” ngày {format_date(record.day)}.",
        ParagraphStyle.BULLET,
    )


def not_done_blocks(session: Session, year: int, as_of: date, heading: Paragraph) -> list[Block]:
    """`heading`, then the table of planned activities not done as of `as_of` and the ones a same-kind
    record probably carried out, or the all-done sentence.

    Nothing at all when the year has no Action Month plan: there is nothing to compare with.
    """
    gaps = action_month_gaps(session, year, as_of)
    missing, matched = gaps.not_done, gaps.matched_by_kind
    if not missing and not matched:
        return [heading, Paragraph(ALL_DONE)] if _has_plan(session, year) else []
    blocks: list[Block] = [heading]
    if missing:
        intro = f"Còn {len(missing)} hoạt động theo kế hoạch chưa thực hiện (chi tiết tại biểu dưới đây)."
        blocks.append(Paragraph(intro))
        blocks.append(
            Table(
                title=TABLE_TITLE,
                columns=NOT_DONE_COLUMNS,
                rows=tuple(_row(session, number, item) for number, item in enumerate(missing, start=1)),
                sheet_name="Chưa thực hiện",
            )
        )
    if matched:
        blocks.append(Paragraph(MATCHED_INTRO.format(n=len(matched))))
        blocks.extend(_matched(item, record) for item, record in matched)
    if not missing:
        blocks.append(Paragraph(REST_DONE))
    return blocks


def _has_plan(session: Session, year: int) -> bool:
    count = session.scalar(
        select(func.count(Plan.id)).where(
            Plan.is_deleted.is_(False), Plan.year == year, Plan.kind == CampaignKind.ACTION_MONTH.value
        )
    )
    return bool(count)
