"""Hạn báo cáo: the officer changes, adds and deletes report deadlines and the core (the dashboard's
reminders) sees it; wrong lines are explained under them; reports marked sent are listed, with undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.dashboard.reading import reading_store
from gender_equality_desk.core.dashboard.reminders import DeadlineKind, upcoming_deadlines
from gender_equality_desk.core.plans.deadlines import mark_sent, report_deadlines
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.forms.inputs import MessageLine
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


def _sql(store: Store, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(store.path)) as connection:
        return connection.execute(query).fetchall()


def _click(qtbot: QtBot, editor: DeadlineEditor, name: str) -> None:
    button = editor.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _active(qtbot: QtBot, editor: DeadlineEditor) -> DeadlineEditor:
    """Focus needs an active window, as on the officer's PC."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_a_third_deadline_is_added_with_its_report_kind(qtbot: QtBot, shown: Show, store: Store) -> None:
    editor = _active(qtbot, shown(DeadlineEditor(store)))
    assert editor.line_count == 2
    _click(qtbot, editor, "addDeadline")
    name = editor.findChild(QLineEdit, "deadlineName_new1")
    assert name.hasFocus() and name.text() == ""
    type_text(qtbot, name, "Báo cáo kết quả Tháng hành động")
    _set(qtbot, editor.findChild(QSpinBox, "deadlineDay_new1"), 20)
    _set(qtbot, editor.findChild(QSpinBox, "deadlineMonth_new1"), 12)
    kind = editor.findChild(QComboBox, "deadlineKind_new1")
    assert kind.currentText() == "(không chọn)"
    kind.setCurrentIndex(kind.findText("Báo cáo kết quả Tháng hành động"))

    with qtbot.waitSignal(editor.changed):
        _click(qtbot, editor, "saveDeadlines")

    assert _sql(
        store, "SELECT label, day, month, is_active, report_kind FROM report_deadline ORDER BY sort_order"
    ) == [
        ("Báo cáo kết quả công tác bình đẳng giới 6 tháng đầu năm", 5, 6, 1, "gender-equality"),
        ("Báo cáo kết quả công tác bình đẳng giới năm", 10, 12, 1, "gender-equality"),
        ("Báo cáo kết quả Tháng hành động", 20, 12, 1, "action-month"),
    ]
    assert editor.line_count == 3
    code = _sql(store, "SELECT code FROM report_deadline WHERE label = 'Báo cáo kết quả Tháng hành động'")[0][
        0
    ]
    assert editor.findChild(QComboBox, f"deadlineKind_{code}").currentData() == "action-month"  # read back
    with reading_store(store.path) as connection:
        reminders = upcoming_deadlines(connection, date(2026, 12, 1))
    assert ("Báo cáo kết quả Tháng hành động", date(2026, 12, 20)) in [(d.title, d.due) for d in reminders]


def test_a_deadline_is_deleted_on_save_and_stays_in_the_store_as_deleted(
    qtbot: QtBot, shown: Show, store: Store
) -> None:
    editor = shown(DeadlineEditor(store))
    _click(qtbot, editor, "deadlineDelete_six_month_report")
    qtbot.waitUntil(lambda: editor.findChild(QLineEdit, "deadlineName_six_month_report") is None)
    assert editor.line_count == 1
    assert "Bấm Lưu để xóa hẳn" in editor.message.text()
    assert _sql(store, "SELECT count(*) FROM report_deadline WHERE is_deleted = 0") == [(2,)]  # not yet

    with qtbot.waitSignal(editor.changed):
        _click(qtbot, editor, "saveDeadlines")

    assert _sql(store, "SELECT code, is_deleted FROM report_deadline ORDER BY id") == [
        ("six_month_report", 1),
        ("annual_report", 0),
    ]
    editor.reload()
    assert editor.line_count == 1
    with reading_store(store.path) as connection:
        reminders = upcoming_deadlines(connection, date(2026, 5, 20))
    assert [d for d in reminders if d.kind is DeadlineKind.REPORT] == []


def test_a_wrong_new_line_is_explained_under_it_and_nothing_is_saved(
    qtbot: QtBot, shown: Show, store: Store
) -> None:
    before = _sql(store, "SELECT * FROM report_deadline")
    editor = _active(qtbot, shown(DeadlineEditor(store)))
    _click(qtbot, editor, "addDeadline")  # left without a name
    _click(qtbot, editor, "addDeadline")
    type_text(
        qtbot, editor.findChild(QLineEdit, "deadlineName_new2"), "báo cáo kết quả công tác bình đẳng giới năm"
    )

    with qtbot.assertNotEmitted(editor.changed):
        _click(qtbot, editor, "saveDeadlines")

    unnamed = editor.findChild(MessageLine, "deadline_new1Message")
    twin = editor.findChild(MessageLine, "deadline_new2Message")
    assert unnamed.isVisible() and "Chưa nhập tên báo cáo" in unnamed.text()
    assert twin.isVisible() and "Trùng tên" in twin.text()
    # The stored line with the same name is told too: the officer chooses which to rename.
    assert "Trùng tên" in editor.findChild(MessageLine, "deadline_annual_reportMessage").text()
    assert editor.message.property("role") == "error"
    assert editor.findChild(QLineEdit, "deadlineName_annual_report").hasFocus()  # the first wrong line
    assert _sql(store, "SELECT * FROM report_deadline") == before
    # A day the month lacks is said at once, under its line.
    _set(qtbot, editor.findChild(QSpinBox, "deadlineMonth_new1"), 4)
    _set(qtbot, editor.findChild(QSpinBox, "deadlineDay_new1"), 31)
    assert "tháng 4 chỉ có 30 ngày" in unnamed.text()


def test_reports_marked_sent_are_listed_and_a_mark_can_be_undone(
    qtbot: QtBot, shown: Show, store: Store
) -> None:
    with store.transaction() as session:
        six_month, annual = (row.id for row in report_deadlines(session))
        mark_sent(session, six_month, date(2026, 6, 5), date(2026, 6, 3), date(2026, 12, 20))
        mark_sent(
            session, annual, date(2026, 12, 10), date(2026, 12, 12), date(2026, 12, 20), "qua thư điện tử"
        )
    editor = shown(DeadlineEditor(store))
    table = editor.history.table
    texts = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert texts == [
        [
            "Báo cáo kết quả công tác bình đẳng giới năm",
            "10/12/2026",
            "12/12/2026 (muộn 2 ngày)",
            "qua thư điện tử",
        ],
        ["Báo cáo kết quả công tác bình đẳng giới 6 tháng đầu năm", "05/06/2026", "03/06/2026", ""],
    ]

    with qtbot.waitSignal(editor.changed) as notice:
        qtbot.mouseClick(editor.history.undo_button(0), Qt.MouseButton.LeftButton)

    assert notice.args == [DataChange.PLANS.value]
    assert "lại được nhắc" in editor.history.message.text()
    assert table.rowCount() == 1
    assert _sql(store, "SELECT due_date, is_deleted FROM report_submission ORDER BY id") == [
        ("2026-06-05", 0),
        ("2026-12-10", 1),
    ]


def test_a_mark_made_on_the_dashboard_shows_when_the_tab_is_opened_again(
    qtbot: QtBot, shown: Show, store: Store
) -> None:
    editor = shown(DeadlineEditor(store))
    assert editor.history.empty.isVisible()
    editor.hide()
    with store.transaction() as session:
        annual = report_deadlines(session)[1].id
        mark_sent(session, annual, date(2026, 12, 10), date(2026, 12, 12), date(2026, 12, 20))
    editor.show()
    assert editor.history.table.rowCount() == 1 and not editor.history.empty.isVisible()
