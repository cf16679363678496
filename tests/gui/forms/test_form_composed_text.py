"""An activity typed into the form with Unikey's "Unicode tổ hợp" (each accent sent as a character of its
own) is stored composed: the stored bytes are read back with plain sqlite3."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.forms.activity_form import ActivityForm

from ..conftest import TODAY
from ..keyboard import type_text

TITLE = "Tọa đàm “Bình đẳng giới trong gia đình” tại thôn Đông Bàn"
PLACE = "Nhà văn hóa thôn Đông Bàn"
ORGANISER = "Chi hội Phụ nữ thôn Đông Bàn"


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def type_decomposed(qtbot: QtBot, widget: QWidget | None, text: str) -> None:
    assert widget is not None
    widget.setFocus()
    type_text(qtbot, widget, unicodedata.normalize("NFD", text))


def test_an_activity_typed_in_unicode_to_hop_is_stored_composed(
    qtbot: QtBot, shown: Callable[[ActivityForm], ActivityForm], filled_store: Store, layout: DataLayout
) -> None:
    form = shown(ActivityForm(filled_store, layout, lambda: TODAY))
    form.activateWindow()
    fields = form.fields
    qtbot.keyClick(fields.kind, Qt.Key.Key_Down)
    type_decomposed(qtbot, fields.title, TITLE)
    type_decomposed(qtbot, fields.total, "40")
    type_decomposed(qtbot, fields.place_text, PLACE)
    type_decomposed(qtbot, fields.organiser.lineEdit(), ORGANISER)
    assert fields.title.text() != TITLE  # what the box holds is decomposed

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.keyClick(fields.title, Qt.Key.Key_Return)

    connection = sqlite3.connect(filled_store.path)
    try:
        stored = connection.execute(
            "SELECT title, place_text, organiser FROM activity WHERE id = ?", (saved.args[0],)
        ).fetchall()
    finally:
        connection.close()
    assert stored == [(TITLE, PLACE, ORGANISER)]
