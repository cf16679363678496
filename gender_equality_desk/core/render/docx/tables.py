"""Tables of a Word document: the borderless two-column layout tables (header, signature) and the
figure tables with a grid, a repeated header row, right-aligned numbers and a total row."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import _Cell

from gender_equality_desk.core.render.docx.styles import (
    CENTRE,
    FRAME_WIDTH_MM,
    LEFT,
    RIGHT,
    Look,
    add_text,
    space,
)
from gender_equality_desk.core.reports.content import CellKind, Table
from gender_equality_desk.core.reports.formatting import format_cell

TABLE_SIZE = 12.0


def _fixed_widths(table: object, widths_mm: tuple[float, ...]) -> None:
    table.autofit = False  # type: ignore[attr-defined]
    for row in table.rows:  # type: ignore[attr-defined]
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    for column, width in zip(table.columns, widths_mm, strict=True):  # type: ignore[attr-defined]
        column.width = Mm(width)


def column_table(document: DocxDocument, widths_mm: tuple[float, float]) -> tuple[_Cell, _Cell]:
    """A borderless one-row table of two columns (left | right), as the Decree-30 header and closing."""
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _fixed_widths(table, widths_mm)
    left, right = table.rows[0].cells
    return left, right


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _keep_rows_together(grid: object, rows: list[bool], total: bool) -> None:
    """Word's pagination as the PDF's (pdf.pagination): no row split over two pages, and a row is kept
    with the next (its paragraphs "keep with next") when it is the header, a bold group row, or one of
    the two figure rows that go to a page with the total row."""
    count = len(rows)
    keep = {0} | {number for number, bold in enumerate(rows, start=1) if bold and number < count}
    if total:
        keep |= {count - 2, count - 1} - {0}
    for number, row in enumerate(grid.rows):  # type: ignore[attr-defined]
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if number in keep:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _fill(cell: _Cell, text: str, *, bold: bool, alignment: object) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = alignment
    add_text(paragraph, text, Look(TABLE_SIZE, bold=bold))
    space(paragraph)


def add_figure_table(document: DocxDocument, table: Table) -> None:
    if table.title:
        title = document.add_paragraph()
        title.alignment = CENTRE
        add_text(title, table.title, Look(13, bold=True))
        space(title, before=8, after=4)
        title.paragraph_format.keep_with_next = True
    rows = [(row.cells, row.bold) for row in table.rows]
    if table.total_label is not None:
        rows.append((table.totals(), True))
    grid = document.add_table(rows=1 + len(rows), cols=len(table.columns))
    grid.style = "Table Grid"
    total = sum(column.width for column in table.columns) or 1.0
    _fixed_widths(grid, tuple(FRAME_WIDTH_MM * column.width / total for column in table.columns))
    _repeat_header(grid.rows[0])
    for cell, column in zip(grid.rows[0].cells, table.columns, strict=True):
        _fill(cell, column.label, bold=True, alignment=CENTRE)
    for row, (cells, bold) in zip(grid.rows[1:], rows, strict=True):
        for cell, value, column in zip(row.cells, cells, table.columns, strict=True):
            alignment = {CellKind.TEXT: LEFT, CellKind.DATE: CENTRE}.get(column.kind, RIGHT)
            _fill(cell, format_cell(value, column.kind), bold=bold, alignment=alignment)
    _keep_rows_together(grid, [bold for _, bold in rows], table.total_label is not None)
    if table.note:
        note = document.add_paragraph()
        add_text(note, table.note, Look(11, italic=True))
        space(note, before=3, after=6)
