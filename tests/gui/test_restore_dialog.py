"""Restore dialog and the start-up offer, used as the officer does: read the list, pick, confirm."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.exchange.backup import create_backup
from gender_equality_desk.core.exchange.restore import list_backups
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs import restore_dialog as module
from gender_equality_desk.gui.dialogs.restore_dialog import DamagedStoreDialog, RestoreDialog

FIRST = datetime(2025, 11, 18, 1, 30, tzinfo=UTC)  # 08:30 in Việt Nam


@pytest.fixture
def two_backups(filled_store: Store, layout: DataLayout) -> DataLayout:
    create_backup(layout, "khoi-dong", now=FIRST)
    create_backup(layout, "thu-cong", now=FIRST + timedelta(days=1))
    return layout


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.question says Yes and warning records its text, without blocking."""
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def warning(_parent: QWidget, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append("warning: " + text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(module.QMessageBox, "question", question)
    monkeypatch.setattr(module.QMessageBox, "warning", warning)
    return asked


def test_lists_backups_newest_first_with_a_preview(
    qtbot: QtBot, shown: Callable[[QDialog], QDialog], two_backups: DataLayout
) -> None:
    dialog = shown(RestoreDialog(two_backups))
    assert isinstance(dialog, RestoreDialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(row, 0).text() for row in range(2)] == ["19/11/2025 08:30", "18/11/2025 08:30"]
    assert table.item(0, 1).text() == "Sao lưu thủ công" and table.item(1, 1).text() == "Khi mở ứng dụng"
    activities = list_backups(two_backups.backups)[0].manifest.counts["activity"]
    assert activities > 0 and table.item(0, 2).text() == str(activities)
    preview = dialog.preview.text()
    assert preview.startswith("Sao lưu lúc 19/11/2025 08:30 — Sao lưu thủ công.")
    assert f"• Hoạt động: {activities}" in preview and "• Thôn, bản: " in preview
    table.selectRow(1)
    assert dialog.preview.text().startswith("Sao lưu lúc 18/11/2025 08:30 — Khi mở ứng dụng.")


def test_restore_asks_for_confirmation_then_chooses(
    qtbot: QtBot, shown: Callable[[QDialog], QDialog], two_backups: DataLayout, answers: list[str]
) -> None:
    dialog = shown(RestoreDialog(two_backups))
    assert isinstance(dialog, RestoreDialog)
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    (question,) = answers
    assert "bản sao lưu lúc 18/11/2025 08:30" in question and "sao lưu trước" in question
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.manifest.reason == "khoi-dong"


def test_a_broken_backup_is_refused_with_a_reason(
    qtbot: QtBot, shown: Callable[[QDialog], QDialog], two_backups: DataLayout, answers: list[str]
) -> None:
    newest = list_backups(two_backups.backups)[0].path
    data = bytearray(newest.read_bytes())
    data[200:260] = b"\x00" * 60  # inside the compressed store
    newest.write_bytes(bytes(data))
    dialog = shown(RestoreDialog(two_backups))
    assert isinstance(dialog, RestoreDialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(answers) == 1 and answers[0].startswith("warning: Bản sao lưu “") and "bị hỏng" in answers[0]
    assert dialog.chosen is None and dialog.isVisible()


def test_no_backups_says_what_to_do(
    qtbot: QtBot, shown: Callable[[QDialog], QDialog], layout: DataLayout
) -> None:
    layout.ensure()
    dialog = shown(RestoreDialog(layout))
    assert isinstance(dialog, RestoreDialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert "Chưa có bản sao lưu nào" in dialog.preview.text()


def test_damaged_store_dialog_explains_and_offers(
    qtbot: QtBot, shown: Callable[[QDialog], QDialog], two_backups: DataLayout
) -> None:
    offer = list_backups(two_backups.backups)[0]
    dialog = shown(DamagedStoreDialog("Tệp dữ liệu X bị hỏng: tệp bị cắt cụt.", offer, two_backups))
    assert isinstance(dialog, DamagedStoreDialog)
    assert dialog.explanation.text().startswith("Tệp dữ liệu X bị hỏng: tệp bị cắt cụt.")
    assert "Sao lưu lúc 19/11/2025 08:30" in dialog.offer_text.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == offer and dialog.result() == QDialog.DialogCode.Accepted


def test_the_preview_warns_when_an_old_backup_lacks_the_case_files(two_backups: DataLayout) -> None:
    info = list_backups(two_backups.backups)[0]
    assert "Chú ý" not in module.preview_text(info)  # made by this version: case files travel with it

    counts = {**info.manifest.counts, "case_attachment": 3}
    older = replace(info, manifest=replace(info.manifest, format_version=1, counts=counts))

    assert "Chú ý: bản sao lưu này được tạo trước khi ứng dụng sao lưu kèm tệp hồ sơ hỗ trợ: 3 tệp hồ sơ" in (
        module.preview_text(older)
    )
