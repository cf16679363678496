"""What Qt prints ends its pages well: a heading or a table title never closes a page, a table row is
never cut across two pages, and a total row never stands alone under the header repeated on a new page.

The same report is printed with 0, 1, 2 … filler lines before its body, so that each heading, title, row
and total passes the end of a page in one of the prints; every print is read back from the PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

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
from gender_equality_desk.gui import page_breaks

from .printed_lines import printed_pages

pytestmark = pytest.mark.slow  # 42 prints read back from PDF: about ten seconds

HEADINGS = ("II. KẾT QUẢ CỤ THỂ", "1. Công tác tuyên truyền", "a) Tuyên truyền trực tiếp")
TITLES = ("Biểu 1. Hoạt động theo nhóm", "Biểu 2. Hoạt động theo mục")
HEADER = "Tên Số cuộc Số người Nữ Nam"  # each table's header row as printed
TOTAL = "Tổng cộng"
FILLERS = range(42)  # one line each: every heading, title, row and total below meets the end of page 1
LONG_ROWS = (3, 6, 9, 12, 14)  # Biểu 2 rows whose label takes two lines (14: just above the total)


def figure_table(title: str, label: str, rows: int) -> Table:
    def name(number: int) -> str:
        if label == "Mục" and number in LONG_ROWS:
            return f"{label} {number:02d} có tên dài xuống dòng, cuối{number:02d}"
        return f"{label} {number:02d}"

    return Table(
        title=title,
        columns=(
            TableColumn("Tên", width=1.4),
            TableColumn("Số cuộc", CellKind.INTEGER, summed=True),
            TableColumn("Số người", CellKind.INTEGER, summed=True),
            TableColumn("Nữ", CellKind.INTEGER, summed=True),
            TableColumn("Nam", CellKind.INTEGER, summed=True),
        ),
        rows=tuple(TableRow((name(n), n, 10 * n, 6 * n, 4 * n)) for n in range(1, rows + 1)),
        total_label=TOTAL,
    )


def sweep_report(fillers: int) -> ReportContent:
    body = (
        Paragraph("Ủy ban nhân dân xã báo cáo kết quả thực hiện công tác bình đẳng giới như sau:"),
        *(Paragraph(f"Dòng đệm số {n + 1}.") for n in range(fillers)),
        Paragraph(HEADINGS[0], ParagraphStyle.HEADING_1),
        Paragraph(HEADINGS[1], ParagraphStyle.HEADING_2),
        Paragraph("Xã tổ chức nhiều hoạt động tuyên truyền tại các thôn, lồng ghép trong các cuộc họp dân."),
        Paragraph(HEADINGS[2], ParagraphStyle.HEADING_3),
        Paragraph("Treo băng rôn, khẩu hiệu tại trụ sở và các trục đường chính.", ParagraphStyle.BULLET),
        figure_table(TITLES[0], "Nhóm", 4),
        Paragraph("Các hoạt động được tổ chức đúng kế hoạch, có sự tham gia của các đoàn thể."),
        figure_table(TITLES[1], "Mục", 14),
        Paragraph("Trên đây là báo cáo kết quả thực hiện công tác bình đẳng giới của xã./."),
    )
    return ReportContent(
        header=DocumentHeader(
            issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
            number_symbol="Số:   /BC-UBND",
            place_and_date="Cao Lâu, ngày 10 tháng 12 năm 2026",
            document_type="BÁO CÁO",
            subject="Kết quả thực hiện công tác bình đẳng giới năm 2026",
        ),
        blocks=body,
        signature=SignatureBlock(("- Sở Nội vụ tỉnh Lạng Sơn;", "- Lưu: VT."), ("CHỦ TỊCH",), "Vi Văn Thái"),
        file_stem="BaoCao",
    )


def figure_rows(lines: list[str]) -> list[str]:
    """The figure rows at the start of `lines` (a long row's second line is part of its row)."""
    rows: list[str] = []
    for line in lines:
        if line.startswith(("Nhóm ", "Mục ")):
            rows.append(line)
        elif not (rows and "cuối" in line):
            break
    return rows


@pytest.fixture(scope="module")
def sweep(tmp_path_factory: pytest.TempPathFactory) -> dict[int, list[list[str]]]:
    """Each print's pages, by the number of filler lines before the body."""
    folder = tmp_path_factory.mktemp("sweep")
    return {n: printed_pages(render_html(sweep_report(n)), folder / f"{n}.pdf") for n in FILLERS}


def test_the_sweep_moves_every_heading_and_table_across_a_page_end(sweep: dict[int, list[list[str]]]) -> None:
    """The test below means something only if each heading and title printed on page 1 in one print and
    on page 2 in another, and each table's total too."""
    for text in (*HEADINGS, *TITLES):
        pages = {number for pages in sweep.values() for number, lines in enumerate(pages) if text in lines}
        assert {0, 1} <= pages, text
    totals = {
        number
        for pages in sweep.values()
        for number, lines in enumerate(pages)
        if any(line.startswith(TOTAL) for line in lines)
    }
    assert {0, 1} <= totals


@pytest.mark.parametrize("fillers", FILLERS)
def test_no_page_ends_with_a_heading_or_a_table_title_or_header(
    sweep: dict[int, list[list[str]]], fillers: int
) -> None:
    pages = sweep[fillers]
    assert all(pages), "a blank page"
    for number, lines in enumerate(pages[:-1], 1):
        assert lines[-1] not in (*HEADINGS, *TITLES, HEADER), f"page {number} ends with {lines[-1]!r}"
    for lines in pages:
        for index, line in enumerate(lines):
            if line in TITLES:  # its table's header row and first three rows (as the PDF) follow it
                assert lines[index + 1] == HEADER, line
                assert len(figure_rows(lines[index + 2 :])) >= 3, lines[index:]


@pytest.mark.parametrize("fillers", FILLERS)
def test_a_total_row_has_figure_rows_above_it_on_its_page(
    sweep: dict[int, list[list[str]]], fillers: int
) -> None:
    for number, lines in enumerate(sweep[fillers], 1):
        for index, line in enumerate(lines):
            if not line.startswith(TOTAL):
                continue
            header = max(i for i in range(index) if lines[i] == HEADER)  # repeated on each page of a table
            assert len(figure_rows(lines[header + 1 : index])) >= 2, f"page {number}: {lines[header:index]}"


@pytest.mark.parametrize("fillers", FILLERS)
def test_no_table_row_is_cut_across_two_pages(sweep: dict[int, list[list[str]]], fillers: int) -> None:
    pages = sweep[fillers]
    for row in LONG_ROWS:
        starts = [n for n, lines in enumerate(pages) for line in lines if line.startswith(f"Mục {row:02d}")]
        ends = [n for n, lines in enumerate(pages) for line in lines if f"cuối{row:02d}" in line]
        assert len(starts) == len(ends) == 1 and starts == ends, f"Mục {row:02d}: pages {starts}, {ends}"


def mixed_lengths(number: int) -> str:
    """One, two or three lines, in turn."""
    return " có nội dung dài thêm" * (number % 3)


def long_then_short(number: int) -> str:
    """Six lines for the first thirty rows, then one: the pages after hold five times as many rows."""
    return " có nội dung rất dài thêm nữa" * 8 if number <= 30 else ""


@pytest.mark.parametrize("filling", [mixed_lengths, long_then_short])
def test_a_long_table_prints_every_row_once_whole_and_in_order(
    tmp_path: Path, filling: Callable[[int], str]
) -> None:
    """A year's activity log runs over many pages: each page repeats the header, no row is cut or lost or
    printed twice when the table is cut page by page, no page is left blank, and the total keeps two
    rows with it."""
    count = 200

    def name(number: int) -> str:
        return f"Hàng {number:03d}{filling(number)} hết{number:03d}"

    table = Table(
        title="Biểu 3. Nhật ký hoạt động",
        columns=(TableColumn("Tên", width=1.4), *figure_table("", "", 0).columns[1:]),
        rows=tuple(TableRow((name(n), n, 10 * n, 6 * n, 4 * n)) for n in range(1, count + 1)),
        total_label=TOTAL,
    )
    content = sweep_report(0)
    content = replace(content, blocks=(*content.blocks[:1], table, *content.blocks[-1:]))
    pages = printed_pages(render_html(content), tmp_path / "log.pdf")
    assert all(pages), "a blank page"

    starts = [
        (page, line[5:8]) for page, lines in enumerate(pages) for line in lines if line.startswith("Hàng ")
    ]
    assert [int(number) for _page, number in starts] == list(range(1, count + 1))
    ends = {
        line.split("hết")[1][:3]: page for page, lines in enumerate(pages) for line in lines if "hết" in line
    }
    assert all(ends[number] == page for page, number in starts)  # no row cut across two pages
    table_pages = sorted({page for page, _number in starts})
    assert len(table_pages) >= 5
    for page in table_pages[1:]:
        assert pages[page][0] == HEADER  # the header row again on top of each page
    last = pages[table_pages[-1]]
    total = next(i for i, line in enumerate(last) if line.startswith(TOTAL))
    assert len([line for line in last[1:total] if line.startswith("Hàng ")]) >= 2, last[:total]


def test_rows_waiting_to_come_back_are_printed_when_the_search_stops_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cut-off part of a long table comes back a few pages at a time; were the search to stop at its
    bound of moves before the end of the table, the rows still waiting are printed all the same."""
    monkeypatch.setattr(page_breaks, "MOVES_PER_PAGE", 0.25)  # three moves here, for ten pages
    rows = tuple(
        TableRow((f"Hàng {n:03d}{mixed_lengths(n)}", n, 10 * n, 6 * n, 4 * n)) for n in range(1, 201)
    )
    table = replace(figure_table("Biểu 3. Nhật ký hoạt động", "Hàng", 0), rows=rows)
    content = sweep_report(0)
    content = replace(content, blocks=(*content.blocks[:1], table, *content.blocks[-1:]))
    pages = printed_pages(render_html(content), tmp_path / "log.pdf")
    printed = [line.split()[1] for lines in pages for line in lines if line.startswith("Hàng ")]
    assert printed == [f"{n:03d}" for n in range(1, 201)]
