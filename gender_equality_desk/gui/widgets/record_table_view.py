"""The table of a record list page over a paging RecordTableModel: whole rows selected, sorted by the
core on a header click, fixed row heights (the view never measures a million rows), and selection by
record id rather than by row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gender_equality_desk.gui.models.record_table import RecordTableModel

AnyModel = RecordTableModel[Any, Any, Any, Any]


class RecordTableView(QTableView):
    def __init__(
        self,
        model: AnyModel,
        name: str,
        *,
        row_height: int,
        column_widths: Mapping[Any, int],
        stretch_column: int,
        parent: QWidget | None = None,
    ) -> None:
        """`column_widths` by column key, in pixels; `stretch_column` takes the width the others leave."""
        super().__init__(parent)
        self.records = model
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for section in range(model.columnCount()):
            width = column_widths.get(model.column(section).key)
            if width is not None:
                header.resizeSection(section, width)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        sorted_by, descending = model.sort_order
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(sorted_by, order)
        self.setSortingEnabled(True)  # the model asks the core for the new order
        self._wanted_ids: list[int] = []
        self._wanted_row: int | None = None
        model.loaded.connect(self._select_wanted)

    def refresh_selecting(self, ids: Sequence[int] = (), *, row: int | None = None) -> None:
        """Read the list again and select `ids` (or the record then at `row`): at once when it is in the
        first screen, otherwise when the full list is in (an old record while the newest show first)."""
        self._wanted_ids, self._wanted_row = list(ids), row
        self.records.refresh()  # a short list is in at once: `loaded` has selected already
        if any(self.records.row_of(record_id) is not None for record_id in self._wanted_ids):
            self.select_ids(self._wanted_ids)
            self._wanted_ids = []
        elif self._wanted_row is not None and self._wanted_row < self.records.rowCount():
            self.select_row(self._wanted_row)
            self._wanted_row = None

    def _select_wanted(self, count: int) -> None:
        wanted, self._wanted_ids = self._wanted_ids, []
        row, self._wanted_row = self._wanted_row, None
        if wanted:
            self.select_ids(wanted)
        elif row is not None:
            self.select_row(min(row, count - 1))

    def selected_ids(self) -> list[int]:
        """The selected records, top to bottom."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [record_id for row in rows if (record_id := self.records.record_id(row)) is not None]

    def current_id(self) -> int | None:
        """The record Enter acts on: the current row when selected, else the first selected."""
        current = self.currentIndex()
        if current.isValid() and self.selectionModel().isRowSelected(current.row()):
            return self.records.record_id(current.row())
        selected = self.selected_ids()
        return selected[0] if selected else None

    def select_row(self, row: int) -> None:
        record_id = self.records.record_id(row)
        if record_id is not None:
            self.select_ids([record_id])

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select the rows of `ids` that are shown; the first becomes current and is scrolled to."""
        selection = self.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for record_id in ids:
            row = self.records.row_of(record_id)
            if row is None:
                continue
            index = self.records.index(row, 0)
            if first:
                selection.setCurrentIndex(index, flags)
                self.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)
