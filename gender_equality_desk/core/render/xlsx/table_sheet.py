"""One figure table as one worksheet: issuing body, merged title, bold header, figures, total formulas, note.

Rows 1–4 are fixed so the officer always finds the same layout: 1 issuing body, 2 title, 3 blank,
4 column headers (frozen, repeated on every printed page), figures from row 5.

The total row holds what `Table.totals()` says, the numbers the PDF prints: a number that =SUM over the
figure rows reproduces is written as that formula, its result stored with it (see `cached_values`); text
such as "—" (nothing recorded) is written as text, never as a formula summing nothing.
"""

from __future__ import annotations

from typing import TypeGuard

from openpyxl.cell import Cell as SheetCell
from openpyxl.utils import get_column_letter

from gender_equality_desk.core.render.xlsx import measure, styles
from gender_equality_desk.core.render.xlsx.cached_values import Number
from gender_equality_desk.core.render.xlsx.cells import CellFactory, Sheet, merge
from gender_equality_desk.core.render.xlsx.formulas import figure_runs, formula_reproduces, sum_formula
from gender_equality_desk.core.render.xlsx.page import prepare_sheet, print_setup
from gender_equality_desk.core.reports.content import Cell, CellKind, Table, TableColumn, TableRow

ISSUER_ROW, TITLE_ROW, HEADER_ROW = 1, 2, 4
FIRST_FIGURE_ROW = HEADER_ROW + 1


def write_table_sheet(sheet: Sheet, table: Table, issuing_body: str, *, landscape: bool) -> dict[str, Number]:
    """Write `table` into `sheet`; return the total formulas' results by cell reference."""
    measured = measure.column_widths(table)
    wide = landscape or sum(measured) > measure.PORTRAIT_MAX_WIDTH
    budget = measure.LANDSCAPE_MAX_WIDTH if wide else measure.PORTRAIT_MAX_WIDTH
    title_units = measure.text_units(table.title, bold=True) * styles.TITLE_PT / styles.TABLE_PT
    widths = measure.widen_for_title(table, measure.fit_to_page(table, measured, budget), title_units, budget)
    width_total = sum(widths)
    last_letter = get_column_letter(len(table.columns))
    prepare_sheet(sheet, widths)
    sheet.freeze_panes = f"A{FIRST_FIGURE_ROW}"
    cells = CellFactory(sheet)

    sheet.append([cells.make(1, issuing_body, styles.ISSUER)])
    # Heights before the rows: a write-only sheet writes each row as it is appended.
    title_lines = measure.lines_needed(table.title, width_total, bold=True, size_ratio=13 / 12)
    sheet.row_dimensions[TITLE_ROW].height = measure.row_height(title_lines, 13 / 12)
    _append_merged(sheet, cells, TITLE_ROW, table.title, styles.TITLE, len(table.columns))
    sheet.append([])

    labels = [column.label for column in table.columns]
    sheet.row_dimensions[HEADER_ROW].height = measure.row_height(measure.header_lines(labels, widths))
    sheet.append([cells.make(index, label, styles.HEADER) for index, label in enumerate(labels, start=1)])

    for number, row in enumerate(table.rows, start=FIRST_FIGURE_ROW):
        lines = measure.figure_row_lines(row.cells, widths, row.bold, row.level)
        if lines > 1:
            sheet.row_dimensions[number].height = measure.row_height(lines)
        sheet.append(_figure_row(cells, table.columns, row))
    last_figure_row = HEADER_ROW + len(table.rows)
    next_row = last_figure_row + 1
    results: dict[str, Number] = {}
    if table.total_label is not None:
        runs = figure_runs(FIRST_FIGURE_ROW, [row.bold for row in table.rows])
        results = _append_total(sheet, cells, table, next_row, runs)
        next_row += 1
    if table.note:
        sheet.append([])
        next_row += 1
        note_lines = measure.lines_needed(table.note, width_total, size_ratio=11 / 12)
        sheet.row_dimensions[next_row].height = measure.row_height(note_lines, 11 / 12)
        _append_merged(sheet, cells, next_row, table.note, styles.NOTE, len(table.columns))

    if table.rows:
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_letter}{last_figure_row}"
    print_setup(
        sheet,
        landscape=wide,
        title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
        page_numbers=True,
    )
    return results


def _append_merged(sheet: Sheet, cells: CellFactory, row: int, text: str, style: str, width: int) -> None:
    sheet.append([cells.make(1, text, style)])
    if width > 1:
        merge(sheet, f"A{row}:{get_column_letter(width)}{row}")


def _figure_row(cells: CellFactory, columns: tuple[TableColumn, ...], row: TableRow) -> list[SheetCell]:
    out = []
    for index, (column, value) in enumerate(zip(columns, row.cells, strict=True), start=1):
        out.append(cells.make(index, value, _style_for(column.kind, value, row.bold), _indent(index, row)))
    return out


def _style_for(kind: CellKind, value: Cell, bold: bool) -> str:
    if kind is not CellKind.TEXT and isinstance(value, str):
        # "<3" (a suppressed small number), "—" (nothing recorded): visibly not a number
        return styles.TEXT_IN_NUMBER_COLUMN_BOLD if bold else styles.TEXT_IN_NUMBER_COLUMN
    return styles.cell_style(kind, bold)


def _indent(index: int, row: TableRow) -> int:
    return row.level if index == 1 else 0


def _append_total(
    sheet: Sheet, cells: CellFactory, table: Table, row: int, runs: list[tuple[int, int]]
) -> dict[str, Number]:
    """The label spans the columns before the first total; each total is written as the module docstring
    says. A number the formula would not reproduce is written as that number, so the sheet never shows
    another total than the printed report."""
    totals = table.totals()
    label_end = next((i for i, value in enumerate(totals[1:], start=1) if value is not None), len(totals))
    results: dict[str, Number] = {}
    out = [cells.make(1, table.total_label, styles.TOTAL_LABEL)]
    for index, (column, value) in enumerate(zip(table.columns, totals, strict=True)):
        if index == 0:
            continue
        number = index + 1
        if index < label_end:
            out.append(cells.make(number, None, styles.TOTAL_LABEL))
        elif _is_number(value) and column.summed and formula_reproduces(table, index, value):
            letter = get_column_letter(number)
            out.append(cells.formula(number, sum_formula(letter, runs), styles.cell_style(column.kind, True)))
            results[f"{letter}{row}"] = value
        else:
            out.append(cells.make(number, value, _style_for(column.kind, value, bold=True)))
    sheet.append(out)
    if label_end > 1:
        merge(sheet, f"A{row}:{get_column_letter(label_end)}{row}")
    return results


def _is_number(value: Cell) -> TypeGuard[Number]:
    return isinstance(value, int | float) and not isinstance(value, bool)
