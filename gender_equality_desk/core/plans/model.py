"""What a plan is, as plain frozen values: the editor fills a `PlanInput`, pages read a `PlanDetail`.

Free-text parts (preamble, section bodies, activity contents, assignments, closing) are tuples of the
report paragraphs (core/reports/content.py), so the plan is rendered by the same Decree-30 writers.

Every text of a plan is composed Unicode (NFC) from the moment the value is made: a plan is printed
straight from the editor (preview, PDF) before it is ever saved, so the store's own composing
(core/store/composed_text.py) would come too late for text typed with Unikey's "Unicode tổ hợp".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date

from gender_equality_desk.core.domain.text import nfc_all
from gender_equality_desk.core.domain.vocabulary import CampaignKind, LabelledEnum
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

Paragraphs = tuple[Paragraph, ...]


class _Composed:
    """Composes every text field (and the paragraphs in them) when the frozen value is made."""

    def __post_init__(self) -> None:
        for item in fields(self):  # type: ignore[arg-type]
            value = getattr(self, item.name)
            composed = nfc_all(value)
            if composed is not value:
                object.__setattr__(self, item.name, composed)


class SectionKind(LabelledEnum):
    """The sections of seeds 002 and 004; the officer orders them, Roman numbers follow the order."""

    PURPOSE = ("purpose", QT_TRANSLATE_NOOP("SectionKind", "MỤC ĐÍCH, YÊU CẦU"))
    THEME_PERIOD = ("theme_period", QT_TRANSLATE_NOOP("SectionKind", "CHỦ ĐỀ, THỜI GIAN THỰC HIỆN"))
    ACTIVITIES = ("activities", QT_TRANSLATE_NOOP("SectionKind", "NỘI DUNG CÁC HOẠT ĐỘNG"))
    ORGANISATION = ("organisation", QT_TRANSLATE_NOOP("SectionKind", "TỔ CHỨC THỰC HIỆN"))
    BUDGET = ("budget", QT_TRANSLATE_NOOP("SectionKind", "KINH PHÍ THỰC HIỆN"))
    REPORTING = ("reporting", QT_TRANSLATE_NOOP("SectionKind", "CHẾ ĐỘ BÁO CÁO"))
    OTHER = ("other", QT_TRANSLATE_NOOP("SectionKind", "NỘI DUNG KHÁC"))


class PlanKind(LabelledEnum):
    ACTION_MONTH = (
        CampaignKind.ACTION_MONTH.value,
        QT_TRANSLATE_NOOP("PlanKind", "Kế hoạch Tháng hành động"),
    )
    ANNUAL = (CampaignKind.ANNUAL_PLAN.value, QT_TRANSLATE_NOOP("PlanKind", "Kế hoạch năm"))
    OTHER = (CampaignKind.OTHER.value, QT_TRANSLATE_NOOP("PlanKind", "Kế hoạch khác"))


@dataclass(frozen=True)
class SectionInput(_Composed):
    kind: SectionKind
    heading: str = ""  # "" = the kind's usual heading
    body: Paragraphs = ()

    @property
    def title(self) -> str:
        return (self.heading.strip() or self.kind.label).upper()


@dataclass(frozen=True)
class PlannedActivityInput(_Composed):
    """One item of "Nội dung hoạt động". `id` keeps an edited row (and its links); None adds a row."""

    title: str = ""  # short heading ("Công tác tuyên truyền nâng cao nhận thức"); may stay empty
    body: Paragraphs = ()
    kind_id: int | None = None  # an activity kind (Lễ phát động…): activities of it carry the item out
    propaganda_kind_id: int | None = None  # or a propaganda kind (Treo băng rôn…); never both
    start_date: date | None = None
    end_date: date | None = None
    place: str = ""
    responsible_unit_id: int | None = None
    responsible_text: str = ""  # a unit outside the catalogue, or "Các thôn phối hợp"
    budget_vnd: int = 0
    id: int | None = None

    @property
    def due_date(self) -> date | None:
        return self.end_date or self.start_date


@dataclass(frozen=True)
class AssignmentInput(_Composed):
    unit_name: str
    body: Paragraphs = ()
    responsible_unit_id: int | None = None


@dataclass(frozen=True)
class PlanInput(_Composed):
    year: int
    kind: PlanKind
    title: str  # subject line under "KẾ HOẠCH"
    issuing_body: str
    place_name: str
    number: str = ""  # "" until the văn thư gives it: "Số:      /KH-UBND"
    symbol: str = "KH-UBND"
    parent_body: str = ""
    issued_on: date | None = None
    issue_month: int | None = None  # when only the month is known: "ngày     tháng 11 năm 2023"
    campaign_id: int | None = None
    preamble: Paragraphs = ()
    theme: str = ""
    message: str = ""
    period_start: date | None = None
    period_end: date | None = None
    period_text: str = ""  # "từ nay đến ngày 15/12/2023."; "" = built from the period dates
    sections: tuple[SectionInput, ...] = ()
    activities: tuple[PlannedActivityInput, ...] = ()
    assignments: tuple[AssignmentInput, ...] = ()
    closing: Paragraphs = ()
    recipients: tuple[str, ...] = ()
    authority: tuple[str, ...] = ()  # ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    signer_name: str = ""
    show_schedule_table: bool = False


@dataclass(frozen=True)
class PlanDetail:
    """A saved plan: its id, its content, and the ids of its planned activities in order."""

    id: int
    content: PlanInput
    activity_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True)
class PlanRow:
    """A plan in the list of the Kế hoạch page."""

    id: int
    year: int
    kind: PlanKind
    number_symbol: str
    title: str
    planned: int
    done: int
    overdue: int
    matched: int = 0  # nothing linked, a record of its kind done in its time: waiting for confirmation


def paragraphs_to_json(paragraphs: Paragraphs) -> str:
    return json.dumps([[p.style.value, p.text] for p in paragraphs], ensure_ascii=False)


def paragraphs_from_json(stored: str) -> Paragraphs:
    return tuple(Paragraph(text, ParagraphStyle.of(style)) for style, text in json.loads(stored or "[]"))
