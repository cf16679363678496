"""Page geometry and type sizes of an administrative document (Decree 30/2020/NĐ-CP, Appendix I).

Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; we take the smallest of each range,
which leaves the most room for tables. Sizes in points follow the ranges the decree gives per element.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]

from gender_equality_desk.core.render.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

# reportlab alignment codes (TA_LEFT, TA_CENTER, TA_JUSTIFY); its paragraphs reject the string names.
Alignment = Literal[0, 1, 4]
LEFT: Alignment = 0
CENTRE: Alignment = 1
JUSTIFY: Alignment = 4

BODY_SIZE = 14.0  # 13–14 pt
BODY_LEADING = 18.0  # a little over single spacing, as the seed documents are typed
FIRST_LINE_INDENT = 10 * mm  # 1–1.27 cm
PAGE_NUMBER_SIZE = 13.0  # 13–14 pt, upright, centred in the top margin, not on page 1


@dataclass(frozen=True)
class PageSetup:
    landscape: bool = False
    top: float = 20 * mm
    bottom: float = 20 * mm
    left: float = 30 * mm
    right: float = 15 * mm

    @property
    def size(self) -> tuple[float, float]:
        width, height = landscape(A4) if self.landscape else A4
        return float(width), float(height)

    @property
    def frame_width(self) -> float:
        return self.size[0] - self.left - self.right


def _style(
    name: str,
    size: float,
    font: str = REGULAR,
    *,
    alignment: Alignment = LEFT,
    leading: float | None = None,
    indent: float = 0,
    before: float = 0,
    after: float = 0,
    keep_with_next: bool = False,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or round(size * 1.2, 1),
        alignment=alignment,
        firstLineIndent=indent,
        spaceBefore=before,
        spaceAfter=after,
        keepWithNext=int(keep_with_next),
    )


@dataclass(frozen=True)
class TableText:
    """Type for figure tables: smaller than the body so that wide tables fit the page."""

    size: float
    padding: float = 3.0

    @property
    def leading(self) -> float:
        return round(self.size * 1.2, 1)


@dataclass(frozen=True)
class Decree30Styles:
    """Every paragraph style a Decree-30 document uses; build with `decree30_styles()`."""

    parent_body: ParagraphStyle
    issuing_body: ParagraphStyle
    number_symbol: ParagraphStyle
    national_title: ParagraphStyle
    motto: ParagraphStyle
    place_and_date: ParagraphStyle
    document_type: ParagraphStyle
    subject: ParagraphStyle
    body: ParagraphStyle
    heading_1: ParagraphStyle
    heading_2: ParagraphStyle
    heading_3: ParagraphStyle
    bullet: ParagraphStyle
    note: ParagraphStyle
    table_title: ParagraphStyle
    table_note: ParagraphStyle
    recipients_heading: ParagraphStyle
    recipients: ParagraphStyle
    authority: ParagraphStyle
    signature_hint: ParagraphStyle
    signer: ParagraphStyle
    table_text: TableText


def _body(name: str, font: str = REGULAR, *, heading: bool = False) -> ParagraphStyle:
    """Body text: justified, first line indented, a little air between paragraphs (seeds 002/004).

    Headings are not keepWithNext: `body` keeps them with the first lines of what follows, where
    reportlab would keep them with all of it."""
    return _style(
        name,
        BODY_SIZE,
        font,
        alignment=JUSTIFY,
        leading=BODY_LEADING,
        indent=FIRST_LINE_INDENT,
        before=6 if heading else 3,
        after=3,
    )


def decree30_styles(*, landscape_page: bool = False) -> Decree30Styles:
    register_fonts()
    return Decree30Styles(
        parent_body=_style("ParentBody", 13, alignment=CENTRE),
        issuing_body=_style("IssuingBody", 13, BOLD, alignment=CENTRE),
        number_symbol=_style("NumberSymbol", 13, alignment=CENTRE, before=4),
        national_title=_style("NationalTitle", 12.5, BOLD, alignment=CENTRE),
        motto=_style("Motto", 13.5, BOLD, alignment=CENTRE),
        place_and_date=_style("PlaceAndDate", 14, ITALIC, alignment=CENTRE, before=4),
        document_type=_style("DocumentType", 14, BOLD, alignment=CENTRE, before=18, keep_with_next=True),
        subject=_style("Subject", 14, BOLD, alignment=CENTRE, leading=17, keep_with_next=True),
        body=_body("Body"),
        heading_1=_body("Heading1", BOLD, heading=True),
        heading_2=_body("Heading2", BOLD, heading=True),
        heading_3=_body("Heading3", BOLD_ITALIC, heading=True),
        bullet=_body("Bullet"),
        note=_style("Note", 12, ITALIC, alignment=JUSTIFY, indent=FIRST_LINE_INDENT, before=3, after=3),
        table_title=_style("TableTitle", 13, BOLD, alignment=CENTRE, before=8, after=4),
        table_note=_style("TableNote", 11, ITALIC, before=3, after=6),
        recipients_heading=_style("RecipientsHeading", 12, BOLD_ITALIC),
        recipients=_style("Recipients", 11, leading=13),
        authority=_style("Authority", 13.5, BOLD, alignment=CENTRE, leading=16.5),
        signature_hint=_style("SignatureHint", 13, ITALIC, alignment=CENTRE),
        signer=_style("Signer", 14, BOLD, alignment=CENTRE),
        table_text=TableText(size=11.0 if landscape_page else 12.0),
    )
