"""Saving into a store the system refuses to write (read-only folder, full disk): the form says why in a
sentence and keeps what was typed (issue 19: the message line stayed empty)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from gender_equality_desk.gui.forms.activity_form import ActivityForm

from ..conftest import TODAY
from ..keyboard import type_text

Show = Callable[[ActivityForm], ActivityForm]


def test_a_read_only_store_is_explained_under_the_form_and_the_typing_stays(
    qtbot: QtBot, shown: Show, filled_store: Store, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)
    form = shown(ActivityForm(filled_store, layout, lambda: TODAY))
    fields = form.fields
    qtbot.keyClick(fields.kind, Qt.Key.Key_Down)
    fields.title.setFocus()
    type_text(qtbot, fields.title, "Tọa đàm chưa lưu được")
    fields.total.setFocus()
    type_text(qtbot, fields.total, "40")

    @event.listens_for(filled_store.engine, "connect")
    def _read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")  # SQLite's refusal of a read-only file

    filled_store.engine.dispose()
    with filled_store.reading() as session:
        before = session.scalar(select(func.count()).select_from(Activity))

    qtbot.keyClick(fields.title, Qt.Key.Key_Return)

    assert form.isVisible() and fields.title.text() == "Tọa đàm chưa lưu được"
    shown_text = form.message.text()
    assert shown_text.startswith("Chưa lưu: Không ghi được vào tệp dữ liệu ")
    assert "chỉ cho phép đọc" in shown_text
    assert str(layout.root) in shown_text
    with filled_store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == before
