"""Reading one spreadsheet cell as text, a whole number, a date or a time, with Vietnamese messages.

Cells come from Excel, LibreOffice or a phone app: a date may be a real date, a "20/11/2025" string or
a serial number; a count may be 12, 12.0 or "12". Each reader returns the value or raises CellError
with what is wrong and how to fix it, naming the column it was given (`label`), so that a wrong cell is
explained once, in its own column.

Every number column of the templates holds a count or an amount of đồng: a whole number in its sane
range (core.domain.ranges; the template's own cell validation asks for a number from 0), so a negative
or absurd number is refused here, under its column, with the allowed range.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta

from gender_equality_desk.core.domain import ranges
from gender_equality_desk.core.domain.text import parse_vnd

_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_TEXT = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME_TEXT = re.compile(r"(\d{1,2})\s*(?:[:hg]|giờ)\s*(\d{0,2})\s*(?:phút|p)?", re.IGNORECASE)

CellValue = str | int | float | bool | date | datetime | time | timedelta | None
_MAX_DIGITS = 18  # more is out of every range (and beyond SQLite's integers)


class CellError(ValueError):
    """A cell that cannot be read; `str(error)` is the Vietnamese message."""


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: CellValue) -> str:
    """Composed Unicode with single spaces (Unikey may send decomposed letters); numbers as typed."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return f"{value:%d/%m/%Y}"
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def long_text(value: CellValue) -> str:
    """Like text, but line breaks inside the cell are kept (a result summary may have several lines)."""
    if is_blank(value):
        return ""
    lines = (" ".join(line.split()) for line in unicodedata.normalize("NFC", str(value)).splitlines())
    return "\n".join(line for line in lines if line)


def integer(value: CellValue, label: str) -> int | None:
    """A count: a whole number in ranges.COUNT, or None when the cell is blank."""
    number = _whole_number(value, label)
    _refuse_out_of_range(number, label, ranges.COUNT)
    return number


def money(value: CellValue, label: str) -> int | None:
    """An amount of đồng in ranges.MONEY: a number cell or text such as "1.500.000 đ"; None when blank."""
    if is_blank(value) or isinstance(value, int | float):
        amount = _whole_number(value, label)
    else:
        typed = text(value)
        if sum(char.isdigit() for char in typed) > _MAX_DIGITS:
            raise CellError(_too_long(label, ranges.MONEY))
        try:
            amount = parse_vnd(typed)
        except ValueError as error:
            raise CellError(f"{label}: {error}") from None
    _refuse_out_of_range(amount, label, ranges.MONEY)
    return amount


def _whole_number(value: CellValue, label: str) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(f"{label}: “{value}” không phải số. Vui lòng nhập số nguyên.")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(f"{label}: “{value}” không phải số. Vui lòng nhập số nguyên.")
        if value.is_integer():
            return int(value)
        raise CellError(f"{label} phải là số nguyên (đang nhập {value}). Vui lòng bỏ phần thập phân.")
    cleaned = text(value).replace(".", "").replace(" ", "")
    if re.fullmatch(r"-?\d+", cleaned):
        if len(cleaned.lstrip("-")) > _MAX_DIGITS:  # int() of thousands of digits is refused by Python
            raise CellError(_too_long(label, ranges.COUNT))
        return int(cleaned)
    raise CellError(f"{label}: “{text(value)}” không phải số nguyên. Vui lòng nhập số, ví dụ 25.")


def _refuse_out_of_range(number: int | None, label: str, allowed: ranges.WholeRange) -> None:
    message = ranges.whole_number(label, number, allowed)
    if message:
        raise CellError(message)


def _too_long(label: str, allowed: ranges.WholeRange) -> str:
    return f"{label} có quá nhiều chữ số. Vui lòng nhập số {allowed.describe()}."


def day(value: CellValue, label: str) -> date | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 100_000:
        return _EXCEL_EPOCH + timedelta(days=int(value))  # a date cell read as its serial number
    typed = text(value)
    found = _DATE_TEXT.fullmatch(typed)
    try:
        if found:
            return date(int(found[3]), int(found[2]), int(found[1]))
        iso = _ISO_DATE.fullmatch(typed)
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        raise CellError(
            f"{label}: ngày “{typed}” không có trên lịch. Vui lòng kiểm tra ngày, tháng."
        ) from None
    raise CellError(
        f"{label}: “{typed}” không phải ngày. Vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 20/11/2025."
    )


def clock_time(value: CellValue, label: str) -> time | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        if 0 <= minutes < 24 * 60:
            return time(minutes // 60, minutes % 60)
    if isinstance(value, float) and 0 <= value < 1:  # a time cell read as a fraction of a day
        minutes = round(value * 24 * 60)
        return time(min(minutes // 60, 23), minutes % 60)
    typed = text(value)
    found = _TIME_TEXT.fullmatch(typed)
    if found:
        hour, minute = int(found[1]), int(found[2] or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise CellError(f"{label}: “{typed}” không phải giờ. Vui lòng nhập giờ:phút, ví dụ 08:00 hoặc 14:30.")
