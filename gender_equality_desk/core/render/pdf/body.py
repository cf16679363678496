"""The sections of a report as flowables: styled paragraphs and figure tables, in content order.

Headings are kept with what they head: before a run of headings (or a table's title) stands a conditional
page break asking for the headings plus the start of the next block — its first `FIRST_LINES` lines, or a
table's title, header and first rows. So a heading never ends a page, and a long paragraph or table after
it still starts on the same page instead of leaving the rest of the page empty, as reportlab's
keepWithNext (which keeps the whole next block) would.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Paragraph as PdfParagraph

from gender_equality_desk.core.render.pdf.decree30 import markup
from gender_equality_desk.core.render.pdf.pagination import flowing_height
from gender_equality_desk.core.render.pdf.styles import Decree30Styles
from gender_equality_desk.core.render.pdf.tables import figure_table
from gender_equality_desk.core.reports.content import Block, Paragraph, ParagraphStyle

HEADINGS = frozenset({ParagraphStyle.HEADING_1, ParagraphStyle.HEADING_2, ParagraphStyle.HEADING_3})
# Lines of a paragraph that go with its heading: reportlab never leaves a paragraph's first line alone
# at the foot of a page (orphan control), so one line would push the paragraph away from its heading.
FIRST_LINES = 2


def is_heading(block: Block) -> bool:
    return isinstance(block, Paragraph) and block.style in HEADINGS


def paragraph(block: Paragraph, styles: Decree30Styles) -> PdfParagraph:
    text = markup(block.text)
    match block.style:
        case ParagraphStyle.HEADING_1:
            return PdfParagraph(text, styles.heading_1)
        case ParagraphStyle.HEADING_2:
            return PdfParagraph(text, styles.heading_2)
        case ParagraphStyle.HEADING_3:
            return PdfParagraph(text, styles.heading_3)
        case ParagraphStyle.BULLET:
            return PdfParagraph(text if text.startswith("- ") else f"- {text}", styles.bullet)
        case ParagraphStyle.NOTE:
            return PdfParagraph(text, styles.note)
        case _:
            return PdfParagraph(text, styles.body)


def body_flowables(blocks: Sequence[Block], styles: Decree30Styles, frame_width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    headings: list[PdfParagraph] = []  # waiting for the block they head
    for block in blocks:
        if isinstance(block, Paragraph):
            item = paragraph(block, styles)
            if block.style in HEADINGS:
                headings.append(item)
                continue
            parts: list[Flowable] = [item]
            start = flowing_height(item, frame_width, FIRST_LINES) if headings else 0.0
        else:
            figure = figure_table(block, styles, frame_width)
            parts, start = figure.flowables, figure.start_height
        if start:
            above = sum(flowing_height(heading, frame_width) for heading in headings)
            flowables.append(CondPageBreak(above + start))
        flowables += [*headings, *parts]
        headings = []
    return flowables + headings
