"""The first sheet: the document itself (Decree 30 header, narrative, signature) in two columns.

Paragraphs sit in cells merged across both columns with a row height estimated from their length:
spreadsheet programs do not grow merged rows to fit wrapped text by themselves. Each figure table is
named where it stands in the text, with a link to its own sheet.
"""

from __future__ import annotations

from itertools import zip_longest

from openpyxl.worksheet.hyperlink import Hyperlink

from gender_equality_desk.core.render.xlsx import measure, styles
from gender_equality_desk.core.render.xlsx.cells import CellFactory, Sheet, Value, merge
from gender_equality_desk.core.render.xlsx.page import prepare_sheet, print_setup
from gender_equality_desk.core.reports.content import (
    MOTTO,
    NATIONAL_TITLE,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    Table,
)

LEFT_WIDTH, RIGHT_WIDTH = 42.0, 64.0  # the issuing-body column and the national-title column
SIGNATURE_GAP = 4  # empty lines left for the signature and the seal
PARAGRAPH_SPACING_PT = 3.0

_PARAGRAPH_STYLES = {
    ParagraphStyle.BODY: styles.DOC_BODY,
    ParagraphStyle.HEADING_1: styles.DOC_HEADING,
    ParagraphStyle.HEADING_2: styles.DOC_HEADING,
    ParagraphStyle.HEADING_3: styles.DOC_HEADING_ITALIC,
    ParagraphStyle.BULLET: styles.DOC_BODY,
    ParagraphStyle.NOTE: styles.DOC_NOTE,
}


class _CoverWriter:
    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.cells = CellFactory(sheet)
        self.row = 0

    def pair(self, left: Value, left_style: str, right: Value, right_style: str) -> None:
        self.row += 1
        self.sheet.append([self.cells.make(1, left, left_style), self.cells.make(2, right, right_style)])

    def blank(self) -> None:
        self.row += 1
        self.sheet.append([])

    def across(self, text: str, style: str, *, bold: bool = False, size: int = styles.BODY_PT) -> None:
        """A line over both columns, as tall as its wrapped text."""
        self.row += 1
        ratio = size / styles.TABLE_PT
        lines = measure.lines_needed(text, LEFT_WIDTH + RIGHT_WIDTH, bold=bold, size_ratio=ratio)
        # Always an explicit height: merged cells never grow by themselves.
        self.sheet.row_dimensions[self.row].height = measure.row_height(lines, ratio) + PARAGRAPH_SPACING_PT
        self.sheet.append([self.cells.make(1, text, style)])
        merge(self.sheet, f"A{self.row}:B{self.row}")

    def link(self, text: str, sheet_name: str) -> None:
        self.row += 1
        lines = measure.lines_needed(
            text, LEFT_WIDTH + RIGHT_WIDTH, size_ratio=styles.BODY_PT / styles.TABLE_PT
        )
        height = measure.row_height(lines, styles.BODY_PT / styles.TABLE_PT) + PARAGRAPH_SPACING_PT
        self.sheet.row_dimensions[self.row].height = height
        cell = self.cells.make(1, text, styles.DOC_LINK)
        escaped = sheet_name.replace("'", "''")
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{escaped}'!A1", display=text)
        self.sheet.append([cell])
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate  # an ordinary sheet places the cell only when appended
        merge(self.sheet, f"A{self.row}:B{self.row}")


def write_cover_sheet(sheet: Sheet, content: ReportContent, table_sheets: dict[int, str]) -> None:
    """`table_sheets` maps id() of each Table block to the name of the sheet it was written to."""
    prepare_sheet(sheet, [LEFT_WIDTH, RIGHT_WIDTH])
    sheet.sheet_view.showGridLines = False  # it reads as a document, not a grid
    out = _CoverWriter(sheet)
    header = content.header
    bold, centred = styles.DOC_CENTRED_BOLD, styles.DOC_CENTRED
    if header.parent_body:
        out.pair(header.parent_body, centred, NATIONAL_TITLE, bold)
        out.pair(header.issuing_body, bold, MOTTO, bold)
    else:
        out.pair(header.issuing_body, bold, NATIONAL_TITLE, bold)
        out.pair(None, centred, MOTTO, bold)
    out.blank()
    out.pair(header.number_symbol, centred, header.place_and_date, styles.DOC_CENTRED_ITALIC)
    out.blank()
    out.across(header.document_type, styles.DOC_TYPE, bold=True, size=14)
    out.across(header.subject, styles.DOC_SUBJECT, bold=True)
    out.blank()
    for block in content.blocks:
        if isinstance(block, Table):
            name = table_sheets[id(block)]
            out.link(f"{block.title} (xem trang tính “{name}”)", name)
        else:
            _paragraph(out, block)
    out.blank()
    _signature(out, content)
    print_setup(sheet, landscape=False, title_rows=None, page_numbers=False)


def _paragraph(out: _CoverWriter, paragraph: Paragraph) -> None:
    text = paragraph.text
    if paragraph.style is ParagraphStyle.BULLET and not text.startswith("-"):
        text = f"- {text}"
    heading = paragraph.style in (
        ParagraphStyle.HEADING_1,
        ParagraphStyle.HEADING_2,
        ParagraphStyle.HEADING_3,
    )
    size = styles.NOTE_PT if paragraph.style is ParagraphStyle.NOTE else styles.BODY_PT
    out.across(text, _PARAGRAPH_STYLES[paragraph.style], bold=heading, size=size)


def _signature(out: _CoverWriter, content: ReportContent) -> None:
    signature = content.signature
    left = ["Nơi nhận:", *signature.recipients]
    right: list[str] = [*signature.authority_lines, *[""] * SIGNATURE_GAP, signature.signer_name]
    for index, (recipient, authority) in enumerate(zip_longest(left, right)):
        left_style = styles.DOC_RECIPIENTS_TITLE if index == 0 else styles.DOC_RECIPIENT
        out.pair(recipient or None, left_style, authority or None, styles.DOC_CENTRED_BOLD)
