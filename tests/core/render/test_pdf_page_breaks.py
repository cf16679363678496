"""Where the PDF's pages break: a heading or a table title never ends a page, a table's total row never
starts a page without figure rows above it, a bold group row never ends a page.

Each test sweeps the position of the block under test across the end of a page by putting a varying number
of filler paragraphs (body lines and smaller notes, so the steps are a few points) in front of it, renders
every variant and reads each page's text back with pypdf.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.reports.content import (
    Block,
    CellKind,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    Table,
    TableColumn,
    TableRow,
)

from .conftest import make_report

HEADING_1 = "I. ĐỀ MỤC LỚN KIỂM TRA"
HEADING_2 = "1. Đề mục nhỏ kiểm tra"
HEADING_3 = "a) Đề mục chữ kiểm tra"
TITLE = "Biểu kiểm tra. Số liệu theo dòng"
TOTAL = "Tổng cộng"
LONG_TEXT = (
    "Đoạn văn sau đề mục nói về kết quả thực hiện trong kỳ, đủ dài để chiếm nhiều dòng trên trang giấy "
    "khổ A4 theo thể thức văn bản hành chính, với số liệu cụ thể của từng thôn, từng cơ quan, đoàn thể "
    "và những việc còn phải làm trong thời gian tới để hoàn thành kế hoạch năm. "
) * 2


def fillers(lines: int, notes: int) -> list[Block]:
    """Body lines (about 24 pt each) and notes (about 20 pt): together they move what follows a few
    points at a time."""
    return [Paragraph(f"Đoạn đệm số {i}.") for i in range(lines)] + [
        Paragraph(f"Ghi chú đệm số {i}.", ParagraphStyle.NOTE) for i in range(notes)
    ]


def positions() -> Iterator[tuple[int, int]]:
    """(body lines, notes) moving the next block over the foot of the first page."""
    for lines in range(12, 22):
        for notes in range(3):
            yield lines, notes


def figure_table(rows: int, *, group_every: int = 0, total: bool = True) -> Table:
    body = []
    for i in range(1, rows + 1):
        if group_every and i % group_every == 1:
            body.append(TableRow((f"Nhóm {i // group_every + 1}", None, None), bold=True))
        body.append(TableRow((f"Dòng {i:03d}", i, 10 * i)))
    return Table(
        title=TITLE,
        columns=(
            TableColumn("Nội dung", width=3),
            TableColumn("Số cuộc", CellKind.INTEGER, summed=True),
            TableColumn("Số người", CellKind.INTEGER, summed=True),
        ),
        rows=tuple(body),
        total_label=TOTAL if total else None,
    )


def document(blocks: list[Block]) -> ReportContent:
    return replace(make_report(), blocks=tuple(blocks))


def page_lines(content: ReportContent, path: Path) -> list[list[str]]:
    """Each page's text lines, top to bottom, without the page number in the top margin."""
    render_pdf(content, path)
    pages = []
    for number, page in enumerate(pypdf.PdfReader(path).pages, start=1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        if number > 1 and lines and lines[0] == str(number):
            lines = lines[1:]
        pages.append(lines)
    return pages


def body_pages(pages: list[list[str]]) -> list[list[str]]:
    """Pages that the body flows over: the last page ends with the signature, which is not body text."""
    return pages[:-1]


@pytest.mark.parametrize("next_block", ["paragraph", "table"])
def test_a_heading_never_ends_a_page(next_block: str, tmp_path: Path) -> None:
    headed: Block = Paragraph(LONG_TEXT) if next_block == "paragraph" else figure_table(40)
    headings = [
        Paragraph(HEADING_1, ParagraphStyle.HEADING_1),
        Paragraph(HEADING_2, ParagraphStyle.HEADING_2),
        Paragraph(HEADING_3, ParagraphStyle.HEADING_3),
    ]
    first_pages = []
    for lines, notes in positions():
        blocks = [*fillers(lines, notes), *headings, headed, Paragraph("Đoạn kết thúc phần nội dung.")]
        pages = page_lines(document(blocks), tmp_path / f"{lines}-{notes}.pdf")
        for number, text in enumerate(body_pages(pages), start=1):
            assert text[-1] not in (HEADING_1, HEADING_2, HEADING_3, TITLE), (lines, notes, number)
        # The headings stay together and go with the first lines of what they head.
        (page,) = [text for text in pages if HEADING_1 in text]
        assert page.index(HEADING_1) + 3 < len(page) and HEADING_3 in page
        if next_block == "table":
            assert TITLE in page and sum(line.startswith("Dòng") for line in page) >= 3
        first_pages.append(HEADING_1 in pages[0])
    assert any(first_pages) and not all(first_pages)  # the sweep really pushed the headings over a page end


def test_a_table_title_never_ends_a_page(tmp_path: Path) -> None:
    for lines, notes in positions():
        blocks = [*fillers(lines, notes), figure_table(40), Paragraph("Đoạn kết thúc phần nội dung.")]
        pages = page_lines(document(blocks), tmp_path / f"{lines}-{notes}.pdf")
        for number, text in enumerate(body_pages(pages), start=1):
            assert text[-1] != TITLE, (lines, notes, number)


def test_the_total_row_never_starts_a_page_alone(tmp_path: Path) -> None:
    """Tables ending at every row around the first, second and third page end (22 rows fit on the first
    page after the fillers, 34 on the next ones): the total row always has at least two figure rows above
    it on its page, under the repeated header, also at a table's second and third break."""
    spans = set()
    for rows in (*range(20, 26), *range(54, 60), *range(88, 94)):
        blocks = [*fillers(3, 0), figure_table(rows)]
        pages = page_lines(document(blocks), tmp_path / f"{rows}.pdf")
        (page,) = [text for text in pages if any(line.startswith(TOTAL) for line in text)]
        assert sum(line.startswith("Dòng") for line in page) >= 2, rows
        figures = [line for text in pages for line in text if line.startswith("Dòng")]
        assert figures == [f"Dòng {i:03d}" for i in range(1, rows + 1)]  # none lost or doubled at a break
        continued = [text for text in pages[1:] if any(line.startswith("Dòng") for line in text)]
        assert all(text[0] == "Nội dung" for text in continued)  # the header row repeats
        spans.add(len(continued))
    assert spans == {0, 1, 2, 3}  # tables on one page, and breaking once, twice and three times


def test_a_group_row_never_ends_a_page(tmp_path: Path) -> None:
    """A bold group row ("II. Các hoạt động chuyên đề") stays with the rows it heads."""
    for lines in range(8):
        for notes in range(3):
            blocks = [*fillers(lines, notes), figure_table(60, group_every=5, total=False)]
            pages = page_lines(document(blocks), tmp_path / f"{lines}-{notes}.pdf")
            for number, text in enumerate(body_pages(pages), start=1):
                assert not text[-1].startswith("Nhóm"), (lines, notes, number)


def test_a_heading_before_the_closing_sentence_goes_with_it(tmp_path: Path) -> None:
    """The last heading of a report and the one sentence under it (kept with the signature) are not parted."""
    for lines, notes in positions():
        blocks = [
            *fillers(lines, notes),
            Paragraph("III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", ParagraphStyle.HEADING_1),
            Paragraph("(Cán bộ bổ sung nội dung trước khi trình ký.)", ParagraphStyle.NOTE),
        ]
        pages = page_lines(document(blocks), tmp_path / f"{lines}-{notes}.pdf")
        for number, text in enumerate(pages[:-1], start=1):
            assert text[-1] != "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", (lines, notes, number)
