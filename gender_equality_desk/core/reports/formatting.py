"""Vietnamese number, money, percent and date formatting ("1.500.000 đ", "52,3%", "15/11/2025")."""

from __future__ import annotations

from datetime import date


def format_number(value: int) -> str:
    """Thousands separated by "." as Vietnamese documents write them: 1500000 → "1.500.000"."""
    return f"{value:,}".replace(",", ".")


def format_vnd(amount: int) -> str:
    return f"{format_number(amount)} đ"


def format_percent(share: float, digits: int = 1) -> str:
    """A share 0…1 as a percentage with a decimal comma: 0.5234 → "52,3%"."""
    return f"{share * 100:.{digits}f}%".replace(".", ",")


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_day_month(day: date) -> str:
    return day.strftime("%d/%m")
