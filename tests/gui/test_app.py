"""run_gui: a damaged store gives a Vietnamese message (no crash), a cancelled wizard saves nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import load_profile, save_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui import app as app_module
from gender_equality_desk.gui.main_window import MainWindow
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

    def opening(layout: DataLayout) -> Store:
        store = open_store(layout)
        real_close = store.close

        def close() -> None:
            closed.append(store)
            real_close()

        store.close = close  # type: ignore[method-assign]
        return store

    monkeypatch.setattr(app_module, "open_store", opening)
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
