"""The date changes while the app stays open: at midnight, and when the window comes back to the front
(after the PC slept through midnight), Tổng quan and Kế hoạch show the statuses of the new day — without
losing what the officer was typing in the plan editor. A fake clock stands in for the PC's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtWidgets import QTreeWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.plan_models import ReportDeadline
from gender_equality_desk.gui.day_watcher import AFTER_MIDNIGHT_MS
from gender_equality_desk.gui.main_window import DASHBOARD_INDEX, PLANS_INDEX, MainWindow
from gender_equality_desk.gui.pages.plans import PlansPage

from ..core.plans.conftest import november_plan
from .keyboard import type_text

ANNUAL = "Báo cáo kết quả công tác bình đẳng giới năm"
TRAINING = "3. Tập huấn kỹ năng"


class Clock:
    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


def _left(tree: QTreeWidget, title: str) -> str:
    """The "Còn" text of the reminder `title`, "" when it is not listed."""
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.text(2) == title:
            return item.text(1)
    return ""


def _window(
    shown: Callable[[MainWindow], MainWindow], store: Store, layout: DataLayout, clock: Clock
) -> MainWindow:
    with store.transaction() as session:  # the app was set up in the spring
        session.execute(update(ReportDeadline).values(created_at=datetime(2025, 3, 1, tzinfo=UTC)))
    november_plan(store)
    window = shown(MainWindow(store, layout, today=clock))
    window.resize(1366, 768)
    return window


def test_at_midnight_the_dashboard_counts_from_the_new_day(
    qtbot: QtBot, shown: Callable[[MainWindow], MainWindow], filled_store: Store, layout: DataLayout
) -> None:
    clock = Clock(date(2025, 12, 5))
    window = _window(shown, filled_store, layout, clock)
    tree = window.dashboard_page.deadlines.tree
    assert (_left(tree, ANNUAL), _left(tree, TRAINING)) == ("còn 5 ngày", "hôm nay")

    watcher = window.day_watcher
    watcher.now = lambda: datetime(2025, 12, 5, 23, 59, 59, 600_000)  # the PC's clock, 0.4 s to midnight
    watcher.arm()
    assert watcher.timer.isSingleShot() and watcher.timer.isActive()
    assert 400 <= watcher.timer.remainingTime() <= 400 + AFTER_MIDNIGHT_MS
    with qtbot.waitSignal(watcher.day_changed, timeout=5000) as changed:
        clock.today = date(2025, 12, 6)  # the timer really fires; nobody touches the window

    assert changed.args == [date(2025, 12, 6)]
    assert (_left(tree, ANNUAL), _left(tree, TRAINING)) == ("còn 4 ngày", "quá hạn 1 ngày")
    assert watcher.timer.isActive()  # set again for the next midnight


def test_coming_back_to_the_window_the_next_day_refreshes_plans_and_keeps_typing(
    qtbot: QtBot, shown: Callable[[MainWindow], MainWindow], filled_store: Store, layout: DataLayout
) -> None:
    clock = Clock(date(2025, 12, 6))
    window = _window(shown, filled_store, layout, clock)
    window.show_page(PLANS_INDEX)
    page = window.current_page()
    assert isinstance(page, PlansPage)
    statuses = page.editor.activities.table
    assert [statuses.item(row, 5).text() for row in range(4)] == ["Quá hạn", "Quá hạn", "Quá hạn", "Dự kiến"]
    assert page.plan_list.item(0, 6).text() == "3"
    page.editor.title_edit.selectAll()
    type_text(qtbot, page.editor.title_edit, "Kế hoạch Tháng hành động năm 2025 (sửa lần 2)")  # not saved

    # The PC slept through several midnights; the officer brings the window to the front.
    other = shown(QWidget())
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    clock.today = date(2025, 12, 16)
    with qtbot.waitSignal(window.day_watcher.day_changed, timeout=5000):
        window.activateWindow()

    assert [statuses.item(row, 5).text() for row in range(4)] == ["Quá hạn"] * 4
    assert page.plan_list.item(0, 6).text() == "4"
    assert page.editor.title_edit.toPlainText() == "Kế hoạch Tháng hành động năm 2025 (sửa lần 2)"
    window.show_page(DASHBOARD_INDEX)
    assert _left(window.dashboard_page.deadlines.tree, ANNUAL) == "quá hạn 6 ngày"


def test_the_same_day_changes_nothing(
    qtbot: QtBot, shown: Callable[[MainWindow], MainWindow], filled_store: Store, layout: DataLayout
) -> None:
    window = _window(shown, filled_store, layout, Clock(date(2025, 12, 6)))
    with qtbot.assertNotEmitted(window.day_watcher.day_changed):
        assert window.day_watcher.check() is False
