"""Seeds 002 and 004 retyped through the plan model, as an officer would: the structure (letterhead,
sections, planned activities, unit assignments, recipients, signer) typed field by field, each section's
paragraphs pasted from the seed into the section's text box (read by core.plans.markup)."""

from __future__ import annotations

from pathlib import Path

from gender_equality_desk.core.plans.markup import parse_paragraphs
from gender_equality_desk.core.plans.model import (
    AssignmentInput,
    Paragraphs,
    PlanInput,
    PlanKind,
    PlannedActivityInput,
    SectionInput,
    SectionKind,
)

SEEDS = Path(__file__).resolve().parent / "seeds"
SEED_002 = SEEDS / "002_plan_action_month_commune.txt"
SEED_004 = SEEDS / "004_plan_annual_district.txt"


def seed_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def pasted(text: str, start: str, end: str | None) -> Paragraphs:
    """The seed's lines from the one starting with `start` up to (not including) the one starting with
    `end`, pasted into a text box. A paragraph the seed splits over a page break is joined again."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    last = (
        len(lines)
        if end is None
        else next(i for i in range(first + 1, len(lines)) if lines[i].startswith(end))
    )
    joined: list[str] = []
    for line in lines[first:last]:
        if joined and line[0].islower():  # continuation after the page break of the seed
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return parse_paragraphs("\n".join(joined))


def strip_number(paragraphs: Paragraphs) -> Paragraphs:
    """The officer types "Tổ chức tuyên truyền…"; the plan numbers its activities itself."""
    from dataclasses import replace

    first, *rest = paragraphs
    return (replace(first, text=first.text.split(". ", 1)[1]), *rest)


def seed_002() -> PlanInput:
    text = seed_text(SEED_002)
    activities = tuple(
        PlannedActivityInput(body=strip_number(pasted(text, start, end)))
        for start, end in (
            ("1. Tổ chức tuyên truyền", "2. Phối hợp"),
            ("2. Phối hợp", "3. Tiếp tục"),
            ("3. Tiếp tục", "IV. TỔ CHỨC"),
        )
    )
    return PlanInput(
        year=2023,
        kind=PlanKind.ACTION_MONTH,
        title=(
            "Triển khai các hoạt động truyền thông nhân Tháng hành động vì bình đẳng giới và phòng ngừa, "
            "ứng phó với bạo lực trên cơ sở giới năm 2023"
        ),
        issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
        place_name="Cao Lâu",
        issue_month=11,
        preamble=pasted(text, "Thực hiện Kế hoạch số 319", "I. MỤC ĐÍCH"),
        theme=(
            "Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái nhằm thực hiện "
            "bình đẳng giới và xóa bỏ bạo lực trên cơ sở giới"
        ),
        period_text="từ nay đến ngày 15/12/2023.",
        sections=(
            SectionInput(SectionKind.PURPOSE, body=pasted(text, "1. Mục đích:", "II. CHỦ ĐỀ")),
            SectionInput(SectionKind.THEME_PERIOD),
            SectionInput(SectionKind.ACTIVITIES),
            SectionInput(SectionKind.ORGANISATION),
        ),
        activities=activities,
        assignments=(
            AssignmentInput(
                "Công chức Văn hoá – Xã hội",
                pasted(text, "Xây dựng Kế hoạch, theo dõi", "2. Cán bộ, công chức"),
            ),
            AssignmentInput("Cán bộ, công chức xã", pasted(text, "Căn cứ chức năng nhiệm vụ", "Trên đây là")),
        ),
        closing=pasted(text, "Trên đây là", "Nơi nhận:"),
        recipients=(
            "- TT ĐU, TT HĐND xã;",
            "- Chủ tịch, Phó CT UBND xã;",
            "- Cán bộ, công chức xã;",
            "- Lưu VP.",
        ),
        authority=("KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        signer_name="Vi Văn Thái",
    )


_UNITS_004 = (
    "Phòng Lao động - Thương binh và Xã hội",
    "Phòng Y tế",
    "Phòng Văn hóa và Thông tin",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Tư pháp",
    "Công an huyện",
    "Phòng Tài chính - Kế hoạch",
    "Trung tâm Văn hóa Thông tin - TDTT",
    "Các cơ quan, đơn vị trực thuộc UBND huyện",
    "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội huyện",
    "UBND các xã, thị trấn",
)
_ACTIVITIES_004 = (
    "Công tác tuyên truyền nâng cao nhận thức",
    "Tiếp tục triển khai thực hiện các Kế hoạch có hiệu quả",
    "Nâng cao năng lực và hiệu quả quản lý nhà nước về bình đẳng giới và công tác vì sự tiến bộ của phụ nữ",
    "Tổ chức triển khai tháng hành động về bình đẳng giới và phòng chống bạo lực trên cơ sở giới "
    "từ ngày 15/11/2024-15/12/2024",
)


def _after_heading(text: str, heading: str, next_heading: str) -> Paragraphs:
    return pasted(text, heading, next_heading)[1:]


def seed_004() -> PlanInput:
    text = seed_text(SEED_004)
    activity_ends = ("2. Tiếp tục", "3. Nâng cao", "4. Tổ chức triển khai", "III. KINH PHÍ")
    activities = tuple(
        PlannedActivityInput(title=title, body=_after_heading(text, f"{n}. {title[:20]}", end))
        for n, (title, end) in enumerate(zip(_ACTIVITIES_004, activity_ends, strict=True), start=1)
    )
    unit_ends = [f"{n}. {unit[:12]}" for n, unit in enumerate(_UNITS_004[1:], start=2)] + ["V. CHẾ ĐỘ"]
    assignments = tuple(
        AssignmentInput(unit, _after_heading(text, f"{n}. {unit[:12]}", end))
        for n, (unit, end) in enumerate(zip(_UNITS_004, unit_ends, strict=True), start=1)
    )
    return PlanInput(
        year=2024,
        kind=PlanKind.ANNUAL,
        title=(
            "Triển khai thực hiện công tác Bình đẳng giới và hoạt động vì sự tiến bộ của phụ nữ trên địa bàn "
            "huyện Vĩnh Linh năm 2024"
        ),
        issuing_body="ỦY BAN NHÂN DÂN HUYỆN VĨNH LINH",
        place_name="Vĩnh Linh",
        sections=(
            SectionInput(SectionKind.PURPOSE, body=pasted(text, "1. Mục đích", "II. NỘI DUNG")),
            SectionInput(SectionKind.ACTIVITIES),
            SectionInput(SectionKind.BUDGET, body=_after_heading(text, "III. KINH PHÍ", "IV. TỔ CHỨC")),
            SectionInput(SectionKind.ORGANISATION),
            SectionInput(SectionKind.REPORTING, body=_after_heading(text, "V. CHẾ ĐỘ", "Trên đây là")),
        ),
        activities=activities,
        assignments=assignments,
        closing=pasted(text, "Trên đây là", "Nơi nhận:"),
        recipients=tuple(pasted_lines(text, "- Sở LĐ-TB&XH;", "TM. ỦY BAN")),
        authority=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        signer_name="Nguyễn Thiên Tùng",
    )


def pasted_lines(text: str, start: str, end: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = lines.index(start)
    last = next(i for i in range(first, len(lines)) if lines[i].startswith(end))
    return lines[first:last]
