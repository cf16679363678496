"""Tổng quan: a missed report deadline stays, in red, until the officer presses "Đã gửi…", gives the date
it went up (today by default) in a small dialog, and the reminder goes; the mark is in the store."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QLineEdit, QPushButton, QTreeWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.plan_models import ReportDeadline
from gender_equality_desk.gui.dialogs.report_sent_dialog import ReportSentDialog
from gender_equality_desk.gui.forms.inputs import MessageLine
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.pages.dashboard import DashboardPage
from gender_equality_desk.gui.widgets.deadline_list import OVERDUE

from .keyboard import type_text
from .modal import when_modal

ANNUAL = "Báo cáo kết quả công tác bình đẳng giới năm"
TODAY = date(2025, 12, 20)


def _rows(tree: QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(r).text(c) for c in range(4)] for r in range(tree.topLevelItemCount())]


def _row_of(tree: QTreeWidget, title: str) -> int:
    return next(r for r in range(tree.topLevelItemCount()) if tree.topLevelItem(r).text(2) == title)


def _set_up_in_spring(store: Store) -> None:
    with store.transaction() as session:
        session.execute(update(ReportDeadline).values(created_at=datetime(2025, 3, 1, tzinfo=UTC)))


def _page(shown: Callable[[DashboardPage], DashboardPage], store: Store) -> DashboardPage:
    page = shown(DashboardPage(store.path, lambda: TODAY))
    page.resize(1134, 738)
    page.activated()
    return page


def _pick(qtbot: QtBot, dialog: QDialog, day: date) -> None:
    box = dialog.findChild(QDateEdit, "sentOn")
    box.setDate(QDate(day.year, day.month, day.day))


def test_a_missed_report_is_marked_sent_from_the_reminder(
    qtbot: QtBot, shown: Callable[[DashboardPage], DashboardPage], filled_store: Store
) -> None:
    _set_up_in_spring(filled_store)
    page = _page(shown, filled_store)
    tree = page.deadlines.tree
    row = _row_of(tree, ANNUAL)
    assert _rows(tree)[row] == ["10/12/2025", "quá hạn 10 ngày", ANNUAL, "Hạn báo cáo"]
    assert tree.topLevelItem(row).foreground(1).color() == OVERDUE
    button = page.deadlines.mark_button(row)
    assert button is not None and button.text() == "Đã gửi…"
    assert not button.isEnabled()  # the store is not open yet: nothing could keep the mark
    page.set_store(filled_store)
    assert button.isEnabled()
    six_month = _row_of(tree, "Báo cáo kết quả công tác bình đẳng giới 6 tháng đầu năm")
    assert page.deadlines.mark_button(six_month) is not None  # 05/6 was missed too: it stays
    assert all(
        page.deadlines.mark_button(r) is None
        for r in range(tree.topLevelItemCount())
        if r not in (row, six_month)
    )

    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ReportSentDialog)
        seen["title"] = dialog.findChild(QLabel, "reportSentLabel").text()
        seen["due"] = dialog.findChild(QLabel, "reportSentDue").text()
        seen["default"] = dialog.sent_on_value()
        _pick(qtbot, dialog, date(2025, 12, 22))  # not yet: refused under the field, the dialog stays
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveSent"), Qt.MouseButton.LeftButton)
        message = dialog.findChild(MessageLine, "sentOnMessage")
        seen["refused"] = message.text() if message.isVisible() else ""
        seen["still_open"] = dialog.isVisible()
        _pick(qtbot, dialog, date(2025, 12, 12))
        assert not message.isVisible()
        type_text(qtbot, dialog.findChild(QLineEdit, "sentNote"), "Công văn số 215/UBND-VX")
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveSent"), Qt.MouseButton.LeftButton)

    failures = when_modal(answer)
    with qtbot.waitSignal(page.data_changed) as notice:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert seen["title"] == ANNUAL and seen["due"] == "Kỳ hạn 10/12/2025 (quá hạn 10 ngày)"
    assert seen["default"] == TODAY
    assert "22/12/2025 chưa tới" in str(seen["refused"]) and seen["still_open"] is True
    assert notice.args == [DataChange.PLANS.value]

    assert all(r[2] != ANNUAL for r in _rows(tree))
    assert "đã gửi ngày 12/12/2025" in page.deadlines.notice.text()
    assert "Cài đặt → Hạn báo cáo" in page.deadlines.notice.text()
    with closing(sqlite3.connect(filled_store.path)) as connection:
        stored = connection.execute(
            "SELECT d.label, s.due_date, s.sent_on, s.note FROM report_submission AS s"
            " JOIN report_deadline AS d ON d.id = s.deadline_id WHERE s.is_deleted = 0"
        ).fetchall()
    assert stored == [(ANNUAL, "2025-12-10", "2025-12-12", "Công văn số 215/UBND-VX")]


def test_cancelling_the_dialog_keeps_the_reminder(
    qtbot: QtBot, shown: Callable[[DashboardPage], DashboardPage], filled_store: Store
) -> None:
    _set_up_in_spring(filled_store)
    page = _page(shown, filled_store)
    page.set_store(filled_store)
    tree = page.deadlines.tree
    failures = when_modal(lambda dialog: dialog.reject())
    with qtbot.assertNotEmitted(page.data_changed):
        qtbot.mouseClick(page.deadlines.mark_button(_row_of(tree, ANNUAL)), Qt.MouseButton.LeftButton)
    assert failures == []
    assert any(r[2] == ANNUAL for r in _rows(tree))
    with closing(sqlite3.connect(filled_store.path)) as connection:
        assert connection.execute("SELECT count(*) FROM report_submission").fetchone() == (0,)
