"""The list of cases: anonymous codes and countable fields only, never a name; status and year filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.cases.records import CaseRow, list_cases
from gender_equality_desk.core.cases.vocabulary import CaseStatus, RiskLevel
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import read_only_table, set_role, styled_label

YEARS_BACK = 6


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class CaseList(QWidget):
    """Emits `open_requested(case_id)` on double-click or Enter and `new_requested` for a new case."""

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth: AuthSession | None = None
        self._today = today
        self.rows: list[CaseRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("caseStatusFilter")
        self.status.addItem(translate("CaseList", "Đang hỗ trợ"), CaseStatus.OPEN.value)
        self.status.addItem(translate("CaseList", "Đã đóng"), CaseStatus.CLOSED.value)
        self.status.addItem(translate("CaseList", "Tất cả"), None)
        self.year = QComboBox()
        self.year.setObjectName("caseYearFilter")
        self.year.addItem(translate("CaseList", "Mọi năm"), None)
        for year in range(today.year, today.year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.new_button = QPushButton(translate("CaseList", "Thêm hồ sơ"))
        self.new_button.setObjectName("newCaseButton")
        self.open_button = QPushButton(translate("CaseList", "Mở hồ sơ"))
        self.open_button.setObjectName("openCaseButton")
        bar.addWidget(styled_label(translate("CaseList", "Trạng thái")))
        bar.addWidget(self.status)
        bar.addWidget(styled_label(translate("CaseList", "Năm")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.notice = styled_label("", "muted", wrap=True)
        self.notice.setObjectName("caseListNotice")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.table = read_only_table(
            "caseTable",
            [
                translate("CaseList", "Mã hồ sơ"),
                translate("CaseList", "Ngày tiếp nhận"),
                translate("CaseList", "Thôn"),
                translate("CaseList", "Loại (GBVIMS)"),
                translate("CaseList", "Nguy cơ"),
                translate("CaseList", "Trạng thái"),
                translate("CaseList", "Theo dõi tiếp"),
                translate("CaseList", "Cán bộ phụ trách"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        self.empty = styled_label("", "muted", wrap=True)
        layout.addWidget(self.empty)
        self.status.currentIndexChanged.connect(self.refresh)
        self.year.currentIndexChanged.connect(self.refresh)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._open(row))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.new_button.clicked.connect(self.new_requested)

    def set_session(self, auth: AuthSession | None) -> None:
        self._auth = auth
        self.say("")
        self.refresh()

    def say(self, text: str, *, error: bool = False) -> None:
        """A one-line notice above the list (e.g. a case just handed over, or why one did not open, in red);
        empty hides it."""
        set_role(self.notice, "error" if error else "muted")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def refresh(self) -> None:
        self.rows = []
        if self._auth is not None and self._auth.is_open:
            status_value = self.status.currentData()
            self.rows = list_cases(
                self._auth,
                status=CaseStatus.of(status_value) if status_value else None,
                year=self.year.currentData(),
            )
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            values = (
                row.code,
                _day(row.intake_date),
                row.village,
                translated_label(row.gbv_type),
                translated_label(row.risk_level),
                translated_label(row.status),
                _day(row.next_follow_up),
                row.assigned_to,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 6 and row.next_follow_up and row.next_follow_up < self._today:
                    item.setForeground(Qt.GlobalColor.red)
                    item.setToolTip(translate("CaseList", "Quá hạn theo dõi"))
                if column == 4 and row.risk_level is RiskLevel.HIGH:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
        self.empty.setText(
            translate("CaseList", "Không có hồ sơ nào theo bộ lọc này.") if not self.rows else ""
        )
        self.empty.setVisible(not self.rows)
        self.open_button.setEnabled(bool(self.rows))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_requested.emit(self.rows[row].id)
