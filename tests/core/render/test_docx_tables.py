"""Word tables paginate as the PDF does: rows never split, and the header, bold group rows and the two
figure rows above the total are each kept with the row after them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from gender_equality_desk.core.render.docx import render_docx

from .conftest import activity_table, make_report


def test_rows_that_must_not_end_a_page_keep_with_the_next(tmp_path: Path) -> None:
    table = activity_table(8)  # a bold group row, 8 figure rows, then the total row
    path = render_docx(replace(make_report(), blocks=(table,)), tmp_path / "kh.docx")
    _, grid, _ = Document(str(path)).tables  # between the header and closing layout tables
    keeps = [
        all(paragraph.paragraph_format.keep_with_next for cell in row.cells for paragraph in cell.paragraphs)
        for row in grid.rows
    ]
    # header, group row, rows 1-6, rows 7-8, total
    assert keeps == [True, True, False, False, False, False, False, False, True, True, False]
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in grid.rows)
    assert grid.rows[-1].cells[0].text == "Tổng cộng"
