"""Every number and date of a received package in its sane range, before anything of it is merged.

A signature proves who made a package, not that its values are sensible: a package made by hand (or by
an older version that let 10^20 participants through) must be refused with the record, the field and
the allowed range named, never crash the merge half-way with an OverflowError. The ranges are those of
the forms and the Excel import (core.domain.ranges); columns without a range of their own (sort
orders) must at least fit SQLite's 64-bit integers.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from gender_equality_desk.core.domain import ranges
from gender_equality_desk.core.exchange.packages_format import (
    TABLE_LABELS,
    TABLES,
    PackageError,
    data_columns,
    key_of,
)
from gender_equality_desk.core.records.attachments import MAX_ATTACHMENT_BYTES
from gender_equality_desk.core.slogans import MIN_YEAR as SLOGAN_MIN_YEAR

Row = dict[str, Any]

WHOLE_RANGES: dict[tuple[str, str], ranges.WholeRange] = {
    **{("activity", name): ranges.PEOPLE for name in (
        "participants_total", "participants_female", "participants_male", "participants_children",
        "participants_ethnic_minority")},
    ("activity", "budget_vnd"): ranges.MONEY,
    ("propaganda_event", "quantity"): ranges.COUNT,
    ("propaganda_event", "minutes"): ranges.COUNT,
    ("propaganda_event", "estimated_reach"): ranges.PEOPLE,
    ("village", "households"): ranges.HOUSEHOLDS,
    ("attachment", "size_bytes"): ranges.WholeRange(0, MAX_ATTACHMENT_BYTES, "byte"),
}  # fmt: skip
# Record days the officer typed; other dates and times (created, changed) only need a real calendar day.
RECORD_DAYS = frozenset(
    {("activity", "start_at"), ("activity", "end_at"), ("propaganda_event", "start_date"),
     ("propaganda_event", "end_date"), ("campaign", "start_date"), ("campaign", "end_date")}
)  # fmt: skip
STAMP_EARLIEST = date(1970, 1, 1)  # a PC whose clock battery died may stamp 1970; still a real moment
LABELS = {
    "participants_total": "tổng số người tham gia", "participants_female": "số nữ",
    "participants_male": "số nam", "participants_children": "số trẻ em",
    "participants_ethnic_minority": "số người dân tộc thiểu số", "budget_vnd": "kinh phí",
    "quantity": "số lượng", "minutes": "số phút", "estimated_reach": "số người được tiếp cận",
    "start_at": "ngày bắt đầu", "end_at": "ngày kết thúc", "start_date": "ngày bắt đầu",
    "end_date": "ngày kết thúc", "households": "số hộ", "size_bytes": "dung lượng tệp", "year": "năm",
    "sort_order": "thứ tự", "created_at": "thời điểm tạo", "updated_at": "thời điểm sửa",
    "deleted_at": "thời điểm xóa",
}  # fmt: skip


def check_package_values(rows: dict[str, list[Row]], *, today: date | None = None) -> None:
    """PackageError naming the first value out of range; returns quietly when every value is sane."""
    for model in TABLES:
        table = model.__tablename__
        columns = [column for column in data_columns(model) if not column.foreign_keys]
        for position, row in enumerate(rows.get(table, ()), start=1):
            for column in columns:
                problem = _problem(table, column.name, row.get(key_of(column)), today)
                if problem:
                    raise PackageError(_refusal(table, position, row, problem))


def _problem(table: str, name: str, value: Any, today: date | None) -> str | None:
    label = LABELS.get(name, name).capitalize()
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        if name == "year":
            low = SLOGAN_MIN_YEAR if table == "slogan" else ranges.EARLIEST_DAY.year
            high = ranges.latest_day(today).year
            if low <= value <= high:
                return None
            shown = str(value) if abs(value) < 10**9 else ranges.shown_number(value)
            return f"Năm {shown} nằm ngoài khoảng cho phép (từ {low} đến {high})."
        return ranges.whole_number(label, value, WHOLE_RANGES.get((table, name), ranges.STORE_INTEGER))
    if isinstance(value, date):  # datetimes too
        if (table, name) in RECORD_DAYS:
            return ranges.day_in_range(label, value, today=today)
        return _stamp_problem(label, value, today)
    return None


def _stamp_problem(label: str, value: date | datetime, today: date | None) -> str | None:
    day = value.date() if isinstance(value, datetime) else value
    last = ranges.latest_day(today)
    if STAMP_EARLIEST <= day <= last:
        return None
    allowed = f"{STAMP_EARLIEST:%d/%m/%Y} – {last:%d/%m/%Y}"
    return f"{label} {ranges.shown_day(day)} nằm ngoài khoảng cho phép ({allowed})."


def _refusal(table: str, position: int, row: Row, problem: str) -> str:
    title = row.get("title") or row.get("name") or row.get("label") or row.get("text") or ""
    named = f" “{str(title)[:80]}”" if title else ""
    return (
        f"Gói dữ liệu có giá trị ngoài khoảng cho phép ở {TABLE_LABELS.get(table, table)}{named} "
        f"(mục thứ {position} của bảng): {problem} Không có gì được nhập; hãy nhờ nơi gửi sửa mục này "
        "rồi xuất lại gói."
    )
