"""Excel import messages: each wrong cell explained once, in its own column; a file that lost a column,
an empty file and an unknown file each told for what they are."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from gender_equality_desk.commands_exchange import TEMPLATE_KINDS
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.excel_import import (
    CheckedFile,
    RowCounts,
    RowStatus,
    check_workbook,
    import_rows,
    write_template,
)
from gender_equality_desk.core.exchange.excel_import.columns import TEMPLATE_ARGUMENTS
from gender_equality_desk.core.profile import add_villages
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity

TODAY = date(2025, 12, 1)
ROW = {
    "Tên hoạt động": "Họp dân thôn Đông Bàn",
    "Loại hoạt động": "Tập huấn",
    "Ngày bắt đầu": date(2025, 11, 20),
    "Thôn/bản": "Thôn Đông Bàn",
    "Tổng số người tham gia": 40,
    "Số nữ": 25,
    "Số nam": 15,
}
NEGATIVE_NAM = "Số nam không được là số âm (đang nhập -5). Vui lòng nhập số từ 0 đến 1.000.000."
NEGATIVE_TOTAL = (
    "Tổng số người tham gia không được là số âm (đang nhập -40). Vui lòng nhập số từ 0 đến 1.000.000."
)


@pytest.fixture
def template(store: Store, tmp_path: Path) -> Path:
    with store.transaction() as session:
        add_villages(session, ["Thôn Đông Bàn"])
    with store.reading() as session:
        return write_template(session, RecordType.ACTIVITY, tmp_path / "mau.xlsx")


def _fill(template: Path, rows: list[dict[str, Any]], target: Path, *, drop: str | None = None) -> Path:
    """Rows typed below the example, by header; `drop`: a column the village deleted first."""
    workbook = load_workbook(template)
    sheet = workbook.worksheets[0]
    if drop is not None:
        index = next(cell.column for cell in sheet[1] if str(cell.value).replace(" (*)", "") == drop)
        sheet.delete_cols(index)
    headers = {str(cell.value).replace(" (*)", ""): cell.column for cell in sheet[1] if cell.value}
    for offset, values in enumerate(rows):
        for header, value in values.items():
            if header in headers:
                sheet.cell(row=3 + offset, column=headers[header], value=value)
    workbook.save(target)
    return target


def _check(store: Store, path: Path) -> CheckedFile:
    with store.reading() as session:
        return check_workbook(session, path, today=TODAY)


def _errors(checked: CheckedFile, row_number: int) -> list[tuple[str, str]]:
    row = next(row for row in checked.rows if row.row_number == row_number)
    return [(note.column, note.message) for note in row.errors]


def test_a_negative_nam_is_reported_under_so_nam_once(store: Store, template: Path, tmp_path: Path) -> None:
    # Before: "Số nữ: Số nam không được là số âm…" — the message sat in the Nữ column.
    path = _fill(template, [{**ROW, "Số nam": -5}], tmp_path / "a.xlsx")
    assert _errors(_check(store, path), 3) == [("Số nam", NEGATIVE_NAM)]


def test_a_negative_total_and_nam_each_get_their_own_message(
    store: Store, template: Path, tmp_path: Path
) -> None:
    # Before: the total's message twice (under Tổng and under Số nữ) and nothing about Nam.
    path = _fill(template, [{**ROW, "Tổng số người tham gia": -40, "Số nam": -5}], tmp_path / "a.xlsx")
    assert _errors(_check(store, path), 3) == [
        ("Tổng số người tham gia", NEGATIVE_TOTAL),
        ("Số nam", NEGATIVE_NAM),
    ]


def test_nam_above_the_total_is_reported_under_so_nam(store: Store, template: Path, tmp_path: Path) -> None:
    path = _fill(template, [{**ROW, "Số nữ": None, "Số nam": 60}], tmp_path / "a.xlsx")
    assert _errors(_check(store, path), 3) == [
        ("Số nam", "Số nam (60) lớn hơn tổng số người tham gia (40). Vui lòng kiểm tra lại.")
    ]


def test_a_wrong_nam_does_not_hide_a_wrong_children_count(
    store: Store, template: Path, tmp_path: Path
) -> None:
    # Nam unreadable is "not known" to the rules: the children count is still compared with the total.
    path = _fill(template, [{**ROW, "Số nam": "mười lăm", "Số trẻ em": 50}], tmp_path / "a.xlsx")
    assert _errors(_check(store, path), 3) == [
        ("Số nam", "Số nam: “mười lăm” không phải số nguyên. Vui lòng nhập số, ví dụ 25."),
        ("Số trẻ em", "Số trẻ em (50) lớn hơn tổng số người tham gia (40). Vui lòng kiểm tra lại."),
    ]


def test_an_unreadable_total_hides_comparisons_with_it(store: Store, template: Path, tmp_path: Path) -> None:
    path = _fill(template, [{**ROW, "Tổng số người tham gia": "bốn mươi"}], tmp_path / "a.xlsx")
    assert _errors(_check(store, path), 3) == [
        (
            "Tổng số người tham gia",
            "Tổng số người tham gia: “bốn mươi” không phải số nguyên. Vui lòng nhập số, ví dụ 25.",
        )
    ]  # not "Số nữ (25) lớn hơn tổng số người tham gia (0)"


def test_a_negative_budget_is_told_in_its_column(store: Store, template: Path, tmp_path: Path) -> None:
    path = _fill(template, [{**ROW, "Kinh phí (đồng)": "-1.500.000"}], tmp_path / "a.xlsx")
    assert _errors(_check(store, path), 3) == [
        (
            "Kinh phí (đồng)",
            "Kinh phí (đồng): Số tiền không được âm (đang nhập “-1.500.000”). Vui lòng nhập số từ 0 trở lên.",
        )
    ]


def test_a_missing_required_column_is_named_with_its_sheet_and_the_fix(
    store: Store, template: Path, tmp_path: Path
) -> None:
    # Before: "không phải mẫu nhập liệu của ứng dụng: không thấy dòng tiêu đề có các cột bắt buộc".
    path = _fill(template, [ROW], tmp_path / "thon.xlsx", drop="Ngày bắt đầu")
    with pytest.raises(UserFacingError) as refused:
        _check(store, path)
    assert str(refused.value) == (
        "Trang “Hoạt động” của tệp “thon.xlsx” (mẫu nhập hoạt động) thiếu cột bắt buộc “Ngày bắt đầu (*)”: "
        "cột đã bị xóa hoặc tiêu đề cột đã bị sửa, nên không nhập được. Hãy thêm lại cột với đúng tiêu đề "
        "ở dòng 1, hoặc tải mẫu mới (nút “Tải mẫu” ở Cài đặt › Dữ liệu › Nhập từ Excel, hoặc lệnh "
        "“gender-equality-desk template activities --out mau.xlsx”), chép dữ liệu vào mẫu rồi nhập lại."
    )


def test_two_missing_required_columns_are_both_named(store: Store, template: Path, tmp_path: Path) -> None:
    first = _fill(template, [ROW], tmp_path / "a.xlsx", drop="Loại hoạt động")
    path = _fill(first, [], tmp_path / "b.xlsx", drop="Tên hoạt động")
    with pytest.raises(UserFacingError, match="thiếu 2 cột bắt buộc “Tên hoạt động \\(\\*\\)”, “Loại hoạt"):
        _check(store, path)


def test_an_empty_file_is_called_empty(store: Store, tmp_path: Path) -> None:
    # Before: "Không đọc được … như một tệp Excel (.xlsx)".
    empty = tmp_path / "rong.xlsx"
    empty.touch()
    with pytest.raises(UserFacingError) as refused:
        _check(store, empty)
    assert str(refused.value).startswith("Tệp “rong.xlsx” trống (0 byte), không có dữ liệu nào.")
    blank = tmp_path / "trang.xlsx"
    Workbook().save(blank)
    with pytest.raises(UserFacingError) as refused:
        _check(store, blank)
    assert str(refused.value).startswith("Tệp “trang.xlsx” không có dữ liệu: mọi trang đều trống.")


def test_a_deleted_optional_column_warns_and_still_imports(
    store: Store, template: Path, tmp_path: Path
) -> None:
    path = _fill(template, [{**ROW, "Số nam": None}], tmp_path / "a.xlsx", drop="Số nam")
    checked = _check(store, path)
    assert checked.warnings == (
        "Trang “Hoạt động” không có cột “Số nam” (không bắt buộc): các dòng được nhập với ô này để trống. "
        "Nếu cần số liệu ấy, hãy thêm lại cột với đúng tiêu đề ở dòng 1, hoặc tải mẫu mới (nút “Tải mẫu” "
        "ở Cài đặt › Dữ liệu › Nhập từ Excel, hoặc lệnh “gender-equality-desk template activities --out "
        "mau.xlsx”) và chép dữ liệu vào mẫu.",
    )
    assert [row.status for row in checked.rows] == [RowStatus.EXAMPLE, RowStatus.VALID]
    assert checked.counts == RowCounts(valid=1, invalid=0, skipped=1)
    with store.transaction() as session:
        assert import_rows(session, checked, today=TODAY).created == 1
    with store.reading() as session:
        saved = session.scalars(select(Activity)).one()
    assert (saved.participants_total, saved.participants_female, saved.participants_male) == (40, 25, None)


def test_a_complete_template_has_no_file_warning(store: Store, template: Path, tmp_path: Path) -> None:
    assert _check(store, _fill(template, [ROW], tmp_path / "a.xlsx")).warnings == ()


def test_the_lists_sheet_alone_is_not_taken_for_a_damaged_template(
    store: Store, template: Path, tmp_path: Path
) -> None:
    workbook = load_workbook(template)
    del workbook["Hoạt động"]  # the lists sheet carries "Loại hoạt động", "Trạng thái"… as headers
    path = tmp_path / "chi-danh-muc.xlsx"
    workbook.save(path)
    with pytest.raises(UserFacingError, match="không phải mẫu nhập liệu của ứng dụng"):
        _check(store, path)


def test_template_arguments_match_the_template_command() -> None:
    assert {kind: RecordType[member] for kind, member in TEMPLATE_KINDS.items()} == {
        argument: record_type for record_type, argument in TEMPLATE_ARGUMENTS.items()
    }
