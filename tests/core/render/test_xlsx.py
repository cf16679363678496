"""The XLSX writer read back with openpyxl: figures, Vietnamese text, formulas, styles, print setup."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import IO

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.render.xlsx import cached_values, render_xlsx, uses_write_only
from gender_equality_desk.core.reports.action_month import action_month_report
from gender_equality_desk.core.reports.activity_log import activity_log_report
from gender_equality_desk.core.reports.content import (
    MOTTO,
    CellKind,
    ReportContent,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

HEADER_ROW, FIRST_FIGURE_ROW = 4, 5
_RANGE = re.compile(r"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?")


def referenced_sum(sheet: Worksheet, formula: str) -> float:
    """What =SUM(B6:B11,B13) adds up, read from the cells it names."""
    match = re.fullmatch(r"=SUM\((.*)\)", formula)
    assert match, formula
    total = 0.0
    for part in match.group(1).split(","):
        ref = _RANGE.fullmatch(part)
        assert ref, part
        first, last = int(ref.group(2)), int(ref.group(4) or ref.group(2))
        for row in range(first, last + 1):
            value = sheet[f"{ref.group(1)}{row}"].value
            total += value if isinstance(value, int | float) else 0
    return total


def _as_read(cell: object) -> object:
    """A cell as openpyxl reads it back: an empty text is an empty cell, a date a midnight datetime."""
    if cell == "":
        return None
    if isinstance(cell, date) and not isinstance(cell, datetime):
        return datetime.combine(cell, time())
    return cell


def assert_table_sheet_matches(sheet: Worksheet, table: Table) -> None:
    assert sheet["A2"].value == table.title
    assert [cell.value for cell in sheet[HEADER_ROW]] == [column.label for column in table.columns]
    written = sheet.iter_rows(min_row=FIRST_FIGURE_ROW, max_col=len(table.columns), values_only=True)
    for offset, (row, values) in enumerate(zip(table.rows, written, strict=False)):
        expected = [_as_read(cell) for cell in row.cells]
        assert list(values) == expected, f"row {FIRST_FIGURE_ROW + offset}"
    if table.total_label is None:
        return
    total_row = sheet[FIRST_FIGURE_ROW + len(table.rows)]
    assert total_row[0].value == table.total_label
    for index, (column, expected) in enumerate(zip(table.columns, table.totals(), strict=True)):
        if index and column.summed:
            formula = total_row[index].value
            if isinstance(expected, str):  # "—": nothing recorded, written as the text it is
                assert formula == expected
                continue
            assert isinstance(formula, str) and formula.startswith("=SUM(")
            assert referenced_sum(sheet, formula) == expected


def render_and_open(content: ReportContent, path: Path) -> openpyxl.Workbook:
    assert render_xlsx(content, path) == path
    return openpyxl.load_workbook(path)


def test_one_sheet_per_table_after_the_document_sheet(report: ReportContent, tmp_path: Path) -> None:
    book = render_and_open(report, tmp_path / "bc.xlsx")
    assert book.sheetnames == ["Báo cáo", "Hoạt động"]
    assert_table_sheet_matches(book["Hoạt động"], report.tables()[0])


def test_total_formulas_leave_out_the_bold_group_row(report: ReportContent, tmp_path: Path) -> None:
    sheet = render_and_open(report, tmp_path / "bc.xlsx")["Hoạt động"]
    assert sheet["A5"].value == "I. Hoạt động truyền thông trực tiếp" and sheet["A5"].font.b
    assert sheet["B12"].value == "=SUM(B6:B11)"
    assert sheet["F12"].value == "=SUM(F6:F11)"
    assert referenced_sum(sheet, sheet["F12"].value) == 9_000_000
    # The label spans the columns before the first summed one (here only A) and is bold.
    assert sheet["A12"].value == "Tổng cộng" and sheet["A12"].font.b


def test_header_styles_freeze_and_number_formats(report: ReportContent, tmp_path: Path) -> None:
    sheet = render_and_open(report, tmp_path / "bc.xlsx")["Hoạt động"]
    assert sheet.row_dimensions[HEADER_ROW].height >= 2 * 15  # "Tổng số người tham gia" wraps
    assert sheet.row_dimensions[6].height is None  # one line of text: the default height
    header = sheet[HEADER_ROW]
    assert all(cell.font.b and cell.alignment.wrap_text for cell in header)
    assert all(cell.border.left.style == "thin" and cell.border.bottom.style == "thin" for cell in header)
    assert sheet.freeze_panes == "A5"
    assert "A2:F2" in {str(merged) for merged in sheet.merged_cells.ranges}
    assert sheet["A2"].font.b
    assert sheet["B6"].number_format == "[$-42A]#,##0"
    assert sheet["F6"].number_format == '[$-42A]#,##0;-#,##0;"-"'
    assert sheet["F12"].font.b and sheet["F12"].number_format == sheet["F6"].number_format
    assert sheet["A6"].alignment.indent == 1  # the row's level
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["B"].width >= 7
    assert sheet.auto_filter.ref == "A4:F11"


def test_print_setup(report: ReportContent, tmp_path: Path) -> None:
    book = render_and_open(report, tmp_path / "bc.xlsx")
    sheet = book["Hoạt động"]
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.orientation == "portrait"  # six columns fit upright
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$4:$4"
    assert sheet.page_margins.left == pytest.approx(30 / 25.4)
    assert sheet.page_margins.top == pytest.approx(20 / 25.4)
    assert "&P" in sheet.oddFooter.center.text
    assert book["Báo cáo"].page_setup.orientation == "portrait"

    landscape = render_and_open(replace(report, landscape=True), tmp_path / "ngang.xlsx")
    assert landscape["Hoạt động"].page_setup.orientation == "landscape"


def test_document_sheet_keeps_the_vietnamese_text(report: ReportContent, tmp_path: Path) -> None:
    sheet = render_and_open(report, tmp_path / "bc.xlsx")["Báo cáo"]
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert texts[:3] == ["ỦY BAN NHÂN DÂN XÃ CAO LÂU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", MOTTO]
    assert "Cao Lâu, ngày 10 tháng 12 năm 2026" in texts and "BÁO CÁO" in texts
    assert report.header.subject in texts
    assert "- Treo 28 băng rôn, khẩu hiệu tại trụ sở UBND xã, trường học và các trục đường chính." in texts
    assert "Nơi nhận:" in texts and "- Lưu: VT." in texts and texts[-1] == "Vi Văn Thái"
    (link,) = [cell for row in sheet.iter_rows() for cell in row if cell.hyperlink]
    assert link.hyperlink.location == "'Hoạt động'!A1"
    assert link.value.startswith("Biểu 1.")
    assert not sheet.sheet_view.showGridLines


def test_text_that_looks_like_a_formula_stays_text(report: ReportContent, tmp_path: Path) -> None:
    table = report.tables()[0]
    first = table.rows[1]
    odd = replace(first, cells=('=HYPERLINK("http://x")\x07', *first.cells[1:]))
    content = replace(report, blocks=(replace(table, rows=(table.rows[0], odd, *table.rows[2:])),))
    sheet = render_and_open(content, tmp_path / "bc.xlsx")["Hoạt động"]
    assert sheet["A6"].data_type == "s"
    assert sheet["A6"].value == '=HYPERLINK("http://x") '  # the bell character cannot live in a cell


def test_big_table_is_streamed_with_the_same_formatting(report: ReportContent, tmp_path: Path) -> None:
    table = report.tables()[0]
    body = table.rows[1]
    rows = tuple(
        replace(body, cells=(f"Hoạt động số {i}", i, 3 * i, 2 * i, i, 1000 * i)) for i in range(6001)
    )
    big = replace(report, blocks=(replace(table, rows=(table.rows[0], *rows)),))
    assert uses_write_only(big) and not uses_write_only(report)
    sheet = render_and_open(big, tmp_path / "lon.xlsx")["Hoạt động"]
    assert_table_sheet_matches(sheet, big.tables()[0])
    assert sheet["B6007"].value == "=SUM(B6:B6006)"
    assert sheet.freeze_panes == "A5" and sheet.print_title_rows == "$4:$4"
    assert sheet["A4"].font.b and sheet["C3000"].border.right.style == "thin"
    assert sheet["F3000"].number_format == '[$-42A]#,##0;-#,##0;"-"'
    assert {"A2:F2", "A6007:A6007"} & {str(merged) for merged in sheet.merged_cells.ranges} == {"A2:F2"}


def test_atomic_write_leaves_no_temp_and_keeps_the_old_file_on_failure(
    report: ReportContent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bc.xlsx"
    render_xlsx(report, target)
    assert [path.name for path in tmp_path.iterdir()] == ["bc.xlsx"]
    before = target.read_bytes()

    def full_disk(source: IO[bytes], target: IO[bytes], length: int = 0) -> None:
        target.write(source.read(100))  # the disk fills while the workbook is written out
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cached_values.shutil, "copyfileobj", full_disk)
    full = r"USB hoặc ổ đĩa “.*” đã đầy .* nên không ghi được tệp “bc\.xlsx”"
    with pytest.raises(UserFacingError, match=full):
        render_xlsx(replace(report, landscape=True), target)
    assert target.read_bytes() == before
    assert [path.name for path in tmp_path.iterdir()] == ["bc.xlsx"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("demo")))
    generate_demo(store, years=1, scale=1, seed=4, as_of=date(2026, 12, 20))
    yield store
    store.close()


def test_real_reports_from_the_demo_store(demo: Store, tmp_path: Path) -> None:
    with demo.reading() as session:
        contents = [
            action_month_report(session, 2026, day=date(2026, 12, 16)),
            activity_log_report(session, date(2026, 11, 1), date(2026, 12, 15)),
        ]
    for content in contents:
        book = render_and_open(content, tmp_path / f"{content.file_stem}.xlsx")
        tables = content.tables()
        assert book.sheetnames[1:] == [table.sheet_name for table in tables]
        for table in tables:
            assert table.rows, table.title
            assert_table_sheet_matches(book[table.sheet_name], table)
    log_sheet = book["Nhật ký"]
    assert log_sheet.page_setup.orientation == "landscape"
    assert book["Sổ nhật ký"]["A1"].value == "ỦY BAN NHÂN DÂN XÃ CAO LÂU"


def test_empty_table_shares_and_a_parent_body(report: ReportContent, tmp_path: Path) -> None:
    empty = Table("Nhật ký hoạt động", (TableColumn("STT", CellKind.INTEGER), TableColumn("Nội dung")), ())
    shares = Table(
        "Tỷ lệ nữ tham gia",
        (
            TableColumn("Thôn"),
            TableColumn("Tỷ lệ nữ", CellKind.PERCENT),
            TableColumn("Số vụ", CellKind.INTEGER),
        ),
        (TableRow(("Bản Chu", 0.573, "<3")),),
        note="Số liệu dưới 3 trường hợp được ghi “<3”.",
    )
    header = replace(report.header, parent_body="UBND HUYỆN CAO LỘC")
    content = replace(report, header=header, blocks=(empty, shares))
    book = render_and_open(content, tmp_path / "bc.xlsx")
    assert book.sheetnames == ["Báo cáo", "Nhật ký hoạt động", "Tỷ lệ nữ tham gia"]
    assert [cell.value for cell in book["Nhật ký hoạt động"][HEADER_ROW]] == ["STT", "Nội dung"]
    assert book["Nhật ký hoạt động"].max_row == HEADER_ROW
    sheet = book["Tỷ lệ nữ tham gia"]
    assert sheet["B5"].value == 0.573 and sheet["B5"].number_format == "[$-42A]0.0%"
    assert sheet["C5"].value == "<3" and sheet["C5"].alignment.horizontal == "right"
    assert sheet["A7"].value == shares.note and sheet["A7"].font.i
    cover = book["Báo cáo"]
    assert (cover["A1"].value, cover["A2"].value) == ("UBND HUYỆN CAO LỘC", "ỦY BAN NHÂN DÂN XÃ CAO LÂU")
