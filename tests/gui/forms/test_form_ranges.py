"""The forms use the core's sane ranges: the calendar offers only allowed days, a count beyond a million
is refused under its field with the range named, and the money box takes no more digits than the range."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.domain import ranges
from gender_equality_desk.core.domain.clock import today_local
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.forms.activity_form import ActivityForm

from ..conftest import TODAY
from .test_activity_form import activity_count, fill_basics, type_into

Show = Callable[[ActivityForm], ActivityForm]


@pytest.fixture(autouse=True)
def _discard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def test_a_count_beyond_the_range_is_refused_with_the_range(
    qtbot: QtBot, shown: Show, filled_store: Store, layout: DataLayout
) -> None:
    form = shown(ActivityForm(filled_store, layout, lambda: TODAY))
    form.activateWindow()
    fields = form.fields
    fill_basics(qtbot, form)
    fields.total.clear()
    fields.female.clear()
    type_into(qtbot, fields.total, "99999999")  # eight digits typed: the box keeps seven
    assert fields.total.text() == "9999999"
    before = activity_count(filled_store)
    qtbot.keyClick(fields.title, Qt.Key.Key_Return)
    assert activity_count(filled_store) == before
    line = fields.messages["participants_total"]
    assert line.isVisible() and line.kind == "error"
    assert line.text() == (
        "Tổng số người tham gia 9.999.999 nằm ngoài khoảng cho phép. "
        "Vui lòng nhập số từ 0 đến 1.000.000 người."
    )


def test_the_calendar_offers_only_allowed_days(shown: Show, filled_store: Store, layout: DataLayout) -> None:
    form = shown(ActivityForm(filled_store, layout, lambda: TODAY))
    start = form.fields.start_at
    last = ranges.latest_day()
    assert start.minimumDate() == QDate(2000, 1, 1)
    assert start.maximumDate() == QDate(last.year, 12, 31)
    start.setDate(QDate(9999, 12, 31))
    assert start.date() == QDate(last.year, 12, 31)
    assert last == date(today_local().year + 5, 12, 31)
