"""Which report, for which year or period, dated when, and for whom: the controls at the top of the Báo
cáo page. By default a report carries exact counts for the receiving authority; "Bản công bố công khai"
prepares a copy the public may read, with victims' case counts from 1 to 2 shown as "<3"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gender_equality_desk.core.reports.registry import ReportKind, ReportRequest
from gender_equality_desk.gui.i18n import translate, translated_label

FIRST_YEAR = 2000
DATE_FORMAT = "dd/MM/yyyy"


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def _to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class ReportOptions(QWidget):
    """Emits `changed` whenever the officer picks something else; `request()` says what to build."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for kind in ReportKind:
            self.kind.addItem(translated_label(kind), kind.value)  # Qt keeps a str enum as a plain str
        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setRange(FIRST_YEAR, today.year + 1)
        self.year.setValue(today.year)
        self.start = _date_edit("reportStart", date(today.year, 1, 1))
        self.end = _date_edit("reportEnd", today)
        self.dated = QCheckBox(translate("ReportOptions", "Ghi ngày ký:"))
        self.dated.setObjectName("reportDated")
        self.dated.setToolTip(
            translate("ReportOptions", "Bỏ chọn để để trống ngày, tháng cho lãnh đạo ghi tay khi ký.")
        )
        self.dated.setChecked(True)
        self.day = _date_edit("reportDay", today)
        self.publish = QCheckBox(
            translate("ReportOptions", "Bản công bố công khai (số vụ việc 1–2 ghi “<3”)")
        )
        self.publish.setObjectName("reportPublish")
        self.publish.setToolTip(
            translate(
                "ReportOptions",
                "Để trống khi gửi cơ quan cấp trên: biểu mẫu cần số liệu chính xác. Chỉ chọn khi báo cáo "
                "được công bố công khai (niêm yết, đăng cổng thông tin): ô có 1 hoặc 2 vụ việc được ghi "
                "“<3” để bảo vệ danh tính nạn nhân.",
            )
        )

        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.start)
        period.addWidget(self.end)
        period.addStretch(1)
        self.half_year = QPushButton(translate("ReportOptions", "6 tháng đầu năm"))
        self.half_year.setObjectName("periodHalfYear")
        self.half_year.clicked.connect(lambda: self._set_period(6))
        self.whole_year = QPushButton(translate("ReportOptions", "Cả năm"))
        self.whole_year.setObjectName("periodWholeYear")
        self.whole_year.clicked.connect(lambda: self._set_period(12))
        quick = QHBoxLayout()
        quick.setContentsMargins(0, 0, 0, 0)
        quick.addWidget(self.half_year)
        quick.addWidget(self.whole_year)
        quick.addStretch(1)
        signing = QHBoxLayout()
        signing.setContentsMargins(0, 0, 0, 0)
        signing.addWidget(self.dated)
        signing.addWidget(self.day)
        signing.addStretch(1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("ReportOptions", "Báo cáo:"), self.kind)
        form.addRow(translate("ReportOptions", "Năm:"), self.year)
        form.addRow(translate("ReportOptions", "Từ ngày – đến ngày:"), period)
        form.addRow("", quick)
        form.addRow(signing)
        form.addRow(self.publish)
        self._period_label = form.labelForField(period)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._year_changed)
        for edit in (self.start, self.end, self.day):
            edit.dateChanged.connect(self.changed)
        self.dated.toggled.connect(self.day.setEnabled)
        self.dated.toggled.connect(self.changed)
        self.publish.toggled.connect(self.changed)
        self._kind_changed()

    def selected_kind(self) -> ReportKind:
        return ReportKind.of(str(self.kind.currentData()))

    def request(self) -> ReportRequest:
        periodic = self.selected_kind().is_periodic
        return ReportRequest(
            kind=self.selected_kind(),
            year=self.year.value(),
            start=_to_date(self.start) if periodic else None,
            end=_to_date(self.end) if periodic else None,
            day=_to_date(self.day) if self.dated.isChecked() else None,
            for_publication=self.publish.isEnabled() and self.publish.isChecked(),
        )

    def _kind_changed(self) -> None:
        periodic = self.selected_kind().is_periodic
        for widget in (self.start, self.end, self._period_label, self.half_year, self.whole_year):
            if widget is not None:
                widget.setEnabled(periodic)
        # Only reports stating victims' case counts have a copy for publication.
        self.publish.setEnabled(self.selected_kind().can_publish)
        self.changed.emit()

    def _year_changed(self, year: int) -> None:
        # The period follows the year so that "Năm 2025" then "Sổ nhật ký" shows 2025, not a stale range.
        self._set_period(12)

    def _set_period(self, months: int) -> None:
        year = self.year.value()
        self.start.blockSignals(True)
        self.end.blockSignals(True)
        self.start.setDate(QDate(year, 1, 1))
        self.end.setDate(QDate(year, 6, 30) if months == 6 else QDate(year, 12, 31))
        self.start.blockSignals(False)
        self.end.blockSignals(False)
        self.changed.emit()
