"""run_gui: a damaged store is explained and the newest good backup offered (never a crash), a cancelled
wizard saves nothing, backups at start and exit, restore by reopening, one copy per data folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.exchange.backup import create_backup
from gender_equality_desk.core.exchange.restore import BackupInfo
from gender_equality_desk.core.folder_lock import FolderLock
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import load_profile, save_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import OpenedStore, open_store
from gender_equality_desk.core.ui_language import UiLanguage, read_ui_language
from gender_equality_desk.gui import app as app_module
from gender_equality_desk.gui import startup, translations
from gender_equality_desk.gui.dialogs.restore_dialog import DamagedStoreDialog
from gender_equality_desk.gui.main_window import SETTINGS_INDEX, MainWindow
from gender_equality_desk.gui.single_instance import SingleInstance
from gender_equality_desk.gui.widgets.backup_panel import BackupPanel
from gender_equality_desk.gui.widgets.language_card import LanguageCard
from gender_equality_desk.gui.wizard import FirstRunWizard

from .sample_data import PROFILE


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox.critical without a blocking dialog: records (title, text)."""
    shown: list[tuple[str, str]] = []

    def critical(_parent: QWidget | None, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(app_module.QMessageBox, "critical", critical)
    return shown


@pytest.fixture
def closed_stores(monkeypatch: pytest.MonkeyPatch) -> list[Store]:
    """Spy on the stores run_gui opens, recording each one it closes."""
    closed: list[Store] = []

    real_open = startup.open_store_now

    def opening(layout: DataLayout) -> OpenedStore:
        opened = real_open(layout)
        store = opened.store
        real_close = store.close

        def close() -> None:
            closed.append(store)
            real_close()

        store.close = close  # type: ignore[method-assign]
        return opened

    monkeypatch.setattr(startup, "open_store_now", opening)
    return closed


def test_damaged_store_shows_a_vietnamese_error(
    qapp: QApplication, layout: DataLayout, messages: list[tuple[str, str]]
) -> None:
    layout.ensure()
    garbage = b"\x00\xffkhong phai sqlite" * 64
    layout.store.write_bytes(garbage)

    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 2

    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Không mở được dữ liệu"
    assert "bị hỏng" in text and "khôi phục từ bản sao lưu" in text
    assert str(layout.root) in text
    assert layout.store.read_bytes() == garbage  # never modified


def test_cancelled_wizard_exits_cleanly_and_saves_nothing(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch, closed_stores: list[Store]
) -> None:
    monkeypatch.setattr(FirstRunWizard, "exec", lambda _self: QDialog.DialogCode.Rejected.value)
    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0
    assert len(closed_stores) == 1
    store = open_store(layout)
    try:
        with store.reading() as session:
            assert load_profile(session) is None
    finally:
        store.close()


def test_known_commune_opens_the_main_window(
    qtbot: QtBot,
    qapp: QApplication,
    layout: DataLayout,
    monkeypatch: pytest.MonkeyPatch,
    closed_stores: list[Store],
) -> None:
    store = open_store(layout)
    with store.transaction() as session:
        save_profile(session, PROFILE)
    store.close()
    seen: list[str] = []

    def run_event_loop(_app: QApplication) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(window.windowTitle() for window in windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(FirstRunWizard, "exec", lambda _self: pytest.fail("wizard shown for a known commune"))
    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0
    assert seen == ["Gender Equality Desk — Xã Cao Lâu"]
    assert len(closed_stores) == 1
    assert qapp.applicationName() == "GenderEqualityDesk"
    assert not qapp.windowIcon().isNull()


def _save_profile(layout: DataLayout) -> None:
    store = open_store(layout)
    with store.transaction() as session:
        save_profile(session, PROFILE)
    store.close()


def _close_windows_and_record(seen: list[str]) -> Callable[[QApplication], int]:
    def run_event_loop(_app: QApplication) -> int:
        for window in [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]:
            seen.append(window.windowTitle())
            window.close()
        return 0

    return run_event_loop


def test_start_takes_a_backup_and_exit_skips_an_unchanged_one(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_profile(layout)
    seen: list[str] = []
    monkeypatch.setattr(QApplication, "exec", _close_windows_and_record(seen))
    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0
    assert seen and [p.name.split("-")[-1] for p in layout.backups.glob("sao-luu-*.zip")] == ["dong.zip"]


def test_damaged_store_offers_the_newest_good_backup_and_restores_it(
    qtbot: QtBot, qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_profile(layout)
    create_backup(layout, "thu-cong")
    garbage = b"\x00\xffkhong phai sqlite" * 64
    layout.store.write_bytes(garbage)
    shown: list[str] = []

    def answer(dialog: DamagedStoreDialog) -> int:
        qtbot.addWidget(dialog)
        shown.append(dialog.explanation.text())
        shown.append(dialog.offer_text.text())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(DamagedStoreDialog, "exec", answer)
    monkeypatch.setattr(app_module.QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    seen: list[str] = []
    monkeypatch.setattr(QApplication, "exec", _close_windows_and_record(seen))

    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0

    explanation, offer = shown
    assert "bị hỏng" in explanation and "không bị xóa hay ghi đè" in explanation
    assert offer.startswith("Sao lưu lúc ") and "Sao lưu thủ công" in offer and "• Thôn, bản: " in offer
    assert seen == ["Gender Equality Desk — Xã Cao Lâu"]  # the restored commune opened
    (aside,) = layout.root.glob("gedesk.sqlite3.hong-*")
    assert aside.read_bytes() == garbage  # the damaged file is kept, renamed


def test_damaged_store_and_the_officer_declines(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_profile(layout)
    create_backup(layout, "thu-cong")
    garbage = b"garbage" * 300
    layout.store.write_bytes(garbage)
    monkeypatch.setattr(DamagedStoreDialog, "exec", lambda _self: QDialog.DialogCode.Rejected.value)
    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 2
    assert layout.store.read_bytes() == garbage
    assert not list(layout.root.glob("gedesk.sqlite3.hong-*"))


def test_restore_from_the_panel_reopens_the_window_on_the_backup(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_profile(layout)
    backup = create_backup(layout, "thu-cong")
    store = open_store(layout)
    with store.transaction() as session:
        profile = load_profile(session)
        assert profile is not None
        save_profile(session, replace(profile, commune_name="Xã Đổi Tên"))
    store.close()

    reports: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "information", lambda _parent, _title, text: reports.append(text) or 0
    )
    titles: list[str] = []

    def run_event_loop(_app: QApplication) -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        titles.append(window.windowTitle())
        if len(titles) == 1:
            # On Cài đặt → Dữ liệu, built when the officer first opens it.
            assert window.findChildren(BackupPanel) == []
            window.show_page(SETTINGS_INDEX)
            (panel,) = window.findChildren(BackupPanel)
            panel.restore_requested.emit(BackupInfo(backup.path, backup.manifest))
        else:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0
    assert titles == ["Gender Equality Desk — Xã Đổi Tên", "Gender Equality Desk — Xã Cao Lâu"]
    (report,) = reports
    assert report.startswith("Đã khôi phục bản sao lưu lúc ") and "truoc-khoi-phuc" in report


def test_a_second_copy_on_the_same_folder_raises_the_first(
    qtbot: QtBot, qapp: QApplication, layout: DataLayout
) -> None:
    first = SingleInstance(layout.root)
    assert first.acquire()
    first.listen()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0
    finally:
        first.release()


def test_a_folder_held_by_something_else_is_explained(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text) or 0
    )
    with FolderLock(layout.root):  # e.g. `restore` running in a terminal: nobody answers the socket
        assert app_module.run_gui(layout, ["gender-equality-desk"]) == app_module.EXIT_IN_USE
    (text,) = warnings
    assert text.startswith("Dữ liệu đang được mở ở một cửa sổ Gender Equality Desk khác")
    assert not layout.store.exists()  # nothing was opened


def test_closing_the_window_while_the_store_opens_ends_the_app(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch, closed_stores: list[Store]
) -> None:
    _save_profile(layout)
    real_open = startup.open_off_gui_thread
    frames: list[str] = []

    def close_first(opening_layout: DataLayout) -> OpenedStore:
        for window in [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]:
            shown = [
                label.text()
                for label in window.stack.findChildren(QLabel)
                if label.isVisible() and label.objectName() in ("pageHeading", "startingLabel")
            ]
            frames.append(" | ".join(shown))
            window.close()  # the officer gave up while the store was opening
        return real_open(opening_layout)

    monkeypatch.setattr(startup, "open_off_gui_thread", close_first)
    monkeypatch.setattr(
        QApplication, "exec", lambda _app: pytest.fail("no event loop after the window closed")
    )
    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0
    assert frames == ["Tổng quan"]  # read from the store file before the store was open
    assert len(closed_stores) == 1
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_choosing_english_and_restarting_reopens_the_window_in_english(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch, english_folder: Path
) -> None:
    monkeypatch.setattr(translations, "translations_dir", lambda: english_folder)
    _save_profile(layout)
    sidebars: list[str] = []

    def run_event_loop(_app: QApplication) -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        sidebars.append(window.navigation.item(0).text())
        if len(sidebars) == 1:
            window.show_page(SETTINGS_INDEX)
            (card,) = window.findChildren(LanguageCard)
            card.picker.setCurrentIndex(card.picker.findData(UiLanguage.ENGLISH.value))
            assert card.restart_button.isVisibleTo(card)  # the app listens, so the restart is offered
            card.restart_button.click()
        else:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    try:
        assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0
        assert sidebars == ["Tổng quan", "Overview"]
        assert read_ui_language(layout.root) is UiLanguage.ENGLISH  # kept for the next start
    finally:
        translations.uninstall_translations(qapp)
