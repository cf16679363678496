"""The consolidated figures as a table model: one row per included commune, one column per indicator code,
and a bold, tinted total row whose cells lead to the communes behind them (`code_at`). On screen the total
row comes first, under the headings, so it is in view without scrolling past 168 communes; the printed
and Excel tables keep it at the bottom as usual.

Figures are shown the Vietnamese way (1.500), a blank as "—" (never 0), a share's total as "—" with a
tooltip saying shares are not added up. The model only reads a core.province.consolidation value.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from gender_equality_desk.core.province.consolidation import Consolidation, IndicatorLine
from gender_equality_desk.core.reports.content import NOT_RECORDED
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.theme import ACCENT_SOFT

Index = QModelIndex | QPersistentModelIndex
HEADING_WIDTH = 22  # characters per line of a column heading
NAME_COLUMN = 0


def wrapped(text: str, width: int = HEADING_WIDTH) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


class ConsolidatedTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._consolidation: Consolidation | None = None
        self._lines: tuple[IndicatorLine, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)
        self._total_tint = QBrush(QColor(ACCENT_SOFT))

    def set_consolidation(self, consolidation: Consolidation | None) -> None:
        self.beginResetModel()
        self._consolidation = consolidation
        self._lines = consolidation.figure_lines if consolidation else ()
        self.endResetModel()

    @property
    def consolidation(self) -> Consolidation | None:
        return self._consolidation

    total_row = 0  # the row of the totals; communes follow from row 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        if parent.isValid() or self._consolidation is None:
            return 0
        return len(self._consolidation.included) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._consolidation is None else len(self._lines) + 1

    def code_at(self, index: Index) -> str | None:
        """The indicator code of a figure column, else None."""
        if not index.isValid() or index.column() == NAME_COLUMN:
            return None
        return self._lines[index.column() - 1].code

    def line_at(self, column: int) -> IndicatorLine:
        return self._lines[column - 1]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or self._consolidation is None:
            return None
        if section == NAME_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("ConsolidatedTable", "Xã, phường")
            return None
        line = self._lines[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrapped(line.heading)
        if role == Qt.ItemDataRole.ToolTipRole:
            unit = f" ({line.unit})" if line.unit else ""
            return translate("ConsolidatedTable", "{heading}{unit} — mã {code}").format(
                heading=line.heading, unit=unit, code=line.code
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        consolidation = self._consolidation
        if consolidation is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        is_total = row == self.total_row
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if is_total else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._total_tint if is_total else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == NAME_COLUMN:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if is_total:
                return translate("ConsolidatedTable", "Tổng cộng ({count} xã)").format(
                    count=len(consolidation.included)
                )
            return consolidation.included[row - 1].commune.name
        line = self._lines[column - 1]
        if is_total:
            return self._total_data(consolidation, line, role)
        value = consolidation.included[row - 1].figures[line.code]
        if role == Qt.ItemDataRole.DisplayRole:
            return NOT_RECORDED if value is None else format_number(value)
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            return translate("ConsolidatedTable", "Xã để trống chỉ tiêu này (không tính là 0).")
        return None

    def _total_data(self, consolidation: Consolidation, line: IndicatorLine, role: int) -> Any:
        total = consolidation.total_of(line.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return NOT_RECORDED if total.total is None else format_number(total.total)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not line.summable:
                return translate(
                    "ConsolidatedTable", "Tỷ lệ (%): không cộng giữa các xã. Nhấp đúp để xem từng xã."
                )
            return translate(
                "ConsolidatedTable",
                "{reporting} xã có số liệu, {blank} xã để trống. Nhấp đúp để xem từng xã.",
            ).format(reporting=total.reporting, blank=len(total.blank))
        return None
