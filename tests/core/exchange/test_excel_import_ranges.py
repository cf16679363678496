"""Excel cells out of their sane range: the preview says "Có lỗi" with the allowed range, under the
column, and the import never meets them (before: "Hợp lệ", then an OverflowError on import)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from gender_equality_desk.core.exchange.excel_import import RowStatus, check_workbook, import_rows
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from tests.core.exchange.test_excel_import_messages import ROW, TODAY, _errors, _fill
from tests.core.exchange.test_excel_import_messages import template as template  # the fixture

RANGE_2030 = "(từ 01/01/2000 đến 31/12/2030)"


def test_huge_numbers_and_impossible_years_are_errors_in_their_columns(
    store: Store,
    template: Path,
    tmp_path: Path,
) -> None:
    rows = [
        {**ROW, "Tên hoạt động": "Số người quá lớn", "Tổng số người tham gia": 10**20, "Số nữ": None,
         "Số nam": None},
        {**ROW, "Tên hoạt động": "Kinh phí quá lớn", "Kinh phí (đồng)": 10**19,
         "Nguồn kinh phí": "Ngân sách xã"},
        {**ROW, "Tên hoạt động": "Năm 1", "Ngày bắt đầu": "01/01/0001"},
        {**ROW, "Tên hoạt động": "Năm 9999", "Ngày bắt đầu": "31/12/9999"},
        {**ROW, "Tên hoạt động": "Năm 2031", "Ngày bắt đầu": "01/01/2031"},
        {**ROW, "Tên hoạt động": "Số chữ", "Số nữ": "9" * 5000, "Số nam": None},
        {**ROW, "Tên hoạt động": "Bình thường"},
    ]  # fmt: skip
    path = _fill(template, rows, tmp_path / "thon.xlsx")
    with store.reading() as session:
        checked = check_workbook(session, path, today=TODAY)
    by_title = {row.title: row for row in checked.rows}
    assert [by_title[title].status for title in ("Số người quá lớn", "Kinh phí quá lớn", "Năm 1", "Năm 9999",
                                                  "Năm 2031", "Số chữ", "Bình thường")] == [
        RowStatus.INVALID] * 6 + [RowStatus.VALID]  # fmt: skip
    assert _errors(checked, 3) == [
        ("Tổng số người tham gia", "Tổng số người tham gia 100.000.000.000.000.000.000 nằm ngoài khoảng "
         "cho phép. Vui lòng nhập số từ 0 đến 1.000.000.")
    ]  # fmt: skip
    assert _errors(checked, 4) == [
        ("Kinh phí (đồng)", "Kinh phí (đồng) 10.000.000.000.000.000.000 nằm ngoài khoảng cho phép. "
         "Vui lòng nhập số từ 0 đến 100.000.000.000 đồng.")
    ]  # fmt: skip
    assert _errors(checked, 5) == [
        ("Ngày bắt đầu (*)", f"Ngày bắt đầu 01/01/0001 nằm ngoài khoảng cho phép {RANGE_2030}. "
         "Vui lòng kiểm tra lại ngày, nhất là năm.")
    ]  # fmt: skip
    assert _errors(checked, 6)[0][1].startswith("Ngày bắt đầu 31/12/9999 nằm ngoài khoảng cho phép")
    assert _errors(checked, 7)[0][1].startswith("Ngày bắt đầu 01/01/2031 nằm ngoài khoảng cho phép")
    assert _errors(checked, 8) == [
        ("Số nữ", "Số nữ có quá nhiều chữ số. Vui lòng nhập số từ 0 đến 1.000.000.")
    ]  # fmt: skip
    with store.transaction() as session:
        result = import_rows(session, checked, today=TODAY)
    assert result.created == 1
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 1
