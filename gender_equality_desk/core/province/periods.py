"""The periods a reporting round covers, by code, and their default dates.

A round file carries its own dates (a province may use the Decree 09/2019 cut-off instead), so these are
only what a new round proposes and what `submit` uses when no round file was imported.
"""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.errors import UserFacingError

ACTION_MONTH, FIRST_HALF, WHOLE_YEAR = "action-month", "h1", "year"
PERIOD_LABELS = {
    ACTION_MONTH: "Tháng hành động (15/11–15/12)",
    FIRST_HALF: "6 tháng đầu năm",
    WHOLE_YEAR: "Cả năm",
}
# Which periods each report kind is made for (core.reports.registry.ReportKind values).
KIND_PERIODS = {
    "action-month": (ACTION_MONTH,),
    "gender-equality": (FIRST_HALF, WHOLE_YEAR),
    "dv-statistics": (FIRST_HALF, WHOLE_YEAR),
}
KIND_LABELS = {
    "action-month": "Kết quả Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới",
    "gender-equality": "Công tác bình đẳng giới",
    "dv-statistics": "Thống kê công tác phòng, chống bạo lực gia đình",
}


def default_period(kind: str) -> str:
    return check_period(kind, None)


def check_period(kind: str, period: str | None) -> str:
    """The period code to use for `kind` (its only or yearly one when None); UserFacingError otherwise."""
    allowed = KIND_PERIODS.get(kind)
    if allowed is None:
        known = ", ".join(KIND_PERIODS)
        raise UserFacingError(f"Loại báo cáo “{kind}” không gửi lên tỉnh được. Các loại được gửi: {known}.")
    if period is None:
        return allowed[-1]
    if period not in allowed:
        listed = ", ".join(f"{code} ({PERIOD_LABELS[code]})" for code in allowed)
        raise UserFacingError(
            f"Kỳ báo cáo “{period}” không dùng cho loại báo cáo này. Chọn một trong: {listed}."
        )
    return period


def period_dates(period: str, year: int) -> tuple[date, date]:
    """The default first and last day of `period` in `year`."""
    if period == ACTION_MONTH:
        return date(year, 11, 15), date(year, 12, 15)
    if period == FIRST_HALF:
        return date(year, 1, 1), date(year, 6, 30)
    if period == WHOLE_YEAR:
        return date(year, 1, 1), date(year, 12, 31)
    raise UserFacingError(f"Không biết kỳ báo cáo “{period}”.")


def period_label(period: str, year: int) -> str:
    """ "6 tháng đầu năm 2026", "Cả năm 2026", "Tháng hành động (15/11–15/12) năm 2026"."""
    label = PERIOD_LABELS.get(period, period)
    return f"{label} {year}" if label.endswith(" năm") else f"{label} năm {year}"
