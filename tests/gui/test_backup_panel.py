"""Sao lưu và khôi phục panel: back up now, the newest backup's date, the mirror folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.exchange.backup_settings import load_settings
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.widgets.backup_panel import BackupPanel


def test_backup_now_makes_a_backup_and_says_so(
    qtbot: QtBot, shown: Callable[[QWidget], QWidget], filled_store: Store, layout: DataLayout
) -> None:
    panel = shown(BackupPanel(layout))
    assert isinstance(panel, BackupPanel)
    assert panel.last_label.text() == "Chưa có bản sao lưu nào."
    with qtbot.waitSignal(panel.status_message, timeout=10000) as said:
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    (made,) = layout.backups.glob("sao-luu-*-thu-cong.zip")
    assert said.args == [f"Đã sao lưu: {made.name}."]
    assert panel.message.text() == f"Đã sao lưu: {made.name}."
    assert panel.last_label.text().startswith("Bản sao lưu gần nhất: ")
    assert "(Sao lưu thủ công); có 1 bản" in panel.last_label.text()
    assert panel.backup_button.isEnabled()


def test_mirror_folder_is_saved_and_cleared(
    qtbot: QtBot, shown: Callable[[QWidget], QWidget], filled_store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    panel = shown(BackupPanel(layout))
    assert isinstance(panel, BackupPanel)
    assert "chưa chọn" in panel.mirror_label.text() and not panel.clear_mirror_button.isVisible()
    panel.set_mirror(tmp_path / "usb")
    assert load_settings(layout).mirror_folder == tmp_path / "usb"
    assert panel.mirror_label.text() == f"Sao lưu thêm vào: {tmp_path / 'usb'}"
    qtbot.mouseClick(panel.clear_mirror_button, Qt.MouseButton.LeftButton)
    assert load_settings(layout).mirror_folder is None
