"""English screens: the .qm build, installing a language, the Cài đặt → Giao diện picker, formats kept."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.ui_language import UiLanguage, read_ui_language
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.main_window import REPORTS_INDEX, MainWindow
from gender_equality_desk.gui.pages.settings import LANGUAGE_TAB, SettingsPage
from gender_equality_desk.gui.translations import (
    install_ui_language,
    installed_ui_language,
    uninstall_translations,
)
from gender_equality_desk.gui.widgets import language_card

from .english import build_translations_tool

TS_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context><name>{context}</name>
<message><source>{source}</source><translation>{translation}</translation></message>
</context>
</TS>
"""


def _load(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_build_joins_every_ts_file_into_one_qm(tmp_path: Path) -> None:
    tool = build_translations_tool()
    sources = tmp_path / "en"
    sources.mkdir()
    for name, context, text, english_text in (
        ("pages.one.ts", "OnePage", "Lưu", "Save"),
        ("pages.two.ts", "TwoPage", "Xóa", "Delete"),
    ):
        (sources / name).write_text(
            TS_TEMPLATE.format(context=context, source=text, translation=english_text), encoding="utf-8"
        )
    target = tmp_path / "app_en.qm"
    assert tool.is_stale(target, sources)
    assert tool.build(target, sources) == 2
    translator = _load(target)
    assert translator.translate("OnePage", "Lưu") == "Save"
    assert translator.translate("TwoPage", "Xóa") == "Delete"
    assert not tool.is_stale(target, sources)
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []  # no temp left
    later = time.time() + 5
    os.utime(sources / "pages.two.ts", (later, later))  # a .ts edited after the build
    assert tool.is_stale(target, sources)


def test_a_broken_ts_keeps_the_previous_qm(tmp_path: Path) -> None:
    tool = build_translations_tool()
    sources = tmp_path / "en"
    sources.mkdir()
    (sources / "a.ts").write_text(
        TS_TEMPLATE.format(context="A", source="Lưu", translation="Save"), encoding="utf-8"
    )
    target = tmp_path / "app_en.qm"
    tool.build(target, sources)
    before = target.read_bytes()
    (sources / "a.ts").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(SystemExit, match=re.escape("a.ts is not a readable .ts file")):
        tool.build(target, sources)
    assert target.read_bytes() == before


def test_english_translates_the_app_and_leaves_qt_english(english: QApplication) -> None:
    assert installed_ui_language(english) is UiLanguage.ENGLISH
    assert translate("SettingsPage", "Cài đặt") == "Settings"
    assert translate("ReportsPage", "Lưu PDF…") == "Save PDF…"
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"  # qtbase_vi not installed


def test_switching_back_to_vietnamese_restores_both(qapp: QApplication, english_folder: Path) -> None:
    install_ui_language(qapp, UiLanguage.ENGLISH, english_folder)
    install_ui_language(qapp, UiLanguage.ENGLISH, english_folder)  # twice: still one translator
    assert len(qapp.findChildren(QTranslator)) == 1
    try:
        assert install_ui_language(qapp, UiLanguage.VIETNAMESE)
        assert installed_ui_language(qapp) is UiLanguage.VIETNAMESE
        assert translate("SettingsPage", "Cài đặt") == "Cài đặt"
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "Hủy"
    finally:
        uninstall_translations(qapp)


def test_english_without_its_file_stays_vietnamese(qapp: QApplication, tmp_path: Path) -> None:
    assert not install_ui_language(qapp, UiLanguage.ENGLISH, tmp_path)
    assert installed_ui_language(qapp) is UiLanguage.VIETNAMESE
    assert QCoreApplication.translate("SettingsPage", "Cài đặt") == "Cài đặt"


def _language_tab(
    shown: Callable[[SettingsPage], SettingsPage], store: Store, layout: DataLayout
) -> SettingsPage:
    page = shown(SettingsPage(store, layout=layout.ensure()))
    page.tabs.setCurrentIndex(LANGUAGE_TAB)
    assert page.tabs.tabText(LANGUAGE_TAB) == "Giao diện"
    return page


def test_choosing_english_saves_it_and_offers_a_restart(
    qtbot: QtBot,
    shown: Callable[[SettingsPage], SettingsPage],
    store: Store,
    layout: DataLayout,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(language_card, "translation_available", lambda _language: True)
    page = _language_tab(shown, store, layout)
    restarts: list[bool] = []
    page.restart_requested.connect(lambda: restarts.append(True))
    card = page.language_card
    assert card is not None
    assert card.picker.currentText() == "Tiếng Việt"
    card.picker.setCurrentIndex(card.picker.findText("English"))
    assert read_ui_language(layout.root) is UiLanguage.ENGLISH
    assert card.note.isVisible()
    assert card.note.text() == "Ngôn ngữ mới sẽ được dùng sau khi khởi động lại ứng dụng."
    assert card.restart_button.isVisible()
    qtbot.mouseClick(card.restart_button, Qt.MouseButton.LeftButton)
    assert restarts == [True]
    card.picker.setCurrentIndex(card.picker.findText("Tiếng Việt"))  # back to what runs: nothing to do
    assert read_ui_language(layout.root) is UiLanguage.VIETNAMESE
    assert not card.note.isVisible() and not card.restart_button.isVisible()


def test_no_restart_button_when_nobody_can_restart(
    shown: Callable[[SettingsPage], SettingsPage],
    store: Store,
    layout: DataLayout,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(language_card, "translation_available", lambda _language: True)
    page = shown(SettingsPage(store, layout=layout.ensure()))  # a page alone: nothing listens
    card = page.language_card
    assert card is not None
    page.tabs.setCurrentIndex(LANGUAGE_TAB)
    card.picker.setCurrentIndex(card.picker.findText("English"))
    assert card.note.isVisible() and not card.restart_button.isVisible()


def test_english_is_refused_while_its_file_is_missing(
    shown: Callable[[SettingsPage], SettingsPage],
    store: Store,
    layout: DataLayout,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(language_card, "translation_available", lambda _language: False)
    page = _language_tab(shown, store, layout)
    card = page.language_card
    assert card is not None
    card.picker.setCurrentIndex(card.picker.findText("English"))
    assert card.picker.currentText() == "Tiếng Việt"
    assert read_ui_language(layout.root) is UiLanguage.VIETNAMESE
    assert "build_translations.py" in card.note.text()


def test_dates_and_numbers_stay_vietnamese_in_english(
    english: QApplication, shown: Callable[[MainWindow], MainWindow], filled_store: Store, layout: DataLayout
) -> None:
    QLocale.setDefault(QLocale("vi_VN"))  # what the app sets at start, whatever the screen language
    window = shown(MainWindow(filled_store, layout))
    window.show_page(REPORTS_INDEX)
    page = window.current_page()
    assert page.title() == "Reports"
    start = page.findChild(type(page.options.start), "reportStart")
    assert start is not None
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", start.text()), start.text()
    assert format_number(1_500_000) == "1.500.000"
    assert QLocale().toString(1_500_000) == "1.500.000"


def test_two_files_translating_one_message_differently_are_reported(tmp_path: Path) -> None:
    tool = build_translations_tool()
    for name, english_text in (("a.ts", "Place"), ("b.ts", "Places"), ("c.ts", "Place")):
        (tmp_path / name).write_text(
            TS_TEMPLATE.format(context="RecordTableModel", source="Địa điểm", translation=english_text),
            encoding="utf-8",
        )
    assert tool.conflicts(tmp_path) == [
        "RecordTableModel: 'Địa điểm' is translated differently: 'Place' in a.ts, c.ts; 'Places' in b.ts"
    ]
    (tmp_path / "b.ts").unlink()
    assert tool.conflicts(tmp_path) == []  # the same translation twice is fine
