"""A package whose values are out of their sane range is refused at the preview, naming the record, the
field and the range; nothing is written (before: "Hợp lệ" and the import crashed with OverflowError)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.exchange.packages import (
    PackageError,
    apply_package,
    export_package,
    open_package,
    preview_package,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from gender_equality_desk.core.store.opening import open_store
from tests.core.exchange.package_helpers import edit_rows, resigned


@pytest.fixture
def package(store: Store, layout: DataLayout, tmp_path: Path) -> Path:
    generate_demo(store, years=1, scale=1, seed=5, as_of=date(2025, 12, 20))
    with store.reading() as session:
        export_package(session, layout, date(2025, 1, 1), date(2025, 12, 31), tmp_path / "goi.zip")
    return tmp_path / "goi.zip"


def _first(field: str, value: Any) -> Callable[[list[dict[str, Any]]], None]:
    def edit(rows: list[dict[str, Any]]) -> None:
        rows[0][field] = value

    return edit


@pytest.mark.parametrize(
    ("table", "field", "value", "message"),
    [
        ("activity", "participants_total", 10**20,
         "Tổng số người tham gia 100.000.000.000.000.000.000 nằm ngoài khoảng cho phép. "
         "Vui lòng nhập số từ 0 đến 1.000.000 người."),
        ("activity", "budget_vnd", 10**19, "Kinh phí 10.000.000.000.000.000.000 nằm ngoài khoảng cho phép."),
        ("activity", "start_at", "0001-01-01T00:00:00+00:00", "Ngày bắt đầu 01/01/0001 nằm ngoài khoảng"),
        ("propaganda_event", "end_date", "9999-12-31", "Ngày kết thúc 31/12/9999 nằm ngoài khoảng"),
        ("propaganda_event", "quantity", -3, "Số lượng không được là số âm (đang nhập -3)."),
        ("village", "sort_order", 10**25, "Thứ tự 10.000.000.000.000.000.000.000.000 nằm ngoài khoảng"),
        ("campaign", "year", 99999, "Năm 99999 nằm ngoài khoảng cho phép (từ 2000 đến "),
    ],
)  # fmt: skip
def test_out_of_range_values_are_refused_before_anything_is_written(
    package: Path, tmp_path: Path, table: str, field: str, value: Any, message: str
) -> None:
    forged = resigned(package, tmp_path / "forged.zip", DataLayout(tmp_path / "forger"),
                      edit_rows(table, _first(field, value)))  # fmt: skip
    received = DataLayout(tmp_path / "received")
    other = open_store(received)
    try:
        opened = open_package(forged)
        with pytest.raises(PackageError) as refused, other.reading() as session:
            preview_package(session, received, opened)
        assert message in str(refused.value)
        assert str(refused.value).startswith("Gói dữ liệu có giá trị ngoài khoảng cho phép ở ")
        assert str(refused.value).endswith(
            "Không có gì được nhập; hãy nhờ nơi gửi sửa mục này rồi xuất lại gói."
        )
        with pytest.raises(PackageError):
            apply_package(other, received, opened)
        with other.reading() as session:
            assert session.scalar(select(func.count()).select_from(Activity)) == 0
    finally:
        other.close()


def test_a_timestamp_off_the_calendar_is_a_broken_package_not_a_crash(package: Path, tmp_path: Path) -> None:
    forged = resigned(package, tmp_path / "forged.zip", DataLayout(tmp_path / "forger"),
                      edit_rows("activity", _first("updated_at", "0001-01-01T00:00:00+07:00")))  # fmt: skip
    broken = r"Gói dữ liệu sai định dạng \(bảng hoạt động, trường “updated_at”\)"
    with pytest.raises(PackageError, match=broken):
        open_package(forged)


def test_a_lone_surrogate_is_a_broken_package_not_a_crash(package: Path, tmp_path: Path) -> None:
    # "\ud800" is valid JSON but no store can hold it (UnicodeEncodeError at the insert, before).
    forged = resigned(package, tmp_path / "forged.zip", DataLayout(tmp_path / "forger"),
                      edit_rows("activity", _first("place_text", "Nhà văn hóa \ud800")))  # fmt: skip
    broken = r"Gói dữ liệu sai định dạng \(bảng hoạt động, trường “place_text”\)"
    with pytest.raises(PackageError, match=broken):
        open_package(forged)
