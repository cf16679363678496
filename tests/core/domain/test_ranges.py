"""The sane ranges themselves: what is allowed, and a message that names the allowed range."""

from __future__ import annotations

from datetime import UTC, date, datetime

from gender_equality_desk.core.domain import ranges
from gender_equality_desk.core.domain.clock import local_datetime

TODAY = date(2026, 11, 23)


def test_whole_numbers_inside_pass_and_outside_name_the_range() -> None:
    assert ranges.whole_number("Số nữ", None, ranges.PEOPLE) is None
    assert ranges.whole_number("Số nữ", 0, ranges.PEOPLE) is None
    assert ranges.whole_number("Số nữ", 1_000_000, ranges.PEOPLE) is None
    assert ranges.whole_number("Số nữ", 1_000_001, ranges.PEOPLE) == (
        "Số nữ 1.000.001 nằm ngoài khoảng cho phép. Vui lòng nhập số từ 0 đến 1.000.000 người."
    )
    assert ranges.whole_number("Kinh phí", -5, ranges.MONEY) == (
        "Kinh phí không được là số âm (đang nhập -5). Vui lòng nhập số từ 0 đến 100.000.000.000 đồng."
    )


def test_a_number_of_thousands_of_digits_is_described_not_printed() -> None:
    # str() of a 5,000-digit int raises ValueError in Python 3.11+: the message must still be built.
    message = ranges.whole_number("Số lượng", 10**5000, ranges.COUNT)
    assert message == (
        "Số lượng (số có hơn 30 chữ số) nằm ngoài khoảng cho phép. Vui lòng nhập số từ 0 đến 1.000.000."
    )


def test_days_from_2000_to_five_years_ahead() -> None:
    assert ranges.latest_day(TODAY) == date(2031, 12, 31)
    for day in (date(2000, 1, 1), TODAY, date(2031, 12, 31)):
        assert ranges.day_in_range("Ngày", day, today=TODAY) is None
    assert ranges.day_in_range("Ngày bắt đầu", date(1, 1, 1), today=TODAY) == (
        "Ngày bắt đầu 01/01/0001 nằm ngoài khoảng cho phép (từ 01/01/2000 đến 31/12/2031). "
        "Vui lòng kiểm tra lại ngày, nhất là năm."
    )
    assert ranges.day_in_range("Ngày", date(9999, 12, 31), today=TODAY) is not None
    assert ranges.day_in_range("Ngày", date(1999, 12, 31), today=TODAY) is not None
    assert ranges.day_in_range("Ngày", date(2032, 1, 1), today=TODAY) is not None


def test_datetimes_are_judged_by_their_local_day_and_the_calendar_edges_do_not_overflow() -> None:
    # 31/12/2031 23:30 in Vietnam is 16:30 UTC the same day: inside; 01/01/2000 00:30 local is 1999 in UTC.
    assert ranges.day_in_range("Ngày", local_datetime(date(2000, 1, 1), 0, 30), today=TODAY) is None
    late = datetime(2031, 12, 31, 20, 0, tzinfo=UTC)  # 01/01/2032 03:00 in Vietnam
    assert ranges.day_in_range("Ngày", late, today=TODAY) is not None
    for edge in (datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)):
        assert ranges.day_in_range("Ngày", edge, today=TODAY) is not None


def test_years() -> None:
    assert ranges.year_in_range("Năm kế hoạch", 2026, today=TODAY) is None
    assert ranges.year_in_range("Năm kế hoạch", 1999, today=TODAY) == (
        "Năm kế hoạch 1999 nằm ngoài khoảng cho phép (từ 2000 đến 2031). Vui lòng kiểm tra lại năm."
    )
