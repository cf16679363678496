"""A plan as a Decree-30 document: the same `ReportContent` the reports use, so the same PDF and Word
writers lay it out like seeds 002 and 004.

Sections are numbered I, II, III… in the order the officer gave them; numbered items inside a section
(planned activities, unit assignments, theme and period lines) are numbered 1, 2, 3….
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.plans.markup import without_number
from gender_equality_desk.core.plans.model import PlanDetail, PlanInput, PlannedActivityInput, SectionKind
from gender_equality_desk.core.plans.service import load_plan, number_symbol
from gender_equality_desk.core.reports.content import (
    Block,
    CellKind,
    DocumentHeader,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    SignatureBlock,
    Table,
    TableColumn,
    TableRow,
    place_and_date_line,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind, ResponsibleUnit

_ROMAN = (
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number: int) -> str:
    text = ""
    for value, letters in _ROMAN:
        while number >= value:
            text += letters
            number -= value
    return text


def plan_date_line(data: PlanInput) -> str:
    """ "Cao Lâu, ngày 20 tháng 11 năm 2023", or with blanks the leader fills in when signing."""
    if data.issued_on is not None:
        return place_and_date_line(data.place_name, data.issued_on)
    month = "    "
    if data.issue_month is not None:
        month = f"{data.issue_month:02d}" if data.issue_month <= 2 else str(data.issue_month)
    return f"{data.place_name}, ngày     tháng {month} năm {data.year}"


def period_text(data: PlanInput) -> str:
    if data.period_text.strip():
        return data.period_text.strip()
    if data.period_start and data.period_end:
        return f"Từ ngày {format_date(data.period_start)} đến ngày {format_date(data.period_end)}."
    if data.period_end:
        return f"Từ nay đến ngày {format_date(data.period_end)}."
    return ""


def _numbered(number: int, paragraphs: tuple[Paragraph, ...], title: str) -> list[Paragraph]:
    """ "N. title" as a heading over the paragraphs, or "N. " in front of the first paragraph.

    The document numbers the item: a number the officer typed or pasted in front of it ("1. Tổ chức …",
    "3) Công an xã") is replaced, never printed after this one ("2. 1. Tổ chức …")."""
    if title.strip():
        return [
            Paragraph(f"{number}. {without_number(title.strip())}", ParagraphStyle.HEADING_2),
            *paragraphs,
        ]
    if not paragraphs:
        return []
    first, *rest = paragraphs
    return [Paragraph(f"{number}. {without_number(first.text)}", first.style), *rest]


def _dates(item: PlannedActivityInput) -> str:
    start, end = item.start_date, item.end_date
    if start and end and start != end:
        return f"{format_date(start)} – {format_date(end)}"
    day = start or end
    return format_date(day) if day else ""


class _Names:
    """Catalogue names of the plan's units and kinds, read once."""

    def __init__(self, session: Session | None) -> None:
        self._session = session

    def unit(self, item: PlannedActivityInput) -> str:
        names = []
        if item.responsible_unit_id is not None and self._session is not None:
            unit = self._session.get(ResponsibleUnit, item.responsible_unit_id)
            if unit is not None:
                names.append(unit.name)
        if item.responsible_text.strip():
            names.append(item.responsible_text.strip())
        return "; ".join(names)

    def kind(self, item: PlannedActivityInput) -> str:
        if self._session is None:
            return ""
        kind: ActivityKind | PropagandaKind | None = None
        if item.kind_id is not None:
            kind = self._session.get(ActivityKind, item.kind_id)
        elif item.propaganda_kind_id is not None:
            kind = self._session.get(PropagandaKind, item.propaganda_kind_id)
        return kind.label if kind is not None else ""


def _details(item: PlannedActivityInput, names: _Names) -> Paragraph | None:
    parts = []
    if _dates(item):
        parts.append(f"Thời gian: {_dates(item)}")
    if item.place.strip():
        parts.append(f"Địa điểm: {item.place.strip()}")
    if names.unit(item):
        parts.append(f"Đơn vị thực hiện: {names.unit(item)}")
    if item.budget_vnd:
        parts.append(f"Kinh phí dự kiến: {group_thousands(item.budget_vnd)} đồng")
    return Paragraph("; ".join(parts) + ".", ParagraphStyle.NOTE) if parts else None


def schedule_table(data: PlanInput, names: _Names) -> Table:
    """The planned activities at a glance: what, when, where, who, how much (a total at the bottom)."""
    columns = (
        TableColumn("STT", CellKind.INTEGER, 0.5),
        TableColumn("Nội dung hoạt động", width=3.2),
        TableColumn("Thời gian", width=1.5),
        TableColumn("Địa điểm", width=1.4),
        TableColumn("Đơn vị thực hiện", width=1.6),
        TableColumn("Kinh phí (đồng)", CellKind.VND, 1.3, summed=True),
    )
    rows = []
    for number, item in enumerate(data.activities, start=1):
        what = item.title.strip() or (item.body[0].text if item.body else "") or names.kind(item)
        rows.append(TableRow((number, what, _dates(item), item.place, names.unit(item), item.budget_vnd)))
    return Table("BẢNG TIẾN ĐỘ CÁC HOẠT ĐỘNG", columns, tuple(rows), total_label="Tổng cộng")


def _section_blocks(data: PlanInput, kind: SectionKind, names: _Names) -> list[Block]:
    blocks: list[Block] = []
    if kind is SectionKind.THEME_PERIOD:
        lines = []
        if data.theme.strip():
            lines.append(f"Chủ đề: “{data.theme.strip().strip('“”')}”.")
        if data.message.strip():
            lines.append(f"Thông điệp: “{data.message.strip().strip('“”')}”.")
        if period_text(data):
            text = period_text(data)
            lines.append(f"Thời gian: {text[0].lower() + text[1:]}")
        blocks += [Paragraph(f"{n}. {line}") for n, line in enumerate(lines, start=1)]
    elif kind is SectionKind.ACTIVITIES:
        for number, item in enumerate(data.activities, start=1):
            blocks += _numbered(number, item.body, item.title)
            details = _details(item, names)
            if details is not None:
                blocks.append(details)
        if data.show_schedule_table and data.activities:
            blocks.append(schedule_table(data, names))
    elif kind is SectionKind.ORGANISATION:
        for number, assignment in enumerate(data.assignments, start=1):
            blocks += _numbered(number, assignment.body, assignment.unit_name)
    return blocks


def plan_blocks(data: PlanInput, session: Session | None = None) -> tuple[Block, ...]:
    names = _Names(session)
    blocks: list[Block] = list(data.preamble)
    for number, section in enumerate(data.sections, start=1):
        blocks.append(Paragraph(f"{roman(number)}. {section.title}", ParagraphStyle.HEADING_1))
        if section.kind is SectionKind.THEME_PERIOD:
            blocks += _section_blocks(data, section.kind, names)
            blocks += section.body
        else:
            # Free text first (an introduction), then the numbered items of the section.
            blocks += section.body
            blocks += _section_blocks(data, section.kind, names)
    blocks += data.closing
    return tuple(blocks)


def _file_stem(data: PlanInput) -> str:
    kind = "ThangHanhDong" if data.kind.value == "action_month" else "Nam"
    return f"KeHoach_{kind}_{data.year}"


def plan_content(detail: PlanDetail | PlanInput, session: Session | None = None) -> ReportContent:
    data = detail.content if isinstance(detail, PlanDetail) else detail
    header = DocumentHeader(
        issuing_body=data.issuing_body.upper(),
        number_symbol=number_symbol(data.number, data.symbol),
        place_and_date=plan_date_line(data),
        document_type="KẾ HOẠCH",
        subject=data.title,
        parent_body=data.parent_body.upper(),
    )
    recipients = tuple(line if line.startswith("-") else f"- {line}" for line in data.recipients)
    signature = SignatureBlock(recipients, tuple(line.upper() for line in data.authority), data.signer_name)
    return ReportContent(
        header=header,
        blocks=plan_blocks(data, session),
        signature=signature,
        file_stem=_file_stem(data),
        metadata={"title": f"Kế hoạch: {data.title}", "subject": "Kế hoạch"},
    )


def export_plan_pdf(session: Session, plan_id: int, target: Path) -> Path:
    from gender_equality_desk.core.render.pdf import render_pdf

    return render_pdf(plan_content(load_plan(session, plan_id), session), target)


def export_plan_docx(session: Session, plan_id: int, target: Path) -> Path:
    from gender_equality_desk.core.render.docx import render_docx

    return render_docx(plan_content(load_plan(session, plan_id), session), target)
