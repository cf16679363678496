"""The language of the app's screens on this machine: Vietnamese (the default) or English.

Kept in a small JSON file in the data folder rather than in the store because it must be read before the
store is opened: a damaged-store dialog or the first-run wizard already speak the chosen language.
Official documents (reports, plans, banners) stay Vietnamese whatever is chosen here.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

PREFERENCE_FILE = "giao-dien.json"


class UiLanguage(StrEnum):
    VIETNAMESE = "vi"
    ENGLISH = "en"


DEFAULT_LANGUAGE = UiLanguage.VIETNAMESE


def read_ui_language(data_root: Path) -> UiLanguage:
    """The language chosen for this data folder; Vietnamese when nothing (readable) was saved.

    A missing, unreadable or hand-edited file never stops the app from starting: it falls back to the
    default, and the next choice in Cài đặt writes a good file again.
    """
    try:
        saved = json.loads((data_root / PREFERENCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULT_LANGUAGE
    value = saved.get("language") if isinstance(saved, dict) else None
    known = {language.value: language for language in UiLanguage}
    return known.get(value, DEFAULT_LANGUAGE) if isinstance(value, str) else DEFAULT_LANGUAGE


def save_ui_language(data_root: Path, language: UiLanguage) -> None:
    """Remember `language` for the next start (crash-safe write; other keys in the file are kept)."""
    path = data_root / PREFERENCE_FILE
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    if not isinstance(saved, dict):
        saved = {}
    saved["language"] = language.value
    from gender_equality_desk.core.fileio import write_bytes_atomic  # hashlib & co: not at every start

    write_bytes_atomic(path, (json.dumps(saved, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
