"""Nhập từ Excel as the officer uses it: save a template, pick a filled file, read the row errors,
import the valid rows, and see a second import skip them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from gender_equality_desk.gui.dialogs.import_dialog import DETAIL_COLUMN, STATUS_COLUMN, ImportDialog

TODAY = date(2025, 11, 20)
Show = Callable[[ImportDialog], ImportDialog]


def _cells(dialog: ImportDialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]  # type: ignore[union-attr]


def _activities(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Activity)) or 0


def _filled(dialog: ImportDialog, tmp_path: Path, monkeypatch: MonkeyPatch, qtbot: QtBot) -> Path:
    """Save the template through the "Tải mẫu" menu, then type two rows into it (one wrong)."""
    target = tmp_path / "mau"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    menu = dialog.template_button.menu()
    menu.actions()[0].trigger()  # "Mẫu hoạt động"
    template = tmp_path / "mau.xlsx"
    assert dialog.summary.text() == f"Đã lưu mẫu nhập hoạt động: {template}"
    workbook = load_workbook(template)
    sheet = workbook["Hoạt động"]
    village = workbook["Danh mục"]["B2"].value
    for row, (title, female) in enumerate((("Họp dân thôn", 30), ("Tập huấn", 90)), start=3):
        sheet.cell(row=row, column=1, value=title)
        sheet.cell(row=row, column=2, value="Tập huấn")
        sheet.cell(row=row, column=3, value="18/11/2025")
        sheet.cell(row=row, column=7, value=village)
        sheet.cell(row=row, column=11, value=50)
        sheet.cell(row=row, column=12, value=female)
    filled = tmp_path / "thon-gui-len.xlsx"
    workbook.save(filled)
    return filled


def test_rows_are_checked_then_valid_ones_imported_once(
    shown: Show,
    filled_store: Store,
    layout: DataLayout,
    tmp_path: Path,
    monkeypatch: MonkeyPatch,
    qtbot: QtBot,
) -> None:
    dialog = shown(ImportDialog(filled_store, layout, today=lambda: TODAY))
    filled = _filled(dialog, tmp_path, monkeypatch, qtbot)
    before = _activities(filled_store)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(filled), ""))
    with qtbot.waitSignal(dialog.job_finished):  # checked on the worker thread
        qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)

    assert dialog.table.rowCount() == 3
    assert _cells(dialog, 0)[:2] == ["2", "Dòng ví dụ, bỏ qua"]
    assert _cells(dialog, 1)[:4] == ["3", "Hợp lệ", "Họp dân thôn", "18/11/2025"]
    wrong = _cells(dialog, 2)
    assert wrong[STATUS_COLUMN] == "Có lỗi"
    assert wrong[DETAIL_COLUMN] == "Số nữ (90) lớn hơn tổng số người tham gia (50). Vui lòng kiểm tra lại."
    assert dialog.summary.text() == (
        "Tệp “thon-gui-len.xlsx” — hoạt động: 1 dòng hợp lệ, 1 dòng có lỗi (sửa trong tệp rồi chọn lại), "
        "1 dòng bỏ qua (đã có, trùng hoặc dòng ví dụ)."
    )
    assert dialog.import_button.text() == "Nhập 1 dòng hợp lệ"
    assert _activities(filled_store) == before  # nothing written before the officer accepts

    with qtbot.waitSignal(dialog.changed), qtbot.waitSignal(dialog.job_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _activities(filled_store) == before + 1
    assert dialog.summary.text() == "Đã nhập 1 hoạt động từ “thon-gui-len.xlsx”."
    assert _cells(dialog, 1)[STATUS_COLUMN] == "Đã có, bỏ qua"
    assert not dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.job_finished):
        dialog.load_file(filled)  # the same file again
    assert not dialog.import_button.isEnabled()
    assert _activities(filled_store) == before + 1
    dialog.grab().save(str(tmp_path / "import-dialog.png"))


def test_a_file_that_is_not_a_template_is_explained(
    shown: Show, filled_store: Store, layout: DataLayout, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog = shown(ImportDialog(filled_store, layout, today=lambda: TODAY))
    junk = tmp_path / "anh.xlsx"
    junk.write_bytes(b"\x89PNG")
    with qtbot.waitSignal(dialog.job_finished):
        dialog.load_file(junk)
    assert dialog.summary.text().startswith("Không đọc được “anh.xlsx” như một tệp Excel (.xlsx).")
    assert dialog.summary.property("role") == "error"
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_template_for_propaganda_gets_the_extension(
    shown: Show, filled_store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    dialog = shown(ImportDialog(filled_store, layout, today=lambda: TODAY))
    assert dialog.save_template(RecordType.PROPAGANDA_EVENT, tmp_path / "tuyen-truyen")
    assert load_workbook(tmp_path / "tuyen-truyen.xlsx").sheetnames[0] == "Tuyên truyền"


def test_a_deleted_optional_column_is_named_and_the_rows_still_import(
    shown: Show,
    filled_store: Store,
    layout: DataLayout,
    tmp_path: Path,
    monkeypatch: MonkeyPatch,
    qtbot: QtBot,
) -> None:
    dialog = shown(ImportDialog(filled_store, layout, today=lambda: TODAY))
    filled = _filled(dialog, tmp_path, monkeypatch, qtbot)
    workbook = load_workbook(filled)
    workbook["Hoạt động"].delete_cols(13)  # "Số nam"
    workbook.save(filled)
    before = _activities(filled_store)
    with qtbot.waitSignal(dialog.job_finished):
        dialog.load_file(filled)
    lines = dialog.summary.text().splitlines()
    assert lines[0].startswith("Tệp “thon-gui-len.xlsx” — hoạt động: 1 dòng hợp lệ, 1 dòng có lỗi")
    assert lines[1].startswith(
        "Lưu ý – Trang “Hoạt động” không có cột “Số nam” (không bắt buộc): các dòng được nhập với ô này "
        "để trống."
    )
    assert dialog.summary.property("role") != "error"
    with qtbot.waitSignal(dialog.job_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _activities(filled_store) == before + 1
