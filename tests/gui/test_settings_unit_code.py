"""Cài đặt → Thông tin đơn vị: the officer types the commune's administrative-unit code; anything but digits
is pointed out under the field and not saved."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.main_window import MainWindow

from .keyboard import type_text
from .sample_data import PROFILE


def _type_code(qtbot: QtBot, window: MainWindow, text: str) -> QLineEdit:
    rect = window.navigation.visualItemRect(window.navigation.item(7))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.settings_page
    editor = window.settings_page.form.editor("unit_code")
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    return editor


def test_a_code_with_letters_is_shown_wrong_and_not_saved(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    _type_code(qtbot, window, "04-378")
    page = window.settings_page
    error = page.form.error_label("unit_code")
    assert error.isVisible()
    assert error.text().startswith("Mã đơn vị hành chính “04-378” chỉ được gồm chữ số")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with filled_store.reading() as session:
        assert load_profile(session) == PROFILE


def test_the_code_typed_is_saved_with_the_profile(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    _type_code(qtbot, window, "04378")
    page = window.settings_page
    assert not page.form.error_label("unit_code").isVisible()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with filled_store.reading() as session:
        assert load_profile(session) == replace(PROFILE, unit_code="04378")
