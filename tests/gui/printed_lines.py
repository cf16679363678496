"""The lines a printed PDF shows on each page, read back with pypdf for the printing tests.

Qt paints a page by drawing every block that reaches into it and clipping the rest away: the PDF then
also holds, invisibly, the lines of a neighbouring page that a block carried along (above the top margin
or under the bottom one). Only text whose baseline lies inside the page's text area is what the officer
sees on that page; the page number above the text area is left out too.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PageObject, PdfReader
from PySide6.QtPrintSupport import QPrinter

from gender_equality_desk.gui.printing import configure_printer, print_html

MM = 72 / 25.4  # PDF points per millimetre
LEFT, RIGHT, TOP, BOTTOM = 30, 15, 20, 20  # Decree 30 margins, mm
SAME_LINE_MM = 1.0  # pieces of text whose baselines are this close are on one line

Spot = tuple[str, float, float]  # text, x from the left edge and baseline from the top edge, in mm


def print_to_pdf(html: str, target: Path, *, landscape: bool) -> PdfReader:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    configure_printer(printer, landscape=landscape)
    print_html(html, printer)
    return PdfReader(target)


def text_spots(page: PageObject) -> list[Spot]:
    height = float(page.mediabox.height)
    spots: list[Spot] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            spots.append((" ".join(text.split()), x / MM, (height - y) / MM))

    page.extract_text(visitor_text=visit)
    return spots


def visible_lines(page: PageObject) -> list[str]:
    """The page's lines of text, top to bottom, each read left to right, words single-spaced."""
    height = float(page.mediabox.height) / MM
    spots = [spot for spot in text_spots(page) if TOP <= spot[2] <= height - BOTTOM + SAME_LINE_MM]
    spots.sort(key=lambda spot: (spot[2], spot[1]))
    lines: list[list[Spot]] = []
    for spot in spots:
        if lines and spot[2] - lines[-1][0][2] <= SAME_LINE_MM:
            lines[-1].append(spot)
        else:
            lines.append([spot])
    return [" ".join(text for text, _x, _y in sorted(line, key=lambda spot: spot[1])) for line in lines]


def printed_pages(html: str, target: Path, *, landscape: bool = False) -> list[list[str]]:
    """Print `html` as the officer's print paths do and read back each page's visible lines."""
    return [visible_lines(page) for page in print_to_pdf(html, target, landscape=landscape).pages]
