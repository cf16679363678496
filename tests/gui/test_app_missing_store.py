"""The store file gone while backups exist (issue 19): the newest good backup is offered instead of the
first-run wizard of a new commune, backups of an empty store never rotate real ones away, and a store
that lost its latest saves is explained."""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.exchange.backup import create_backup
from gender_equality_desk.core.exchange.backup_format import backup_files, read_manifest
from gender_equality_desk.core.exchange.restore import newest_good_backup
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import save_profile
from gender_equality_desk.core.store.commit_stamp import read_stamp, write_stamp
from gender_equality_desk.core.store.health import check_store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui import app as app_module
from gender_equality_desk.gui.dialogs.restore_dialog import DamagedStoreDialog
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.wizard import FirstRunWizard

from .sample_data import PROFILE


def _commune_with_a_backup(layout: DataLayout) -> None:
    store = open_store(layout)
    with store.transaction() as session:
        save_profile(session, PROFILE)
    store.close()
    create_backup(layout, "thu-cong")


def _titles_then_close(seen: list[str]) -> Callable[[QApplication], int]:
    def run_event_loop(_app: QApplication) -> int:
        for window in [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]:
            seen.append(window.windowTitle())
            window.close()
        return 0

    return run_event_loop


def test_a_deleted_store_offers_the_backup_and_the_commune_comes_back(
    qtbot: QtBot, qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    _commune_with_a_backup(layout)
    layout.store.unlink()  # deleted by mistake
    shown: list[str] = []

    def answer(dialog: DamagedStoreDialog) -> int:
        qtbot.addWidget(dialog)
        shown.append(dialog.windowTitle())
        shown.append(dialog.explanation.text())
        assert dialog.alternative_button is not None  # a new commune remains a choice
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(DamagedStoreDialog, "exec", answer)
    monkeypatch.setattr(FirstRunWizard, "exec", lambda _self: pytest.fail("the wizard of a new commune"))
    monkeypatch.setattr(app_module.QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    seen: list[str] = []
    monkeypatch.setattr(QApplication, "exec", _titles_then_close(seen))

    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0

    title, explanation = shown
    assert title == "Không tìm thấy dữ liệu"
    assert "còn bản sao lưu của xã" in explanation and str(layout.store) in explanation
    assert seen == ["Gender Equality Desk — Xã Cao Lâu"]


def test_starting_afresh_is_a_choice_and_keeps_every_backup(
    qtbot: QtBot, qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    _commune_with_a_backup(layout)
    before = {path.name for path in backup_files(layout.backups)}
    layout.store.unlink()

    def start_empty(dialog: DamagedStoreDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.alternative_button is not None
        qtbot.mouseClick(dialog.alternative_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    wizards: list[str] = []
    monkeypatch.setattr(DamagedStoreDialog, "exec", start_empty)
    monkeypatch.setattr(
        FirstRunWizard, "exec", lambda _self: wizards.append("wizard") or QDialog.DialogCode.Rejected.value
    )

    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0

    assert wizards == ["wizard"]  # the officer chose a new commune: the wizard comes
    assert before <= {path.name for path in backup_files(layout.backups)}


def test_backups_of_an_empty_store_never_rotate_the_communes_backups_away(layout: DataLayout) -> None:
    _commune_with_a_backup(layout)
    real = {path.name for path in backup_files(layout.backups)}
    layout.store.unlink()
    open_store(layout).close()  # a new, empty store
    start = datetime.now(UTC) + timedelta(days=1)
    for day in range(40):  # forty days of backups of the empty store
        create_backup(layout, "thu-cong", now=start + timedelta(days=day))

    kept = {path.name: read_manifest(path) for path in backup_files(layout.backups)}
    assert real <= set(kept)
    empties = [name for name, manifest in kept.items() if manifest.counts.get("commune_profile", 0) == 0]
    assert len(empties) == 1
    offered = newest_good_backup(layout)  # the commune's backup, not the newer empty one
    assert offered is not None and offered.path.name in real


def test_a_store_that_lost_saves_is_explained_and_the_officer_may_go_on(
    qtbot: QtBot, qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    _commune_with_a_backup(layout)
    saves = read_stamp(layout.store)
    assert saves is not None
    write_stamp(layout.store, saves + 4)  # four saves the store no longer holds
    shown: list[str] = []

    def go_on(dialog: DamagedStoreDialog) -> int:
        qtbot.addWidget(dialog)
        shown.append(dialog.windowTitle())
        shown.append(dialog.explanation.text())
        assert dialog.alternative_button is not None
        qtbot.mouseClick(dialog.alternative_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(DamagedStoreDialog, "exec", go_on)
    seen: list[str] = []
    monkeypatch.setattr(QApplication, "exec", _titles_then_close(seen))

    assert app_module.run_gui(layout, ["gender-equality-desk"]) == 0

    title, explanation = shown
    assert title == "Dữ liệu thiếu lần lưu gần đây"
    assert "thiếu 4 lần lưu gần nhất" in explanation and "Tiếp tục với dữ liệu hiện có" in explanation
    assert seen == ["Gender Equality Desk — Xã Cao Lâu"]
    assert check_store(layout.store).ok  # going on was remembered: no alarm next time


def test_a_data_folder_that_cannot_be_written_is_explained_not_a_traceback(
    qapp: QApplication, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("gender_equality_desk.core.folder_lock.os.open", refuse)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        app_module.QMessageBox,
        "critical",
        lambda _parent, title, text, *_args: shown.append((title, text)) or QMessageBox.StandardButton.Ok,
    )

    assert app_module.run_gui(layout, ["gender-equality-desk"]) == app_module.EXIT_STORE_ERROR

    ((title, text),) = shown
    assert title == "Không ghi được vào thư mục dữ liệu"
    assert text.startswith(f"Không ghi được vào thư mục dữ liệu {layout.root}") and "cấp quyền ghi" in text
