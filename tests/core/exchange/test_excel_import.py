"""Excel import: the template a village fills, row-level checks, nothing written before acceptance,
and a second import of the same file adding nothing."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from gender_equality_desk.core.catalogues import CatalogueKind, active_choices, set_active
from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.excel_import import (
    RowStatus,
    check_workbook,
    import_rows,
    write_template,
)
from gender_equality_desk.core.exchange.excel_import.columns import ACTIVITY_COLUMNS, PROPAGANDA_COLUMNS
from gender_equality_desk.core.profile import add_villages
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, PropagandaEvent

TODAY = date(2025, 12, 1)
VILLAGES = ["Thôn Đông Bàn", "Thôn Phú Mỹ", "Bản Nà Hẩu"]


@pytest.fixture
def commune(store: Store) -> Store:
    with store.transaction() as session:
        add_villages(session, VILLAGES)
    return store


def _template(store: Store, record_type: RecordType, tmp_path: Path) -> Path:
    with store.reading() as session:
        return write_template(session, record_type, tmp_path / f"{record_type.value}.xlsx")


def _fill(template: Path, rows: list[dict[str, Any]], target: Path) -> Path:
    """Type rows into the template below the example, by header, as an officer would."""
    workbook = load_workbook(template)
    sheet = workbook.worksheets[0]
    headers = {str(cell.value).replace(" (*)", ""): cell.column for cell in sheet[1]}
    for offset, values in enumerate(rows):
        for header, value in values.items():
            sheet.cell(row=3 + offset, column=headers[header], value=value)
    workbook.save(target)
    return target


GOOD_ACTIVITY = {
    "Tên hoạt động": "Họp dân thôn Đông Bàn về bình đẳng giới",
    "Loại hoạt động": "Họp dân, truyền thông trực tiếp tại cộng đồng",
    "Ngày bắt đầu": date(2025, 11, 20),
    "Giờ bắt đầu": time(14, 0),
    "Thôn/bản": "Thôn Đông Bàn",
    "Tổng số người tham gia": 50,
    "Số nữ": 30,
    "Số nam": 20,
    "Kinh phí (đồng)": "1.200.000",
    "Nguồn kinh phí": "Ngân sách xã",
}


def _count(store: Store, model: type[Activity] | type[PropagandaEvent]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_template_has_headers_lists_example_and_instructions(commune: Store, tmp_path: Path) -> None:
    path = _template(commune, RecordType.ACTIVITY, tmp_path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Hoạt động", "Hướng dẫn", "Danh mục"]
    data = workbook["Hoạt động"]
    assert [cell.value for cell in data[1]] == [column.heading for column in ACTIVITY_COLUMNS]
    assert data["A1"].value == "Tên hoạt động (*)"
    assert str(data["A2"].value).startswith("Ví dụ:")
    lists = workbook["Danh mục"]
    list_columns = {
        str(column[0].value): [c.value for c in column[1:] if c.value] for column in lists.columns
    }
    assert list_columns["Thôn, bản, tổ dân phố"] == VILLAGES
    assert list_columns["Trạng thái"] == ["Dự kiến", "Đã thực hiện", "Đã hủy"]
    assert list_columns["Nguồn kinh phí"] == [source.label for source in BudgetSource]
    validations = {str(v.sqref): v for v in data.data_validations.dataValidation}
    assert validations["G2:G1001"].type == "list"
    assert validations["G2:G1001"].formula1 == "'Danh mục'!$B$2:$B$4"  # villages
    assert validations["C2:C1001"].type == "date"
    guide = [row[0] for row in workbook["Hướng dẫn"].iter_rows(values_only=True)]
    assert "Tên hoạt động" in guide and any("Ví dụ:" in str(line) for line in guide)


def test_template_lists_only_active_entries(commune: Store, tmp_path: Path) -> None:
    with commune.transaction() as session:
        village_id = active_choices(session, CatalogueKind.VILLAGE)[1][0]
        set_active(session, CatalogueKind.VILLAGE, village_id, False)
    workbook = load_workbook(_template(commune, RecordType.ACTIVITY, tmp_path))
    villages = [cell.value for cell in workbook["Danh mục"]["B"][1:] if cell.value]
    assert villages == ["Thôn Đông Bàn", "Bản Nà Hẩu"]


def test_good_and_bad_rows_are_reported_and_nothing_is_written(commune: Store, tmp_path: Path) -> None:
    bad_sum = {**GOOD_ACTIVITY, "Tên hoạt động": "Tập huấn", "Số nam": 25}
    no_title = {**GOOD_ACTIVITY, "Tên hoạt động": None}
    bad_village = {**GOOD_ACTIVITY, "Tên hoạt động": "Sinh hoạt CLB", "Thôn/bản": "Thôn Không Có"}
    bad_number = {**GOOD_ACTIVITY, "Tên hoạt động": "Hòa giải", "Tổng số người tham gia": "năm mươi"}
    bad_date = {**GOOD_ACTIVITY, "Tên hoạt động": "Tọa đàm", "Ngày bắt đầu": "31/02/2025"}
    text_date = {**GOOD_ACTIVITY, "Tên hoạt động": "Mít tinh", "Ngày bắt đầu": "21/11/2025", "Số nam": None}
    path = _fill(
        _template(commune, RecordType.ACTIVITY, tmp_path),
        [GOOD_ACTIVITY, bad_sum, no_title, bad_village, bad_number, bad_date, text_date],
        tmp_path / "thon.xlsx",
    )
    with commune.reading() as session:
        checked = check_workbook(session, path, today=TODAY)
    assert checked.record_type is RecordType.ACTIVITY
    statuses = [(row.row_number, row.status) for row in checked.rows]
    assert statuses == [
        (2, RowStatus.EXAMPLE), (3, RowStatus.VALID), (4, RowStatus.INVALID), (5, RowStatus.INVALID),
        (6, RowStatus.INVALID), (7, RowStatus.INVALID), (8, RowStatus.INVALID), (9, RowStatus.VALID),
    ]  # fmt: skip
    errors = {row.row_number: [(note.column, note.message) for note in row.errors] for row in checked.rows}
    assert errors[4] == [("Số nữ", "Số nữ (30) cộng số nam (25) bằng 55, không khớp tổng số (50). "
                         "Vui lòng sửa để nữ + nam = tổng số, hoặc để trống ô chưa biết.")]  # fmt: skip
    assert errors[5] == [("Tên hoạt động (*)", "Chưa nhập tên hoạt động. Vui lòng nhập tên hoạt động.")]
    assert errors[6][0][0] == "Thôn/bản" and "“Thôn Không Có” không có trong danh mục" in errors[6][0][1]
    assert errors[7] == [
        (
            "Tổng số người tham gia",
            "Tổng số người tham gia: “năm mươi” không phải số nguyên. Vui lòng nhập số, ví dụ 25.",
        )
    ]
    assert "không có trên lịch" in errors[8][0][1]
    assert _count(commune, Activity) == 0  # checking wrote nothing

    with commune.transaction() as session:
        result = import_rows(session, checked, today=TODAY)
    assert (result.created, result.skipped_existing) == (2, 0)
    with commune.reading() as session:
        saved = session.scalars(select(Activity).order_by(Activity.start_at)).all()
        first = saved[0]
        assert first.title == "Họp dân thôn Đông Bàn về bình đẳng giới"
        assert first.start_at == datetime(2025, 11, 20, 14, 0, tzinfo=LOCAL_TZ)
        assert first.end_at == first.start_at
        assert first.village is not None and first.village.name == "Thôn Đông Bàn"
        assert (first.participants_total, first.participants_female, first.participants_male) == (50, 30, 20)
        assert (first.budget_vnd, first.budget_source) == (1_200_000, BudgetSource.COMMUNE)
        assert first.status is ActivityStatus.DONE
        assert first.uuid == checked.rows[1].record_uuid
        assert saved[1].title == "Mít tinh" and saved[1].participants_male is None


def test_importing_the_same_file_twice_adds_nothing(commune: Store, tmp_path: Path) -> None:
    template = _template(commune, RecordType.ACTIVITY, tmp_path)
    second = {**GOOD_ACTIVITY, "Tên hoạt động": "Tập huấn cộng tác viên", "Loại hoạt động": "Tập huấn"}
    path = _fill(template, [GOOD_ACTIVITY, second], tmp_path / "a.xlsx")
    with commune.transaction() as session:
        first = import_rows(session, check_workbook(session, path, today=TODAY), today=TODAY)
    assert first.created == 2
    # The same rows typed again in another file (one retyped without accents in its kind) are known too.
    again = {**second, "Loại hoạt động": "tap huan"}
    other = _fill(
        template, [again, GOOD_ACTIVITY, {**GOOD_ACTIVITY, "Tên hoạt động": "Mới"}], tmp_path / "b.xlsx"
    )
    for source in (path, other):
        with commune.reading() as session:
            checked = check_workbook(session, source, today=TODAY)
        with commune.transaction() as session:
            import_rows(session, checked, today=TODAY)
        existing = checked.with_status(RowStatus.EXISTING)
        assert all(row.status.label == "Đã có, bỏ qua" for row in existing)
    assert [row.status for row in checked.rows[1:]] == [
        RowStatus.EXISTING,
        RowStatus.EXISTING,
        RowStatus.VALID,
    ]
    assert _count(commune, Activity) == 3


def test_identical_rows_in_one_file_count_once(commune: Store, tmp_path: Path) -> None:
    path = _fill(_template(commune, RecordType.ACTIVITY, tmp_path), [GOOD_ACTIVITY] * 2, tmp_path / "x.xlsx")
    with commune.reading() as session:
        checked = check_workbook(session, path, today=TODAY)
    assert [row.status for row in checked.rows[1:]] == [RowStatus.VALID, RowStatus.REPEATED]
    assert checked.rows[2].warnings[0].message == "Giống hệt dòng 3."


def test_propaganda_rows_with_places_and_inactive_kind(commune: Store, tmp_path: Path) -> None:
    template = _template(commune, RecordType.PROPAGANDA_EVENT, tmp_path)
    assert [c.value for c in load_workbook(template).worksheets[0][1]] == [
        c.heading for c in PROPAGANDA_COLUMNS
    ]
    good = {
        "Nội dung tuyên truyền": "Phát thanh hưởng ứng Tháng hành động",
        "Hình thức": "Phát thanh trên đài truyền thanh xã, loa thôn",
        "Ngày bắt đầu": "15/11/2025",
        "Ngày kết thúc": "15/12/2025",
        "Địa điểm": "Loa thôn Đông Bàn; Loa thôn Phú Mỹ",
        "Số lượng": 12,
        "Số phút": 180,
    }
    zero = {
        **good,
        "Nội dung tuyên truyền": "Băng rôn",
        "Hình thức": "Treo băng rôn, khẩu hiệu",
        "Số lượng": 0,
    }
    with commune.transaction() as session:
        kind_id = next(
            i for i, label in active_choices(session, CatalogueKind.PROPAGANDA_KIND) if label == "Phóng sự"
        )
        set_active(session, CatalogueKind.PROPAGANDA_KIND, kind_id, False)
    stopped = {**good, "Nội dung tuyên truyền": "Phóng sự", "Hình thức": "Phóng sự"}
    path = _fill(template, [good, zero, stopped], tmp_path / "tt.xlsx")
    with commune.reading() as session:
        checked = check_workbook(session, path, today=TODAY)
    assert checked.record_type is RecordType.PROPAGANDA_EVENT
    assert [row.status for row in checked.rows[1:]] == [RowStatus.VALID, RowStatus.INVALID, RowStatus.INVALID]
    assert checked.rows[2].errors[0].column == "Số lượng (*)"
    assert "Số lượng đang là 0" in checked.rows[2].errors[0].message
    assert "đã ngừng dùng" in checked.rows[3].errors[0].message
    with commune.transaction() as session:
        assert import_rows(session, checked, today=TODAY).created == 1
    with commune.reading() as session:
        event = session.scalars(select(PropagandaEvent)).one()
        assert event.places == "Loa thôn Đông Bàn\nLoa thôn Phú Mỹ"
        assert (event.start_date, event.end_date, event.quantity, event.minutes) == (
            date(2025, 11, 15), date(2025, 12, 15), 12, 180)  # fmt: skip


def test_not_a_template_is_refused_in_vietnamese(commune: Store, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with commune.reading() as session, pytest.raises(UserFacingError, match="như một tệp Excel"):
        check_workbook(session, junk, today=TODAY)
    other = tmp_path / "o.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Họ tên", "Ngày sinh", "Địa chỉ"])
    sheet.append(["Nguyễn Văn An", "01/01/1980", "Thôn Đông Bàn"])
    workbook.save(other)
    with commune.reading() as session, pytest.raises(UserFacingError, match="không phải mẫu nhập liệu"):
        check_workbook(session, other, today=TODAY)


def test_an_invalid_row_at_import_time_saves_nothing(commune: Store, tmp_path: Path) -> None:
    second = {**GOOD_ACTIVITY, "Tên hoạt động": "Tập huấn", "Loại hoạt động": "Tập huấn"}
    path = _fill(
        _template(commune, RecordType.ACTIVITY, tmp_path), [GOOD_ACTIVITY, second], tmp_path / "a.xlsx"
    )
    with commune.reading() as session:
        checked = check_workbook(session, path, today=TODAY)
    with commune.transaction() as session:  # the kind of row 4 is switched off after the check
        kind_id = next(
            i for i, label in active_choices(session, CatalogueKind.ACTIVITY_KIND) if label == "Tập huấn"
        )
        set_active(session, CatalogueKind.ACTIVITY_KIND, kind_id, False)
    refused = pytest.raises(UserFacingError, match="Dòng 4: Loại hoạt động “Tập huấn” đã ngừng dùng")
    with refused, commune.transaction() as session:
        import_rows(session, checked, today=TODAY)
    assert _count(commune, Activity) == 0
