"""Restoring from Cài đặt a backup with a damaged photo: the rest comes back and the officer is told which
photo did not (issue 19: the handler died on BadZipFile with no dialog and a half-restored folder)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from gender_equality_desk.core.exchange.backup import create_backup
from gender_equality_desk.core.exchange.backup_format import POOL_DIRNAME
from gender_equality_desk.core.exchange.restore import BackupInfo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import save_profile
from gender_equality_desk.core.store.models import Attachment
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui import app as app_module
from gender_equality_desk.gui.main_window import SETTINGS_INDEX, MainWindow
from gender_equality_desk.gui.widgets.backup_panel import BackupPanel

from ..core.exchange.backup_helpers import add_activity, write_photo
from .sample_data import PROFILE


def test_the_damaged_photo_is_named_in_a_warning_after_the_restore(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = open_store(layout)
    with store.transaction() as session:
        save_profile(session, PROFILE)
    add_activity(
        store, layout, "Nói chuyện chuyên đề", write_photo(tmp_path / "in", "hoi-truong.png", (9, 9, 9))
    )
    add_activity(
        store, layout, "Ra quân Tháng hành động", write_photo(tmp_path / "in", "ra-quan.png", (1, 2, 3))
    )
    store.close()
    backup = create_backup(layout, "thu-cong")
    pooled = {p.name: p for p in (layout.backups / POOL_DIRNAME).rglob("*") if p.is_file()}
    store = open_store(layout)
    with store.reading() as session:
        wanted = select(Attachment.sha256).where(Attachment.original_name == "ra-quan.png")
        sha = session.scalars(wanted).one()
    store.close()
    pooled[sha].write_bytes(b"\xff" * pooled[sha].stat().st_size)  # an old USB stick
    shutil.rmtree(layout.attachments)

    warnings: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(app_module.QMessageBox, "warning", warning)
    monkeypatch.setattr(app_module.QMessageBox, "critical", warning)
    rounds: list[int] = []

    def run_event_loop(_app: QApplication) -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        rounds.append(1)
        if len(rounds) == 1:
            window.show_page(SETTINGS_INDEX)
            (panel,) = window.findChildren(BackupPanel)
            panel.restore_requested.emit(BackupInfo(backup.path, backup.manifest))
        else:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0

    (report,) = warnings
    assert report.startswith("Đã khôi phục bản sao lưu lúc ")
    assert "- Tệp đính kèm “ra-quan.png” của “Ra quân Tháng hành động” ngày 20/11/2026 bị hỏng" in report
    assert "hoi-truong.png" not in report
    restored = {p.name for p in layout.attachments.rglob("*") if p.is_file()}
    assert len(restored) == 1 and sha not in restored
