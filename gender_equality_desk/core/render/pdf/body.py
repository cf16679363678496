"""The sections of a report as flowables: styled paragraphs and figure tables, in content order."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Paragraph as PdfParagraph

from gender_equality_desk.core.render.pdf.decree30 import markup
from gender_equality_desk.core.render.pdf.styles import Decree30Styles
from gender_equality_desk.core.render.pdf.tables import figure_table
from gender_equality_desk.core.reports.content import Block, Paragraph, ParagraphStyle


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


def body_flowables(blocks: Iterable[Block], styles: Decree30Styles, frame_width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            flowables.append(paragraph(block, styles))
        else:
            flowables.extend(figure_table(block, styles, frame_width))
    return flowables
