"""Printing a report through Qt's print preview, on A4 with the Decree 30 margins, in the bundled font."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from gender_equality_desk.core.paths import resources_dir

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
    dialog.setWindowTitle(dialog.tr("Xem trước khi in"))
    dialog.paintRequested.connect(lambda target: print_html(html, target))
    return dialog
