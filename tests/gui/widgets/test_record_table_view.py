"""The record list table selects by record id, keeps the current row apart from the selection, and the
undo bar stays hidden until it has something to say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.records.activity_list import ActivityColumn, ActivityFilter
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.models.activity_table import (
    COLUMNS,
    SOURCE,
    ActivityTableModel,
    activity_table_model,
)
from gender_equality_desk.gui.models.record_table import RecordTableModel
from gender_equality_desk.gui.widgets.record_table_view import RecordTableView
from gender_equality_desk.gui.widgets.undo_bar import UndoBar


def view_over(store: Store, shown: Callable[[RecordTableView], RecordTableView]) -> RecordTableView:
    model: ActivityTableModel = activity_table_model(store)
    model.refresh()
    view = RecordTableView(
        model, "records", row_height=31, column_widths={ActivityColumn.KIND: 123}, stretch_column=1
    )
    model.setParent(view)
    view.resize(1000, 500)
    return shown(view)


def test_selecting_by_id(filled_store: Store, shown: Callable[[RecordTableView], RecordTableView]) -> None:
    view = view_over(filled_store, shown)
    model = view.records
    ids = [model.record_id(row) for row in (3, 1)]
    assert None not in ids and model.rowCount() > 4

    view.select_ids([i for i in ids if i is not None] + [999_999])  # one not shown: left out

    assert view.selected_ids() == [ids[1], ids[0]]  # top to bottom
    assert view.current_id() == ids[0]  # the first asked for is current
    assert view.currentIndex().row() == 3


def test_the_current_row_counts_only_when_selected(
    filled_store: Store, shown: Callable[[RecordTableView], RecordTableView]
) -> None:
    view = view_over(filled_store, shown)
    view.select_row(2)
    view.selectionModel().setCurrentIndex(
        view.records.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    assert view.current_id() == view.records.record_id(2)  # row 0 is current but not selected
    view.clearSelection()
    assert view.selected_ids() == [] and view.current_id() is None


def test_the_view_is_laid_out_for_the_paging_model(
    filled_store: Store, shown: Callable[[RecordTableView], RecordTableView]
) -> None:
    view = view_over(filled_store, shown)
    assert view.objectName() == "records"
    assert view.verticalHeader().defaultSectionSize() == 31
    assert view.columnWidth(2) == 123  # the kind column, found by its key
    assert view.isSortingEnabled() and view.horizontalHeader().sortIndicatorSection() == 0


def test_the_undo_bar_stays_hidden_until_it_has_a_message(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    button = QPushButton("Hoàn tác")
    bar = UndoBar(button, "undoMessage", right_margin=6, parent=page)
    page.show()
    assert not bar.isVisible()  # shown with its page, yet hidden: nothing deleted yet

    bar.show_message("Đã chuyển 2 hoạt động vào Thùng rác.")

    assert bar.isVisible() and bar.label.text() == "Đã chuyển 2 hoạt động vào Thùng rác."
    assert bar.label.objectName() == "undoMessage" and button.parent() is bar
    assert bar.layout().contentsMargins().right() == 6


def test_a_record_past_the_first_screen_is_selected_when_the_full_list_is_in(
    qtbot: QtBot, filled_store: Store, shown: Callable[[RecordTableView], RecordTableView]
) -> None:
    model: ActivityTableModel = RecordTableModel(
        filled_store, SOURCE, COLUMNS, ActivityFilter(), first_screen=2
    )
    view = shown(RecordTableView(model, "records", row_height=28, column_widths={}, stretch_column=1))
    model.refresh()
    model.wait_until_loaded()
    qtbot.waitUntil(model.is_complete, timeout=5000)
    last = model.record_id(model.rowCount() - 1)
    assert last is not None and model.rowCount() > 3

    view.refresh_selecting([last])
    assert not model.is_complete() and view.selected_ids() == []  # only two rows read so far
    model.wait_until_loaded()
    qtbot.waitUntil(model.is_complete, timeout=5000)
    assert view.selected_ids() == [last]

    view.refresh_selecting(row=1)
    assert view.selected_ids() == [model.record_id(1)]  # in the first screen: selected at once
