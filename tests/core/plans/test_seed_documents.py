"""Seeds 002 and 004 retyped through the plan service come out as PDF and Word documents that hold every
heading and line of the seed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from gender_equality_desk.core.plans.document import export_plan_docx, export_plan_pdf
from gender_equality_desk.core.plans.model import PlanInput
from gender_equality_desk.core.plans.service import create_plan, load_plan
from gender_equality_desk.core.store.engine import Store

from .seed_plans import SEED_002, SEED_004, seed_002, seed_004, seed_text

SEEDS = {"002": (seed_002, SEED_002), "004": (seed_004, SEED_004)}


def normalised(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


def seed_lines(path: Path) -> list[str]:
    return [normalised(line) for line in seed_text(path).splitlines() if line.strip()]


def saved(store: Store, plan: PlanInput) -> int:
    with store.transaction() as session:
        plan_id = create_plan(session, plan)
    with store.reading() as session:
        loaded = load_plan(session, plan_id).content
    # Nothing lost on the way through the store; the plan got its year's campaign and row ids.
    assert loaded.campaign_id is not None and all(a.id is not None for a in loaded.activities)
    without_ids = tuple(replace(a, id=None) for a in loaded.activities)
    assert replace(loaded, campaign_id=None, activities=without_ids) == plan
    return plan_id


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_retyped_seed_pdf_holds_every_line(store: Store, tmp_path: Path, seed: str) -> None:
    make, path = SEEDS[seed]
    plan_id = saved(store, make())
    with store.reading() as session:
        pdf = export_plan_pdf(session, plan_id, tmp_path / "plan.pdf")
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    # Pages 2… start with their number (top margin): drop it, a paragraph may run on across the break.
    assert all(re.match(rf"\s*{number}\s*\n", page) for number, page in enumerate(pages[1:], start=2))
    text = normalised(" ".join(re.sub(r"^\s*\d+\s*\n", "", page) for page in pages))
    lines = seed_lines(path)
    missing = [line for line in lines if line not in text]
    assert missing == []
    # Nothing printed twice: every paragraph of the seed appears as often as in the seed.
    paragraphs = [line for line in lines if len(line) > 30]
    assert [line for line in paragraphs if text.count(line) != lines.count(line)] == []
    # Headings keep the seed's order.
    headings = [line for line in seed_lines(path) if re.match(r"^[IVX]+\. ", line)]
    positions = [text.index(heading) for heading in headings]
    assert len(headings) >= 4 and positions == sorted(positions)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_retyped_seed_docx_holds_the_same_headings_and_lines(store: Store, tmp_path: Path, seed: str) -> None:
    make, path = SEEDS[seed]
    plan_id = saved(store, make())
    with store.reading() as session:
        target = export_plan_docx(session, plan_id, tmp_path / "plan.docx")
    document = docx.Document(str(target))
    paragraphs = [normalised(p.text) for p in document.paragraphs]
    cells = [
        normalised(p.text) for table in document.tables for cell in table._cells for p in cell.paragraphs
    ]
    everything = normalised(" ".join(paragraphs + cells))
    lines = seed_lines(path)
    assert [line for line in lines if line not in everything] == []
    headings = [line for line in lines if re.match(r"^[IVX]+\. ", line)]
    bold_headings = [
        normalised(p.text)
        for p in document.paragraphs
        if p.runs and all(run.bold for run in p.runs if run.text)
    ]
    assert headings and all(heading in bold_headings for heading in headings)
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15
    assert document.paragraphs[0].runs[0].font.name == "Times New Roman"
