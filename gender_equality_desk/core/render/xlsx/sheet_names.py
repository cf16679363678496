"""Worksheet names Excel accepts: ≤ 31 characters, none of \\ / ? * [ ] :, unique ignoring case."""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 31
_FORBIDDEN = re.compile(r"[\\/?*\[\]:\x00-\x1f]")
_RESERVED = {"history"}  # Excel keeps "History" for change tracking


class SheetNamer:
    """Hands out names in order, making each unique: "Hoạt động", "Hoạt động (2)", …"""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def name(self, wanted: str, fallback: str) -> str:
        # NFC first: a decomposed "ộ" is three code points and would eat into the 31-character limit.
        cleaned = _FORBIDDEN.sub("-", unicodedata.normalize("NFC", wanted))
        cleaned = " ".join(cleaned.split()).strip("'")
        if not cleaned or cleaned.casefold() in _RESERVED:
            cleaned = fallback
        base = cleaned[:MAX_LENGTH].rstrip().rstrip("'")
        candidate, number = base, 1
        while candidate.casefold() in self._taken:
            number += 1
            suffix = f" ({number})"
            candidate = base[: MAX_LENGTH - len(suffix)].rstrip() + suffix
        self._taken.add(candidate.casefold())
        return candidate
