"""The banner as PDF: one page at true size for the print shop, or tiled pages for the office printer.

Text is drawn as text in the embedded Tinos Bold subset (vector, searchable); the logo, if any, is one
image XObject. The tiled PDF defines the banner (logo included) once as a form XObject and shows a
clipped window of it on each page, so a 5 m banner on A4 stays small. PDF viewers such as Acrobat
refuse pages wider than 200 inches (5.08 m); print-shop RIP software opens them, and the tiled PDF
is the fallback.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor, black, white  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]

from gender_equality_desk.core.fileio import write_with
from gender_equality_desk.core.render.banner.layout import FONT, BannerLayout, layout_banner
from gender_equality_desk.core.render.banner.spec import BannerSpec
from gender_equality_desk.core.render.banner.tiling import Paper, TilePlan, plan_tiles
from gender_equality_desk.core.render.pdf.fonts import REGULAR, register_fonts

FORM_NAME = "banner"
MARK_LENGTH = 8.0
LABEL_SIZE = 8.0


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


def _crop_marks(canvas: Canvas, plan: TilePlan) -> None:
    """Short lines in the white margin continuing each content edge: where to cut."""
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.5)
    left, bottom = plan.margin, plan.margin
    right, top = left + plan.content_width, bottom + plan.content_height
    gap = 2.0
    for x in (left, right):
        canvas.line(x, bottom - gap, x, bottom - gap - MARK_LENGTH)
        canvas.line(x, top + gap, x, top + gap + MARK_LENGTH)
    for y in (bottom, top):
        canvas.line(left - gap, y, left - gap - MARK_LENGTH, y)
        canvas.line(right + gap, y, right + gap + MARK_LENGTH, y)


def _glue_lines(canvas: Canvas, plan: TilePlan, has_right: bool, has_below: bool) -> None:
    """Dashed lines where the next page's cut edge goes, with a cross to line the pages up."""
    canvas.setLineWidth(0.6)
    left, bottom = plan.margin, plan.margin
    right, top = left + plan.content_width, bottom + plan.content_height
    lines = []
    if has_right:
        x = right - plan.overlap
        lines.append((x, bottom, x, top))
    if has_below:
        y = bottom + plan.overlap
        lines.append((left, y, right, y))
    for colour, offset in ((white, 0.0), (black, 3.5)):  # visible on any background colour
        canvas.setStrokeColor(colour)
        canvas.setDash([3.5, 3.5], offset)
        for x1, y1, x2, y2 in lines:
            canvas.line(x1, y1, x2, y2)
    canvas.setDash()


def _label(canvas: Canvas, plan: TilePlan, spec: BannerSpec, row: int, col: int, number: int) -> None:
    canvas.setFillColor(black)
    canvas.setFont(REGULAR, LABEL_SIZE)
    canvas.drawString(plan.margin, plan.margin / 2 - LABEL_SIZE / 3, tile_label(plan, spec, row, col, number))
    canvas.drawRightString(
        plan.page_width - plan.margin, plan.page_height - plan.margin / 2 - LABEL_SIZE / 3,
        tile_tag(row, col),
    )  # fmt: skip


def tile_label(plan: TilePlan, spec: BannerSpec, row: int, col: int, number: int) -> str:
    """The line under each tiled page: where it goes and how to glue it (rows and columns from 0)."""
    return (
        f"Hàng {row + 1}/{plan.rows} – Cột {col + 1}/{plan.cols} (trang {number}/{plan.page_count}) · "
        f"{spec.width_mm:g} × {spec.height_mm:g} mm · cắt mép trái và mép trên theo dấu cắt, "
        "dán chồng lên đường nét đứt của trang bên cạnh"
    )


def tile_tag(row: int, col: int) -> str:
    return f"H{row + 1}-C{col + 1}"


def write_tiled_pdf(spec: BannerSpec, target: Path, paper: Paper = Paper.A4) -> TilePlan:
    """The banner at true size cut into `paper` pages with overlap, cut marks and row/column labels."""
    register_fonts()
    layout = layout_banner(spec)
    plan = plan_tiles(layout.width, layout.height, paper)

    def write(path: Path) -> None:
        canvas = Canvas(str(path), pagesize=(plan.page_width, plan.page_height), pageCompression=1)
        canvas.setTitle(_title(spec) + f" (ghép {plan.page_count} trang {paper.value})")
        canvas.setCreator("Gender Equality Desk")
        canvas.beginForm(FORM_NAME, lowerx=0, lowery=0, upperx=layout.width, uppery=layout.height)
        _draw_banner(canvas, spec, layout)
        canvas.endForm()
        number = 0
        for row in range(plan.rows):
            for col in range(plan.cols):
                number += 1
                x, y = plan.region(row, col, layout.height)
                canvas.saveState()
                clip = canvas.beginPath()
                clip.rect(plan.margin, plan.margin, plan.content_width, plan.content_height)
                canvas.clipPath(clip, stroke=0, fill=0)
                canvas.translate(plan.margin - x, plan.margin - y)
                canvas.doForm(FORM_NAME)
                canvas.restoreState()
                _glue_lines(canvas, plan, col + 1 < plan.cols, row + 1 < plan.rows)
                _crop_marks(canvas, plan)
                _label(canvas, plan, spec, row, col, number)
                canvas.showPage()
        canvas.save()

    write_with(target, write)
    return plan
