"""File names that survive any USB stick, e-mail client and Windows folder: ASCII, no spaces."""

from __future__ import annotations

import re

from gender_equality_desk.core.domain.text import fold

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def ascii_part(text: str) -> str:
    """ "Xã Cao Lâu" → "XaCaoLau": diacritics dropped, each word capitalised, separators removed."""
    words = _NOT_ALNUM.split(fold(text))
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def ascii_file_stem(*parts: str) -> str:
    """("BaoCao", "ThangHanhDong", "2024", "Xã Cao Lâu") → "BaoCao_ThangHanhDong_2024_XaCaoLau"."""
    return "_".join(
        part for part in (ascii_part(p) if not p.isascii() or " " in p else p for p in parts) if part
    )
