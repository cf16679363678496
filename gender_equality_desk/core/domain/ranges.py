"""The sane range of every number and date a commune records, checked once here for every way in.

Forms, the record services, the Excel import and data packages all ask these functions, so a value is
refused with the same Vietnamese message (saying the allowed range) wherever it comes from, and nothing
out of range ever reaches the store (where 10^20 would not even fit in SQLite's 64-bit integers).

How the limits were chosen (generous: they catch typing slips and hostile files, never real work):

* people at one activity, pieces or copies, broadcast minutes, estimated reach: at most 1.000.000 — a
  merged commune has some tens of thousands of inhabitants; a million is beyond any single event;
* money for one activity or plan item: at most 100 tỷ đồng — a commune's whole yearly budget is tens
  of tỷ; any amount beyond is a slip of the keyboard;
* households of a village: at most 100.000; capacity of a trusted address: core.cases.trusted;
* dates: from 01/01/2000 (the forms' earliest day: no commune records older work in this app) to
  31/12 five years after the current one (plans run at most five years ahead).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from gender_equality_desk.core.domain.clock import local_date, today_local
from gender_equality_desk.core.domain.text import group_thousands

EARLIEST_DAY = date(2000, 1, 1)
YEARS_AHEAD = 5


@dataclass(frozen=True)
class WholeRange:
    """Whole numbers `low`..`high` (both allowed), counted in `unit` ("người", "đồng")."""

    low: int
    high: int
    unit: str = ""

    @property
    def digits(self) -> int:
        """How many digits an input box needs for the largest allowed value."""
        return len(str(self.high))

    def describe(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"từ {group_thousands(self.low)} đến {group_thousands(self.high)}{unit}"


COUNT = WholeRange(0, 1_000_000)
PEOPLE = WholeRange(0, 1_000_000, "người")
MONEY = WholeRange(0, 100_000_000_000, "đồng")
HOUSEHOLDS = WholeRange(0, 100_000, "hộ")
# What SQLite can store at all: the last guard for columns without a range of their own (sort orders).
STORE_INTEGER = WholeRange(-(2**63), 2**63 - 1)


def whole_number(label: str, value: int | None, allowed: WholeRange) -> str | None:
    """None when `value` (None: not entered) lies in `allowed`; else what is wrong and the range."""
    if value is None or allowed.low <= value <= allowed.high:
        return None
    shown = shown_number(value)
    if value < 0 and allowed.low == 0:
        return f"{label} không được là số âm (đang nhập {shown}). Vui lòng nhập số {allowed.describe()}."
    return f"{label} {shown} nằm ngoài khoảng cho phép. Vui lòng nhập số {allowed.describe()}."


def shown_number(value: int) -> str:
    # str() of a number with thousands of digits is refused by Python itself (and unreadable anyway).
    if abs(value) < 10**30:
        return group_thousands(value)
    return f"{'-' if value < 0 else ''}(số có hơn 30 chữ số)"


def latest_day(today: date | None = None) -> date:
    """The last day a record may carry: 31/12 of the year five years after `today`'s."""
    return date((today or today_local()).year + YEARS_AHEAD, 12, 31)


def describe_days(today: date | None = None) -> str:
    return f"từ {EARLIEST_DAY:%d/%m/%Y} đến {latest_day(today):%d/%m/%Y}"


def day_in_range(label: str, value: date | datetime | None, *, today: date | None = None) -> str | None:
    """None when the (local) day of `value` lies in the allowed span of dates; else the message."""
    if value is None:
        return None
    day = _local_day(value)
    if EARLIEST_DAY <= day <= latest_day(today):
        return None
    return (
        f"{label} {shown_day(day)} nằm ngoài khoảng cho phép ({describe_days(today)}). "
        "Vui lòng kiểm tra lại ngày, nhất là năm."
    )


def shown_day(day: date) -> str:
    """dd/mm/yyyy with four year digits even for year 1 (strftime prints "1" there)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def other_day(start: date | datetime | None, end: date | datetime | None) -> bool:
    """Whether `end` falls on another day than `start`: when not (an Excel row's blank end takes the
    start's day), a start out of range is reported once, not again under the end."""

    def day(value: date | datetime | None) -> date | None:
        return value.date() if isinstance(value, datetime) else value

    return day(start) != day(end)


def year_in_range(label: str, year: int | None, *, today: date | None = None) -> str | None:
    if year is None or EARLIEST_DAY.year <= year <= latest_day(today).year:
        return None
    shown = str(year) if abs(year) < 10**9 else shown_number(year)
    return (
        f"{label} {shown} nằm ngoài khoảng cho phép (từ {EARLIEST_DAY.year} đến {latest_day(today).year}). "
        "Vui lòng kiểm tra lại năm."
    )


def _local_day(value: date | datetime) -> date:
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None or value.year in (1, 9999):  # converting could leave the calendar
        return value.date()
    return local_date(value)
