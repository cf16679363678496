"""Validation rules as plain functions. Each returns a Vietnamese message (what is wrong and how to fix
it) or None when the value is acceptable, so forms, imports and the CLI share one wording."""

from __future__ import annotations

from datetime import date, datetime


def required(label: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return f"Chưa nhập {label}. Vui lòng nhập {label}."
    return None


def max_length(label: str, value: str, limit: int) -> str | None:
    if len(value) > limit:
        return f"{label} dài {len(value)} ký tự, vượt quá {limit} ký tự cho phép. Vui lòng rút gọn."
    return None


def non_negative(label: str, value: int | None) -> str | None:
    if value is not None and value < 0:
        return f"{label} không được là số âm (đang nhập {value}). Vui lòng nhập số từ 0 trở lên."
    return None


def date_order(start: date | datetime | None, end: date | datetime | None) -> str | None:
    if start is not None and end is not None and end < start:
        return (
            f"Ngày kết thúc ({_fmt(end)}) trước ngày bắt đầu ({_fmt(start)}). "
            "Vui lòng sửa ngày kết thúc bằng hoặc sau ngày bắt đầu."
        )
    return None


def participants_by_sex(total: int | None, female: int | None, male: int | None) -> str | None:
    """Sex-disaggregated participants.

    Rule (documented for officers): female and male may each be left empty when unknown; neither may
    exceed the total; when both are given they must add up exactly to the total, because reports print
    "tổng số … lượt người, trong đó nữ …, nam …" and the three figures must agree.
    """
    for label, value in (("Tổng số người tham gia", total), ("Số nữ", female), ("Số nam", male)):
        message = non_negative(label, value)
        if message:
            return message
    if total is None:
        return None
    if female is not None and female > total:
        return f"Số nữ ({female}) lớn hơn tổng số người tham gia ({total}). Vui lòng kiểm tra lại."
    if male is not None and male > total:
        return f"Số nam ({male}) lớn hơn tổng số người tham gia ({total}). Vui lòng kiểm tra lại."
    if female is not None and male is not None and female + male != total:
        return (
            f"Số nữ ({female}) cộng số nam ({male}) bằng {female + male}, không khớp tổng số ({total}). "
            "Vui lòng sửa để nữ + nam = tổng số, hoặc để trống ô chưa biết."
        )
    return None


def subgroup_within_total(label: str, value: int | None, total: int | None) -> str | None:
    """Children or ethnic-minority participants are a part of the total, never more."""
    message = non_negative(label, value)
    if message:
        return message
    if value is not None and total is not None and value > total:
        return f"{label} ({value}) lớn hơn tổng số người tham gia ({total}). Vui lòng kiểm tra lại."
    return None


def within_period(day: date, start: date, end: date, period_name: str) -> str | None:
    """A warning, not a block: activities sometimes start before the campaign officially opens."""
    if not start <= day <= end:
        return (
            f"Ngày {_fmt(day)} nằm ngoài thời gian của {period_name} ({_fmt(start)} – {_fmt(end)}). "
            "Vẫn có thể lưu; hãy kiểm tra lại ngày hoặc chọn chiến dịch khác."
        )
    return None


def _fmt(value: date | datetime) -> str:
    return value.strftime("%d/%m/%Y")
