"""The Decree-30 PDF, read back with pypdf: text, figures, embedded font, page geometry, page numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.render.pdf.tables import cell_text
from gender_equality_desk.core.reports.action_month import action_month_report
from gender_equality_desk.core.reports.activity_log import activity_log_report
from gender_equality_desk.core.reports.content import CellKind, ReportContent
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

from .conftest import make_report

A4 = (595.28, 841.89)
TOP_MARGIN = 56.69  # 20 mm


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("pdfdemo")))
    generate_demo(store, years=2, scale=1, seed=21, as_of=date(2026, 11, 23))
    yield store
    store.close()


def render(content: ReportContent, tmp_path: Path) -> pypdf.PdfReader:
    target = tmp_path / f"{content.file_stem}.pdf"
    assert render_pdf(content, target) == target
    return pypdf.PdfReader(target)


def full_text(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def expected_figures(content: ReportContent) -> list[str]:
    """Every number cell of every table (and its total row) as the PDF must print it."""
    figures = []
    for table in content.tables():
        rows = [row.cells for row in table.rows]
        if table.total_label is not None:
            rows.append(table.totals())
        for cells in rows:
            for column, value in zip(table.columns, cells, strict=True):
                if column.kind is not CellKind.TEXT and isinstance(value, int | float):
                    figures.append(cell_text(value, column.kind))
    return figures


def texts_in_top_margin(page: pypdf.PageObject) -> list[str]:
    height = float(page.mediabox.height)
    found: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() and cm[5] + tm[5] > height - TOP_MARGIN:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return found


def test_vietnamese_letterhead_and_closing_survive(tmp_path: Path) -> None:
    text = full_text(render(make_report(), tmp_path))
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN",
        "XÃ CAO LÂU",
        "/BC-UBND",
        "Cao Lâu, ngày 10 tháng 12 năm 2026",
        "BÁO CÁO",
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "Nơi nhận:",
        "- Sở Nội vụ tỉnh Lạng Sơn;",
        "- Lưu: VT.",
        "(Ký, ghi rõ họ tên, đóng dấu)",
        "Vi Văn Thái",
        "“<3”",  # markup characters are escaped, not swallowed
    ):
        assert expected in text, expected


def test_every_figure_of_the_sample_tables_is_printed(tmp_path: Path) -> None:
    content = make_report()
    tokens = set(full_text(render(content, tmp_path)).split())
    figures = expected_figures(content)
    assert "1.500.000" in figures and "9.000.000" in figures  # the total row
    assert [figure for figure in figures if figure not in tokens] == []


def test_fonts_are_embedded_tinos_subsets(tmp_path: Path) -> None:
    reader = render(make_report(), tmp_path)
    for page in reader.pages:
        fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
        assert fonts
        for font in fonts:
            assert re.fullmatch(r"/[A-Z]{6}\+Tinos(-Bold|-Italic|-BoldItalic)?", font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_portrait_a4_and_landscape_when_the_content_asks(tmp_path: Path) -> None:
    portrait = render(make_report(), tmp_path / "p")
    landscape = render(make_report(landscape=True), tmp_path / "l")
    for page in portrait.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.1)
    for page in landscape.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4[::-1], abs=0.1)


def test_page_numbers_from_page_two_centred_at_the_top(tmp_path: Path) -> None:
    reader = render(make_report(table_rows=80), tmp_path)
    assert len(reader.pages) >= 3
    assert texts_in_top_margin(reader.pages[0]) == []
    for number, page in enumerate(reader.pages[1:], start=2):
        assert texts_in_top_margin(page) == [str(number)]


def test_long_table_repeats_its_header_row_on_every_page(tmp_path: Path) -> None:
    reader = render(make_report(table_rows=400, landscape=True), tmp_path)
    pages_with_rows = [
        page.extract_text() for page in reader.pages if "Hòa giải ở cơ sở" in page.extract_text()
    ]
    assert len(pages_with_rows) > 5
    for text in pages_with_rows:
        assert "Loại hoạt động" in text and "Kinh phí (đồng)" in text


def test_real_action_month_report_prints_every_figure(demo: Store, tmp_path: Path) -> None:
    with demo.reading() as session:
        content = action_month_report(session, 2025, day=date(2025, 12, 10))
    reader = render(content, tmp_path)
    tokens = set(full_text(reader).split())
    figures = expected_figures(content)
    assert len(figures) > 30
    assert [figure for figure in figures if figure not in tokens] == []
    assert float(reader.pages[0].mediabox.width) == pytest.approx(A4[0], abs=0.1)


def test_real_activity_log_is_landscape_with_every_figure(demo: Store, tmp_path: Path) -> None:
    with demo.reading() as session:
        content = activity_log_report(session, date(2025, 1, 1), date(2025, 12, 31))
    reader = render(content, tmp_path)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(A4[1], abs=0.1)
    text = full_text(reader)
    tokens = set(text.split())
    figures = expected_figures(content)
    assert len(figures) > 100
    assert [figure for figure in figures if figure not in tokens] == []
    assert "Nơi nhận:" in text and "SỔ NHẬT KÝ" in text
