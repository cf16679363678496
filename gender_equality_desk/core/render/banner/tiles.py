"""Everything each tiled page draws, computed once for every renderer.

The tiled PDF (reportlab, `pdf`) and the Qt printout (`gui/printing.py`) only draw these lists, so a
printed tile and a PDF tile cannot drift apart. All values are page points with the origin at the
bottom-left of the page (y up), as in PDF; a renderer with y down flips them itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]

from gender_equality_desk.core.render.banner.layout import layout_banner
from gender_equality_desk.core.render.banner.spec import BannerSpec
from gender_equality_desk.core.render.banner.tiling import Paper, TilePlan, plan_tiles, plan_tiles_on_page
from gender_equality_desk.core.render.pdf.fonts import REGULAR, register_fonts

BLACK = "#000000"
WHITE = "#FFFFFF"
MARK_LENGTH = 8.0
MARK_GAP = 2.0  # between the content edge and its cut mark, so the mark is never cut into the banner
MARK_WIDTH = 0.5
GLUE_WIDTH = 0.6
GLUE_DASH = 3.5  # dash and gap length
# A white dash then a black one in its gap: the glue line shows on any background colour.
GLUE_PASSES: tuple[tuple[str, float], ...] = ((WHITE, 0.0), (BLACK, GLUE_DASH))
LABEL_FONT = REGULAR
LABEL_SIZE = 8.0


@dataclass(frozen=True)
class Rect:
    left: float
    bottom: float
    width: float
    height: float


@dataclass(frozen=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class TileText:
    """One line of `LABEL_FONT` text: `x` is its left end, `baseline` its baseline, `size` in points."""

    text: str
    x: float
    baseline: float
    size: float


@dataclass(frozen=True)
class Tile:
    """One page: the banner's `source` rectangle (sheet points, origin bottom-left) is shown in the
    page's `content` rectangle, clipped to it; then glue lines, cut marks and the two texts."""

    row: int  # from 0, top row first
    col: int  # from 0, left column first
    number: int  # from 1, the page number
    content: Rect
    source: Rect
    cut_marks: tuple[Segment, ...]
    glue_lines: tuple[Segment, ...]
    label: TileText  # under the content: where the page goes and how to glue it
    tag: TileText  # above the content at the right: "H1-C2"


@dataclass(frozen=True)
class TiledBanner:
    plan: TilePlan
    tiles: tuple[Tile, ...]

    @property
    def page_width(self) -> float:
        return self.plan.page_width

    @property
    def page_height(self) -> float:
        return self.plan.page_height


def tile_label(plan: TilePlan, spec: BannerSpec, row: int, col: int, number: int) -> str:
    """The line under each tiled page: where it goes and how to glue it (rows and columns from 0)."""
    return (
        f"Hàng {row + 1}/{plan.rows} – Cột {col + 1}/{plan.cols} (trang {number}/{plan.page_count}) · "
        f"{spec.width_mm:g} × {spec.height_mm:g} mm · cắt mép trái và mép trên theo dấu cắt, "
        "dán chồng lên đường nét đứt của trang bên cạnh"
    )


def tile_tag(row: int, col: int) -> str:
    return f"H{row + 1}-C{col + 1}"


def label_width(text: str, size: float) -> float:
    register_fonts()
    return float(stringWidth(text, LABEL_FONT, size))


def tile_banner(spec: BannerSpec, paper: Paper) -> TiledBanner:
    """The tiles of `spec` on `paper` (the tiled PDF)."""
    layout = layout_banner(spec)
    return tiles_for_plan(spec, plan_tiles(layout.width, layout.height, paper), layout.height)


def tile_banner_on_page(spec: BannerSpec, page_short: float, page_long: float) -> TiledBanner:
    """The tiles of `spec` on any paper given in points (the paper the chosen printer holds)."""
    layout = layout_banner(spec)
    plan = plan_tiles_on_page(layout.width, layout.height, page_short, page_long)
    return tiles_for_plan(spec, plan, layout.height)


def tiles_for_plan(spec: BannerSpec, plan: TilePlan, sheet_height: float) -> TiledBanner:
    tiles: list[Tile] = []
    for row in range(plan.rows):
        for col in range(plan.cols):
            tiles.append(_tile(spec, plan, sheet_height, row, col, len(tiles) + 1))
    return TiledBanner(plan, tuple(tiles))


def _tile(spec: BannerSpec, plan: TilePlan, sheet_height: float, row: int, col: int, number: int) -> Tile:
    content = Rect(plan.margin, plan.margin, plan.content_width, plan.content_height)
    x, y = plan.region(row, col, sheet_height)
    return Tile(
        row=row,
        col=col,
        number=number,
        content=content,
        source=Rect(x, y, plan.content_width, plan.content_height),
        cut_marks=_cut_marks(content),
        glue_lines=_glue_lines(content, plan.overlap, col + 1 < plan.cols, row + 1 < plan.rows),
        label=_label(tile_label(plan, spec, row, col, number), plan),
        tag=_tag(tile_tag(row, col), plan),
    )


def _cut_marks(content: Rect) -> tuple[Segment, ...]:
    """Short lines in the white margin continuing each content edge: where to cut."""
    left, bottom = content.left, content.bottom
    right, top = left + content.width, bottom + content.height
    gap, length = MARK_GAP, MARK_LENGTH
    marks = []
    for x in (left, right):
        marks.append(Segment(x, bottom - gap, x, bottom - gap - length))
        marks.append(Segment(x, top + gap, x, top + gap + length))
    for y in (bottom, top):
        marks.append(Segment(left - gap, y, left - gap - length, y))
        marks.append(Segment(right + gap, y, right + gap + length, y))
    return tuple(marks)


def _glue_lines(content: Rect, overlap: float, has_right: bool, has_below: bool) -> tuple[Segment, ...]:
    """Dashed lines where the next page's cut edge goes (right and bottom neighbours only)."""
    left, bottom = content.left, content.bottom
    right, top = left + content.width, bottom + content.height
    lines = []
    if has_right:
        lines.append(Segment(right - overlap, bottom, right - overlap, top))
    if has_below:
        lines.append(Segment(left, bottom + overlap, right, bottom + overlap))
    return tuple(lines)


def _label(text: str, plan: TilePlan) -> TileText:
    """Under the content, shrunk when it would run past the content's right edge (upright A4)."""
    size = min(LABEL_SIZE, LABEL_SIZE * plan.content_width / label_width(text, LABEL_SIZE))
    return TileText(text, plan.margin, plan.margin / 2 - size / 3, size)


def _tag(text: str, plan: TilePlan) -> TileText:
    """Above the content, ending at its right edge."""
    x = plan.page_width - plan.margin - label_width(text, LABEL_SIZE)
    return TileText(text, x, plan.page_height - plan.margin / 2 - LABEL_SIZE / 3, LABEL_SIZE)
