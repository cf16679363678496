"""Print setup: A4, Decree 30 margins, fit to the page width, page numbers, repeated header rows."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from gender_equality_desk.core.render.xlsx.cells import Sheet

MM_PER_INCH = 25.4
# Decree 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
TOP_MM, BOTTOM_MM, LEFT_MM, RIGHT_MM = 20.0, 20.0, 30.0, 15.0
HEADER_FOOTER_MM = 8.0


def prepare_sheet(sheet: Sheet, widths: list[float]) -> None:
    """What must be set before the first row is written (a write-only sheet writes these first)."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def print_setup(sheet: Sheet, *, landscape: bool, title_rows: str | None, page_numbers: bool) -> None:
    setup = sheet.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.orientation = Worksheet.ORIENTATION_LANDSCAPE if landscape else Worksheet.ORIENTATION_PORTRAIT
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    margins = sheet.page_margins
    margins.top, margins.bottom = TOP_MM / MM_PER_INCH, BOTTOM_MM / MM_PER_INCH
    margins.left, margins.right = LEFT_MM / MM_PER_INCH, RIGHT_MM / MM_PER_INCH
    margins.header = margins.footer = HEADER_FOOTER_MM / MM_PER_INCH
    sheet.print_options.horizontalCentered = True
    if title_rows:
        sheet.print_title_rows = title_rows
    if page_numbers:
        footer = HeaderFooterItem()
        sheet.HeaderFooter.oddFooter = footer
        footer.center.text = "Trang &P/&N"
        footer.center.font = "Times New Roman,Italic"
        footer.center.size = 10
