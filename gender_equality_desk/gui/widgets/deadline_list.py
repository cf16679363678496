"""Hạn cần nhớ: the dashboard's reminders (Action Month, report deadlines, planned activities due this
week, overdue case follow-ups), the most urgent first; overdue in red, due within three days in amber."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from gender_equality_desk.core.dashboard.reminders import Deadline
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import card, styled_label

OVERDUE = QColor("#b3261e")
SOON = QColor("#8a5a00")
SOON_DAYS = 3


def days_text(days_left: int) -> str:
    if days_left < 0:
        return translate("DeadlineList", "quá hạn {days} ngày").format(days=-days_left)
    if days_left == 0:
        return translate("DeadlineList", "hôm nay")
    return translate("DeadlineList", "còn {days} ngày").format(days=days_left)


class DeadlineList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineList")
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
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        box.addWidget(self.tree)
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
                ]
            )
            item.setToolTip(2, title)
            colour = OVERDUE if deadline.days_left < 0 else SOON if deadline.days_left <= SOON_DAYS else None
            if colour is not None:
                for column in range(2):
                    item.setForeground(column, QBrush(colour))
            self.tree.addTopLevelItem(item)
        rows = max(len(deadlines), 1)
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + rows * 26 + 6)
        self.tree.setVisible(bool(deadlines))
        self.empty.setVisible(not deadlines)


def shown_title(deadline: Deadline) -> str:
    """The app's own wording in the screen language; a report or activity name as the officer wrote it."""
    if not deadline.wording:
        return deadline.title
    return translate("Deadline", deadline.wording).format(code=deadline.case_code)
