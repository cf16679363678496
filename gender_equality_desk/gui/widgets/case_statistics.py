"""Anonymised case statistics of a year, small numbers hidden ("<3"): what a viewer / leader sees, with a
CSV export and a printout of the same suppressed tables (each logged as exported / printed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.cases.statistics import (
    STATISTICS_CONTEXT,
    UNKNOWN_VILLAGE,
    CaseStatistics,
    ShownTable,
    case_statistics,
)
from gender_equality_desk.core.cases.statistics_export import (
    export_statistics_csv,
    record_statistics_printed,
    statistics_html,
)
from gender_equality_desk.core.cases.vocabulary import AgeGroup, GbvType, MeasureKind, Relationship, Sex
from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.printing import print_with_preview
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import show_message, styled_label

YEARS_BACK = 6
COLUMNS = 3


# Tables whose rows are a core enum's labels: shown in the UI language (reports print them in Vietnamese).
ENUM_TABLES: dict[str, type[LabelledEnum]] = {
    "gbv_type": GbvType,
    "survivor_sex": Sex,
    "survivor_age_group": AgeGroup,
    "perpetrator_relationship": Relationship,
    "measure": MeasureKind,
}


def _row_label(dimension: str, key: str, label: str) -> str:
    """A row's label on screen; acts and village names are catalogue data, shown as stored."""
    if dimension in ENUM_TABLES:
        return translate(ENUM_TABLES[dimension].__name__, label)
    if dimension == "month" and len(parts := key.split("-")) == 2:
        year, month = parts
        return translate("case_statistics", "Tháng {month}/{year}").format(month=int(month), year=year)
    return translate(STATISTICS_CONTEXT, label) if key == UNKNOWN_VILLAGE else label


def _table(shown: ShownTable, keys: list[str]) -> QWidget:
    """`keys` are the rows' keys, in the order of `shown.cells`."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(styled_label(translate(STATISTICS_CONTEXT, shown.title), "cardTitle", wrap=True))
    cells = [
        (_row_label(shown.dimension, key, label), count)
        for key, (label, count) in zip(keys, shown.cells, strict=True)
    ]
    rows = [cell for cell in cells if cell[1] != "0"] or cells
    table = QTableWidget(len(rows) + 1, 2)
    table.setObjectName(f"stat_{shown.dimension}")
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().hide()
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    total = translate("case_statistics", "Tổng số hồ sơ")
    for index, (label, count) in enumerate([*rows, (total, shown.total)]):
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
        self.stats: CaseStatistics | None = None
        # Tests replace the file chooser (a modal Qt dialog); they drive the print preview for real.
        self.choose_target: Callable[[str], Path | None] = self._ask_target
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(styled_label(translate("CaseStatisticsView", "Thống kê hồ sơ hỗ trợ năm"), "section"))
        self.year = QComboBox()
        self.year.setObjectName("statisticsYear")
        for year in range(today.year, today.year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.export_button = QPushButton(translate("CaseStatisticsView", "Lưu CSV…"))
        self.export_button.setObjectName("exportStatisticsButton")
        self.print_button = QPushButton(translate("CaseStatisticsView", "In…"))
        self.print_button.setObjectName("printStatisticsButton")
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.note = styled_label("", "muted", wrap=True)
        layout.addWidget(self.note)
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("statisticsMessage")
        layout.addWidget(self.message)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        layout.addWidget(self.grid_host)
        layout.addStretch(1)
        self.year.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)
        self.print_button.clicked.connect(self.print_statistics)

    def set_session(self, auth: AuthSession | None) -> None:
        self._auth = auth
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.stats = None
        for button in (self.export_button, self.print_button):
            button.setEnabled(False)
        if self._auth is None or not self._auth.is_open:
            self.note.clear()
            return
        year = int(self.year.currentData())
        end = min(date(year, 12, 31), self._today)
        stats = self.stats = case_statistics(self._auth, date(year, 1, 1), end)
        for button in (self.export_button, self.print_button):
            button.setEnabled(True)
        self.note.setText(
            translate(
                "CaseStatisticsView",
                "Số liệu ẩn danh của các hồ sơ tiếp nhận từ 01/01/{year} đến {end}. Ô dưới {threshold} hồ sơ hiện “<{threshold}”, ô “x” được ẩn thêm để không suy ra được ô nhỏ.",  # noqa: E501
            ).format(year=year, end=end.strftime("%d/%m/%Y"), threshold=stats.threshold)
        )
        for index, (name, shown) in enumerate(stats.suppressed.items()):
            keys = [cell.key for cell in stats.tables[name].cells]
            self.grid.addWidget(
                _table(shown, keys), index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignTop
            )

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    def _ask_target(self, suggested: str) -> Path | None:
        return ask_save_path(
            self,
            translate("CaseStatisticsView", "Lưu thống kê hồ sơ"),
            suggested,
            translate("CaseStatisticsView", "Tệp CSV (*.csv)"),
        )

    def export_csv(self) -> None:
        """Save the suppressed tables shown on screen; the export is logged."""
        if self._auth is None or self.stats is None:
            return
        target = self.choose_target(f"thong-ke-ho-so-{self.stats.start.year}.csv")
        if target is None:
            return
        target = with_extension(target, ".csv")
        try:
            export_statistics_csv(self._auth, self.stats, target)
        except (UserFacingError, OSError) as error:
            self._say(
                translate("CaseStatisticsView", "Không lưu được thống kê: {error}").format(error=error), True
            )
            return
        self._say(translate("CaseStatisticsView", "Đã lưu thống kê ẩn danh vào {path}.").format(path=target))

    def print_statistics(self) -> None:
        """Print preview of the same tables; logged only when the user really prints."""
        if self._auth is None or self.stats is None:
            return
        printed = print_with_preview(statistics_html(self.stats), landscape=False, parent=self)
        if printed and self._auth.is_open:
            record_statistics_printed(self._auth, self.stats)
            self._say(translate("CaseStatisticsView", "Đã gửi bản thống kê ẩn danh tới máy in."))
