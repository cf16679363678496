"""Vietnamese formatting of report figures ("1.500.000 đ", "52,3%", "15/11/2025").

Numbers and money reuse core.domain.text so that screens, reports and input parsing agree.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from gender_equality_desk.core.domain.text import format_vnd, group_thousands

if TYPE_CHECKING:  # the report model is not needed to format the dashboard's first screen
    from gender_equality_desk.core.reports.content import Cell, CellKind

__all__ = [
    "by_sex",
    "format_cell",
    "format_date",
    "format_day_month",
    "format_number",
    "format_percent",
    "format_vnd",
]


def format_number(value: int) -> str:
    """Thousands separated by "." as Vietnamese documents write them: 1500000 → "1.500.000"."""
    return group_thousands(value)


def format_percent(share: float, digits: int = 1) -> str:
    """A share 0…1 as a percentage with a decimal comma: 0.5234 → "52,3%"."""
    return f"{share * 100:.{digits}f}%".replace(".", ",")


def by_sex(female: int, male: int, unrecorded: int, unit: str = "") -> str:
    """ "nữ 25, nam 0, chưa rõ giới tính 15" (each followed by `unit`, e.g. " lượt"): the three always add
    up to the total the phrase follows, so the unknown part is named whenever there is one."""
    parts = f"nữ {group_thousands(female)}{unit}, nam {group_thousands(male)}{unit}"
    return parts + (f", chưa rõ giới tính {group_thousands(unrecorded)}{unit}" if unrecorded else "")


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_day_month(day: date) -> str:
    return day.strftime("%d/%m")


def format_cell(value: Cell, kind: CellKind) -> str:
    """A table cell as every text renderer prints it: numbers grouped, shares as "52,3%", None blank.

    Text in a number column (e.g. "<3" for a suppressed count) is printed as it is. Money columns carry
    "(đồng)" in their heading, so the cells are plain grouped numbers like the seeds' tables.
    """
    from gender_equality_desk.core.reports.content import CellKind

    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, date):
        return format_date(value)
    if kind is CellKind.PERCENT:
        return format_percent(float(value))
    if kind in (CellKind.INTEGER, CellKind.VND):
        return group_thousands(round(value))
    return str(value)
