"""The screen/print writer: the same words and figures as the content, as HTML Qt can show."""

from __future__ import annotations

from html.parser import HTMLParser

from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.content import (
    DocumentHeader,
    Paragraph,
    ReportContent,
    SignatureBlock,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.formatting import format_cell

from .conftest import make_report


class _Cells(HTMLParser):
    """Collects the text of every <td>, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "td":
            self._inside = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.cells[-1] += data


def test_header_and_signature_carry_the_decree_30_lines(report: ReportContent) -> None:
    html = render_html(report)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN XÃ CAO LÂU",
        "Cao Lâu, ngày 10 tháng 12 năm 2026",
        "BÁO CÁO",
        "Nơi nhận:",
        "Vi Văn Thái",
        "Sở Nội vụ tỉnh Lạng Sơn",
    ):
        assert expected in html


def test_every_figure_and_the_total_row_appear_in_table_order(report: ReportContent) -> None:
    table = report.tables()[0]
    parser = _Cells()
    parser.feed(render_html(report))
    expected = [
        format_cell(value, column.kind).strip()
        for row in (*(r.cells for r in table.rows), table.totals())
        for value, column in zip(row, table.columns, strict=True)
    ]
    cells = [cell.replace("\xa0", " ").strip() for cell in parser.cells]
    # The header and signature tables come first and last; the figure table is the run in between.
    start = cells.index(expected[0])
    assert cells[start : start + len(expected)] == expected
    budget_total = sum(1_500_000 * (i % 3) for i in range(6))
    assert (
        cells[start + len(expected) - 1] == format_cell(budget_total, table.columns[-1].kind) == "9.000.000"
    )


def test_text_is_escaped_so_officer_input_cannot_break_the_page() -> None:
    content = ReportContent(
        header=DocumentHeader("UBND <XÃ> A & B", "Số: /BC", "A, ngày", "Báo cáo", "Về <b>không</b> in đậm"),
        blocks=(
            Paragraph("Dòng có <script>alert(1)</script> & dấu"),
            Table("Bảng", (TableColumn("Tên"),), (TableRow(("<i>x</i>",)),)),
        ),
        signature=SignatureBlock(("- Lưu: VT.",), ("CHỦ TỊCH",), "Nguyễn <Văn> A"),
        file_stem="x",
    )
    html = render_html(content)
    assert "<script>" not in html and "<i>x</i>" not in html and "<b>không</b>" not in html
    assert "&lt;script&gt;" in html and "Nguyễn &lt;Văn&gt; A" in html


def test_a_bigger_table_grows_the_html_row_by_row() -> None:
    small, big = render_html(make_report(table_rows=6)), render_html(make_report(table_rows=60))
    assert big.count("<tr>") - small.count("<tr>") == 54
