"""Text helpers for Vietnamese: diacritic-insensitive search keys and money/number display."""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any, TypeVar, cast

T = TypeVar("T")

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


def is_composed(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def nfc_all(value: T) -> T:
    """`value` with every text in it composed (see `nfc`): a str, the items of tuples and lists, the keys
    and values of dicts, the fields of dataclass instances (rebuilt through their constructor, so their
    own checks run again). What needs no change comes back as the very same object, so enums, numbers,
    dates and already composed values pass through untouched."""
    composed: Any
    if isinstance(value, str):
        composed = value if is_composed(value) else nfc(value)
    elif isinstance(value, tuple | list):
        items = [nfc_all(item) for item in value]
        unchanged = all(new is old for new, old in zip(items, value, strict=True))
        composed = value if unchanged else type(value)(items)
    elif isinstance(value, dict):
        pairs = [(nfc_all(key), nfc_all(item)) for key, item in value.items()]
        old_pairs = value.items()
        unchanged = all(k is ok and v is ov for (k, v), (ok, ov) in zip(pairs, old_pairs, strict=True))
        composed = value if unchanged else dict(pairs)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            if field.init:
                current = getattr(value, field.name)
                new = nfc_all(current)
                if new is not current:
                    changes[field.name] = new
        composed = dataclasses.replace(value, **changes) if changes else value
    else:
        composed = value
    return cast(T, composed)
