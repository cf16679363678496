"""Anonymised case statistics of a year, small numbers hidden ("<3"): what a viewer / leader sees."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.cases.statistics import ShownTable, case_statistics
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.widgets.basics import styled_label

YEARS_BACK = 6
COLUMNS = 3


def _table(shown: ShownTable) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(styled_label(shown.title, "cardTitle", wrap=True))
    rows = [cell for cell in shown.cells if cell[1] != "0"] or list(shown.cells)
    table = QTableWidget(len(rows) + 1, 2)
    table.setObjectName(f"stat_{shown.dimension}")
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().hide()
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    for index, (label, count) in enumerate([*rows, ("Tổng số hồ sơ", shown.total)]):
        name = QTableWidgetItem(label)
        name.setToolTip(label)  # long act names are cut at the column's edge
        table.setItem(index, 0, name)
        number = QTableWidgetItem(count)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(index, 1, number)
    table.setFixedHeight(min(8, len(rows) + 1) * table.verticalHeader().defaultSectionSize() + 4)
    layout.addWidget(table)
    return box


class CaseStatisticsView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth: AuthSession | None = None
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(styled_label(self.tr("Thống kê hồ sơ hỗ trợ năm"), "section"))
        self.year = QComboBox()
        self.year.setObjectName("statisticsYear")
        for year in range(today.year, today.year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        bar.addWidget(self.year)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.note = styled_label("", "muted", wrap=True)
        layout.addWidget(self.note)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        layout.addWidget(self.grid_host)
        layout.addStretch(1)
        self.year.currentIndexChanged.connect(self.refresh)

    def set_session(self, auth: AuthSession | None) -> None:
        self._auth = auth
        self.refresh()

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        if self._auth is None or not self._auth.is_open:
            self.note.clear()
            return
        year = int(self.year.currentData())
        end = min(date(year, 12, 31), self._today)
        stats = case_statistics(self._auth, date(year, 1, 1), end)
        self.note.setText(
            self.tr(
                "Số liệu ẩn danh của các hồ sơ tiếp nhận từ 01/01/%1 đến %2. Ô dưới %3 hồ sơ hiện “<%3”, "
                "ô “x” được ẩn thêm để không suy ra được ô nhỏ."
            )
            .replace("%1", str(year))
            .replace("%2", end.strftime("%d/%m/%Y"))
            .replace("%3", str(stats.threshold))
        )
        for index, shown in enumerate(stats.suppressed.values()):
            self.grid.addWidget(_table(shown), index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignTop)
