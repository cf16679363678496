"""Every writer keeps the tables in the order of the content (Biểu 1 before Biểu 2), whatever their
names: no writer sorts or regroups them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pypdf

from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.render.xlsx import render_xlsx
from gender_equality_desk.core.reports.content import (
    CellKind,
    Paragraph,
    ReportContent,
    Table,
    TableColumn,
    TableRow,
)

from .conftest import make_report

# Content order; the sheet names sort otherwise (alphabetically: Kinh phí, Tuyên truyền, Ý kiến).
TITLES = ("Biểu 1. Tuyên truyền", "Biểu 2. Kinh phí", "Biểu 3. Ý kiến")
SHEETS = ("Tuyên truyền", "Kinh phí", "Ý kiến")


def ordered_report() -> ReportContent:
    def table(title: str, sheet: str) -> Table:
        columns = (TableColumn("Nội dung"), TableColumn("Số", CellKind.INTEGER, summed=True))
        return Table(
            title, columns, (TableRow((f"Dòng của {sheet}", 1)),), total_label="Tổng cộng", sheet_name=sheet
        )

    blocks = [Paragraph("Mở đầu.")]
    for title, sheet in zip(TITLES, SHEETS, strict=True):
        blocks += [table(title, sheet), Paragraph(f"Sau {sheet}.")]
    return replace(make_report(), blocks=tuple(blocks))


def positions(text: str, needles: tuple[str, ...]) -> list[int]:
    return [text.index(needle) for needle in needles]


def test_pdf_html_and_xlsx_keep_the_content_order(tmp_path: Path) -> None:
    content = ordered_report()
    pdf = "\n".join(
        page.extract_text() for page in pypdf.PdfReader(render_pdf(content, tmp_path / "bc.pdf")).pages
    )
    assert positions(pdf, TITLES) == sorted(positions(pdf, TITLES))
    html = render_html(content)
    assert positions(html, TITLES) == sorted(positions(html, TITLES))
    book = openpyxl.load_workbook(render_xlsx(content, tmp_path / "bc.xlsx"))
    assert book.sheetnames == ["Báo cáo", *SHEETS]
    assert [book[sheet]["A2"].value for sheet in SHEETS] == list(TITLES)
    links = [cell.hyperlink.location for row in book["Báo cáo"].iter_rows() for cell in row if cell.hyperlink]
    assert links == [f"'{sheet}'!A1" for sheet in SHEETS]
