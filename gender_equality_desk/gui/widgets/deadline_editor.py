"""Hạn báo cáo: the yearly report deadlines (05/6 six-month and 10/12 annual by default; as many as the
province asks for), and below them the reports marked sent, with undo (SentReportsPanel).

One line per deadline: the report's name, its day and month, which report it is (optional), whether
Tổng quan reminds of it, and "Xóa". "Thêm hạn báo cáo" adds a line. "Lưu" writes every line, the added
ones and the deletions in one transaction (core.plans.deadlines.save_report_deadlines): a wrong line saves
nothing, says under that line what is wrong and how to fix it, and what the officer typed stays on screen.
After a save `changed` tells the pages that show reminders (the dashboard) to read them again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadlines import (
    LABEL_MAX,
    DeadlineEdit,
    ReportDeadlineRow,
    day_month_problem,
    deadline_problem,
    report_deadlines,
    save_report_deadlines,
)
from gender_equality_desk.core.reports.registry import ReportKind
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.forms.inputs import MessageLine
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.widgets.basics import card, show_message, styled_label
from gender_equality_desk.gui.widgets.sent_reports_panel import SentReportsPanel

NAME, DAY, MONTH, KIND, REMIND, DELETE = range(6)


@dataclass
class _Line:
    """The inputs of one deadline on screen; `stored` None for a line added since the last save."""

    stored: ReportDeadlineRow | None
    name: QLineEdit
    day: QSpinBox
    month: QSpinBox
    kind: QComboBox
    remind: QCheckBox
    delete: QPushButton
    message: MessageLine

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.day, self.month, self.kind, self.remind, self.delete, self.message)

    def edit(self) -> DeadlineEdit:
        return DeadlineEdit(
            self.stored.id if self.stored is not None else None,
            self.name.text(),
            self.month.value(),
            self.day.value(),
            self.remind.isChecked(),
            str(self.kind.currentData() or ""),
        )


class DeadlineEditor(QWidget):
    """`DeadlineEditor(store, parent=None)`; `changed` carries DataChange.PLANS after each save or undo."""

    changed = Signal(str)  # a DataChange value, to forward as Page.data_changed

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineEditor")
        self._store = store
        self._lines: list[_Line] = []
        self._removed: list[int] = []
        self._next_grid_row = 1
        self._added = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
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
                    "Ngày phải gửi báo cáo lên cấp trên mỗi năm. Trang Tổng quan nhắc trước 30 ngày những "
                    "hạn có đánh dấu “Nhắc”, và nhắc mãi (quá hạn) cho đến khi báo cáo được đánh dấu đã gửi.",
                ),
                "muted",
                wrap=True,
            )
        )
        self.grid = QGridLayout()
        self.grid.setObjectName("deadlineGrid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(NAME, 1)
        headings = (
            translate("DeadlineEditor", "Báo cáo"),
            translate("DeadlineEditor", "Ngày"),
            translate("DeadlineEditor", "Tháng"),
            translate("DeadlineEditor", "Loại báo cáo"),
            translate("DeadlineEditor", "Nhắc"),
        )
        for column, text in enumerate(headings):
            self.grid.addWidget(styled_label(text, "muted"), 0, column)
        box.addLayout(self.grid)

        self.add_button = QPushButton(translate("DeadlineEditor", "Thêm hạn báo cáo"))
        self.add_button.setObjectName("addDeadline")
        self.add_button.clicked.connect(lambda: self.add_line())
        self.message = styled_label("", wrap=True)
        self.message.setObjectName("deadlineMessage")
        self.save_button = QPushButton(translate("DeadlineEditor", "Lưu"), self)
        self.save_button.setObjectName("saveDeadlines")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        actions.addWidget(self.message, 1)
        actions.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(actions)

        self.history = SentReportsPanel(store)
        self.history.changed.connect(self.changed)
        outer.addWidget(self.history)
        self.reload()

    def reload(self) -> None:
        """Show the deadlines as stored (after a restore or import, or to discard unsaved edits)."""
        with self._store.reading() as session:
            rows = report_deadlines(session)
        for line in self._lines:
            self._drop(line)
        self._lines, self._removed = [], []
        for row in rows:
            self._add(row)
        self.history.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.history.reload()  # a report may have been marked sent on Tổng quan meanwhile

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def add_line(self) -> QLineEdit:
        """A new empty line (named "Báo cáo …" by the officer), its name box focused."""
        line = self._add(None)
        line.name.setFocus()
        self._say(translate("DeadlineEditor", "Nhập tên báo cáo, ngày và tháng phải gửi, rồi bấm Lưu."))
        return line.name

    def delete_line(self, index: int) -> None:
        line = self._lines.pop(index)
        if line.stored is not None:
            self._removed.append(line.stored.id)
        name = line.name.text().strip() or translate("DeadlineEditor", "(chưa đặt tên)")
        self._drop(line)
        self._say(
            translate("DeadlineEditor", "Đã bỏ “{name}” khỏi danh sách. Bấm Lưu để xóa hẳn.").format(
                name=name
            )
        )

    def save(self) -> bool:
        """Write every line; on a wrong line nothing is saved and the message says what to change."""
        first_wrong: tuple[_Line, QWidget] | None = None
        for line in self._lines:
            problem, field = self._line_problem(line)
            if problem:
                line.message.show_error(problem)
                first_wrong = first_wrong or (line, field)
            else:
                line.message.clear_message()
        if first_wrong is not None:
            line, field = first_wrong
            self._say(
                translate("DeadlineEditor", "“{name}”: {problem}").format(
                    name=line.name.text().strip() or translate("DeadlineEditor", "(chưa đặt tên)"),
                    problem=line.message.text(),
                ),
                error=True,
            )
            field.setFocus()
            return False
        try:
            with self._store.transaction() as session:
                save_report_deadlines(session, [line.edit() for line in self._lines], self._removed)
        except UserFacingError as problem:
            self._say(str(problem), error=True)
            return False
        self.reload()
        self._say(translate("DeadlineEditor", "Đã lưu hạn báo cáo. Trang Tổng quan sẽ nhắc theo ngày mới."))
        self.changed.emit(DataChange.PLANS.value)
        return True

    # -- the lines ------------------------------------------------------------------------------------

    def _add(self, row: ReportDeadlineRow | None) -> _Line:
        if row is None:
            self._added += 1
        suffix = row.code if row is not None else f"new{self._added}"
        name = QLineEdit(row.label if row is not None else "")
        name.setObjectName(f"deadlineName_{suffix}")
        name.setMaxLength(LABEL_MAX + 50)  # the core explains the limit; a hard stop would not
        name.setPlaceholderText(translate("DeadlineEditor", "Ví dụ: Báo cáo kết quả Tháng hành động"))
        day = QSpinBox()
        day.setObjectName(f"deadlineDay_{suffix}")
        day.setRange(1, 31)
        day.setValue(row.day if row is not None else 1)
        month = QSpinBox()
        month.setObjectName(f"deadlineMonth_{suffix}")
        month.setRange(1, 12)
        month.setValue(row.month if row is not None else 1)
        kind = QComboBox()
        kind.setObjectName(f"deadlineKind_{suffix}")
        kind.addItem(translate("DeadlineEditor", "(không chọn)"), "")
        for member in ReportKind:
            kind.addItem(translated_label(member), member.value)
        kind.setCurrentIndex(max(kind.findData(row.report_kind if row is not None else ""), 0))
        kind.setToolTip(translate("DeadlineEditor", "Báo cáo nào phải gửi vào hạn này (không bắt buộc)"))
        remind = QCheckBox()
        remind.setObjectName(f"deadlineRemind_{suffix}")
        remind.setChecked(row.is_active if row is not None else True)
        remind.setToolTip(translate("DeadlineEditor", "Nhắc hạn này trên trang Tổng quan"))
        delete = QPushButton(translate("DeadlineEditor", "Xóa"))
        delete.setObjectName(f"deadlineDelete_{suffix}")
        delete.setToolTip(translate("DeadlineEditor", "Bỏ hạn báo cáo này (xóa hẳn khi bấm Lưu)"))
        line = _Line(row, name, day, month, kind, remind, delete, MessageLine(f"deadline_{suffix}"))
        at = self._next_grid_row
        self._next_grid_row += 2
        for column, widget in enumerate(line.widgets()[:-1]):
            self.grid.addWidget(widget, at, column)
            widget.show()  # now, not when the layout gets to it: the new name box takes the focus at once
        self.grid.addWidget(line.message, at + 1, NAME, 1, DELETE + 1)
        delete.clicked.connect(lambda: self.delete_line(self._lines.index(line)))
        for box in (day, month):
            box.valueChanged.connect(lambda _value: self._check_date(line))
        name.textEdited.connect(lambda _text: line.message.clear_message())
        self._lines.append(line)
        return line

    def _drop(self, line: _Line) -> None:
        for widget in line.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _line_problem(self, line: _Line) -> tuple[str, QWidget]:
        """What is wrong with `line` ("" when nothing) and the box to correct it in."""
        if not line.name.text().strip():
            return translate("DeadlineEditor", "Chưa nhập tên báo cáo. Vui lòng nhập tên báo cáo."), line.name
        date_problem = day_month_problem(line.day.value(), line.month.value())
        problem = deadline_problem(line.name.text(), line.day.value(), line.month.value())
        if problem:
            return problem, line.day if problem == date_problem else line.name
        key = line.name.text().strip().casefold()
        if any(other is not line and other.name.text().strip().casefold() == key for other in self._lines):
            return (
                translate(
                    "DeadlineEditor",
                    "Trùng tên với một hạn báo cáo khác. Vui lòng đặt tên khác để phân biệt.",
                ),
                line.name,
            )
        return "", line.name

    def _check_date(self, line: _Line) -> None:
        """Say at once, under the line, when a day does not exist in the chosen month."""
        problem = day_month_problem(line.day.value(), line.month.value())
        if problem:
            line.message.show_error(problem)
        else:
            line.message.clear_message()

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error)
