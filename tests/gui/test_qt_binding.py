"""Guard against a Qt binding that corrupts Python's reference count of None.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a Qt method returning void
(label.setText, widget.setVisible…). Python 3.12+ does not notice (None is immortal there), but on 3.11
the app aborts with "Fatal Python error: none_dealloc" after a few thousand such calls — minutes of use.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Tổng quan")
    lost = before - sys.getrefcount(None)
    assert lost < 100, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} lost {lost} references to None "
        "in 2000 void calls: the app would crash. Use a PySide6 release without this bug (6.11.x works)."
    )
