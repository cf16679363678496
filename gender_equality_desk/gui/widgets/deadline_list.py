"""Hạn cần nhớ: the dashboard's reminders (Action Month, report deadlines, planned activities due this
week or overdue, overdue case follow-ups), the most urgent first; overdue in red, due within three days in
amber. A report deadline has an "Đã gửi…" button: `mark_sent_requested` carries its Deadline to the page,
which asks the date sent and writes it (this widget never touches the store)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.dashboard.reminders import Deadline
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import card, styled_label

OVERDUE = QColor("#b3261e")
SOON = QColor("#8a5a00")
SOON_DAYS = 3
ROW_HEIGHT = 30  # fits the "Đã gửi…" button
# The view gives a button only its cell's text area (a few pixels less than the row): a slimmer button.
COMPACT_BUTTON = "padding: 1px 10px;"
DATE, LEFT, TASK, KIND, ACTION = range(5)


def days_text(days_left: int) -> str:
    if days_left < 0:
        return translate("DeadlineList", "quá hạn {days} ngày").format(days=-days_left)
    if days_left == 0:
        return translate("DeadlineList", "hôm nay")
    return translate("DeadlineList", "còn {days} ngày").format(days=days_left)


class DeadlineList(QWidget):
    mark_sent_requested = Signal(object)  # the report's Deadline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineList")
        self._can_mark = False  # until the store is open (the list may show before it is)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card(name="deadlineCard")
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(styled_label(translate("DeadlineList", "Hạn cần nhớ"), "cardTitle"))
        self.empty = styled_label(translate("DeadlineList", "Không có hạn nào trong 30 ngày tới."), "muted")
        self.empty.setObjectName("deadlineEmpty")
        box.addWidget(self.empty)
        self.tree = QTreeWidget()
        self.tree.setObjectName("deadlineTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                translate("DeadlineList", "Ngày"),
                translate("DeadlineList", "Còn"),
                translate("DeadlineList", "Việc"),
                translate("DeadlineList", "Loại"),
                "",
            ]
        )
        header = self.tree.header()
        for column in (DATE, LEFT, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        # Item widgets do not size their column: as wide as the button, whichever language it is in.
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            ACTION, QPushButton(translate("DeadlineList", "Đã gửi…")).sizeHint().width() + 12
        )
        header.setStretchLastSection(False)
        box.addWidget(self.tree)
        # What was just marked sent, and where to take it back: the row itself is gone from the list.
        self.notice = styled_label("", "muted", wrap=True)
        self.notice.setObjectName("deadlineNotice")
        self.notice.hide()
        box.addWidget(self.notice)
        outer.addWidget(frame)

    def set_deadlines(self, deadlines: list[Deadline]) -> None:
        self.tree.clear()
        for deadline in deadlines:
            title = shown_title(deadline)
            item = QTreeWidgetItem(
                [
                    format_date(deadline.due),
                    days_text(deadline.days_left),
                    title,
                    translated_label(deadline.kind),
                    "",
                ]
            )
            item.setToolTip(TASK, title)
            item.setSizeHint(TASK, QSize(0, ROW_HEIGHT))  # every row as tall as the one with a button
            colour = OVERDUE if deadline.days_left < 0 else SOON if deadline.days_left <= SOON_DAYS else None
            if colour is not None:
                for column in (DATE, LEFT):
                    item.setForeground(column, QBrush(colour))
            self.tree.addTopLevelItem(item)
            if deadline.can_be_marked_sent:
                self.tree.setItemWidget(item, ACTION, self._mark_button(deadline))
        rows = max(len(deadlines), 1)
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + rows * ROW_HEIGHT + 6)
        self.tree.setVisible(bool(deadlines))
        self.empty.setVisible(not deadlines)

    def set_can_mark(self, can_mark: bool) -> None:
        """Whether "Đã gửi…" may be pressed (the store is open to keep the mark)."""
        self._can_mark = can_mark
        for button in self.findChildren(QPushButton, "markSent"):
            button.setEnabled(can_mark)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def mark_button(self, row: int) -> QPushButton | None:
        """The "Đã gửi…" button of row `row`, None when that reminder is not a report."""
        item = self.tree.topLevelItem(row)
        holder = self.tree.itemWidget(item, ACTION) if item is not None else None
        return holder.findChild(QPushButton, "markSent") if holder is not None else None

    def _mark_button(self, deadline: Deadline) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(4, 0, 4, 0)
        button = self._new_mark_button()
        button.setEnabled(self._can_mark)
        button.clicked.connect(lambda: self.mark_sent_requested.emit(deadline))
        row.addWidget(button)
        return holder

    @staticmethod
    def _new_mark_button() -> QPushButton:
        button = QPushButton(translate("DeadlineList", "Đã gửi…"))
        button.setObjectName("markSent")
        button.setStyleSheet(COMPACT_BUTTON)
        button.setToolTip(
            translate("DeadlineList", "Ghi nhận đã gửi báo cáo này lên cấp trên (hỏi ngày gửi)")
        )
        return button


def shown_title(deadline: Deadline) -> str:
    """The app's own wording in the screen language; a report or activity name as the officer wrote it."""
    if not deadline.wording:
        return deadline.title
    return translate("Deadline", deadline.wording).format(
        code=deadline.case_code, count=deadline.count, subject=deadline.subject
    )
