"""Nhập từ Excel on the worker thread: a progress bar while a file is checked or imported, the window
answering meanwhile, and Hủy in the middle of an import leaving nothing in the store."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.exchange.excel_import import importer
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from gender_equality_desk.gui.dialogs.import_dialog import ImportDialog

TODAY = date(2025, 11, 20)
ROWS = 40
Show = Callable[[ImportDialog], ImportDialog]


def _activities(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Activity)) or 0


def _file(dialog: ImportDialog, tmp_path: Path) -> Path:
    assert dialog.save_template(RecordType.ACTIVITY, tmp_path / "mau.xlsx")
    workbook = load_workbook(tmp_path / "mau.xlsx")
    sheet = workbook["Hoạt động"]
    for row in range(3, 3 + ROWS):
        sheet.cell(row=row, column=1, value=f"Họp dân lần {row - 2}")
        sheet.cell(row=row, column=2, value="Tập huấn")
        sheet.cell(row=row, column=3, value="18/11/2025")
        sheet.cell(row=row, column=11, value=30)
    workbook.save(tmp_path / "thon.xlsx")
    return tmp_path / "thon.xlsx"


class Gate:
    """Holds the worker at the `at`-th created row until the test lets it go."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: int) -> None:
        self.reached, self.go, self.calls = threading.Event(), threading.Event(), 0
        real = importer.create_activity

        def held(*args: Any, **kwargs: Any) -> int:
            self.calls += 1
            if self.calls == at:
                self.reached.set()
                assert self.go.wait(10)
            return real(*args, **kwargs)

        monkeypatch.setattr(importer, "create_activity", held)


def test_cancel_in_the_middle_of_an_import_writes_nothing(
    shown: Show, filled_store: Store, layout: DataLayout, tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    dialog = shown(ImportDialog(filled_store, layout, today=lambda: TODAY))
    path = _file(dialog, tmp_path)
    with qtbot.waitSignal(dialog.job_finished):
        dialog.load_file(path)
    assert dialog.import_button.text() == f"Nhập {ROWS} dòng hợp lệ"
    before = _activities(filled_store)
    gate = Gate(monkeypatch, at=ROWS // 2)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set)  # half the rows are written in the open transaction
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 40)  # the bar moved while the GUI answered
    assert dialog.progress_row.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.import_button.isEnabled() and not dialog.pick_button.isEnabled()
    assert dialog.summary.text() == f"Đang nhập {ROWS} dòng…"

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "Đang dừng…"
    with qtbot.waitSignal(dialog.job_finished):
        gate.go.set()
    assert gate.calls == ROWS // 2  # stopped at the next row
    assert _activities(filled_store) == before  # the transaction was rolled back whole
    assert dialog.summary.text() == "Đã hủy. Chưa nhập gì: không dòng nào được ghi."
    assert not dialog.progress_row.isVisible()
    assert dialog.import_button.isEnabled()  # the checked file can still be imported

    monkeypatch.undo()
    with qtbot.waitSignal(dialog.job_finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _activities(filled_store) == before + ROWS
    assert dialog.summary.text() == f"Đã nhập {ROWS} hoạt động từ “thon.xlsx”."


def test_cancel_while_a_file_is_checked(
    shown: Show, filled_store: Store, layout: DataLayout, tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    dialog = shown(ImportDialog(filled_store, layout, today=lambda: TODAY))
    path = _file(dialog, tmp_path)
    reached, go = threading.Event(), threading.Event()
    real = importer.convert_row

    def held(*args: Any, **kwargs: Any) -> Any:
        reached.set()
        assert go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "convert_row", held)
    dialog.load_file(path)
    qtbot.waitUntil(reached.is_set)
    assert dialog.summary.text() == "Đang đọc và kiểm tra “thon.xlsx”…"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job_finished):
        go.set()
    assert dialog.summary.text() == "Đã hủy việc kiểm tra tệp. Chưa nhập gì."
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert dialog.pick_button.isEnabled()
    dialog.grab().save(str(tmp_path / "import-cancelled.png"))
