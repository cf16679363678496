"""Cài đặt → Hạn báo cáo: the deadline editor lives in the settings page and its saves reach other pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.deadlines import report_deadlines, update_report_deadline
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.pages.settings import DEADLINES_TAB, SettingsPage

Show = Callable[[SettingsPage], SettingsPage]


def test_the_deadlines_tab_saves_and_tells_the_other_pages(
    qtbot: QtBot, shown: Show, store: Store, layout: DataLayout
) -> None:
    page = shown(SettingsPage(store, layout=layout))
    assert page.tabs.tabText(DEADLINES_TAB) == "Hạn báo cáo"
    page.tabs.setCurrentIndex(DEADLINES_TAB)
    day = page.findChild(QSpinBox, "deadlineDay_annual_report")
    assert day.isVisible() and day.value() == 10
    day.setFocus()
    day.selectAll()
    qtbot.keyClicks(day, "8")

    with qtbot.waitSignal(page.data_changed) as notice:
        qtbot.mouseClick(page.findChild(QPushButton, "saveDeadlines"), Qt.MouseButton.LeftButton)

    assert notice.args == [DataChange.PLANS.value]
    with store.reading() as session:
        annual = next(row for row in report_deadlines(session) if row.code == "annual_report")
    assert (annual.day, annual.month) == (8, 12)


def test_a_restore_or_import_shows_the_deadlines_it_brought(
    qtbot: QtBot, shown: Show, store: Store, layout: DataLayout
) -> None:
    page = shown(SettingsPage(store, layout=layout))
    with store.transaction() as session:
        annual = next(row for row in report_deadlines(session) if row.code == "annual_report")
        update_report_deadline(session, annual.id, label=annual.label, month=12, day=1)
    day = page.findChild(QSpinBox, "deadlineDay_annual_report")
    assert day.value() == 10  # not read again on its own

    page.on_data_changed(DataChange.EVERYTHING)

    # The row's boxes are rebuilt; the replaced ones are deleted when the event loop runs.
    qtbot.waitUntil(lambda: page.findChild(QSpinBox, "deadlineDay_annual_report").value() == 1)
