"""Hạn báo cáo: the officer changes a report deadline and the core (the dashboard's reminders) sees it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.dashboard.reading import reading_store
from gender_equality_desk.core.dashboard.reminders import DeadlineKind, upcoming_deadlines
from gender_equality_desk.core.plans.deadlines import report_deadlines
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.widgets.deadline_editor import DeadlineEditor

from ..keyboard import type_text

Show = Callable[[DeadlineEditor], DeadlineEditor]


def _set(qtbot: QtBot, box: QSpinBox, value: int) -> None:
    """Type the number as the officer does: select what is there, type over it."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))


def _stored(store: Store) -> dict[str, tuple[str, int, int, bool]]:
    with store.reading() as session:
        return {r.code: (r.label, r.day, r.month, r.is_active) for r in report_deadlines(session)}


def test_the_editor_shows_the_default_deadlines(shown: Show, store: Store) -> None:
    editor = shown(DeadlineEditor(store))
    assert editor.findChild(QSpinBox, "deadlineDay_six_month_report").value() == 5
    assert editor.findChild(QSpinBox, "deadlineMonth_six_month_report").value() == 6
    assert editor.findChild(QSpinBox, "deadlineDay_annual_report").value() == 10
    assert editor.findChild(QSpinBox, "deadlineMonth_annual_report").value() == 12


def test_a_new_deadline_is_saved_and_the_reminders_use_it(qtbot: QtBot, shown: Show, store: Store) -> None:
    editor = shown(DeadlineEditor(store))
    _set(qtbot, editor.findChild(QSpinBox, "deadlineDay_six_month_report"), 15)
    _set(qtbot, editor.findChild(QSpinBox, "deadlineMonth_six_month_report"), 7)
    name = editor.findChild(QLineEdit, "deadlineName_six_month_report")
    name.selectAll()
    type_text(qtbot, name, "Báo cáo sơ kết 6 tháng")

    with qtbot.waitSignal(editor.changed) as signal:
        qtbot.mouseClick(editor.findChild(QPushButton, "saveDeadlines"), Qt.MouseButton.LeftButton)

    assert signal.args == [DataChange.PLANS.value]
    assert _stored(store)["six_month_report"] == ("Báo cáo sơ kết 6 tháng", 15, 7, True)
    assert "Đã lưu" in editor.message.text()
    with reading_store(store.path) as connection:
        reminders = upcoming_deadlines(connection, date(2026, 7, 1))
    reports = [(d.title, d.due) for d in reminders if d.kind is DeadlineKind.REPORT]
    assert reports == [("Báo cáo sơ kết 6 tháng", date(2026, 7, 15))]


def test_31_february_is_refused_with_how_to_fix_it_and_nothing_is_saved(
    qtbot: QtBot, shown: Show, store: Store
) -> None:
    before = _stored(store)
    editor = shown(DeadlineEditor(store))
    _set(qtbot, editor.findChild(QSpinBox, "deadlineMonth_annual_report"), 2)
    _set(qtbot, editor.findChild(QSpinBox, "deadlineDay_annual_report"), 31)
    _set(qtbot, editor.findChild(QSpinBox, "deadlineDay_six_month_report"), 20)  # a good edit too

    with qtbot.assertNotEmitted(editor.changed):
        qtbot.mouseClick(editor.findChild(QPushButton, "saveDeadlines"), Qt.MouseButton.LeftButton)

    text = editor.message.text()
    assert "Báo cáo kết quả công tác bình đẳng giới năm" in text
    assert "31/02" in text and "từ 1 đến 28" in text
    assert editor.message.property("role") == "error"
    assert _stored(store) == before  # one transaction: the good edit waits for the wrong one
    # What the officer typed is still there to correct.
    assert editor.findChild(QSpinBox, "deadlineDay_annual_report").value() == 31
    assert editor.findChild(QSpinBox, "deadlineDay_six_month_report").value() == 20


def test_an_empty_report_name_is_refused(qtbot: QtBot, shown: Show, store: Store) -> None:
    editor = shown(DeadlineEditor(store))
    editor.findChild(QLineEdit, "deadlineName_annual_report").clear()
    assert editor.save() is False
    assert "Chưa nhập tên báo cáo" in editor.message.text()
    assert _stored(store)["annual_report"][0] == "Báo cáo kết quả công tác bình đẳng giới năm"
