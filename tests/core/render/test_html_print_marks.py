"""What the HTML tells the Qt print layout: how wide the total label is."""

from __future__ import annotations

import re

from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.content import (
    CellKind,
    DocumentHeader,
    Paragraph,
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
