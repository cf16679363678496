"""Cutting a large sheet into office-printer pages that overlap, so they can be glued edge to edge.

Each page prints a `content` rectangle inside a white margin the printer cannot reach. Neighbouring
pages share `overlap` points: the officer cuts a page along its left and top content edge and glues it
over the strip its neighbour already printed. Rows count from the top, columns from the left.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from gender_equality_desk.core.render.banner.spec import MM_TO_PT

DEFAULT_OVERLAP_MM = 10
DEFAULT_MARGIN_MM = 12


class Paper(StrEnum):
    A4 = "A4"
    A3 = "A3"


PAPER_MM = {Paper.A4: (210.0, 297.0), Paper.A3: (297.0, 420.0)}


@dataclass(frozen=True)
class TilePlan:
    page_width: float
    page_height: float
    margin: float
    overlap: float
    rows: int
    cols: int

    @property
    def content_width(self) -> float:
        return self.page_width - 2 * self.margin

    @property
    def content_height(self) -> float:
        return self.page_height - 2 * self.margin

    @property
    def page_count(self) -> int:
        return self.rows * self.cols

    def region(self, row: int, col: int, sheet_height: float) -> tuple[float, float]:
        """Bottom-left corner, in sheet coordinates, of what page (row, col) prints (both from 0)."""
        x = col * (self.content_width - self.overlap)
        top = sheet_height - row * (self.content_height - self.overlap)
        return x, top - self.content_height


def _count(length: float, content: float, overlap: float) -> int:
    return max(1, math.ceil((length - overlap) / (content - overlap) - 1e-9))


def plan_tiles(
    sheet_width: float,
    sheet_height: float,
    paper: Paper,
    overlap_mm: float = DEFAULT_OVERLAP_MM,
    margin_mm: float = DEFAULT_MARGIN_MM,
) -> TilePlan:
    """The grid with the fewest pages, trying the paper both upright and turned."""
    short, long = (side * MM_TO_PT for side in PAPER_MM[paper])
    return plan_tiles_on_page(sheet_width, sheet_height, short, long, overlap_mm, margin_mm)


def plan_tiles_on_page(
    sheet_width: float,
    sheet_height: float,
    page_short: float,
    page_long: float,
    overlap_mm: float = DEFAULT_OVERLAP_MM,
    margin_mm: float = DEFAULT_MARGIN_MM,
) -> TilePlan:
    """As `plan_tiles` for any page size in points (the paper a printer driver offers)."""
    margin, overlap = margin_mm * MM_TO_PT, overlap_mm * MM_TO_PT
    plans = []
    for page_width, page_height in ((page_short, page_long), (page_long, page_short)):
        cols = _count(sheet_width, page_width - 2 * margin, overlap)
        rows = _count(sheet_height, page_height - 2 * margin, overlap)
        plans.append(TilePlan(page_width, page_height, margin, overlap, rows, cols))
    return min(plans, key=lambda plan: (plan.page_count, plan.rows))
