"""Printing through Qt: reports in Qt's print preview (A4, Decree 30 margins, the bundled font), and
banners tiled on whatever paper the chosen printer holds, with the same cut marks and labels as the
tiled PDF."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPen, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.render.banner.layout import BannerLayout, layout_banner
from gender_equality_desk.core.render.banner.pdf import tile_label, tile_tag
from gender_equality_desk.core.render.banner.spec import BannerSpec
from gender_equality_desk.core.render.banner.tiling import TilePlan, plan_tiles_on_page
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.banner_preview import paint_banner

# Decree 30/2020 page margins in millimetres: left 30–35, right 15–20, top and bottom 20–25.
MARGINS_MM = QMarginsF(30, 20, 15, 20)
DOCUMENT_FAMILY = "Tinos"  # metric-compatible with Times New Roman, bundled in resources/fonts
DOCUMENT_POINT_SIZE = 13


@cache
def document_font() -> QFont:
    """The document font, loading the bundled TTFs once (a Windows PC without Tinos still gets it)."""
    fonts = resources_dir() / "fonts"
    if fonts.is_dir():
        for path in sorted(fonts.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
    font = QFont(DOCUMENT_FAMILY, DOCUMENT_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


def configure_printer(printer: QPrinter, *, landscape: bool) -> None:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )


def report_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(document_font())
    document.setHtml(html)
    return document


def print_html(html: str, printer: QPrinter) -> None:
    report_document(html).print_(printer)


def preview_and_print(html: str, *, landscape: bool, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview dialog for `html`; the officer chooses the printer and prints from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, landscape=landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "Xem trước khi in"))
    dialog.paintRequested.connect(lambda target: print_html(html, target))
    return dialog


POINTS_PER_INCH = 72
TILE_MARK_LENGTH = 8.0
TILE_LABEL_POINTS = 7.0


def ask_banner_printer(parent: QWidget | None = None) -> QPrinter | None:
    """Qt's print dialog (printer, copies, paper); None when the officer cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "In băng rôn ghép trang"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def banner_print_plan(spec: BannerSpec, printer: QPrinter) -> TilePlan:
    """The tiles for the printer's paper (whichever way round needs fewer pages)."""
    layout = layout_banner(spec)
    return plan_tiles_on_page(layout.width, layout.height, *_paper_points(printer))


def _paper_points(printer: QPrinter) -> tuple[float, float]:
    """The printer's paper as (short side, long side) in points."""
    paper = printer.pageLayout().pageSize().size(QPageSize.Unit.Point)
    short, long = sorted((paper.width(), paper.height()))
    return short, long


def print_banner(spec: BannerSpec, printer: QPrinter) -> TilePlan:
    """Print the banner at true size cut into pages of the printer's paper; returns the plan printed.
    Raises UserFacingError when the banner cannot be laid out or the printer cannot start."""
    layout = layout_banner(spec)
    plan = plan_tiles_on_page(layout.width, layout.height, *_paper_points(printer))
    landscape = plan.page_width > plan.page_height
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)  # draw from the paper's corner; our own margin keeps clear of the edge
    printer.setDocName(f"Băng rôn {spec.width_mm:g} × {spec.height_mm:g} mm")
    painter = QPainter()
    if not painter.begin(printer):
        raise UserFacingError(
            translate("printing", "Không bắt đầu in được. Hãy kiểm tra máy in đã bật và có giấy rồi thử lại.")
        )
    try:
        scale = printer.resolution() / POINTS_PER_INCH
        number = 0
        for row in range(plan.rows):
            for col in range(plan.cols):
                if number:
                    printer.newPage()
                number += 1
                painter.save()
                painter.scale(scale, scale)  # page points, origin top-left, y down
                _print_tile(painter, spec, layout, plan, (row, col, number))
                painter.restore()
    finally:
        painter.end()
    return plan


def _print_tile(
    painter: QPainter, spec: BannerSpec, layout: BannerLayout, plan: TilePlan, where: tuple[int, int, int]
) -> None:
    row, col, number = where
    content = QRectF(plan.margin, plan.margin, plan.content_width, plan.content_height)
    x, y = plan.region(row, col, layout.height)
    painter.save()
    painter.setClipRect(content)
    # Sheet point (sx, sy), y up, lands at (margin - x + sx, page_height - (margin - y + sy)).
    painter.translate(plan.margin - x, plan.page_height - plan.margin + y)
    painter.scale(1, -1)
    paint_banner(painter, spec, layout)
    painter.restore()
    _print_marks(painter, plan, col + 1 < plan.cols, row + 1 < plan.rows)
    painter.setPen(QColor("black"))
    # The painter already scales points to device pixels; a font's point size is scaled by the device's
    # dpi too, so it is given in "points of points" to come out TILE_LABEL_POINTS high on paper.
    per_point = POINTS_PER_INCH / painter.device().logicalDpiY()
    font = QFont(document_font())
    font.setPointSizeF(TILE_LABEL_POINTS * per_point)
    painter.setFont(font)
    label = tile_label(plan, spec, row, col, number)
    wide = painter.fontMetrics().horizontalAdvance(label)
    if wide > plan.content_width:  # upright A4: shrink the long glue hint rather than cut it off
        font.setPointSizeF(TILE_LABEL_POINTS * per_point * plan.content_width / wide)
        painter.setFont(font)
    bottom_line = plan.page_height - plan.margin / 2 + TILE_LABEL_POINTS / 3
    painter.drawText(QPointF(plan.margin, bottom_line), label)
    tag = tile_tag(row, col)
    tag_width = painter.fontMetrics().horizontalAdvance(tag)
    painter.drawText(QPointF(plan.page_width - plan.margin - tag_width, plan.margin / 2), tag)


def _print_marks(painter: QPainter, plan: TilePlan, has_right: bool, has_below: bool) -> None:
    """Cut marks outside the corners and dashed glue lines, as on the tiled PDF."""
    left, top = plan.margin, plan.margin
    right, bottom = left + plan.content_width, top + plan.content_height
    gap = 2.0
    painter.setPen(QPen(QColor("black"), 0.5))
    for x in (left, right):
        painter.drawLine(QLineF(x, top - gap, x, top - gap - TILE_MARK_LENGTH))
        painter.drawLine(QLineF(x, bottom + gap, x, bottom + gap + TILE_MARK_LENGTH))
    for y in (top, bottom):
        painter.drawLine(QLineF(left - gap, y, left - gap - TILE_MARK_LENGTH, y))
        painter.drawLine(QLineF(right + gap, y, right + gap + TILE_MARK_LENGTH, y))
    dashed = QPen(QColor("black"), 0.6, Qt.PenStyle.DashLine)
    painter.setPen(dashed)
    if has_right:
        painter.drawLine(QLineF(right - plan.overlap, top, right - plan.overlap, bottom))
    if has_below:
        painter.drawLine(QLineF(left, bottom - plan.overlap, right, bottom - plan.overlap))
