"""Printing through Qt: reports in Qt's print preview (A4, Decree 30 margins, the bundled font), and
banners tiled on whatever paper the chosen printer holds: core's tile list (`tiles`), the very one the
tiled PDF draws, only painted here."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPen,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.render.banner.layout import BannerLayout, layout_banner
from gender_equality_desk.core.render.banner.spec import MM_TO_PT, BannerSpec
from gender_equality_desk.core.render.banner.tiles import (
    BLACK,
    GLUE_DASH,
    GLUE_PASSES,
    GLUE_WIDTH,
    MARK_WIDTH,
    Segment,
    Tile,
    TiledBanner,
    TileText,
    tile_banner_on_page,
)
from gender_equality_desk.core.render.banner.tiling import TilePlan
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.page_breaks import keep_together
from gender_equality_desk.gui.widgets.banner_preview import paint_banner

# Decree 30/2020 page margins in millimetres: left 30–35, right 15–20, top and bottom 20–25.
MARGINS_MM = QMarginsF(30, 20, 15, 20)
DOCUMENT_FAMILY = "Tinos"  # metric-compatible with Times New Roman, bundled in resources/fonts
DOCUMENT_POINT_SIZE = 13
PAGE_NUMBER_POINT_SIZE = 13  # Decree 30: 13–14 pt, upright, centred in the top margin, none on page 1
POINTS_PER_INCH = 72


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
    document.setUndoRedoEnabled(False)  # printing changes it (page breaks): nothing to undo
    document.setDefaultFont(document_font())
    document.setHtml(html)
    return document


# Qt's rich text reads a first-line indent only in px, and a px is a pixel of the device the document is
# laid out on: 1 cm on screen (96 px per inch) but a speck at a printer's 1,200 dpi.
CSS_PIXELS_PER_INCH = 96


def scale_indents(document: QTextDocument, factor: float) -> None:
    """Turn the HTML's first-line indents from screen pixels into the layout device's pixels, so the
    Decree-30 indent of every paragraph prints 1 cm as on screen."""
    block = document.begin()
    while block.isValid():
        indent = block.blockFormat().textIndent()
        if indent:
            cursor = QTextCursor(block)
            format_ = block.blockFormat()
            format_.setTextIndent(indent * factor)
            cursor.setBlockFormat(format_)
        block = block.next()


def print_html(html: str, printer: QPrinter) -> None:
    print_document(report_document(html), printer)


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Print `document` on the printer's pages inside its margins (Decree 30, `configure_printer`), the
    page number centred in the top margin from page 2 on, as the report PDFs have it. The document is
    laid out for this printer's page and changed to fit it (`keep_together`: page breaks before headings,
    tables cut between rows), so it prints once: give each print, each preview repaint, a fresh one.

    QTextDocument.print_ is not used: it adds a 2 cm margin of its own on every side, inside the printer's
    (the text then started 5 cm from the left edge and lost a quarter of its width), and numbers every
    page, the first too, at the bottom right. Nor is a clone laid out, as print_ does: PySide never frees
    a QTextDocument.clone(), so every preview repaint would leak a copy of the report."""
    layout = document.documentLayout()
    area = printer.pageRect(QPrinter.Unit.DevicePixel)  # inside the margins; the painter starts there
    layout.setPaintDevice(printer)  # fonts and lengths measured at the printer's resolution
    document.setDocumentMargin(0)
    document.setPageSize(area.size())
    scale_indents(document, printer.resolution() / CSS_PIXELS_PER_INCH)
    keep_together(document)
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(BLACK))  # ink, not the screen theme's text colour
    context.palette = palette
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return  # as with QTextDocument.print_: a printer that cannot start shows it in its own queue
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
                _draw_page_number(painter, printer, index + 1, area)
            view = QRectF(0, index * area.height(), area.width(), area.height())
            painter.save()
            painter.translate(0, -view.top())
            painter.setClipRect(view)
            context.clip = view
            layout.draw(painter, context)
            painter.restore()
    finally:
        if painter.isActive():
            painter.end()
        # The printer may go before the document: leave no pointer to it (Qt takes None; the stubs miss it).
        layout.setPaintDevice(None)  # type: ignore[arg-type]


def _draw_page_number(painter: QPainter, printer: QPrinter, number: int, area: QRectF) -> None:
    """Centred over the text in the top margin, its baseline as the PDF writer places it: half the
    margin plus a third of the type size below the paper's top edge (the painter starts at `area`)."""
    font = QFont(document_font())
    font.setPointSizeF(PAGE_NUMBER_POINT_SIZE)
    painter.setFont(font)
    painter.setPen(QColor(BLACK))
    text = str(number)
    width = QFontMetricsF(font, printer).horizontalAdvance(text)
    type_size = PAGE_NUMBER_POINT_SIZE * printer.resolution() / POINTS_PER_INCH
    painter.drawText(QPointF((area.width() - width) / 2, -area.top() / 2 + type_size / 3), text)


class ReportPrintPreview(QPrintPreviewDialog):
    """Qt's print preview of one report (A4, Decree 30 margins); the officer prints from its toolbar.

    QPrintPreviewDialog only points at the printer it is given and never owns it, while PySide frees a
    QPrinter as soon as no Python name refers to it: a printer made in a function and handed over died
    when the function returned, and the preview then drew on freed memory (the app vanished, exit 139).
    So the dialog holds its printer itself: it lives exactly as long as the dialog does, and is freed
    just before Qt's own destructor runs, the order Qt uses for a printer it owns. Each paint lays out a
    fresh document from the HTML: the page breaks made for one paper orientation are wrong for the other.
    """

    def __init__(self, html: str, *, landscape: bool, parent: QWidget | None = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, landscape=landscape)
        super().__init__(printer, parent)
        self._printer = printer
        self._html = html
        self.setWindowTitle(translate("printing", "Xem trước khi in"))
        self.paintRequested.connect(self._paint)

    def _paint(self, target: QPrinter) -> None:
        print_html(self._html, target)


def print_with_preview(html: str, *, landscape: bool, parent: QWidget | None = None) -> bool:
    """Show `html` in the print preview until the officer prints or closes it; True when printed.
    The dialog is deleted afterwards, so printing again and again does not pile dialogs up on `parent`."""
    dialog = ReportPrintPreview(html, landscape=landscape, parent=parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def ask_banner_printer(parent: QWidget | None = None) -> QPrinter | None:
    """Qt's print dialog (printer, copies, paper); None when the officer cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "In băng rôn ghép trang"))
    try:
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    finally:
        # Left on `parent`, the hidden dialog would keep pointing at the printer, which is freed once the
        # caller has printed; gone, it cannot reach it, and prints do not pile dialogs up.
        dialog.deleteLater()
    return printer if accepted else None


def banner_print_tiles(spec: BannerSpec, printer: QPrinter) -> TiledBanner:
    """The tiles for the printer's paper (whichever way round needs fewer pages), from core."""
    return tile_banner_on_page(spec, *paper_points(printer))


def paper_points(printer: QPrinter) -> tuple[float, float]:
    """The printer's paper as (short side, long side) in points. A paper defined in millimetres (A4, A3)
    is converted exactly, as the tiled PDF does: Qt's own point size is rounded to whole points."""
    page_size = printer.pageLayout().pageSize()
    if page_size.definitionUnits() == QPageSize.Unit.Millimeter:
        mm = page_size.definitionSize()
        sides = (mm.width() * MM_TO_PT, mm.height() * MM_TO_PT)
    else:
        paper = page_size.size(QPageSize.Unit.Point)
        sides = (paper.width(), paper.height())
    short, long = sorted(sides)
    return short, long


def print_banner(spec: BannerSpec, printer: QPrinter) -> TilePlan:
    """Print the banner at true size cut into pages of the printer's paper; returns the plan printed.
    Raises UserFacingError when the banner cannot be laid out or the printer cannot start."""
    layout = layout_banner(spec)
    tiled = banner_print_tiles(spec, printer)
    landscape = tiled.page_width > tiled.page_height
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
        for tile in tiled.tiles:
            if tile.number > 1:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)  # page points, origin top-left, y down
            paint_tile(painter, spec, layout, tile, tiled.page_height)
            painter.restore()
    finally:
        painter.end()
    return tiled.plan


def paint_tile(
    painter: QPainter, spec: BannerSpec, layout: BannerLayout, tile: Tile, page_height: float
) -> None:
    """Paint one tile as core placed it; `painter` maps page points with the origin top-left (y down),
    so every y of the tile (PDF-style, y up) is flipped against `page_height`."""
    content, source = tile.content, tile.source
    painter.save()
    painter.setClipRect(
        QRectF(content.left, page_height - content.bottom - content.height, content.width, content.height)
    )
    # Sheet point (sx, sy), y up, lands on the page at (content.left - source.left + sx,
    # content.bottom - source.bottom + sy), y up.
    painter.translate(content.left - source.left, page_height - content.bottom + source.bottom)
    painter.scale(1, -1)
    paint_banner(painter, spec, layout)
    painter.restore()
    for colour, phase in GLUE_PASSES:
        glue = QPen(QColor(colour), GLUE_WIDTH)
        glue.setCapStyle(Qt.PenCapStyle.FlatCap)  # PDF's default butt cap, as reportlab draws
        glue.setDashPattern([GLUE_DASH / GLUE_WIDTH] * 2)  # Qt counts dashes in pen widths
        glue.setDashOffset(phase / GLUE_WIDTH)
        _draw_segments(painter, glue, tile.glue_lines, page_height)
    mark = QPen(QColor(BLACK), MARK_WIDTH)
    mark.setCapStyle(Qt.PenCapStyle.FlatCap)
    _draw_segments(painter, mark, tile.cut_marks, page_height)
    painter.setPen(QColor(BLACK))
    for text in (tile.label, tile.tag):
        _draw_text(painter, text, page_height)


def _draw_segments(painter: QPainter, pen: QPen, segments: tuple[Segment, ...], page_height: float) -> None:
    painter.setPen(pen)
    for line in segments:
        painter.drawLine(QLineF(line.x1, page_height - line.y1, line.x2, page_height - line.y2))


def _draw_text(painter: QPainter, text: TileText, page_height: float) -> None:
    # The painter already scales points to device pixels; a font's point size is scaled by the device's
    # dpi too, so it is given in "points of points" to come out `text.size` high on paper.
    per_point = POINTS_PER_INCH / painter.device().logicalDpiY()
    font = QFont(document_font())
    font.setPointSizeF(text.size * per_point)
    font.setKerning(False)  # core measures without kerning, as reportlab draws
    painter.setFont(font)
    painter.drawText(QPointF(text.x, page_height - text.baseline), text.text)
