"""Figure tables as reportlab tables: grid, header row repeated on every page, right-aligned numbers.

Built for thousands of rows (the activity log): every cell is a plain string, wrapped here with the font
metrics into "\\n"-separated lines, and row heights are computed here from the line counts, so reportlab
neither creates a Paragraph per cell nor measures every cell again when it splits the table across pages.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Paragraph as PdfParagraph

from gender_equality_desk.core.render.pdf.fonts import BOLD, REGULAR
from gender_equality_desk.core.render.pdf.pagination import BreakRules, FigureTable, flowing_height
from gender_equality_desk.core.render.pdf.styles import Decree30Styles, TableText
from gender_equality_desk.core.reports.content import Cell, CellKind, Table, TableColumn
from gender_equality_desk.core.reports.formatting import format_cell

TableCommand = tuple[Any, ...]  # e.g. ("ALIGN", (column, row), (column, row), "RIGHT")
LEVEL_INDENT = 10.0  # points per indentation level of indicator sub-rows
GRID_WIDTH = 0.5
# Text may run this far into each side's padding before it wraps: a date "17/01/2025" stays on one line
# in the activity log's narrow date column.
WRAP_SLACK = 1.5
SHORT_TABLE = 220.0  # points: a table this short is kept on one page
FIRST_ROWS = 3  # rows that must follow the header row on the page where a long table starts
TEXT_FLOOR = 40.0  # points a text column keeps when figure columns are widened at its expense
LONGEST_SAMPLED = 16  # the longest printed figures of a column are measured, not all 100,000
_ALIGN = {
    CellKind.INTEGER: "RIGHT",
    CellKind.VND: "RIGHT",
    CellKind.PERCENT: "RIGHT",
    CellKind.DATE: "CENTER",
}


def cell_text(value: Cell, kind: CellKind) -> str:
    """A cell as printed: numbers with "." thousands separators, percentages with a decimal comma, dates
    dd/mm/yyyy; text (e.g. "<3" where a small number is suppressed) as it is."""
    return format_cell(value, kind)


def column_widths(columns: Sequence[TableColumn], width: float) -> list[float]:
    """Relative column widths scaled to the frame width."""
    total = sum(column.width for column in columns) or 1.0
    return [width * column.width / total for column in columns]


def fitted_widths(
    columns: Sequence[TableColumn],
    printed: list[list[str]],
    text: TableText,
    width: float,
    *,
    merged_label: bool,
) -> list[float]:
    """`column_widths`, with each figure and date column widened to its widest printed cell (in bold, as
    the total row prints it): those never wrap. The room comes from the columns that can spare it, text
    first, which wrap a little more instead. A total label drawn across empty cells (`merged_label`, the
    last printed row) is not measured."""
    widths = column_widths(columns, width)
    needs = []
    for i, column in enumerate(columns):
        if column.kind is CellKind.TEXT:
            needs.append(0.0)
            continue
        cells = (row[i] for row in (printed[:-1] if merged_label and i == 0 else printed))
        longest = heapq.nlargest(LONGEST_SAMPLED, cells, key=len)
        widest = max((stringWidth(cell, BOLD, text.size) for cell in longest), default=0.0)
        needs.append(widest + 2 * text.padding)  # full padding: a figure never touches the grid
    short = sum(max(need - have, 0.0) for need, have in zip(needs, widths, strict=True))
    if short <= 0:
        return widths
    spare = [max(have - max(need, TEXT_FLOOR), 0.0) for need, have in zip(needs, widths, strict=True)]
    taken = min(short, sum(spare))
    return [
        need if need > have else have - taken * room / sum(spare)
        for need, have, room in zip(needs, widths, spare, strict=True)
    ]


@functools.lru_cache(maxsize=8192)  # log columns repeat their values (kinds, places, units)
def wrap_text(text: str, font: str, size: float, width: float) -> str:
    """`text` broken into lines no wider than `width` (one measurement when it already fits)."""
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return text
    lines: list[str] = []
    for part in text.split("\n"):
        for line in simpleSplit(part, font, size, width) or [""]:
            if stringWidth(line, font, size) <= width:
                lines.append(line)
            else:  # one word wider than the column, e.g. the date range "14/01–15/01/2025"
                lines.extend(_break_word(line, font, size, width))
    return "\n".join(lines)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Break after the last dash or slash that fits, else after the last character that fits."""
    pieces: list[str] = []
    rest = word
    while rest and stringWidth(rest, font, size) > width:
        fits = 1
        while fits < len(rest) and stringWidth(rest[: fits + 1], font, size) <= width:
            fits += 1
        cut = max((rest.rfind(mark, 0, fits) + 1 for mark in "–-/"), default=0)
        cut = cut if cut > 0 else fits
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


@dataclass(frozen=True)
class GridLayout:
    """Cell strings already wrapped, column widths, row heights and style commands of one table."""

    data: list[list[str]]
    widths: list[float]
    heights: list[float]
    commands: list[TableCommand]
    breaks: BreakRules

    def flowable(self) -> FigureTable:
        table = FigureTable(
            self.data,
            colWidths=self.widths,
            rowHeights=self.heights,
            style=self.commands,
            repeatRows=1,
            normalizedData=1,
            hAlign="LEFT",
        )
        table.break_rules = self.breaks
        return table

    def start_height(self) -> float:
        """What must fit on the page where the table starts: all of a short table, else the header and
        the first rows up to an allowed break."""
        whole = sum(self.heights)
        if whole <= SHORT_TABLE:
            return whole
        return sum(self.heights[: self.breaks.first_break(1 + FIRST_ROWS)])


def grid_layout(table: Table, text: TableText, width: float) -> GridLayout:
    kinds = [column.kind for column in table.columns]
    numeric = [kind is not CellKind.TEXT for kind in kinds]
    rows = [(row.cells, row.bold, row.level) for row in table.rows]
    group_rows = frozenset(number for number, row in enumerate(table.rows, start=1) if row.bold)
    totals = table.totals() if table.total_label is not None else None
    if totals is not None:
        rows.append((totals, True, 0))
    printed = [[cell_text(value, kinds[i]) for i, value in enumerate(cells)] for cells, _, _ in rows]
    merged_label = totals is not None and len(totals) > 1 and totals[1] is None
    widths = fitted_widths(table.columns, printed, text, width, merged_label=merged_label)
    inner = [w - 2 * text.padding + 2 * WRAP_SLACK for w in widths]
    indented = next((i for i, column in enumerate(table.columns) if column.kind is CellKind.TEXT), 0)
    size, leading, vertical = text.size, text.leading, 2 * text.padding

    header = [wrap_text(column.label, BOLD, size, inner[i]) for i, column in enumerate(table.columns)]
    data: list[list[str]] = [header]
    heights = [max(cell.count("\n") for cell in header) * leading + leading + vertical]
    commands: list[TableCommand] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), text.padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), text.padding),
        ("TOPPADDING", (0, 0), (-1, -1), text.padding - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), text.padding + 1),
        ("GRID", (0, 0), (-1, -1 if table.total_label is None else -2), GRID_WIDTH, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
    ]
    commands.extend(("ALIGN", (i, 1), (i, -1), _ALIGN[kind]) for i, kind in enumerate(kinds) if numeric[i])
    if totals is not None:
        commands.extend(_total_row_commands(totals, widths, text))
    text_columns = [i for i, is_number in enumerate(numeric) if not is_number]
    for number, ((_, bold, level), texts) in enumerate(zip(rows, printed, strict=True), start=1):
        font = BOLD if bold else REGULAR
        lines = 0
        for i in text_columns:  # figures and dates never wrap: `fitted_widths` made room for them
            if texts[i]:
                room = inner[i] - (level * LEVEL_INDENT if i == indented else 0)
                texts[i] = wrap_text(texts[i], font, size, room)
                lines = max(lines, texts[i].count("\n"))
        data.append(texts)
        heights.append(lines * leading + leading + vertical)
        if bold:
            commands.append(("FONTNAME", (0, number), (-1, number), BOLD))
        if level:
            padding = text.padding + level * LEVEL_INDENT
            commands.append(("LEFTPADDING", (indented, number), (indented, number), padding))

    breaks = BreakRules.for_table(len(data), group_rows, total=table.total_label is not None)
    return GridLayout(data, widths, heights, commands, breaks)


def _total_row_commands(totals: Sequence[Cell], widths: list[float], text: TableText) -> list[TableCommand]:
    """The "Tổng cộng" label centred over the empty cells after it, so a narrow first column (STT) can
    hold it: one box around those cells, the label drawn across them. Not a SPAN: reportlab recomputes
    spans over every cell of the table each time it splits it, which made the long log quadratic."""
    merged = 1
    while merged < len(totals) and totals[merged] is None:
        merged += 1
    label = cell_text(totals[0], CellKind.TEXT)
    room = sum(widths[:merged]) - stringWidth(label, BOLD, text.size)
    commands: list[TableCommand] = [
        ("BOX", (0, -1), (merged - 1, -1), GRID_WIDTH, colors.black),
        ("ALIGN", (0, -1), (0, -1), "LEFT"),
        ("LEFTPADDING", (0, -1), (0, -1), max(room / 2, text.padding)),
    ]
    if merged < len(totals):
        commands.append(("GRID", (merged, -1), (-1, -1), GRID_WIDTH, colors.black))
    return commands


@dataclass(frozen=True)
class FigureBlock:
    """A figure table's flowables (title, grid, note) and the height of its start: the title with the
    first rows, which must share a page (see `GridLayout.start_height`)."""

    flowables: list[Flowable]
    start_height: float


def figure_table(table: Table, styles: Decree30Styles, width: float) -> FigureBlock:
    """Title above, grid, note below (e.g. the small-number suppression rule)."""
    grid = grid_layout(table, styles.table_text, width)
    flowables: list[Flowable] = []
    start = grid.start_height()
    if table.title:
        title = PdfParagraph(escape(table.title), styles.table_title)
        start += flowing_height(title, width)
        flowables.append(title)
    flowables.append(grid.flowable())
    if table.note:
        flowables.append(PdfParagraph(escape(table.note), styles.table_note))
    return FigureBlock(flowables, start)
