"""Argument types shared by every subcommand, with Vietnamese messages argparse prints as they are."""

from __future__ import annotations

import argparse
from datetime import date


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' không phải số nguyên") from error
    if value < 1:
        raise argparse.ArgumentTypeError(f"cần số nguyên từ 1 trở lên, nhận {value}")
    return value


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' không phải ngày dạng YYYY-MM-DD") from error
