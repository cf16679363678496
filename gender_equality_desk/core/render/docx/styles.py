"""Typefaces, sizes and paragraph formatting of a Decree-30 document in Word.

Sizes mirror the PDF writer (core/render/pdf/styles.py); the font is Times New Roman, the one the
decree names: Word has it, LibreOffice substitutes the metric-compatible Liberation Serif or Tinos.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

FONT = "Times New Roman"
BODY_SIZE = 14.0
BODY_LINE = Pt(18)  # exact line height, as the PDF
FIRST_LINE_INDENT = Mm(10)
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(20), Mm(20), Mm(30), Mm(15)
FRAME_WIDTH_MM = 210 - 30 - 15
RIGHT_COLUMN_MM = 100  # national title and motto
LEFT_COLUMN_MM = FRAME_WIDTH_MM - RIGHT_COLUMN_MM

CENTRE = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


@dataclass(frozen=True)
class Look:
    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False


def set_run_font(run: object, look: Look) -> None:
    """Times New Roman for every script (Vietnamese letters fall in several Unicode ranges)."""
    run.font.name = FONT  # type: ignore[attr-defined]
    run.font.size = Pt(look.size)  # type: ignore[attr-defined]
    run.font.bold = look.bold  # type: ignore[attr-defined]
    run.font.italic = look.italic  # type: ignore[attr-defined]
    run.font.underline = look.underline  # type: ignore[attr-defined]
    properties = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = properties.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def add_text(paragraph: DocxParagraph, text: str, look: Look) -> None:
    """`text` with its line breaks kept as Word line breaks inside the paragraph."""
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()  # a line break inside the run, before this line's text
        run.add_text(line)
        set_run_font(run, look)


def space(
    paragraph: DocxParagraph, *, before: float = 0, after: float = 0, line: Length | None = None
) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line


def short_rule(paragraph: DocxParagraph, column_mm: float, rule_mm: float) -> None:
    """Make the empty `paragraph` a short centred line: its bottom border, shortened by equal indents.

    A separate paragraph (2 pt high), so the text above keeps the whole column width."""
    set_run_font(paragraph.add_run(""), Look(2))
    paragraph.paragraph_format.line_spacing = Pt(2)
    space(paragraph, after=3)
    indent = max((column_mm - rule_mm) / 2, 0)
    paragraph.paragraph_format.left_indent = Mm(indent)
    paragraph.paragraph_format.right_indent = Mm(indent)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
