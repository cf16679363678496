"""Typing Vietnamese into widgets through key events.

qtbot.keyClicks maps each character to a key code and Qt's testlib aborts on anything outside ASCII
(qasciikey.cpp), so letters like "ầ" are sent as key events carrying just their text — what an input
method (Unikey, Telex) delivers to the widget.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
    if run:
        qtbot.keyClicks(widget, run)
