"""Where pages may break: the rows a figure table may break after, and heights that must share a page.

reportlab breaks a table after the last row that fits on the page. A report may not break there when that
leaves a bold group row ("II. Các hoạt động chuyên đề") as the last row of a page, away from the rows it
heads, or sends too few rows to the next page: the total row alone (or with one figure) under the
repeated header reads as a table of its own. `BreakRules` say which breaks are allowed, `FigureTable`
applies them at every break of a long table, not only the first one (reportlab's own `rowSplitRange` is
dropped from the rest of a table once it has been split, and its NOSPLIT command walks every cell of the
table at every break, which made the 100,000-row activity log quadratic).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import LongTable  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Paragraph as PdfParagraph

HEADER_ROWS = 1  # the column headings, repeated on every page
FIGURES_WITH_TOTAL = 2  # figure rows that go to a new page with the total row


@dataclass(frozen=True)
class BreakRules:
    """The breaks allowed in a table of `rows` rows (header included); a break `n` puts rows 0…n-1 on
    this page and the header with rows n… on the next."""

    rows: int
    group_rows: frozenset[int] = frozenset()  # indices of bold group rows (header included)
    tail: int = 2  # rows that end the table together: never one row alone on a page

    @classmethod
    def for_table(cls, rows: int, group_rows: frozenset[int], *, total: bool) -> BreakRules:
        return cls(rows, group_rows, 1 + FIGURES_WITH_TOTAL if total else 2)

    def last_break(self, fits: int) -> int:
        """The latest allowed break that keeps at most `fits` rows on this page; 0 when there is none."""
        for n in range(min(fits, self.rows - self.tail), HEADER_ROWS, -1):
            if (n - 1) not in self.group_rows:
                return n
        return 0

    def first_break(self, at_least: int) -> int:
        """The earliest allowed break with at least `at_least` rows before it; all rows when none is."""
        for n in range(max(at_least, HEADER_ROWS + 1), self.rows - self.tail + 1):
            if (n - 1) not in self.group_rows:
                return n
        return self.rows

    def after_break(self, n: int) -> BreakRules:
        """The rules of the part that goes on: the header again, then rows n…"""
        shift = n - HEADER_ROWS
        return BreakRules(
            self.rows - shift, frozenset(row - shift for row in self.group_rows if row >= n), self.tail
        )


class FigureTable(LongTable):
    """A reportlab LongTable that breaks only where `break_rules` allow (see the module docstring)."""

    break_rules: BreakRules | None = None
    _at_top = False
    _nrows: int  # set by reportlab

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 (reportlab's names)
        # At the top of a page the table cannot go further down: if no allowed break fits there (a page
        # shorter than the rows the rules keep together), it breaks where reportlab would.
        frame = getattr(self, "_frame", None)
        self._at_top = bool(getattr(frame, "_atTop", False))
        pieces: list[Any] = super().split(availWidth, availHeight)
        if len(pieces) == 2 and self.break_rules is not None:
            pieces[1].break_rules = self.break_rules.after_break(pieces[0]._nrows)
        return pieces

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:  # noqa: N802, N803
        """reportlab's hook for the break position: the rows that fit, moved up to an allowed break."""
        fits: int = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)  # type: ignore[misc]
        rules = self.break_rules
        if rules is None or fits >= self._nrows:
            return fits
        allowed = rules.last_break(fits)
        return fits if allowed == 0 and self._at_top else allowed


def flowing_height(paragraph: PdfParagraph, width: float, lines: int | None = None) -> float:
    """Height `paragraph` takes in the flow with its space above and below; with `lines`, the height of
    its first lines only (a paragraph of fewer lines counts whole)."""
    height = paragraph.wrap(width, 1e6)[1]
    style = paragraph.style
    if lines is not None:
        height = min(height, lines * style.leading)
    return float(height + style.spaceBefore + style.spaceAfter)
