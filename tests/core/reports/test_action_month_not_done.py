"""The Action Month report lists the planned activities nobody carried out, through the real renderers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
from sqlalchemy import select

from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.plans.model import (
    PlanInput,
    PlanKind,
    PlannedActivityInput,
    SectionInput,
    SectionKind,
)
from gender_equality_desk.core.plans.progress import link_record
from gender_equality_desk.core.plans.service import create_plan, load_plan
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.render.xlsx.workbook import render_xlsx
from gender_equality_desk.core.reports.action_month import action_month_report
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.plan_gaps import ALL_DONE, SECTION_TITLE, TABLE_TITLE
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind, ResponsibleUnit

REPORT_DAY = date(2025, 12, 20)


def _commune(store: Store) -> int:
    """A commune profile; returns a responsible unit's id."""
    with store.transaction() as session:
        save_profile(
            session,
            ProfileInput(
                commune_name="Xã Cao Lâu",
                province_name="Lạng Sơn",
                place_name="Cao Lâu",
                issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
                receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
                signer_name="Vi Văn Thái",
            ),
        )
        return session.scalars(select(ResponsibleUnit.id).order_by(ResponsibleUnit.id)).first() or 0


def _plan(store: Store, unit_id: int) -> tuple[int, ...]:
    plan = PlanInput(
        year=2025,
        kind=PlanKind.ACTION_MONTH,
        title="Kế hoạch Tháng hành động năm 2025",
        issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
        place_name="Cao Lâu",
        sections=(SectionInput(SectionKind.ACTIVITIES),),
        activities=(
            PlannedActivityInput(title="Lễ phát động", start_date=date(2025, 11, 15)),
            PlannedActivityInput(
                title="Hội thi tìm hiểu pháp luật về bình đẳng giới",
                start_date=date(2025, 11, 20),
                end_date=date(2025, 11, 25),
                responsible_unit_id=unit_id,
                responsible_text="Các thôn phối hợp",
            ),
        ),
        period_end=date(2025, 12, 15),
    )
    with store.transaction() as session:
        plan_id = create_plan(session, plan)
    with store.reading() as session:
        return load_plan(session, plan_id).activity_ids


def _carry_out(store: Store, planned_id: int) -> None:
    with store.transaction() as session:
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == "training")).one()
        day = date(2025, 11, 15)
        activity_id = create_activity(
            session,
            ActivityInput(
                kind_id=kind_id,
                title="Lễ phát động Tháng hành động",
                start_at=local_datetime(day, 8),
                end_at=local_datetime(day, 11),
                participants_total=120,
            ),
            today=day,
        )
        link_record(session, planned_id, activity_id=activity_id)


def _report(store: Store) -> ReportContent:
    with store.transaction() as session:
        return action_month_report(session, 2025, day=REPORT_DAY)


def _pdf_text(content: ReportContent, folder: Path) -> str:
    reader = pypdf.PdfReader(render_pdf(content, folder / "am.pdf"))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_not_done_activity_is_a_row_of_the_pdf_and_the_xlsx(store: Store, tmp_path: Path) -> None:
    unit_id = _commune(store)
    planned = _plan(store, unit_id)
    _carry_out(store, planned[0])
    with store.reading() as session:
        unit = session.get(ResponsibleUnit, unit_id)
        assert unit is not None
        unit_name = unit.name
    content = _report(store)

    table = next(t for t in content.tables() if t.title.endswith(TABLE_TITLE))
    assert table.title == f"Biểu 5. {TABLE_TITLE}"  # numbered after the four figure tables
    assert [row.cells for row in table.rows] == [
        (
            1,
            "Hội thi tìm hiểu pháp luật về bình đẳng giới",
            "20/11/2025 – 25/11/2025",
            f"{unit_name}; Các thôn phối hợp",
            "",
        )
    ]
    text = _pdf_text(content, tmp_path)
    assert SECTION_TITLE in text and table.title in text
    assert "Hội thi tìm hiểu pháp luật về bình đẳng giới" in text
    assert "20/11/2025 – 25/11/2025" in text
    assert "Lý do chưa thực hiện" in text
    assert "Lễ phát động" not in text.split(SECTION_TITLE)[-1]  # done: not listed
    assert ALL_DONE not in text

    book = openpyxl.load_workbook(render_xlsx(content, tmp_path / "am.xlsx"))
    sheet = book["Chưa thực hiện"]
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    assert "Hội thi tìm hiểu pháp luật về bình đẳng giới" in values
    assert f"{unit_name}; Các thôn phối hợp" in values


def test_when_everything_planned_was_done_one_sentence_says_so(store: Store, tmp_path: Path) -> None:
    unit_id = _commune(store)
    planned = _plan(store, unit_id)
    for planned_id in planned:
        _carry_out(store, planned_id)
    content = _report(store)

    assert all(not t.title.endswith(TABLE_TITLE) for t in content.tables())
    assert ALL_DONE in _pdf_text(content, tmp_path)


def test_no_action_month_plan_no_section(store: Store) -> None:
    _commune(store)
    content = _report(store)
    assert all(not t.title.endswith(TABLE_TITLE) for t in content.tables())
    assert not any(ALL_DONE in getattr(block, "text", "") for block in content.blocks)
