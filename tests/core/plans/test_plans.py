"""Plan services: validation, edits keep planned activities and their links, templates, next year's plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from gender_equality_desk.core.plans.document import export_plan_pdf, plan_content
from gender_equality_desk.core.plans.markup import format_paragraphs, parse_paragraphs
from gender_equality_desk.core.plans.model import PlanInput, PlanKind, PlannedActivityInput, SectionKind
from gender_equality_desk.core.plans.progress import link_record, plan_progress
from gender_equality_desk.core.plans.service import (
    create_plan,
    delete_plan,
    duplicate_from_previous_year,
    list_plans,
    load_plan,
    restore_plan,
    update_plan,
)
from gender_equality_desk.core.plans.templates import create_from_template, list_templates, plan_from_template
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle
from gender_equality_desk.core.store.engine import Store

from .conftest import record_activity


def test_text_boxes_read_headings_bullets_and_paragraphs() -> None:
    text = (
        "1. Mục đích:\n"
        "Tạo thêm sức lan tỏa.\n"
        "- Tuyên truyền lưu động;\n"
        "a) Tại các thôn\n"
        "1. Tổ chức tuyên truyền về chủ đề, thông điệp và các hoạt động của Tháng hành động.\n"
        "# Phân công cụ thể.\n"
        "> 2. Một đoạn văn bắt đầu bằng số\n"
    )
    paragraphs = parse_paragraphs(text)
    assert [p.style for p in paragraphs] == [
        ParagraphStyle.HEADING_2,
        ParagraphStyle.BODY,
        ParagraphStyle.BULLET,
        ParagraphStyle.HEADING_3,
        ParagraphStyle.BODY,
        ParagraphStyle.HEADING_2,
        ParagraphStyle.BODY,
    ]
    assert paragraphs[2].text == "Tuyên truyền lưu động;"
    assert paragraphs[5].text == "Phân công cụ thể."
    assert parse_paragraphs(format_paragraphs(paragraphs)) == paragraphs
    odd = (Paragraph("- không phải gạch đầu dòng"), Paragraph("Đề mục không số", ParagraphStyle.HEADING_2))
    assert parse_paragraphs(format_paragraphs(odd)) == odd


def _draft(store: Store, code: str = "action_month", year: int = 2025) -> PlanInput:
    with store.reading() as session:
        return plan_from_template(session, code, year)


@pytest.mark.parametrize("code", ["action_month", "annual"])
def test_templates_fill_in_the_commune_and_year(commune: Store, tmp_path: Path, code: str) -> None:
    assert {t.code for t in list_templates()} == {"action_month", "annual"}
    with commune.transaction() as session:
        plan_id = create_from_template(session, code, 2025)
    with commune.reading() as session:
        plan = load_plan(session, plan_id).content
        pdf = export_plan_pdf(session, plan_id, tmp_path / "plan.pdf")
    assert "2025" in plan.title and "{" not in plan.title
    assert plan.issuing_body == "ỦY BAN NHÂN DÂN XÃ CAO LÂU" and plan.signer_name == "Vi Văn Thái"
    assert plan.activities and all(a.start_date and a.start_date.year == 2025 for a in plan.activities)
    assert any(a.responsible_unit_id is not None for a in plan.activities)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "{" not in text and "Sở Nội vụ tỉnh Lạng Sơn" in text and "Ủy ban nhân dân xã Cao Lâu" in text
    if code == "annual":
        assert "trước ngày 05/6/2025 và ngày 10/12/2025" in " ".join(text.split())
    else:
        assert "Thời gian: từ ngày 15/11/2025 đến ngày 15/12/2025." in " ".join(text.split())


def test_invalid_plan_is_refused_with_vietnamese_messages(commune: Store) -> None:
    draft = _draft(commune)
    bad = replace(
        draft,
        title=" ",
        activities=(
            *draft.activities,
            PlannedActivityInput(start_date=date(2025, 12, 1), end_date=date(2025, 11, 1), budget_vnd=-5),
        ),
    )
    with pytest.raises(InvalidRecordError) as raised, commune.transaction() as session:
        create_plan(session, bad)
    errors = raised.value.result.errors
    number = len(draft.activities) + 1
    assert errors["title"].startswith("Chưa nhập tên (trích yếu) kế hoạch")
    assert errors[f"activities.{number - 1}.title"].startswith(f"Hoạt động số {number} chưa có nội dung")
    assert (
        "Ngày kết thúc (01/11/2025) trước ngày bắt đầu (01/12/2025)"
        in errors[f"activities.{number - 1}.end_date"]
    )
    assert "số âm" in errors[f"activities.{number - 1}.budget_vnd"]
    with commune.reading() as session:
        assert list_plans(session, date(2025, 11, 20)) == []  # nothing half-saved


def test_editing_keeps_planned_activities_and_their_links(commune: Store) -> None:
    draft = _draft(commune)
    with commune.transaction() as session:
        plan_id = create_plan(session, draft)
    with commune.reading() as session:
        saved = load_plan(session, plan_id)
    done_id = record_activity(commune, "Lễ phát động Tháng hành động", date(2025, 11, 15))
    with commune.transaction() as session:
        link_record(session, saved.activity_ids[0], activity_id=done_id)
    # The officer moves the first activity to the end, edits it and removes the second one.
    first, _second, *rest = saved.content.activities
    edited = replace(saved.content, activities=(*rest, replace(first, place="Nhà văn hóa thôn Nà Làng")))
    with commune.transaction() as session:
        update_plan(session, plan_id, edited)
    with commune.reading() as session:
        after = load_plan(session, plan_id)
        progress = plan_progress(session, plan_id, date(2025, 11, 20))
    assert after.activity_ids[-1] == saved.activity_ids[0]
    assert saved.activity_ids[1] not in after.activity_ids
    assert after.content.activities[-1].place == "Nhà văn hóa thôn Nà Làng"
    assert [p.linked[0].record_id for p in progress if p.linked] == [done_id]
    assert progress[-1].number == len(rest) + 1


def test_soft_delete_hides_and_restore_brings_back(commune: Store) -> None:
    with commune.transaction() as session:
        plan_id = create_plan(session, _draft(commune))
        delete_plan(session, plan_id)
    with commune.reading() as session:
        assert list_plans(session, date(2025, 1, 1)) == []
    with commune.transaction() as session:
        restore_plan(session, plan_id)
    with commune.reading() as session:
        assert [row.id for row in list_plans(session, date(2025, 1, 1))] == [plan_id]


def test_next_years_plan_shifts_every_date_by_a_year(commune: Store) -> None:
    draft = replace(
        _draft(commune, "action_month", 2023),
        number="45",
        issued_on=date(2023, 11, 10),
        period_text="Từ nay đến ngày 15/12/2023.",
        activities=(
            PlannedActivityInput(title="Họp dân", start_date=date(2024, 2, 29), end_date=date(2024, 2, 29)),
        ),
    )
    with commune.transaction() as session:
        old_id = create_plan(session, draft)
        new_id = duplicate_from_previous_year(session, old_id)
    with commune.reading() as session:
        new = load_plan(session, new_id).content
        old = load_plan(session, old_id).content
    assert new.year == 2024 and new.kind is PlanKind.ACTION_MONTH
    assert new.title.endswith("năm 2024") and old.title.endswith("năm 2023")
    assert new.period_text == "Từ nay đến ngày 15/12/2024."
    assert (new.period_start, new.period_end) == (date(2024, 11, 15), date(2024, 12, 15))
    assert new.activities[0].start_date == date(2025, 2, 28)  # 29/02 has no twin in 2025
    assert new.number == "" and new.issued_on is None
    assert new.campaign_id != old.campaign_id
    assert [s.kind for s in new.sections] == [s.kind for s in old.sections]
    assert new.assignments == old.assignments


def test_schedule_table_totals_the_budget(commune: Store) -> None:
    draft = replace(
        _draft(commune),
        show_schedule_table=True,
        activities=(
            PlannedActivityInput(title="Lễ phát động", budget_vnd=1_500_000, start_date=date(2025, 11, 15)),
            PlannedActivityInput(title="Treo băng rôn", budget_vnd=2_000_000),
        ),
    )
    content = plan_content(draft)
    (table,) = content.tables()
    assert table.totals()[-1] == 3_500_000
    assert [row.cells[1] for row in table.rows] == ["Lễ phát động", "Treo băng rôn"]
    headings = [
        b.text for b in content.blocks if isinstance(b, Paragraph) and b.style is ParagraphStyle.HEADING_1
    ]
    assert headings[0].startswith("I. ") and any(SectionKind.ACTIVITIES.label in h for h in headings)
