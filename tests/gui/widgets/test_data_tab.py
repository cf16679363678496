"""Cài đặt → Dữ liệu: the officer reaches backups, Excel import and data packages from one tab."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gender_equality_desk.gui.dialogs.import_dialog import ImportDialog
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.pages.settings import DATA_TAB
from gender_equality_desk.gui.widgets.backup_panel import BackupPanel


def test_data_tab_holds_backups_and_exchange(window: MainWindow) -> None:
    settings = window.settings_page
    assert settings.tabs.tabText(DATA_TAB) == "Dữ liệu"
    assert settings.data_tab is not None
    assert window.findChildren(BackupPanel)  # the application connects restore requests through it
    assert settings.data_tab.import_button.text() == "Nhập từ Excel…"


def test_an_import_tells_every_page_to_read_again(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[DataChange] = []
    for page in window.pages:
        if page is not window.settings_page:
            monkeypatch.setattr(page, "on_data_changed", heard.append)
    tab = window.settings_page.data_tab
    assert tab is not None

    class ImportsOneFile(ImportDialog):
        def exec(self) -> int:
            self.changed.emit()  # what the dialog does after the officer accepts valid rows
            return 1

    monkeypatch.setattr(tab, "import_dialog", lambda: ImportsOneFile(tab._store, tab._layout, tab))
    tab.open_excel_import()
    assert heard == [DataChange.EVERYTHING] * (len(window.pages) - 1)
