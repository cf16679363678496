"""Pieces of the XLSX writer: sheet names, total formulas, widths measured on Vietnamese text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from gender_equality_desk.core.render.xlsx.formulas import figure_runs, sum_formula
from gender_equality_desk.core.render.xlsx.measure import (
    NUMBER_MIN_WIDTH,
    TEXT_MAX_WIDTH,
    column_widths,
    figure_row_lines,
    fit_to_page,
    lines_needed,
    text_units,
    widen_for_title,
)
from gender_equality_desk.core.render.xlsx.sheet_names import SheetNamer
from gender_equality_desk.core.reports.content import CellKind, Table, TableColumn, TableRow


def test_sheet_names_are_legal_unique_and_short() -> None:
    namer = SheetNamer()
    assert namer.name("Hoạt động", "Biểu 1") == "Hoạt động"
    assert namer.name("HOẠT ĐỘNG", "Biểu 2") == "HOẠT ĐỘNG (2)"  # Excel ignores case
    assert namer.name("Kinh phí [đồng]: 2026/2027?*", "Biểu 3") == "Kinh phí -đồng-- 2026-2027--"
    long = namer.name("Biểu 1. Hoạt động truyền thông và số người tham gia", "Biểu 4")
    assert long == "Biểu 1. Hoạt động truyền thông"[:31] and len(long) <= 31
    again = namer.name("Biểu 1. Hoạt động truyền thông và số người tham gia", "Biểu 5")
    assert len(again) <= 31 and again.endswith(" (2)") and again != long
    assert namer.name("''", "Biểu 6") == "Biểu 6"
    assert namer.name("History", "Biểu 7") == "Biểu 7"
    decomposed = unicodedata.normalize("NFD", "Tuyên truyền cộng đồng ở các thôn bản")
    assert namer.name(decomposed, "Biểu 8") == "Tuyên truyền cộng đồng ở các th"


def test_totals_skip_bold_group_rows() -> None:
    assert figure_runs(5, [True, False, False, True, False]) == [(6, 7), (9, 9)]
    assert sum_formula("C", [(6, 7), (9, 9)]) == "=SUM(C6:C7,C9)"
    assert sum_formula("C", []) == "=0"
    many = sum_formula("B", [(row, row) for row in range(1, 800, 2)])
    assert many.startswith("=SUM(SUM(B1,") and many.count("SUM(") == 3


def test_widths_count_letters_not_combining_marks() -> None:
    composed = "Hỗ trợ phụ nữ"
    assert text_units(unicodedata.normalize("NFD", composed)) == text_units(composed)
    assert text_units("ĐỀ XUẤT") > text_units("đề xuất")
    assert text_units("Tổng", bold=True) > text_units("Tổng")


def test_long_text_wraps_in_a_capped_column_and_figures_fit() -> None:
    long_text = "Tuyên truyền về phòng, chống bạo lực gia đình tại nhà văn hóa thôn " * 3
    table = Table(
        title="Biểu",
        columns=(
            TableColumn("Nội dung"),
            TableColumn("Kinh phí (đồng)", CellKind.VND, summed=True),
            TableColumn("Ghi chú"),
        ),
        rows=(TableRow((long_text, 987_654_321, "Ngắn")), TableRow(("Một", 12_000_000_000, None))),
        total_label="Tổng cộng",
    )
    text, money, note = column_widths(table)
    assert text == TEXT_MAX_WIDTH
    assert lines_needed(long_text, text) >= 4
    assert money > text_units("12.987.654.321", bold=True)  # the total is the widest figure
    assert note >= text_units("Ghi chú", bold=True)
    assert lines_needed("Tổng số người tham gia", 7.8, bold=True) == 3


def test_wide_tables_give_up_text_width_in_proportion_to_fit_the_page() -> None:
    columns = (
        TableColumn("Nội dung hoạt động", width=3.0),
        TableColumn("Địa điểm", width=1.0),
        TableColumn("Kinh phí (đồng)", CellKind.VND, summed=True),
    )
    table = Table("Biểu", columns, (TableRow(("x", "y", 1_500_000)),))
    fitted = fit_to_page(table, [50.0, 50.0, 14.0], budget=74.0)
    assert fitted[2] == 14.0  # figures are never cut
    assert sum(fitted) == pytest.approx(74.0, abs=0.2)
    assert fitted[0] == pytest.approx(3 * fitted[1], abs=0.2)
    assert fit_to_page(table, [20.0, 10.0, 14.0], budget=74.0) == [20.0, 10.0, 14.0]
    # A column that needs less than its share keeps its width; the other gets the rest.
    assert fit_to_page(table, [50.0, 8.0, 14.0], budget=60.0) == [38.0, 8.0, 14.0]


def test_rows_with_wrapped_text_are_given_their_height() -> None:
    short, long = "Tập huấn", "Hội thi tìm hiểu pháp luật về bình đẳng giới và phòng, chống bạo lực gia đình"
    assert figure_row_lines([short, 12], [20.0, 8.0], bold=False, first_indent=0) == 1
    assert (
        figure_row_lines([long, 12], [20.0, 8.0], bold=False, first_indent=0) == lines_needed(long, 20.0) >= 4
    )


def test_a_narrow_table_widens_its_text_column_for_the_title() -> None:
    columns = (TableColumn("Nguồn kinh phí"), TableColumn("Số tiền (đồng)", CellKind.VND, summed=True))
    table = Table("Biểu 3. Kinh phí thực hiện theo nguồn", columns, (TableRow(("Ngân sách xã", 9_700_000)),))
    widths = column_widths(table)
    title = text_units(table.title, bold=True)
    widened = widen_for_title(table, widths, title, budget=100.0)
    assert widened[1] == widths[1] and sum(widened) >= title
    assert lines_needed(table.title, sum(widened), bold=True) == 1
    assert widen_for_title(table, widths, 500.0, budget=100.0)[0] == pytest.approx(100.0 - widths[1])


def test_a_date_column_is_a_real_date_in_excel_and_dd_mm_yyyy_in_print(tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import date, datetime

    from openpyxl import load_workbook

    from gender_equality_desk.core.render.pdf.tables import cell_text
    from gender_equality_desk.core.render.xlsx.table_sheet import FIRST_FIGURE_ROW
    from gender_equality_desk.core.render.xlsx.workbook import render_xlsx

    from .conftest import make_report

    table = Table(
        title="Nhật ký",
        columns=(TableColumn("Ngày", CellKind.DATE), TableColumn("Nội dung")),
        rows=(TableRow((date(2026, 12, 5), "Họp dân")), TableRow((None, "Chưa rõ ngày"))),
    )
    target = render_xlsx(replace(make_report(), blocks=(table,)), tmp_path / "log.xlsx")
    sheet = load_workbook(target)["Nhật ký"]
    cell = sheet.cell(FIRST_FIGURE_ROW, 1)
    assert cell.value == datetime(2026, 12, 5) and cell.number_format == "dd/mm/yyyy"
    assert sheet.cell(FIRST_FIGURE_ROW + 1, 1).value is None
    assert cell_text(date(2026, 3, 1), CellKind.DATE) == "01/03/2026"


def test_a_merged_total_label_does_not_widen_a_narrow_first_column() -> None:
    """The log's STT column stays narrow: "Tổng cộng" is merged over the cells up to the first total; a
    label alone in its column (the first total right after it) still gets its width."""
    columns = (
        TableColumn("STT", CellKind.INTEGER),
        TableColumn("Nội dung hoạt động"),
        TableColumn("Kinh phí (đồng)", CellKind.VND, summed=True),
    )
    rows = tuple(TableRow((i, f"Hoạt động {i}", 100_000 * i)) for i in range(1, 13))
    merged = column_widths(Table("Nhật ký", columns, rows, total_label="Tổng cộng"))
    assert merged[0] == NUMBER_MIN_WIDTH
    alone = Table(
        "Kinh phí",
        (columns[0], columns[2]),
        tuple(TableRow((r.cells[0], r.cells[2])) for r in rows),
        total_label="Tổng cộng",
    )
    assert column_widths(alone)[0] >= text_units("Tổng cộng", bold=True)
