"""The banner as PDF: one page at true size for the print shop, or tiled pages for the office printer.

Text is drawn as text in the embedded Tinos Bold subset (vector, searchable); the logo, if any, is one
image XObject. The tiled PDF defines the banner (logo included) once as a form XObject and shows a
clipped window of it on each page, so a 5 m banner on A4 stays small. PDF viewers such as Acrobat
refuse pages wider than 200 inches (5.08 m); print-shop RIP software opens them, and the tiled PDF
is the fallback.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]

from gender_equality_desk.core.fileio import write_with
from gender_equality_desk.core.render.banner.layout import FONT, BannerLayout, layout_banner
from gender_equality_desk.core.render.banner.spec import BannerSpec
from gender_equality_desk.core.render.banner.tiles import (
    BLACK,
    GLUE_DASH,
    GLUE_PASSES,
    GLUE_WIDTH,
    LABEL_FONT,
    MARK_WIDTH,
    Tile,
    tile_banner,
)
from gender_equality_desk.core.render.banner.tiling import Paper, TilePlan
from gender_equality_desk.core.render.pdf.fonts import register_fonts

FORM_NAME = "banner"


def _title(spec: BannerSpec) -> str:
    return f"Băng rôn {spec.width_mm:g} × {spec.height_mm:g} mm: {' '.join(spec.text.split())}"


def _draw_banner(canvas: Canvas, spec: BannerSpec, layout: BannerLayout) -> None:
    canvas.setFillColor(HexColor(spec.background))
    canvas.rect(0, 0, layout.width, layout.height, stroke=0, fill=1)
    if spec.logo is not None and layout.logo_box is not None:
        box = layout.logo_box
        # mask="auto": a PNG's transparent corners show the banner colour, not black.
        canvas.drawImage(
            ImageReader(str(spec.logo.path)), box.left, box.bottom, box.width, box.height, mask="auto"
        )
    canvas.setFillColor(HexColor(spec.text_colour))
    for line in layout.lines:
        canvas.setFont(FONT, line.font_size)
        canvas.drawString(line.x, line.baseline, line.text)


def write_banner_pdf(spec: BannerSpec, target: Path) -> BannerLayout:
    """One page exactly `spec`'s size, for the print shop."""
    register_fonts()
    layout = layout_banner(spec)

    def write(path: Path) -> None:
        canvas = Canvas(str(path), pagesize=(layout.width, layout.height), pageCompression=1)
        canvas.setTitle(_title(spec))
        canvas.setCreator("Gender Equality Desk")
        _draw_banner(canvas, spec, layout)
        canvas.showPage()
        canvas.save()

    write_with(target, write)
    return layout


def _draw_tile_marks(canvas: Canvas, tile: Tile) -> None:
    """Glue lines, cut marks and the two texts of `tile`, exactly as `tiles` placed them."""
    canvas.setLineWidth(GLUE_WIDTH)
    for colour, phase in GLUE_PASSES:
        canvas.setStrokeColor(HexColor(colour))
        canvas.setDash([GLUE_DASH, GLUE_DASH], phase)
        for line in tile.glue_lines:
            canvas.line(line.x1, line.y1, line.x2, line.y2)
    canvas.setDash()
    canvas.setStrokeColor(HexColor(BLACK))
    canvas.setLineWidth(MARK_WIDTH)
    for mark in tile.cut_marks:
        canvas.line(mark.x1, mark.y1, mark.x2, mark.y2)
    canvas.setFillColor(HexColor(BLACK))
    for text in (tile.label, tile.tag):
        canvas.setFont(LABEL_FONT, text.size)
        canvas.drawString(text.x, text.baseline, text.text)


def write_tiled_pdf(spec: BannerSpec, target: Path, paper: Paper = Paper.A4) -> TilePlan:
    """The banner at true size cut into `paper` pages with overlap, cut marks and row/column labels."""
    register_fonts()
    layout = layout_banner(spec)
    tiled = tile_banner(spec, paper)
    plan = tiled.plan

    def write(path: Path) -> None:
        canvas = Canvas(str(path), pagesize=(plan.page_width, plan.page_height), pageCompression=1)
        canvas.setTitle(_title(spec) + f" (ghép {plan.page_count} trang {paper.value})")
        canvas.setCreator("Gender Equality Desk")
        canvas.beginForm(FORM_NAME, lowerx=0, lowery=0, upperx=layout.width, uppery=layout.height)
        _draw_banner(canvas, spec, layout)
        canvas.endForm()
        for tile in tiled.tiles:
            content, source = tile.content, tile.source
            canvas.saveState()
            clip = canvas.beginPath()
            clip.rect(content.left, content.bottom, content.width, content.height)
            canvas.clipPath(clip, stroke=0, fill=0)
            canvas.translate(content.left - source.left, content.bottom - source.bottom)
            canvas.doForm(FORM_NAME)
            canvas.restoreState()
            _draw_tile_marks(canvas, tile)
            canvas.showPage()
        canvas.save()

    write_with(target, write)
    return plan
