"""What makes a report deadline or a "report sent" mark acceptable, with the Vietnamese message saying what
is wrong and how to fix it. Pure (no store): the editors check as the officer types, and
core.plans.deadlines checks again before writing."""

from __future__ import annotations

from datetime import date, timedelta

from gender_equality_desk.core.plans.occurrences import previous_occurrence
from gender_equality_desk.core.reports.formatting import format_date

LABEL_MAX = 200  # report_deadline.label
NOTE_MAX = 300  # report_submission.note


def deadline_problem(label: str, day: int, month: int) -> str:
    """Why a deadline named `label` on `day`/`month` each year cannot be kept, or "" when it can."""
    name = label.strip()
    if not name:
        return "Chưa nhập tên báo cáo. Vui lòng nhập tên báo cáo."
    if len(name) > LABEL_MAX:
        return f"Tên báo cáo dài {len(name)} ký tự, quá {LABEL_MAX} ký tự. Vui lòng rút gọn tên."
    return day_month_problem(day, month)


def day_month_problem(day: int, month: int) -> str:
    """Why `day`/`month` cannot be a yearly deadline (and how to fix it), or "" when it can."""
    if not (abs(day) < 10**6 and abs(month) < 10**6):  # too long to print, let alone to be a date
        return "Ngày hoặc tháng không có trên lịch. Vui lòng chọn tháng từ 1 đến 12 và một ngày của tháng đó."
    if not 1 <= month <= 12:
        return f"Tháng {month} không có. Vui lòng chọn tháng từ 1 đến 12."
    # A common year: a deadline on 29/02 would be missed three years in four.
    last = (date(2023 + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    if 1 <= day <= last:
        return ""
    if month == 2:
        return (
            f"Ngày {day:02d}/02 không có trong mọi năm: tháng 2 chỉ có 28 ngày (29 ngày vào năm nhuận). "
            "Vui lòng chọn ngày từ 1 đến 28, hoặc ngày 1 tháng 3."
        )
    return (
        f"Không có ngày {day:02d}/{month:02d}: tháng {month} chỉ có {last} ngày. "
        f"Vui lòng chọn ngày từ 1 đến {last}."
    )


def sent_on_problem(sent_on: date, due: date, month: int, day: int, today: date) -> str:
    """Why a report for the deadline occurrence `due` cannot have been sent on `sent_on`, or "".

    Not after today (a mark records what happened), and after the same deadline a year earlier: a report
    sent on or before that day answered the earlier occurrence. Early is fine (a six-month report sent in
    May for 05/6), late too (that is what the mark is for)."""
    if sent_on > today:
        return (
            f"Ngày gửi {format_date(sent_on)} chưa tới (hôm nay là {format_date(today)}). "
            "Vui lòng chọn ngày đã gửi báo cáo, không sau hôm nay."
        )
    earlier = previous_occurrence(due, month, day)
    if sent_on <= earlier:
        return (
            f"Ngày gửi {format_date(sent_on)} không muộn hơn hạn kỳ trước ({format_date(earlier)}): "
            f"báo cáo gửi ngày đó là của kỳ trước, không phải kỳ hạn {format_date(due)}. "
            "Vui lòng kiểm tra lại ngày gửi."
        )
    return ""
