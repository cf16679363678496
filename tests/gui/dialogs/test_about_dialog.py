"""Giới thiệu as the officer sees it: version, licences, the data folder and the button that opens it."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

import gender_equality_desk
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.gui.dialogs import about_dialog
from gender_equality_desk.gui.dialogs.about_dialog import AboutDialog, show_about

Show = Callable[[AboutDialog], AboutDialog]


def _visible_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_title_version_and_licences_are_shown(shown: Show, layout: DataLayout) -> None:
    dialog = shown(AboutDialog(layout))
    text = _visible_text(dialog)
    assert dialog.windowTitle() == "Giới thiệu Gender Equality Desk"
    assert f"Phiên bản {version('gender-equality-desk')}" in text
    assert "GPL-3.0-or-later" in text
    assert "Giấy phép Công cộng GNU" in text
    assert "SIL Open Font License 1.1" in text
    assert not dialog.windowIcon().isNull()


def test_version_falls_back_to_the_package_when_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(_name: str) -> str:
        raise about_dialog.PackageNotFoundError(_name)

    monkeypatch.setattr(about_dialog, "version", missing)
    monkeypatch.setattr(gender_equality_desk, "__version__", "9.9.9+source")
    assert about_dialog.app_version() == "9.9.9+source"


def test_data_folder_is_shown_as_selectable_text(shown: Show, layout: DataLayout) -> None:
    dialog = shown(AboutDialog(layout))
    assert str(layout.root) in _visible_text(dialog)
    flags = dialog.folder_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_button_opens_the_data_folder(shown: Show, layout: DataLayout, qtbot: QtBot) -> None:
    opened: list[Path] = []

    def opener(folder: Path) -> bool:
        opened.append(folder)
        return True

    dialog = shown(AboutDialog(layout, open_folder=opener))
    button = dialog.open_folder_button
    assert button.text() == "Mở thư mục dữ liệu"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [layout.root]


def test_a_folder_that_cannot_be_opened_is_explained(
    shown: Show, layout: DataLayout, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    dialog = shown(AboutDialog(layout, open_folder=lambda _folder: False))
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert "không mở được thư mục dữ liệu" in warnings[0]
    assert str(layout.root) in warnings[0]


def test_show_about_closes_with_escape(qtbot: QtBot, layout: DataLayout) -> None:
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.windowTitle())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, close_it)
    show_about(None, layout)
    assert seen == ["Giới thiệu Gender Equality Desk"]
