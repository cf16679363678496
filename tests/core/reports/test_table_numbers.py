"""Biểu 1, Biểu 2 … appear in increasing order in every report kind: in the content, in the PDF's text and
in the order of the XLSX sheets (the Action Month report once printed Biểu 2 before Biểu 1)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest
from sqlalchemy import select

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.model import PlannedActivityInput
from gender_equality_desk.core.plans.service import load_plan, update_plan
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.render.xlsx import render_xlsx
from gender_equality_desk.core.reports.content import Paragraph, Table
from gender_equality_desk.core.reports.numbering import number_tables, table_numbers
from gender_equality_desk.core.reports.registry import ReportKind, ReportRequest, build_report
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.plan_models import Plan

NUMBER_IN_TEXT = re.compile(r"Biểu (\d+)\. ")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("numbers")))
    generate_demo(store, years=2, scale=1, seed=21, as_of=date(2026, 12, 20))
    # The demo commune carried out its whole 2025 plan; one more planned item nobody held gives the
    # report its table of what was not done.
    with store.transaction() as session:
        plan_id = session.scalars(select(Plan.id).where(Plan.year == 2025)).one()
        plan = load_plan(session, plan_id).content
        contest = PlannedActivityInput(title="Hội thi tìm hiểu pháp luật về bình đẳng giới")
        update_plan(session, plan_id, replace(plan, activities=(*plan.activities, contest)))
    yield store
    store.close()


def _in_order(numbers: list[int]) -> bool:
    return numbers == list(range(1, len(numbers) + 1))


@pytest.mark.parametrize("kind", list(ReportKind))
def test_table_numbers_follow_the_order_of_appearance(demo: Store, tmp_path: Path, kind: ReportKind) -> None:
    with demo.transaction() as session:
        content = build_report(session, ReportRequest(kind, 2025, day=date(2025, 12, 20)))
    titles = [table.title for table in content.tables()]
    numbers = table_numbers(titles)
    assert _in_order(numbers), titles
    if kind is ReportKind.ACTION_MONTH:
        assert numbers == [1, 2, 3, 4, 5]  # activities, propaganda, budget, indicators, planned not done
        assert titles[0] == "Biểu 1. Hoạt động hưởng ứng và số người tham gia chia theo giới tính"
        assert titles[1] == "Biểu 2. Hoạt động tuyên truyền"
        headings = [b.text for b in content.blocks if isinstance(b, Paragraph) and b.text[:2] in ("2.", "3.")]
        assert headings == ["2. Các hoạt động hưởng ứng", "3. Công tác tuyên truyền"]  # sections in step

    reader = pypdf.PdfReader(render_pdf(content, tmp_path / "r.pdf"))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert [int(n) for n in NUMBER_IN_TEXT.findall(text)] == numbers

    book = openpyxl.load_workbook(render_xlsx(content, tmp_path / "r.xlsx"))
    sheet_titles = [str(sheet["A2"].value) for sheet in book.worksheets[1:]]  # after the document's sheet
    assert sheet_titles == titles
    assert table_numbers(sheet_titles) == numbers


def test_a_number_typed_into_a_title_is_refused() -> None:
    table = Table(title="Biểu 2. Hoạt động tuyên truyền", columns=(), rows=())
    with pytest.raises(ValueError, match="already carries a number"):
        number_tables([table])
    plain = Table(title="Hoạt động", columns=(), rows=())
    numbered = number_tables([Paragraph("x"), plain, Paragraph("y"), plain])
    assert [b.title for b in numbered if isinstance(b, Table)] == ["Biểu 1. Hoạt động", "Biểu 2. Hoạt động"]
