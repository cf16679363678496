"""The screen language is remembered per data folder and never stops the app from starting."""

from __future__ import annotations

import json
from pathlib import Path

from gender_equality_desk.core.ui_language import (
    PREFERENCE_FILE,
    UiLanguage,
    read_ui_language,
    save_ui_language,
)


def test_nothing_saved_means_vietnamese(tmp_path: Path) -> None:
    assert read_ui_language(tmp_path) is UiLanguage.VIETNAMESE


def test_saved_choice_is_read_back(tmp_path: Path) -> None:
    save_ui_language(tmp_path, UiLanguage.ENGLISH)
    assert read_ui_language(tmp_path) is UiLanguage.ENGLISH
    save_ui_language(tmp_path, UiLanguage.VIETNAMESE)
    assert read_ui_language(tmp_path) is UiLanguage.VIETNAMESE
    assert json.loads((tmp_path / PREFERENCE_FILE).read_text(encoding="utf-8")) == {"language": "vi"}


def test_other_keys_in_the_file_are_kept(tmp_path: Path) -> None:
    (tmp_path / PREFERENCE_FILE).write_text('{"zoom": 125}', encoding="utf-8")
    save_ui_language(tmp_path, UiLanguage.ENGLISH)
    assert json.loads((tmp_path / PREFERENCE_FILE).read_text(encoding="utf-8")) == {
        "zoom": 125,
        "language": "en",
    }


def test_damaged_or_unknown_values_fall_back_to_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / PREFERENCE_FILE
    for content in ("{not json", "[1, 2]", '{"language": "fr"}', '{"language": 3}', ""):
        path.write_text(content, encoding="utf-8")
        assert read_ui_language(tmp_path) is UiLanguage.VIETNAMESE, content
    path.write_text("{not json", encoding="utf-8")
    save_ui_language(tmp_path, UiLanguage.ENGLISH)  # a damaged file is replaced by a good one
    assert read_ui_language(tmp_path) is UiLanguage.ENGLISH
