"""Total-row formulas: =SUM over the figure rows, skipping bold group rows as Table.totals() does."""

from __future__ import annotations

import math
from collections.abc import Sequence

from gender_equality_desk.core.reports.content import Table

MAX_ARGUMENTS = 200  # Excel allows 255 arguments per function; nested SUMs go beyond that


def figure_runs(first_row: int, bold_rows: Sequence[bool]) -> list[tuple[int, int]]:
    """Sheet row ranges (inclusive) of the consecutive non-bold rows, the rows a total adds up."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for offset, bold in enumerate(bold_rows):
        row = first_row + offset
        if bold:
            if start is not None:
                runs.append((start, row - 1))
                start = None
        elif start is None:
            start = row
    if start is not None:
        runs.append((start, first_row + len(bold_rows) - 1))
    return runs


def sum_formula(column_letter: str, runs: Sequence[tuple[int, int]]) -> str:
    """ "=SUM(C6:C11)", "=SUM(C6:C8,C10:C12)"; "=0" over no rows, so the officer sees a total of 0."""
    if not runs:
        return "=0"
    ranges = [
        f"{column_letter}{start}" if start == end else f"{column_letter}{start}:{column_letter}{end}"
        for start, end in runs
    ]
    while len(ranges) > MAX_ARGUMENTS:
        ranges = [
            f"SUM({','.join(ranges[i : i + MAX_ARGUMENTS])})" for i in range(0, len(ranges), MAX_ARGUMENTS)
        ]
    return f"=SUM({','.join(ranges)})"


def formula_reproduces(table: Table, column: int, total: int | float) -> bool:
    """Whether the total formula of `column` computes `total`: SUM over the figure rows (not the bold
    group rows) adds their numbers and skips text ("<3") and blanks, as `Table.totals()` does today."""
    values = [row.cells[column] for row in table.rows if not row.bold]
    computed = sum(v for v in values if isinstance(v, int | float) and not isinstance(v, bool))
    return math.isclose(computed, total, rel_tol=1e-12, abs_tol=1e-9)
