"""Vietnamese formatting of report figures ("1.500.000 đ", "52,3%", "15/11/2025").

Numbers and money reuse core.domain.text so that screens, reports and input parsing agree.
"""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.domain.text import format_vnd, group_thousands

__all__ = ["format_date", "format_day_month", "format_number", "format_percent", "format_vnd"]


def format_number(value: int) -> str:
    """Thousands separated by "." as Vietnamese documents write them: 1500000 → "1.500.000"."""
    return group_thousands(value)


def format_percent(share: float, digits: int = 1) -> str:
    """A share 0…1 as a percentage with a decimal comma: 0.5234 → "52,3%"."""
    return f"{share * 100:.{digits}f}%".replace(".", ",")


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_day_month(day: date) -> str:
    return day.strftime("%d/%m")
