"""Hold a report — its content, PDF, workbook and screen — against the tables the oracle expects.

Each expected table lists its rows as values (numbers, "—", "<3", dates, text) and its total row; the
content must hold exactly those values, and every output must print them in the same row and column:
"1.234" in the PDF and on screen, the number 1234 in the workbook (totals read without recalculation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.render.xlsx import render_xlsx
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle, ReportContent

from .oracle_outputs import PrintedRow, SheetTable, printed, read_html, read_pdf, read_xlsx, squeeze

Row = tuple[object, ...]


@dataclass(frozen=True)
class Expected:
    rows: Sequence[Row]
    total: Row | None  # None: the table has no total row


def check_content(content: ReportContent, expected: Sequence[Expected]) -> None:
    tables = content.tables()
    assert len(tables) == len(expected), [table.title for table in tables]
    for table, wanted in zip(tables, expected, strict=True):
        cells = [row.cells for row in table.rows]
        for number, (got, want) in enumerate(zip(cells, wanted.rows, strict=False), start=1):
            assert got == want, f"{table.title}, row {number}: the report says {got}, plain SQL {want}"
        assert len(cells) == len(wanted.rows), f"{table.title}: {len(cells)} rows, SQL {len(wanted.rows)}"
        if wanted.total is None:
            assert table.total_label is None, table.title
        else:
            assert table.totals() == wanted.total, f"{table.title}: total {table.totals()} != {wanted.total}"


def _printed_rows(wanted: Expected) -> list[PrintedRow]:
    rows = [[squeeze(printed(value)) for value in row] for row in wanted.rows]
    if wanted.total is not None:
        rows.append([printed(value) for value in wanted.total])
    return rows


def _merged_total(row: PrintedRow, total: Row) -> PrintedRow:
    """The total row as a grid draws it: the label across the empty cells that follow it."""
    merged = 1
    while merged < len(total) and total[merged] is None:
        merged += 1
    return [row[0], *row[merged:]]


def _paragraphs(content: ReportContent) -> list[str]:
    """Every text the content prints outside its tables' cells: paragraphs, table titles, table notes."""
    texts = []
    for block in content.blocks:
        if isinstance(block, Paragraph):
            text = squeeze(block.text)
            bullet = block.style is ParagraphStyle.BULLET and not text.startswith("-")
            texts.append(f"- {text}" if bullet else text)
        else:
            texts.append(squeeze(block.title))
            if block.note:
                texts.append(squeeze(block.note))
    return texts


def check_pdf(content: ReportContent, expected: Sequence[Expected], folder: Path) -> None:
    document = read_pdf(render_pdf(content, folder / f"{content.file_stem}.pdf"))
    for text in _paragraphs(content):
        assert text in document.text, f"PDF: {text!r} not printed"
    grid = iter(document.rows)
    for table, wanted in zip(content.tables(), expected, strict=True):
        header = [squeeze(column.label) for column in table.columns]
        assert _compact(next(grid, None)) == _compact(header), f"PDF: header of {table.title}"
        rows = _printed_rows(wanted)
        if wanted.total is not None:
            rows[-1] = _merged_total(rows[-1], wanted.total)
        for number, want in enumerate(rows, start=1):
            got = next(grid, None)
            while got is not None and _compact(got) == _compact(header):  # repeated on a new page
                got = next(grid, None)
            assert got is not None and _compact(got) == _compact(want), (
                f"PDF: {table.title}, row {number}: printed {got}, SQL {want}"
            )
    assert next(grid, None) is None, "PDF: a grid row no table accounts for"


def _compact(row: PrintedRow | None) -> list[str] | None:
    """Cells without spaces: a word broken across lines (a date range) reads the same."""
    return None if row is None else ["".join(cell.split()) for cell in row]


def _blank(value: object) -> object:
    return None if value == "" else value


def check_xlsx(content: ReportContent, expected: Sequence[Expected], folder: Path) -> None:
    book = read_xlsx(render_xlsx(content, folder / f"{content.file_stem}.xlsx"))
    cover = {squeeze(text) for text in book.cover}
    for block in content.blocks:
        if isinstance(block, Paragraph):
            text = squeeze(block.text)
            assert text in cover or f"- {text}" in cover, f"XLSX: {text!r} not on the document sheet"
    assert len(book.tables) == len(expected)
    for table, sheet, wanted in zip(content.tables(), book.tables, expected, strict=True):
        assert sheet.title == table.title
        assert sheet.header == [column.label for column in table.columns]
        rows = [*wanted.rows, *(() if wanted.total is None else (wanted.total,))]
        for number, want in enumerate(rows, start=1):
            got = sheet.rows[number - 1]
            assert [_blank(v) for v in got] == [_blank(v) for v in want], (
                f"XLSX: {table.title}, row {number}: cells {got}, SQL {want}"
            )
        if wanted.total is not None:
            _check_total_formulas(table.title, sheet, wanted.total, len(rows) - 1)
        rest = sheet.rows[len(rows) :]
        notes = [cell for row in rest for cell in row if cell is not None]
        assert notes == ([table.note] if table.note else []), f"XLSX: below {table.title}: {notes}"


def _check_total_formulas(title: str, sheet: SheetTable, total: Row, index: int) -> None:
    """Each numeric total is a formula (a program recalculates it when the officer corrects a figure) and
    computes the total the report prints."""
    for column, want in enumerate(total):
        if not isinstance(want, int) or column == 0:
            continue
        formula = sheet.formulas[index][column]
        assert isinstance(formula, str) and formula.startswith("="), (
            f"XLSX: {title}: total {want} not a formula"
        )
        assert sheet.recalculated(formula) == want, (
            f"XLSX: {title}: {formula} recalculates otherwise than {want}"
        )


def check_html(content: ReportContent, expected: Sequence[Expected]) -> None:
    screen = read_html(render_html(content))
    for text in _paragraphs(content):
        assert text in screen.paragraphs, f"screen: {text!r} not shown"
    assert len(screen.tables) == len(expected)
    for table, shown, wanted in zip(content.tables(), screen.tables, expected, strict=True):
        header = [squeeze(column.label) for column in table.columns]
        assert shown == [header, *_printed_rows(wanted)], f"screen: {table.title}"


def check_everywhere(content: ReportContent, expected: Sequence[Expected], folder: Path) -> None:
    check_content(content, expected)
    check_html(content, expected)
    check_xlsx(content, expected, folder)
    check_pdf(content, expected, folder)
