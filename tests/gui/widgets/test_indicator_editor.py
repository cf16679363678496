"""Cài đặt → Chỉ tiêu báo cáo: the officer renames, adds, moves and hides report rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.reports.indicators import IndicatorRow, list_indicators
from gender_equality_desk.core.reports.period_report import DV_STATISTICS, GENDER_EQUALITY
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.widgets.indicator_editor import IndicatorDialog, IndicatorEditor

from ..keyboard import type_text


def _rows(store: Store, kind: str = GENDER_EQUALITY) -> list[IndicatorRow]:
    with store.reading() as session:
        return list_indicators(session, kind, include_inactive=True)


class _Typed(IndicatorDialog):
    """The dialog as the officer fills it: typed into, then Lưu pressed (exec would block the test)."""

    def __init__(self, row: IndicatorRow | None, qtbot: QtBot, label: str, unit: str) -> None:
        super().__init__(row, None)
        self._qtbot, self._label, self._unit = qtbot, label, unit

    def exec(self) -> int:
        self.label.selectAll()
        type_text(self._qtbot, self.label, self._label)
        self.unit.selectAll()
        type_text(self._qtbot, self.unit, self._unit)
        self._accept_if_valid()
        return int(self.result())


def test_rename_a_row_and_see_it_in_the_table(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(store))
    editor.dialog_for = lambda row: _Typed(row, qtbot, "Số cuộc họp dân về bình đẳng giới", "Cuộc")
    editor.table.selectRow(1)
    with qtbot.waitSignal(editor.changed):
        editor.edit_selected()
    assert editor.table.item(1, 1).text() == "Số cuộc họp dân về bình đẳng giới"
    assert _rows(store)[1].label == "Số cuộc họp dân về bình đẳng giới"


def test_an_empty_name_is_refused_in_the_dialog(qtbot: QtBot, store: Store) -> None:
    dialog = _Typed(None, qtbot, "   ", "Cuộc")
    assert dialog.exec() == QDialog.DialogCode.Rejected.value
    assert dialog.message.text().startswith("Tên chỉ tiêu đang để trống")


def test_add_move_up_and_hide(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(store))
    before = len(_rows(store))
    editor.dialog_for = lambda row: _Typed(row, qtbot, "Số hộ gia đình văn hóa", "Hộ")
    editor.add_row()
    rows = _rows(store)
    assert len(rows) == before + 1 and rows[-1].label == "Số hộ gia đình văn hóa"
    assert editor.selected() is not None and editor.selected().label == "Số hộ gia đình văn hóa"
    editor.move_selected(-1)
    assert _rows(store)[-2].label == "Số hộ gia đình văn hóa"
    editor.toggle_selected()
    assert not _rows(store)[-2].is_active
    assert editor.table.item(before - 1, 1).font().strikeOut()


def test_switching_report_shows_its_rows(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store
) -> None:
    editor = shown(IndicatorEditor(store))
    editor.report.setCurrentIndex(editor.report.findData(DV_STATISTICS))
    assert editor.table.rowCount() == len(_rows(store, DV_STATISTICS))
    assert editor.table.item(0, 1).text() == "Số vụ bạo lực gia đình"
