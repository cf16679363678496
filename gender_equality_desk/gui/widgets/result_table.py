"""The table of checked rows shown before an import writes anything (Excel import, data-package preview).

Read-only, one row per record, whole rows selected, one column stretching over the free width, long
text wrapped and repeated in a tooltip. A row may be tinted (its check result) and may carry a tick box
in its first cell with a key (e.g. a record's UUID), for rows the officer must confirm one by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ResultRow:
    cells: tuple[str, ...]
    tint: str | None = None  # background colour, e.g. "#fbe4e1" for a row with errors
    key: str | None = None  # kept in the first cell (see ResultTable.checked_keys)
    checkable: bool = False  # a tick box in the first cell, unticked


class ResultTable(QTableWidget):
    def __init__(
        self,
        name: str,
        headings: list[str],
        *,
        stretch_column: int,
        widths: dict[int, int] | None = None,
        right_aligned: Sequence[int] = (),
        multiline: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setColumnCount(len(headings))
        self.setHorizontalHeaderLabels(headings)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self._right = frozenset(right_aligned)
        # Several lines in a cell (e.g. a list of errors) read best from the top; one line, centred.
        self._vertical = Qt.AlignmentFlag.AlignTop if multiline else Qt.AlignmentFlag.AlignVCenter
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in (widths or {}).items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped text, which depends on the stretched column's width.
        header.sectionResized.connect(lambda *_args: self.resizeRowsToContents())

    def show_rows(self, rows: Sequence[ResultRow]) -> None:
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            tint = QBrush(QColor(row.tint)) if row.tint else None
            for column, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if tint is not None:
                    item.setBackground(tint)
                horizontal = (
                    Qt.AlignmentFlag.AlignRight if column in self._right else Qt.AlignmentFlag.AlignLeft
                )
                item.setTextAlignment(horizontal | self._vertical)
                if column == 0:
                    item.setData(KEY_ROLE, row.key)
                    if row.checkable:
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                        item.setCheckState(Qt.CheckState.Unchecked)
                self.setItem(index, column, item)
        self.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.resizeRowsToContents()  # rows filled while hidden (another tab) were measured too narrow

    def checked_keys(self) -> set[str]:
        """Keys of the rows whose tick box is ticked."""
        keys = set()
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                continue
            if item.checkState() == Qt.CheckState.Checked:
                keys.add(str(item.data(KEY_ROLE)))
        return keys
