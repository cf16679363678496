"""Báo cáo đã gửi: the reports the officer marked sent (on Tổng quan), newest first, each with "Hoàn tác"
to take a mark back (marked by mistake, or with a wrong date): that occurrence is reminded again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadlines import SentReport, sent_reports, undo_sent
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.widgets.basics import card, read_only_table, show_message, styled_label
from gender_equality_desk.gui.widgets.deadline_list import COMPACT_BUTTON

REPORT, DUE, SENT, NOTE, ACTION = range(5)
ROW_HEIGHT = 32
SHOWN_ROWS = 5  # taller lists scroll


def sent_text(report: SentReport) -> str:
    """The day it went up, and how late when it was."""
    day = format_date(report.sent_on)
    if report.days_late == 0:
        return day
    return translate("SentReportsPanel", "{day} (muộn {days} ngày)").format(day=day, days=report.days_late)


class SentReportsPanel(QWidget):
    changed = Signal(str)  # DataChange.PLANS after an undo: Tổng quan reminds of it again

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentReportsPanel")
        self._store = store
        self._rows: list[SentReport] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card(name="sentReportsCard")
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        box.addWidget(styled_label(translate("SentReportsPanel", "Báo cáo đã gửi"), "cardTitle"))
        self.empty = styled_label(
            translate(
                "SentReportsPanel",
                "Chưa có báo cáo nào được đánh dấu đã gửi. Khi gửi xong, bấm “Đã gửi…” cạnh hạn báo cáo "
                "trên trang Tổng quan.",
            ),
            "muted",
            wrap=True,
        )
        self.empty.setObjectName("sentReportsEmpty")
        box.addWidget(self.empty)
        self.table = read_only_table(
            "sentReports",
            [
                translate("SentReportsPanel", "Báo cáo"),
                translate("SentReportsPanel", "Kỳ hạn"),
                translate("SentReportsPanel", "Ngày gửi"),
                translate("SentReportsPanel", "Ghi chú"),
                "",
            ],
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        for column in (DUE, SENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REPORT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        # Cell widgets do not size their column: as wide as the button, whichever language it is in.
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ACTION, self._new_undo_button().sizeHint().width() + 12)
        box.addWidget(self.table)
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("sentReportsMessage")
        self.message.hide()
        box.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        with self._store.reading() as session:
            self._rows = sent_reports(session)
        for row in range(self.table.rowCount()):  # deleted later by Qt: hidden now, never seen stale
            old = self.table.cellWidget(row, ACTION)
            if old is not None:
                old.hide()
                self.table.removeCellWidget(row, ACTION)
        self.table.setRowCount(len(self._rows))
        for index, report in enumerate(self._rows):
            texts = (report.label, format_date(report.due), sent_text(report), report.note)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
            self.table.setCellWidget(index, ACTION, self._undo_button(report))
        shown = min(max(len(self._rows), 1), SHOWN_ROWS)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + shown * ROW_HEIGHT
            + 2 * self.table.frameWidth()
        )
        self.table.setVisible(bool(self._rows))
        self.empty.setVisible(not self._rows)

    def undo_button(self, row: int) -> QPushButton:
        holder = self.table.cellWidget(row, ACTION)
        button = holder.findChild(QPushButton, "undoSent") if holder is not None else None
        assert button is not None
        return button

    def undo(self, report: SentReport) -> bool:
        try:
            with self._store.transaction() as session:
                undo_sent(session, report.id)
        except UserFacingError as problem:
            self.reload()
            show_message(self.message, str(problem), error=True)
            self.message.show()
            return False
        self.reload()
        show_message(
            self.message,
            translate(
                "SentReportsPanel",
                "Đã hoàn tác: “{report}” kỳ hạn {due} lại được nhắc trên trang Tổng quan cho đến khi "
                "đánh dấu đã gửi.",
            ).format(report=report.label, due=format_date(report.due)),
        )
        self.message.show()
        self.changed.emit(DataChange.PLANS.value)
        return True

    def _undo_button(self, report: SentReport) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(4, 0, 4, 0)
        button = self._new_undo_button()
        button.clicked.connect(lambda: self.undo(report))
        row.addWidget(button)
        return holder

    @staticmethod
    def _new_undo_button() -> QPushButton:
        button = QPushButton(translate("SentReportsPanel", "Hoàn tác"))
        button.setObjectName("undoSent")
        button.setStyleSheet(COMPACT_BUTTON)
        button.setToolTip(
            translate("SentReportsPanel", "Bỏ đánh dấu đã gửi: trang Tổng quan sẽ nhắc lại kỳ hạn này")
        )
        return button
