"""The main window: navigation, shortcuts, title, status bar, and fitting a 1366×768 screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.dashboard.screen import Dashboard
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.pages import dashboard as dashboard_page
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.pages.placeholder import PlaceholderPage

from .conftest import TODAY

ENTRIES = [
    "Tổng quan",
    "Kế hoạch",
    "Hoạt động",
    "Tuyên truyền",
    "Hồ sơ hỗ trợ",
    "Báo cáo",
    "Băng rôn – Khẩu hiệu",
    "Cài đặt",
]
SMALL_SCREEN = QSize(1366, 768)


def _visible_heading(window: MainWindow) -> str:
    headings = [label for label in window.stack.findChildren(QLabel, "pageHeading") if label.isVisible()]
    assert len(headings) == 1
    return headings[0].text()


def test_sidebar_lists_the_pages_in_order(window: MainWindow) -> None:
    navigation = window.navigation
    assert [navigation.item(row).text() for row in range(navigation.count())] == ENTRIES
    assert _visible_heading(window) == "Tổng quan"


def test_clicking_each_entry_shows_its_page(qtbot: QtBot, window: MainWindow) -> None:
    navigation = window.navigation
    for row in [*range(1, len(ENTRIES)), 0]:
        rect = navigation.visualItemRect(navigation.item(row))
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert _visible_heading(window) == ENTRIES[row]
        assert window.stack.currentIndex() == row


def test_pages_not_built_yet_say_so(window: MainWindow) -> None:
    placeholders = [page for page in window.pages if isinstance(page, PlaceholderPage)]
    assert {page.title() for page in placeholders} <= set(ENTRIES[1:7])
    for page in placeholders:
        status = page.findChild(QLabel, "placeholderStatus")
        purpose = page.findChild(QLabel, "placeholderPurpose")
        assert status is not None and purpose is not None
        assert status.text() == f"Trang {page.title()} đang được xây dựng."
        assert purpose.text().startswith("Tại đây cán bộ")


def test_ctrl_number_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    for number in (3, 8, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
        assert _visible_heading(window) == ENTRIES[number - 1]


def test_title_and_status_bar(window: MainWindow, layout: DataLayout) -> None:
    assert window.windowTitle() == "Gender Equality Desk — Xã Cao Lâu"
    folder = window.statusBar().findChild(QLabel, "dataFolderStatus")
    assert folder is not None and folder.isVisible()
    assert folder.text() == f"Thư mục dữ liệu: {layout.root}"


def test_fits_a_1366x768_screen(qtbot: QtBot, window: MainWindow) -> None:
    for row in range(len(ENTRIES)):  # every page, as each one adds to the minimum size
        window.show_page(row)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 700, (ENTRIES[row], hint)
    assert window.minimumSize().width() <= 1280 and window.minimumSize().height() <= 700
    assert window.size() == QSize(1280, 720)
    window.resize(SMALL_SCREEN)
    assert window.size() == SMALL_SCREEN


def test_a_change_on_one_page_reaches_every_other_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[tuple[str, DataChange]] = []

    for page in window.pages:
        monkeypatch.setattr(
            page, "on_data_changed", lambda change, page=page: heard.append((page.title(), change))
        )
    window.pages[2].data_changed.emit(DataChange.ACTIVITIES.value)
    assert heard == [(title, DataChange.ACTIVITIES) for title in ENTRIES if title != ENTRIES[2]]


def test_about_button_opens_the_about_box(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from gender_equality_desk.gui.dialogs import about_dialog

    opened: list[object] = []
    monkeypatch.setattr(about_dialog, "show_about", lambda parent, layout: opened.append(layout))
    button = window.findChild(QPushButton, "aboutButton")
    assert button is not None and button.text() == "Giới thiệu"
    button.click()
    assert opened == [window._layout]


def test_only_the_dashboard_is_built_at_start(window: MainWindow) -> None:
    assert window.built_pages() == [window.dashboard_page]
    assert window.findChildren(PlaceholderPage) == []


def test_a_page_is_built_when_first_shown_and_kept(qtbot: QtBot, window: MainWindow) -> None:
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(2))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    activities = window.current_page()
    assert activities.title() == "Hoạt động"
    assert len(window.built_pages()) == 2
    window.show_page(0)
    window.show_page(2)
    assert window.current_page() is activities
    assert len(window.built_pages()) == 2


def test_unbuilt_pages_hear_nothing_and_built_ones_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page(7)  # Cài đặt
    heard: list[str] = []
    for page in window.built_pages():
        monkeypatch.setattr(page, "on_data_changed", lambda change, page=page: heard.append(page.title()))
    window.settings_page.data_changed.emit(DataChange.CATALOGUES.value)
    assert heard == ["Tổng quan"]
    assert len(window.built_pages()) == 2


def test_each_sidebar_entry_is_its_page_title_and_icon(window: MainWindow) -> None:
    from gender_equality_desk.gui.main_window import ICON_NAMES

    pages = window.pages
    assert [page.title() for page in pages] == ENTRIES
    assert [page.icon_name() for page in pages] == list(ICON_NAMES)
    assert [window.stack.indexOf(page) for page in pages] == list(range(len(ENTRIES)))


def test_the_frame_shows_before_the_store_and_comes_alive_with_it(
    qtbot: QtBot, filled_store: Store, layout: DataLayout
) -> None:
    frame = MainWindow(None, layout)
    qtbot.addWidget(frame)
    frame.show()
    starting = frame.findChild(QLabel, "startingLabel")
    assert starting is not None and starting.isVisible() and starting.text() == "Đang mở dữ liệu…"
    assert frame.windowTitle() == "Gender Equality Desk"
    assert not frame.navigation.isEnabled()
    frame.show_page(2)  # Ctrl+3 while opening: nothing to show yet
    assert frame.built_pages() == []

    frame.attach_store(filled_store)
    assert frame.windowTitle() == "Gender Equality Desk — Xã Cao Lâu"
    assert frame.navigation.isEnabled() and frame.navigation.currentRow() == 0
    assert _visible_heading(frame) == "Tổng quan"
    assert frame.findChild(QLabel, "startingLabel") is None or not starting.isVisible()
    frame.show_page(2)
    assert _visible_heading(frame) == "Hoạt động"


def test_the_dashboard_is_read_and_usable_before_the_store_is_open(
    qtbot: QtBot, filled_store: Store, layout: DataLayout
) -> None:
    frame = MainWindow(None, layout, today=lambda: TODAY)
    qtbot.addWidget(frame)
    assert frame.show_dashboard_early()  # straight from the store file, no ORM store attached yet
    frame.show()
    assert frame.windowTitle() == "Gender Equality Desk — Xã Cao Lâu"
    assert frame.navigation.isEnabled() and frame.navigation.currentRow() == 0
    assert _visible_heading(frame) == "Tổng quan"
    early = frame.dashboard_page.cards["activities_done"].value.text()
    assert early not in ("", "0")

    qtbot.mouseClick(  # the officer picks Hoạt động while the store is still opening
        frame.navigation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=frame.navigation.visualItemRect(frame.navigation.item(2)).center(),
    )
    waiting = [label for label in frame.stack.findChildren(QLabel, "startingLabel") if label.isVisible()]
    assert [label.text() for label in waiting] == ["Đang mở dữ liệu…"]
    assert [page.title() for page in frame.built_pages()] == ["Tổng quan"]

    frame.attach_store(filled_store)
    assert _visible_heading(frame) == "Hoạt động"  # what was asked for, once it can be built
    assert frame.navigation.currentRow() == 2
    frame.show_page(0)
    assert frame.dashboard_page.cards["activities_done"].value.text() == early  # the same figures


def test_attaching_the_store_does_not_read_the_early_dashboard_again(
    qtbot: QtBot, filled_store: Store, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[date] = []
    real_read = dashboard_page.read_dashboard

    def counted(store_file: Path, today: date, **kwargs: Any) -> Dashboard:
        reads.append(today)
        return real_read(store_file, today, **kwargs)

    monkeypatch.setattr(dashboard_page, "read_dashboard", counted)
    frame = MainWindow(None, layout, today=lambda: TODAY)
    qtbot.addWidget(frame)
    assert frame.show_dashboard_early()
    frame.show()
    frame.attach_store(filled_store)
    assert reads == [] and _visible_heading(frame) == "Tổng quan"  # the early read is what shows
    frame.show_page(2)
    frame.show_page(0)  # coming back reads the figures again
    assert reads == [TODAY]


def test_without_a_profile_the_frame_waits_for_the_wizard(
    qtbot: QtBot, store: Store, layout: DataLayout
) -> None:
    frame = MainWindow(None, layout, today=lambda: TODAY)
    qtbot.addWidget(frame)
    assert not frame.show_dashboard_early()
    assert frame.built_pages() == [] and not frame.navigation.isEnabled()
    nothing_yet = MainWindow(None, DataLayout(layout.root / "empty"))
    qtbot.addWidget(nothing_yet)
    assert not nothing_yet.show_dashboard_early()
