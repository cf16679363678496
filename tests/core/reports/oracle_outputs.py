"""A report read back as its reader sees it: the PDF's grid and words, the workbook's cells, the screen's
HTML — each reduced to rows of cell texts and the running text, for the oracle to compare.

The PDF is read by position: the grid lines a table strokes give its rows and columns, and each word is
put in the cell it is drawn in. A figure is thus found in its own row and column, not merely somewhere
on the page.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pypdf
from openpyxl.utils import column_index_from_string

TOP_MARGIN_TEXT = 45.0  # points from the top: page numbers, not the document
SNAP = 0.3  # points: grid lines closer than this are one line

PrintedRow = list[str]


def squeeze(text: str) -> str:
    """Text with every run of white space one space: how wrapped lines read once joined."""
    return " ".join(text.split())


def printed(value: object) -> str:
    """A value as a Vietnamese document prints it: 1.234.567, 05/12/2025, blank for nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


@dataclass
class PdfDocument:
    rows: list[PrintedRow] = field(default_factory=list)  # every grid row of every table, in order
    text: str = ""  # everything outside the grids (paragraphs, table titles and notes), squeezed


@dataclass(frozen=True)
class _Run:
    text: str
    x: float
    top: float  # baseline, points from the top of the page


@dataclass(frozen=True)
class _Line:
    x1: float
    top1: float
    x2: float
    top2: float


def _apply(matrix: list[float], x: float, y: float) -> tuple[float, float]:
    return matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]


def _read_page(page: pypdf.PageObject) -> tuple[list[_Run], list[_Line]]:
    """The text runs and the stroked straight lines of a page, in one pass over its content stream."""
    height = float(page.mediabox.top)
    runs: list[_Run] = []
    lines: list[_Line] = []
    path: list[_Line] = []
    point = (0.0, 0.0)

    def operator(op: bytes, operands: list[object], cm: list[float], tm: list[float]) -> None:
        nonlocal point, path
        values = [float(v) for v in operands if isinstance(v, int | float)]
        if op == b"m":
            point = _apply(cm, *values)
        elif op == b"l":
            end = _apply(cm, *values)
            path.append(_Line(point[0], height - point[1], end[0], height - end[1]))
            point = end
        elif op == b"S":
            lines.extend(path)
            path = []
        elif op in (b"n", b"f", b"f*", b"F", b"B", b"B*", b"b", b"b*"):
            path = []

    def text(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x, y = _apply(cm, tm[4], tm[5])  # the text origin, in page space
            runs.append(_Run(text.strip("\n"), x, height - y))

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return runs, lines


def _snap(values: list[float]) -> list[float]:
    snapped: list[float] = []
    for value in sorted(values):
        if not snapped or value - snapped[-1] > SNAP:
            snapped.append(value)
    return snapped


def _grid_rows(lines: list[_Line]) -> list[tuple[float, float, list[float]]]:
    """(top, bottom, column boundaries) of each table row drawn on the page, top to bottom: a band between
    two horizontal lines that vertical lines cross."""
    flat = [line for line in lines if math.isclose(line.top1, line.top2, abs_tol=0.01)]
    upright = [line for line in lines if math.isclose(line.x1, line.x2, abs_tol=0.01)]
    bands = []
    ys = _snap([line.top1 for line in flat])
    for top, bottom in itertools.pairwise(ys):
        middle = (top + bottom) / 2
        xs = _snap([
            line.x1 for line in upright if min(line.top1, line.top2) < middle < max(line.top1, line.top2)
        ])  # fmt: skip
        if len(xs) >= 2:
            bands.append((top, bottom, xs))
    return bands


def read_pdf(path: Path) -> PdfDocument:
    reader = pypdf.PdfReader(path)
    document = PdfDocument()
    outside: list[str] = []
    for page in reader.pages:
        runs, lines = _read_page(page)
        bands = _grid_rows(lines)
        cells: list[list[list[_Run]]] = [[[] for _ in xs[1:]] for _, _, xs in bands]
        for run in runs:
            if run.top < TOP_MARGIN_TEXT:
                continue
            band = next(
                (i for i, (top, bottom, xs) in enumerate(bands)
                 if top < run.top < bottom and xs[0] - SNAP <= run.x <= xs[-1] + SNAP),
                None,
            )  # fmt: skip
            if band is None:
                outside.append(run.text)
                continue
            xs = bands[band][2]
            column = min(max(bisect_right(xs, run.x + SNAP) - 1, 0), len(xs) - 2)
            cells[band][column].append(run)
        for row in cells:
            document.rows.append(
                [squeeze(" ".join(r.text for r in sorted(cell, key=lambda r: (r.top, r.x)))) for cell in row]
            )
    document.text = squeeze(" ".join(outside))
    return document


# -- XLSX -------------------------------------------------------------------------------------------------

FIRST_FIGURE_ROW = 5  # rows 1–4: issuing body, title, blank, header (render/xlsx/table_sheet.py)


@dataclass(frozen=True)
class SheetTable:
    title: str
    header: list[object]
    rows: list[list[object]]  # every row after the header down to the last filled one
    formulas: list[list[object]]  # the same rows as written: a total is "=SUM(…)"
    grid: list[list[object]]  # every cell of the sheet by (row - 1, column - 1), for recalculation

    def recalculated(self, formula: str) -> int:
        """What a spreadsheet program computes for an "=SUM(B5:B9,B11)" total: the numbers in its ranges."""
        total = 0
        for first, last in REFERENCE.findall(formula):
            (col1, row1), (col2, row2) = _cell(first), _cell(last or first)
            for row in range(row1, row2 + 1):
                for col in range(col1, col2 + 1):
                    value = self.grid[row - 1][col - 1]
                    if isinstance(value, int | float) and not isinstance(value, bool):
                        total += int(value)
        return total


REFERENCE = re.compile(r"([A-Z]+[0-9]+)(?::([A-Z]+[0-9]+))?")


def _cell(reference: str) -> tuple[int, int]:
    letters = reference.rstrip("0123456789")
    return column_index_from_string(letters), int(reference[len(letters) :])


@dataclass(frozen=True)
class Workbook:
    cover: list[str]  # every text cell of the document sheet, in order
    tables: list[SheetTable]  # one per table sheet, in sheet order


def _value(value: object) -> object:
    return value.date() if isinstance(value, datetime) else value


def _sheets(path: Path, *, data_only: bool) -> list[list[list[object]]]:
    book = openpyxl.load_workbook(path, data_only=data_only, read_only=True)
    try:
        return [
            [[_value(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def read_xlsx(path: Path) -> Workbook:
    """The cells as a reader without a calculation engine sees them (totals by their stored result), and
    the formulas a spreadsheet program recalculates."""
    values, written = _sheets(path, data_only=True), _sheets(path, data_only=False)
    cover = [str(cell) for row in values[0] for cell in row if cell]
    tables = [
        SheetTable(str(grid[1][0]), grid[3], grid[FIRST_FIGURE_ROW - 1 :], raw[FIRST_FIGURE_ROW - 1 :], grid)
        for grid, raw in zip(values[1:], written[1:], strict=True)
    ]
    return Workbook(cover, tables)


# -- HTML -------------------------------------------------------------------------------------------------


# Paragraphs are <p>; report headings are <h4> (the one heading tag Qt prints at body size, and what its
# page breaks keep with the next block: gui/printing.py).
BLOCK_TAGS = ("p", "h4")


class _Screen(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[PrintedRow]] = []
        self.paragraphs: list[str] = []
        self._depth = 0  # inside a figure table (border='1')
        self._row: PrintedRow | None = None
        self._cell: list[str] | None = None
        self._span = 1  # columns the open cell covers (the total label spans the empty cells after it)
        self._paragraph: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and dict(attrs).get("border") == "1":
            self._depth += 1
            self.tables.append([])
        elif self._depth and tag == "tr":
            self._row = []
        elif self._depth and tag in ("td", "th"):
            self._cell = []
            self._span = int(dict(attrs).get("colspan") or 1)
        elif tag in BLOCK_TAGS and not self._depth:
            self._paragraph = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._depth:
            self._depth -= 1
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(squeeze("".join(self._cell).replace("\xa0", " ")))
            self._row.extend([""] * (self._span - 1))  # as the other outputs: the label, then empty cells
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None
        elif tag in BLOCK_TAGS and self._paragraph is not None:
            self.paragraphs.append(squeeze("".join(self._paragraph)))
            self._paragraph = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif self._paragraph is not None:
            self._paragraph.append(data)


@dataclass(frozen=True)
class Screen:
    tables: list[list[PrintedRow]]  # figure tables: header row, figure rows, total row
    paragraphs: list[str]  # paragraphs, table titles and notes, squeezed


def read_html(html: str) -> Screen:
    parser = _Screen()
    parser.feed(html)
    parser.close()
    return Screen(parser.tables, parser.paragraphs)
