"""The round's communes and where each stands: on time (green), late (amber), not yet (red), with the date
signed, the days late or overdue, the officer and the phone number to call. Sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from gender_equality_desk.core.province.completeness import (
    WITH_WARNINGS,
    CommuneStatus,
    Completeness,
    ReportStatus,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate, translated_label

# Text and background of the status cell (readable on white; the red and green of theme.ERROR / theme.OK).
STATUS_COLOURS = {
    ReportStatus.ON_TIME: ("#1e7b4f", "#e3f2ea"),
    ReportStatus.LATE: ("#8a5a00", "#fdf1dc"),
    ReportStatus.NOT_YET: ("#b42318", "#fbe4e1"),
}
NUMBER, CODE, NAME, STATUS, SIGNED, DAYS, OFFICER, PHONE, WARNINGS = range(9)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class SortableItem(QTableWidgetItem):
    """Sorts by the raw value kept in SORT_ROLE (a date, a count) rather than by the text shown."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None and type(mine) is type(theirs):
            return bool(mine < theirs)
        return super().__lt__(other)


def status_text(row: CommuneStatus) -> str:
    """The status in the screen's language: "Nộp muộn", "Chưa nộp", … with "có cảnh báo" when flagged."""
    text = translated_label(row.status)
    if row.has_warnings:
        text += f" — {translate('ReportStatus', WITH_WARNINGS)}"
    return text


def days_text(row: CommuneStatus) -> str:
    if row.status is ReportStatus.LATE:
        return translate("CompletenessTable", "muộn {days} ngày").format(days=row.days_late)
    if row.status is ReportStatus.NOT_YET and row.days_late:
        return translate("CompletenessTable", "quá hạn {days} ngày").format(days=row.days_late)
    return ""


class CompletenessTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 9, parent)
        self.setObjectName("completenessTable")
        self.setHorizontalHeaderLabels(
            [
                translate("CompletenessTable", "TT"),
                translate("CompletenessTable", "Mã xã"),
                translate("CompletenessTable", "Xã, phường"),
                translate("CompletenessTable", "Tình trạng"),
                translate("CompletenessTable", "Ngày ký"),
                translate("CompletenessTable", "Muộn / quá hạn"),
                translate("CompletenessTable", "Cán bộ phụ trách"),
                translate("CompletenessTable", "Điện thoại"),
                translate("CompletenessTable", "Cảnh báo"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(False)  # the status colours carry the meaning
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WARNINGS, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)
        header.setSortIndicator(NUMBER, Qt.SortOrder.AscendingOrder)  # roster order until the officer sorts

    def show_completeness(self, completeness: Completeness) -> None:
        self.setSortingEnabled(False)  # rows are filled in order, then the officer may sort
        self.setRowCount(len(completeness.communes))
        for index, row in enumerate(completeness.communes):
            signed = row.signed_day
            cells = (
                (str(index + 1), index + 1),
                (row.commune.code, row.commune.code),
                (row.commune.name, row.commune.name),
                (status_text(row), list(ReportStatus).index(row.status) * 10_000 + row.days_late),
                (format_date(signed) if signed else "", signed.toordinal() if signed else 0),
                (days_text(row), row.days_late),
                (row.commune.officer_name, row.commune.officer_name),
                (row.commune.officer_phone, row.commune.officer_phone),
                (" ".join(row.warnings), len(row.warnings)),
            )
            for column, (text, key) in enumerate(cells):
                item = SortableItem(text)
                item.setData(SORT_ROLE, key)
                if text:
                    item.setToolTip(text)
                if column in (NUMBER, DAYS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == STATUS:
                    ink, tint = STATUS_COLOURS[row.status]
                    item.setForeground(QBrush(QColor(ink)))
                    item.setBackground(QBrush(QColor(tint)))
                self.setItem(index, column, item)
        self.setSortingEnabled(True)
        self.resizeColumnsToContents()
