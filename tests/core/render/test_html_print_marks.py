"""What the HTML tells the Qt print layout: which paragraphs are headings (kept with what follows them on
paper, gui/page_breaks.py) and how wide the total label is."""

from __future__ import annotations

import re

from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.content import (
    CellKind,
    DocumentHeader,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    SignatureBlock,
    Table,
    TableColumn,
    TableRow,
)


def report(*blocks: Paragraph | Table) -> ReportContent:
    return ReportContent(
        header=DocumentHeader("UBND XÃ A", "Số: /BC", "A, ngày", "BÁO CÁO", "Về việc"),
        blocks=blocks,
        signature=SignatureBlock(("- Lưu: VT.",), ("CHỦ TỊCH",), "Nguyễn Văn A"),
        file_stem="x",
    )


def test_headings_are_marked_as_headings_and_nothing_else_is() -> None:
    headings = {
        ParagraphStyle.HEADING_1: "I. KẾT QUẢ",
        ParagraphStyle.HEADING_2: "1. Tuyên truyền",
        ParagraphStyle.HEADING_3: "a) Trực tiếp",
    }
    others = {style: f"Đoạn kiểu {style.value}" for style in ParagraphStyle if style not in headings}
    html = render_html(report(*(Paragraph(text, style) for style, text in {**headings, **others}.items())))
    marked = re.findall(r"<h4 [^>]*>(.*?)</h4>", html)
    assert marked == list(headings.values())
    for text in others.values():
        assert re.search(rf"<p [^>]*>(- )?{re.escape(text)}</p>", html), text


def test_the_total_label_spans_the_empty_cells_before_the_first_figure() -> None:
    columns = (
        TableColumn("STT", CellKind.INTEGER),
        TableColumn("Ngày"),
        TableColumn("Nội dung"),
        TableColumn("Nữ", CellKind.INTEGER),
        TableColumn("Kinh phí (đồng)", CellKind.VND, summed=True),
    )
    rows = (
        TableRow((1, "04/01/2026", "Họp dân", 20, 1_500_000)),
        TableRow((2, "05/01/2026", "Tập huấn", 9, 500_000)),
    )
    html = render_html(report(Table("Nhật ký", columns, rows, total_label="Tổng cộng")))
    total = re.search(r"<tr><td colspan='(\d)'[^>]*><b>Tổng cộng</b></td>(.*?)</tr>", html)
    assert total is not None
    assert total.group(1) == "4"  # STT, Ngày, Nội dung, Nữ: empty in the total row
    assert re.findall(r"<td[^>]*>(.*?)</td>", total.group(2)) == ["<b>2.000.000</b>"]
