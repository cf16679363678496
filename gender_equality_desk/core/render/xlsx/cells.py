"""Styled cells for both openpyxl modes, written row by row with `append`.

Both the ordinary and the write-only worksheet accept rows of `WriteOnlyCell`, so one writer serves both.
In write-only mode a row is serialised the moment it is appended, so one styled cell per (column, style)
is reused with a new value each row: the style is resolved once instead of 100,000 times. An ordinary
worksheet keeps the cell objects it is given, so there every cell is new.
"""

from __future__ import annotations

from datetime import date

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

# A write-only sheet has every Worksheet attribute used here (openpyxl copies them onto it at run time;
# its type stubs do not declare them), so both kinds are handled as a Worksheet.
Sheet = Worksheet
Value = str | int | float | date | None

EXCEL_TEXT_LIMIT = 32_767


def clean_text(text: str) -> str:
    """Text a cell can hold: no control characters (openpyxl refuses them), within Excel's length limit."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub(" ", text)
    return text[:EXCEL_TEXT_LIMIT]


class CellFactory:
    def __init__(self, sheet: Sheet) -> None:
        self._sheet = sheet
        self._reuse = isinstance(sheet, WriteOnlyWorksheet)
        self._prototypes: dict[tuple[int, str, int], Cell] = {}

    def make(self, column: int, value: Value, style: str, indent: int = 0) -> Cell:
        """A cell for 1-based `column` of the next appended row. Text is always text, never a formula."""
        cell = self._cell(column, style, indent)
        if isinstance(value, str):
            cell.value = clean_text(value)
            cell.data_type = "s"  # "=HYPERLINK(…)" typed in a title must stay words, not run as a formula
        else:
            cell.value = value
        return cell

    def formula(self, column: int, formula: str, style: str) -> Cell:
        cell = self._cell(column, style, 0)
        cell.value = formula
        return cell

    def _cell(self, column: int, style: str, indent: int) -> Cell:
        if not self._reuse:
            return self._styled(style, indent)
        key = (column, style, indent)
        cell = self._prototypes.get(key)
        if cell is None:
            cell = self._prototypes[key] = self._styled(style, indent)
        return cell

    def _styled(self, style: str, indent: int) -> Cell:
        cell = WriteOnlyCell(self._sheet)
        cell.style = style
        if indent:
            base = cell.alignment
            cell.alignment = Alignment(
                horizontal=base.horizontal, vertical=base.vertical, wrap_text=base.wrap_text, indent=indent
            )
        return cell


def merge(sheet: Sheet, ref: str) -> None:
    """Merge a range: real merged cells in an ordinary sheet, a merge record in a write-only one."""
    if isinstance(sheet, Worksheet):
        sheet.merge_cells(ref)
    else:
        sheet.merged_cells.add(ref)
