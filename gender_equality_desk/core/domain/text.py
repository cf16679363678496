"""Text helpers for Vietnamese: diacritic-insensitive search keys and money/number display."""

from __future__ import annotations

import unicodedata

# Đ/đ is a letter of its own, not d + a combining mark, so NFD alone does not strip it.
_SPECIAL = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Search key: lower case, no diacritics, single spaces. "Bình  Đẳng" → "binh dang"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_SPECIAL))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().split())


def group_thousands(value: int) -> str:
    """1500000 → "1.500.000" (Vietnamese uses the dot as thousands separator)."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def format_vnd(value: int) -> str:
    """1500000 → "1.500.000 đ"."""
    return f"{group_thousands(value)} đ"


def parse_vnd(text: str) -> int:
    """Read an amount typed by an officer: "1.500.000", "1 500 000 đ", "1500000" → 1500000.

    Raises ValueError with a Vietnamese message when the text is not a whole number of đồng.
    """
    cleaned = text.strip().lower().removesuffix("đồng").removesuffix("đ").removesuffix("vnd").strip()
    digits = cleaned.replace(".", "").replace(" ", "").replace(",", "").replace("\u00a0", "")
    if not digits:
        return 0
    if digits.startswith("-") and digits[1:].isdigit():
        raise ValueError(
            f"Số tiền không được âm (đang nhập “{text.strip()}”). Vui lòng nhập số từ 0 trở lên."
        )
    if not digits.isdigit():
        raise ValueError(
            f"“{text.strip()}” không phải số tiền hợp lệ. Vui lòng nhập số nguyên đồng, ví dụ 1.500.000."
        )
    return int(digits)


def nfc(text: str) -> str:
    """Composed Unicode (NFC): what Unikey's "Unicode tổ hợp" and PDF copies type as a letter plus separate
    accents ("e" + U+0302 + U+0301) becomes the one letter "ế" that fonts, searches and provinces expect."""
    return unicodedata.normalize("NFC", text)
