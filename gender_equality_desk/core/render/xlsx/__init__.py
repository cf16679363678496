"""XLSX writer: a report as a workbook the officer can keep working in.

Layout
    Sheet 1 is the document (Decree 30 header, narrative, "Nơi nhận:" and signature) with a link to each
    table; then one sheet per figure table, named from `Table.sheet_name` (Vietnamese, ≤ 31 characters,
    unique), in the order of the tables in the content. Table sheets: row 1 issuing body, row 2 merged
    bold title, row 4 bold bordered header (frozen, repeated on every printed page, with a filter),
    figures from row 5, a bold total row (see Totals). Print: A4, Decree 30 margins, fit to one page wide,
    landscape when the report or the table is wide, "Trang x/y" in the footer.

Widths and heights
    Columns are measured by characters (see `measure`): figures and header words always fit; text is
    capped and wraps; a table wider than the page gives up text width in proportion to its columns'
    relative widths. Rows whose text wraps get an explicit height, because neither LibreOffice nor Excel
    grows a row for a file it did not write (the price: Excel does not regrow such a row when the officer
    types a longer text into it; double-clicking the row border fits it again).

Numbers
    Figures are stored as numbers with "[$-42A]#,##0" (money the same with a dash for zero, shares
    "[$-42A]0.0%"). LibreOffice honours the Vietnamese tag and shows "1.500.000" and "57,3%" everywhere;
    Excel takes separators from Windows' regional settings, so it shows "1.500.000" on a PC set to
    Vietnamese and "1,500,000" on one set to English. Writing "1.500.000" as text would fix the look and
    break SUM and the officer's edits. Dates are real dates shown "dd/mm/yyyy" (they sort and filter as
    dates).

Totals
    Each total that `Table.totals()` gives as a number is an =SUM formula over the figure rows with that
    number stored as its result (`cached_values`): a reader that does not calculate (openpyxl's
    data_only, pandas, a province's script) reads the total the PDF prints, and Excel (told to recalculate
    on opening) and LibreOffice still add a corrected figure in. A text total ("—") is written as text.

Write-only mode
    Above `WRITE_ONLY_ROWS` figure rows in a table the workbook streams rows to disk (openpyxl write-only).
    Everything above is still written — styles, merges, frozen header, print titles, filter, totals —
    because all of it is decided before the first row. The differences: merged ranges are written as
    merge records without openpyxl's MergedCell objects (cells inside a merge are written as empty styled
    cells, so borders look the same), and styled cells are reused row after row (see `cells`).
"""

from gender_equality_desk.core.render.xlsx.workbook import WRITE_ONLY_ROWS, render_xlsx, uses_write_only

__all__ = ["WRITE_ONLY_ROWS", "render_xlsx", "uses_write_only"]
