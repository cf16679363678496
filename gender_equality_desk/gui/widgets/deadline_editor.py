"""Hạn báo cáo: the yearly report deadlines (05/6 six-month and 10/12 annual by default) the officer edits.

A small table: the report's name, its day and month, whether the dashboard reminds of it. "Lưu" writes
every row in one transaction, so a wrong date (31/02) saves nothing and says which report and how to fix
it, while what the officer typed stays on screen. After a save `changed` tells the pages that show
reminders (the dashboard) to read them again.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadlines import (
    ReportDeadlineRow,
    day_month_problem,
    report_deadlines,
    update_report_deadline,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.widgets.basics import card, show_message, styled_label

NAME, DAY, MONTH, REMIND = range(4)
CellWidget = TypeVar("CellWidget", bound=QWidget)


class DeadlineEditor(QWidget):
    """`DeadlineEditor(store, parent=None)`; `changed` carries DataChange.PLANS after each save."""

    changed = Signal(str)  # a DataChange value, to forward as Page.data_changed

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineEditor")
        self._store = store
        self._rows: list[ReportDeadlineRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card(name="deadlineEditorCard")
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        box.addWidget(styled_label(translate("DeadlineEditor", "Hạn báo cáo hằng năm"), "cardTitle"))
        box.addWidget(
            styled_label(
                translate(
                    "DeadlineEditor",
                    "Ngày phải gửi báo cáo lên cấp trên mỗi năm. Trang Tổng quan nhắc trước 30 ngày "
                    "những hạn có đánh dấu “Nhắc”.",
                ),
                "muted",
                wrap=True,
            )
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("deadlineTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("DeadlineEditor", "Báo cáo"),
                translate("DeadlineEditor", "Ngày"),
                translate("DeadlineEditor", "Tháng"),
                translate("DeadlineEditor", "Nhắc"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the editors in the cells
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (DAY, MONTH, REMIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.table)

        self.message = styled_label("", wrap=True)
        self.message.setObjectName("deadlineMessage")
        self.save_button = QPushButton(translate("DeadlineEditor", "Lưu"), self)
        self.save_button.setObjectName("saveDeadlines")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(actions)
        box.addStretch(1)  # a tall tab keeps the table under its title
        self.reload()

    def reload(self) -> None:
        """Show the deadlines as stored (after a restore or import, or to discard unsaved edits)."""
        with self._store.reading() as session:
            self._rows = report_deadlines(session)
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            self._fill_row(index, row)
        self._fit_height()

    def save(self) -> bool:
        """Write every row; on a wrong row nothing is saved and the message says what to change."""
        for index, row in enumerate(self._rows):
            problem = self._row_problem(index)
            if problem:
                self._say(
                    translate("DeadlineEditor", "“{name}”: {problem}").format(
                        name=self._name(index).text().strip() or row.label, problem=problem
                    ),
                    error=True,
                )
                self._day(index).setFocus()
                return False
        try:
            with self._store.transaction() as session:
                for index, row in enumerate(self._rows):
                    update_report_deadline(
                        session,
                        row.id,
                        label=self._name(index).text(),
                        month=self._month(index).value(),
                        day=self._day(index).value(),
                        is_active=self._remind(index).isChecked(),
                    )
        except UserFacingError as problem:
            self._say(str(problem), error=True)
            return False
        self.reload()
        self._say(translate("DeadlineEditor", "Đã lưu hạn báo cáo. Trang Tổng quan sẽ nhắc theo ngày mới."))
        self.changed.emit(DataChange.PLANS.value)
        return True

    # -- the cells -----------------------------------------------------------------------------------

    def _fill_row(self, index: int, row: ReportDeadlineRow) -> None:
        name = QLineEdit(row.label)
        name.setObjectName(f"deadlineName_{row.code}")
        name.setFrame(False)
        day = QSpinBox()
        day.setObjectName(f"deadlineDay_{row.code}")
        day.setRange(1, 31)
        day.setValue(row.day)
        month = QSpinBox()
        month.setObjectName(f"deadlineMonth_{row.code}")
        month.setRange(1, 12)
        month.setValue(row.month)
        remind = QCheckBox()
        remind.setObjectName(f"deadlineRemind_{row.code}")
        remind.setChecked(row.is_active)
        remind.setToolTip(translate("DeadlineEditor", "Nhắc hạn này trên trang Tổng quan"))
        for column, editor in ((NAME, name), (DAY, day), (MONTH, month), (REMIND, remind)):
            self.table.setCellWidget(index, column, editor)
        for editor in (day, month):
            editor.valueChanged.connect(lambda _value, at=index: self._check_row(at))

    def _row_problem(self, index: int) -> str:
        if not self._name(index).text().strip():
            return translate("DeadlineEditor", "Chưa nhập tên báo cáo. Vui lòng nhập tên báo cáo.")
        return day_month_problem(self._day(index).value(), self._month(index).value())

    def _check_row(self, index: int) -> None:
        """Say at once when a day does not exist in the chosen month, before the officer saves."""
        problem = day_month_problem(self._day(index).value(), self._month(index).value())
        self._say(problem, error=bool(problem))

    def _name(self, index: int) -> QLineEdit:
        return _cell(self.table, index, NAME, QLineEdit)

    def _day(self, index: int) -> QSpinBox:
        return _cell(self.table, index, DAY, QSpinBox)

    def _month(self, index: int) -> QSpinBox:
        return _cell(self.table, index, MONTH, QSpinBox)

    def _remind(self, index: int) -> QCheckBox:
        return _cell(self.table, index, REMIND, QCheckBox)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    def _fit_height(self) -> None:
        rows = sum(self.table.rowHeight(index) for index in range(self.table.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows + 2 * self.table.frameWidth() + 2)


def _cell(table: QTableWidget, row: int, column: int, kind: type[CellWidget]) -> CellWidget:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, kind)
    return widget
