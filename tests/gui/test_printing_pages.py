"""A printed report sits inside the Decree 30 margins (left 30, right 15, top and bottom 20 mm) and
numbers its pages as the report PDFs do: centred in the top margin, from page 2 on."""

from __future__ import annotations

from pathlib import Path

import pytest

from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.content import (
    CellKind,
    DocumentHeader,
    ReportContent,
    SignatureBlock,
    Table,
    TableColumn,
    TableRow,
)

from .printed_lines import LEFT, MM, RIGHT, TOP, print_to_pdf, printed_pages, text_spots

PARAGRAPH = (
    "Đoạn {n}: Ủy ban nhân dân xã báo cáo kết quả thực hiện công tác bình đẳng giới trong năm, "
    "với nhiều hoạt động tuyên truyền ở các thôn."
)


@pytest.mark.parametrize("landscape", [False, True])
def test_the_text_keeps_the_decree_30_margins_and_pages_are_numbered_from_two(
    tmp_path: Path, landscape: bool
) -> None:
    html = "<p>Mở đầu báo cáo</p>" + "".join(f"<p>{PARAGRAPH.format(n=n)}</p>" for n in range(90))
    reader = print_to_pdf(html, tmp_path / "in.pdf", landscape=landscape)
    width = 297 if landscape else 210
    assert len(reader.pages) >= 3

    for number, page in enumerate(reader.pages, 1):
        assert round(float(page.mediabox.width) / MM) == width
        spots = text_spots(page)
        body = [spot for spot in spots if spot[0] != str(number)]
        assert min(x for _text, x, _y in body) == pytest.approx(LEFT, abs=0.3)  # was 50 mm: 30 + Qt's 2 cm
        numbers = [(x, y) for text, x, y in spots if text.isdigit() and text == str(number)]
        if number == 1:
            first_text, _x, first_baseline = body[0]
            assert first_text == "Mở đầu báo cáo" and TOP < first_baseline < TOP + 6  # was 44 mm
            assert numbers == []  # Decree 30: no number on the first page (it was printed bottom right)
        else:
            ((x, baseline),) = numbers
            assert LEFT + (width - LEFT - RIGHT) / 2 - 2 < x < LEFT + (width - LEFT - RIGHT) / 2
            assert baseline == pytest.approx(TOP / 2 + 13 / 3 / MM, abs=0.3)  # as the PDF writer puts it


def test_the_total_label_spans_the_narrow_first_columns_of_the_activity_log(tmp_path: Path) -> None:
    """The log's first column is STT, ten millimetres wide, and a date range ("14/01–15/01/2026") is
    wider than its column, so Qt wraps the whole table anywhere: "Tổng cộng" alone in STT printed as
    "Tổn / g / cộng". It spans the empty cells up to the first figure, as in the PDF and XLSX."""
    columns = (  # the log's columns
        TableColumn("STT", CellKind.INTEGER, width=0.5),
        TableColumn("Ngày", width=0.95),
        TableColumn("Nội dung hoạt động", width=3.4),
        TableColumn("Hình thức", width=1.6),
        TableColumn("Địa điểm", width=1.6),
        TableColumn("Đơn vị thực hiện", width=1.5),
        TableColumn("Số lượng / người tham gia", width=1.2),
        TableColumn("Nữ", CellKind.INTEGER, width=0.6),
        TableColumn("Kinh phí (đồng)", CellKind.VND, width=1.1, summed=True),
    )
    days = ("04/01/2026", "14/01–15/01/2026", "17/01/2026")
    rows = tuple(
        TableRow((n, day, f"Họp thôn {n}", "Họp dân", "Nhà văn hóa", "UBND xã", "40", 20, 1_500_000 * n))
        for n, day in enumerate(days, 1)
    )
    log = ReportContent(
        header=DocumentHeader("UBND XÃ CAO LÂU", "Số:  /NK-UBND", "Cao Lâu", "SỔ NHẬT KÝ", "Hoạt động"),
        blocks=(Table("Nhật ký hoạt động", columns, rows, total_label="Tổng cộng"),),
        signature=SignatureBlock(("- Lưu: VT.",), ("CHỦ TỊCH",), "Vi Văn Thái"),
        file_stem="NhatKy",
        landscape=True,
    )
    (lines,) = printed_pages(render_html(log), tmp_path / "log.pdf", landscape=True)
    assert "Tổng cộng 9.000.000" in lines  # 1,5 + 3 + 4,5 million: the label whole, its figure beside it


def test_a_body_paragraph_starts_one_centimetre_in_on_paper(tmp_path: Path) -> None:
    """Decree 30's first-line indent: Qt's rich text reads it only in px, a pixel of the layout device, so
    the screen's 1 cm printed as 0.08 mm at 1,200 dpi (every paragraph flush left on paper)."""
    from gender_equality_desk.core.reports.content import Paragraph

    content = ReportContent(
        header=DocumentHeader("UBND XÃ CAO LÂU", "Số:  /BC-UBND", "Cao Lâu", "BÁO CÁO", "Kết quả"),
        blocks=(Paragraph(PARAGRAPH.format(n=1) * 3),),
        signature=SignatureBlock((), ("CHỦ TỊCH",), "Vi Văn Thái"),
        file_stem="x",
    )
    spots = text_spots(print_to_pdf(render_html(content), tmp_path / "in.pdf", landscape=False).pages[0])
    first = next(x for text, x, _y in spots if text.startswith("Đoạn 1"))
    assert first == pytest.approx(LEFT + 10, abs=0.5)
