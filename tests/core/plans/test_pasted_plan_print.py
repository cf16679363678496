"""A plan filled by pasting from Word and from a PDF prints without doubled numbers, empty bullets, stray
bullet signs or floating accents (the PDF's text read back with pypdf)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from gender_equality_desk.core.plans.document import plan_content
from gender_equality_desk.core.plans.model import (
    AssignmentInput,
    PlanInput,
    PlanKind,
    PlannedActivityInput,
    SectionInput,
    SectionKind,
)
from gender_equality_desk.core.plans.pasted_text import pasted_paragraphs
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.reports.content import Paragraph

# Each planned activity pasted from the Word plan, its number included ("1.\t…"): the plan numbers its
# activities itself.
ACTIVITIES = (
    "1.\tTổ chức tuyên truyền về chủ đề, thông điệp của Tháng hành động trên Đài truyền thanh xã.",
    "2.\tPhối hợp tổ chức Lễ phát động hưởng ứng Tháng hành động tại Hội trường UBND xã.\r\n"
    "·\tThành phần: đại diện các ban, ngành, đoàn thể;\r\n"
    "·\tThời gian: sáng ngày 15/11.",
    "3)\tTiếp tục duy trì hoạt động của các Mô hình phòng, chống bạo lực gia đình.",
)
PURPOSE = unicodedata.normalize(
    "NFD",
    "1. Mục đích:\n"
    "Tạo thêm sức lan tỏa, thu hút sự quan tâm của cộng đồng, xã hội đến công tác bình\n"
    "đẳng giới, phòng ngừa, ứng phó với bạo lực trên cơ sở giới.\n"
    "•\n"
    "Đề cao vai trò, trách nhiệm của cá nhân, gia đình, cộng đồng trong việc phòng ngừa bạo\n"
    "lực, xâm hại phụ nữ và trẻ em.\n"
    "2. Yêu cầu:\n"
    "\uf0b7 Thiết thực, hiệu quả, tiết kiệm.\n"
    "\uf0b7\n",
)
UNIT = "§\tXây dựng kế hoạch, theo dõi, tổng hợp kết quả.\r\no\tBáo cáo UBND xã trước ngày 20/12.\r\n"


def pasted_plan() -> PlanInput:
    return PlanInput(
        year=2026,
        kind=PlanKind.ACTION_MONTH,
        title="Triển khai Tháng hành động vì bình đẳng giới năm 2026",
        issuing_body="ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
        place_name="Tân Lập",
        sections=(
            SectionInput(SectionKind.PURPOSE, body=pasted_paragraphs(PURPOSE)),
            SectionInput(SectionKind.ACTIVITIES),
            SectionInput(SectionKind.ORGANISATION),
        ),
        activities=tuple(PlannedActivityInput(body=pasted_paragraphs(text)) for text in ACTIVITIES),
        assignments=(AssignmentInput("Công chức Văn hóa – Xã hội", pasted_paragraphs(UNIT)),),
        recipients=("- Sở Nội vụ tỉnh;", "- Lưu: VT."),
        authority=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        signer_name="Hoàng Văn Tú",
    )


def printed_lines(tmp_path: Path) -> list[str]:
    pdf = render_pdf(plan_content(pasted_plan()), tmp_path / "ke-hoach.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_pasted_numbers_print_once(tmp_path: Path) -> None:
    lines = printed_lines(tmp_path)
    doubled = [line for line in lines if re.match(r"([IVX]+|\d+|[a-zđ])[.)] ([IVX]+|\d+|[a-zđ])[.)] ", line)]
    assert doubled == [], "a number printed twice"
    text = " ".join(lines)
    for expected in (
        "1. Tổ chức tuyên truyền về chủ đề",
        "2. Phối hợp tổ chức Lễ phát động",
        "3. Tiếp tục duy trì hoạt động",
        "1. Mục đích:",
        "2. Yêu cầu:",
        "1. Công chức Văn hóa – Xã hội",
    ):
        assert text.count(expected) == 1, expected


def test_pasted_bullets_print_as_dashes_with_their_text(tmp_path: Path) -> None:
    lines = printed_lines(tmp_path)
    text = " ".join(lines)
    assert all(line not in {"-", "–", "•"} for line in lines), "an empty bullet"
    assert not any(sign in text for sign in ("\uf0b7", "\uf0a7", "·", "§", "\t"))
    for item in (
        "- Đề cao vai trò, trách nhiệm của cá nhân, gia đình, cộng đồng trong việc phòng ngừa bạo lực, xâm",
        "- Thiết thực, hiệu quả, tiết kiệm.",
        "- Thành phần: đại diện các ban, ngành, đoàn thể;",
        "- Xây dựng kế hoạch, theo dõi, tổng hợp kết quả.",
        "- Báo cáo UBND xã trước ngày 20/12.",
    ):
        assert item in text, item
    # The wrapped PDF lines are one paragraph again: "bình" and "đẳng giới" meet on one printed line.
    assert "đến công tác bình đẳng giới" in text


def test_the_plan_holds_only_composed_text() -> None:
    plan = pasted_plan()
    body = plan.sections[0].body
    assert all(unicodedata.is_normalized("NFC", p.text) for p in body)
    # Built directly from decomposed text too, the plan composes it (printed before it is ever saved).
    typed = PlanInput(
        year=2026,
        kind=PlanKind.ANNUAL,
        title=unicodedata.normalize("NFD", "Kế hoạch công tác bình đẳng giới"),
        issuing_body="UBND",
        place_name=unicodedata.normalize("NFD", "Tân Lập"),
        preamble=(Paragraph(unicodedata.normalize("NFD", "Căn cứ Luật Bình đẳng giới")),),
    )
    assert (typed.title, typed.place_name, typed.preamble[0].text) == (
        "Kế hoạch công tác bình đẳng giới",
        "Tân Lập",
        "Căn cứ Luật Bình đẳng giới",
    )
