"""Column widths and row heights for Vietnamese text, measured by characters.

A spreadsheet column width counts "0" digits of the workbook's default font (Calibri 11, 7 px). Times New
Roman 12 pt is about as wide per lowercase letter, wider for capitals and digits, narrower for spaces and
punctuation, so each character gets a weight. Vietnamese text may arrive decomposed (NFD: "ệ" as e + two
combining marks); combining marks take no width.
"""

from __future__ import annotations

import functools
import heapq
import unicodedata
from collections.abc import Iterable, Sequence

from gender_equality_desk.core.reports.content import Cell, CellKind, Table

PADDING = 1.8  # cell margins and the border, in width units, with room to spare
WRAP_PADDING = 0.8  # what the cell margins really take: heights must not leave blank lines
TEXT_MAX_WIDTH = 50.0  # longer text wraps instead of widening the column further
TEXT_MIN_WIDTH = 6.0
SHORT_HEADER = 12.0  # text-column headers up to this width are not wrapped
NUMBER_MIN_WIDTH = 7.0
NUMBER_INDENT = 1.5  # figures keep one indent step clear of the right border
LONGEST_SAMPLED = 24  # only the longest strings of a column are weighed character by character
PORTRAIT_MAX_WIDTH = 100.0  # wider tables print landscape (A4 portrait fits ~100 units at 12 pt)
LANDSCAPE_MAX_WIDTH = 140.0  # landscape fits ~136 at 100 %; a little more is scaled to fit the width
LINE_HEIGHT_PT = 15.0  # Times New Roman 12 pt: Excel 15.75 for a single line, LibreOffice ~14 per line

_NARROW = frozenset(" .,;:!'|()[]-/·")
_SCALE = {False: 1.0, True: 1.08}  # bold is ~8 % wider
_WIDEST_CHAR = 1.25 * 1.08


def text_units(text: str, bold: bool = False) -> float:
    """Printed width of `text` in column-width units (Times New Roman 12 pt).

    The weights were calibrated against LibreOffice's rendering with Tinos (metric-compatible with
    Times New Roman): a 115-character bold line fills 92 units.
    """
    total = 0.0
    for char in text:
        if unicodedata.combining(char):
            continue
        if char in _NARROW:
            total += 0.45
        elif char.isdigit():
            total += 1.15
        elif char.isupper():
            total += 1.25
        else:
            total += 0.85
    return total * _SCALE[bold]


DATE_UNITS = text_units("00/00/0000", bold=True)  # "dd/mm/yyyy", as wide in the bold total row


# Vietnamese is written in short syllables that recur constantly ("truyền", "xã", "hoạt"): a 100,000-row
# log has a few thousand distinct words, so wrapping is measured word by word from a cache.
_word_units = functools.lru_cache(maxsize=1 << 16)(text_units)


def number_units(value: float, kind: CellKind) -> float:
    """Width of a number as displayed: digits plus one separator per thousands group."""
    if kind is CellKind.PERCENT:
        return 7.0
    digits = len(str(abs(int(value))))
    shown = digits * 1.15 + (digits - 1) // 3 * 0.57 + (0.6 if value < 0 else 0.0)
    return shown * _SCALE[True] + NUMBER_INDENT  # as wide as in the bold total row


def _longest_word(label: str) -> float:
    return max((text_units(word, bold=True) for word in label.split()), default=0.0)


def _widest_text(values: Iterable[str]) -> float:
    longest = heapq.nlargest(LONGEST_SAMPLED, values, key=len)
    return max((text_units(value) for value in longest), default=0.0)


def column_widths(table: Table) -> list[float]:
    """One width per column: wide enough for the figures and for the header's longest word; text capped.

    Header labels wrap (the header row grows taller) rather than widening figure columns.
    """
    widths = []
    totals = table.totals() if table.total_label else ()
    # The total label is merged over the empty total cells after it: it widens the first column only
    # when it stands alone there (the STT column of the log would otherwise be as wide as "Tổng cộng").
    label_alone = len(totals) < 2 or totals[1] is not None
    for index, column in enumerate(table.columns):
        cells: list[Cell] = [row.cells[index] for row in table.rows]
        if totals and (index or label_alone):
            cells.append(totals[index])
        header = _longest_word(column.label) + PADDING
        texts = [cell for cell in cells if isinstance(cell, str)]
        body = _widest_text(texts) + PADDING
        if column.kind is CellKind.TEXT:
            # A short header ("Ghi chú") stays on one line; a long one wraps into a column its text needs.
            header = max(header, min(text_units(column.label, bold=True), SHORT_HEADER) + PADDING)
            indent = max((row.level for row in table.rows), default=0) * 1.5 if index == 0 else 0.0
            width = max(TEXT_MIN_WIDTH, header, min(TEXT_MAX_WIDTH, body + indent))
        else:
            numbers = [cell for cell in cells if isinstance(cell, int | float) and not isinstance(cell, bool)]
            figures = max((number_units(n, column.kind) for n in numbers), default=0.0) + PADDING
            if column.kind is CellKind.DATE:  # else Excel shows "########"
                figures = max(figures, DATE_UNITS + PADDING)
            width = max(NUMBER_MIN_WIDTH, header, figures, body)
        widths.append(round(width, 1))
    return widths


def fit_to_page(table: Table, widths: list[float], budget: float) -> list[float]:
    """Narrow the text columns, in proportion to their relative `TableColumn.width`, until the table fits
    `budget` units; text then wraps. Figure columns and header words are never cut."""
    text = [i for i, column in enumerate(table.columns) if column.kind is CellKind.TEXT]
    available = budget - sum(w for i, w in enumerate(widths) if i not in text)
    if sum(widths[i] for i in text) <= available:
        return widths
    fitted = list(widths)
    open_columns = list(text)
    while open_columns:  # water-filling: columns needing less than their share keep their width
        weight = sum(table.columns[i].width for i in open_columns)
        share = {i: max(available, 0.0) * table.columns[i].width / weight for i in open_columns}
        satisfied = [i for i in open_columns if widths[i] <= share[i]]
        if not satisfied:
            for i in open_columns:
                floor = max(TEXT_MIN_WIDTH, _longest_word(table.columns[i].label) + PADDING)
                fitted[i] = round(max(floor, share[i]), 1)
            break
        for i in satisfied:
            available -= widths[i]
            open_columns.remove(i)
    return fitted


def widen_for_title(table: Table, widths: list[float], title_units: float, budget: float) -> list[float]:
    """A narrow table (two columns of money) widens its first text column so the title keeps one line."""
    missing = min(title_units + PADDING, budget) - sum(widths)
    text = [i for i, column in enumerate(table.columns) if column.kind is CellKind.TEXT]
    if missing <= 0 or not text:
        return widths
    widened = list(widths)
    widened[text[0]] = round(widened[text[0]] + missing, 1)
    return widened


def lines_needed(text: str, width: float, bold: bool = False, size_ratio: float = 1.0) -> int:
    """Lines `text` takes when word-wrapped in a cell `width` units wide (explicit newlines kept)."""
    usable = max(width - WRAP_PADDING, 1.0)
    space = _word_units(" ", bold) * size_ratio
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            word_width = _word_units(word, bold) * size_ratio
            if used and used + space + word_width <= usable:
                used += space + word_width
                continue
            if used:
                lines += 1
            # A word wider than the cell breaks over several lines.
            lines += int(word_width // usable) if word_width > usable else 0
            used = word_width % usable if word_width > usable else word_width
    return max(lines, 1)


def figure_row_lines(cells: Sequence[object], widths: Sequence[float], bold: bool, first_indent: int) -> int:
    """Lines the tallest text of a table row needs: neither LibreOffice nor Excel reliably grows a row
    for wrapped text in a file they did not write, so the renderer sets the height itself."""
    lines = 1
    for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        if not isinstance(cell, str):
            continue
        usable = width - WRAP_PADDING - (first_indent * 1.5 if index == 0 else 0.0)
        if len(cell) * _WIDEST_CHAR <= usable:  # fast path: fits even if every letter were a capital
            continue
        lines = max(lines, lines_needed(cell, usable + WRAP_PADDING, bold))
    return lines


def row_height(lines: int, size_ratio: float = 1.0) -> float:
    return round(lines * LINE_HEIGHT_PT * size_ratio + 2.0, 1)


def header_lines(labels: Sequence[str], widths: Sequence[float]) -> int:
    return max((lines_needed(label, width, bold=True) for label, width in zip(labels, widths, strict=True)),
               default=1)  # fmt: skip
