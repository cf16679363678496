"""Kỳ báo cáo mới / Sửa kỳ báo cáo: report kind, year, period, dates, deadline and title of a round.

Dates and title follow the kind, year and period as suggestions (core.province.rounds.round_defaults)
until the officer changes them. Editing a round, only its deadline and title change (its rows and period
are what communes report against). The dialog runs the save it is given; a refusal (a round that exists
already, a deadline before the period) is shown in the dialog, which stays open (edit_dialog.EditDialog).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from gender_equality_desk.core.province.periods import KIND_LABELS, KIND_PERIODS, PERIOD_LABELS
from gender_equality_desk.core.province.round_scope import RoundInfo
from gender_equality_desk.core.province.rounds import (
    TITLE_MAX,
    YEAR_MAX,
    YEAR_MIN,
    RoundInput,
    round_defaults,
)
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP
from gender_equality_desk.gui.dialogs.edit_dialog import EditDialog
from gender_equality_desk.gui.forms.inputs import date_edit, day_of, show_day
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label

KIND_CONTEXT = "RoundKind"  # core.province.periods' KIND_LABELS and PERIOD_LABELS, shown translated
_MARKED = (  # the labels of periods.py, marked here for lupdate (that module is the desks' shared format)
    QT_TRANSLATE_NOOP(
        "RoundKind", "Kết quả Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới"
    ),
    QT_TRANSLATE_NOOP("RoundKind", "Công tác bình đẳng giới"),
    QT_TRANSLATE_NOOP("RoundKind", "Thống kê công tác phòng, chống bạo lực gia đình"),
    QT_TRANSLATE_NOOP("RoundKind", "Tháng hành động (15/11–15/12)"),
    QT_TRANSLATE_NOOP("RoundKind", "6 tháng đầu năm"),
    QT_TRANSLATE_NOOP("RoundKind", "Cả năm"),
)


class RoundDialog(EditDialog):
    def __init__(
        self,
        save: Callable[[RoundInput], object],
        *,
        year: int,
        existing: RoundInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("RoundDialog", "Sửa kỳ báo cáo")
            if existing
            else translate("RoundDialog", "Kỳ báo cáo mới")
        )
        # The kinds and titles are long: shown whole.
        super().__init__(title, "roundDialogMessage", width=780, parent=parent)
        self._save = save
        self._suggesting = False
        self._title_edited = existing is not None
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("roundKind")
        for kind in KIND_PERIODS:
            self.kind.addItem(translate(KIND_CONTEXT, KIND_LABELS[kind]), kind)
        self.year = QSpinBox()
        self.year.setObjectName("roundYear")
        self.year.setRange(YEAR_MIN, YEAR_MAX)
        self.year.setValue(year)
        self.period = QComboBox()
        self.period.setObjectName("roundPeriod")
        self.start = date_edit("roundStart")
        self.end = date_edit("roundEnd")
        self.deadline = date_edit("roundDeadline")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("roundTitle")
        self.title_edit.setMaxLength(TITLE_MAX)
        form.addRow(translate("RoundDialog", "Loại báo cáo"), self.kind)
        form.addRow(translate("RoundDialog", "Năm"), self.year)
        form.addRow(translate("RoundDialog", "Kỳ"), self.period)
        form.addRow(translate("RoundDialog", "Từ ngày"), self.start)
        form.addRow(translate("RoundDialog", "Đến ngày"), self.end)
        form.addRow(translate("RoundDialog", "Hạn nộp"), self.deadline)
        form.addRow(translate("RoundDialog", "Tên kỳ báo cáo"), self.title_edit)
        self.box.addLayout(form)
        self.box.addWidget(
            styled_label(
                translate(
                    "RoundDialog",
                    "Dòng chỉ tiêu của kỳ được lấy từ Cài đặt → Chỉ tiêu báo cáo của máy này. Sau khi tạo, "
                    "bấm «Xuất tệp kỳ báo cáo…» để gửi cho các xã.",
                )
                if existing is None
                else translate(
                    "RoundDialog",
                    "Chỉ sửa được hạn nộp và tên. Kỳ đã xuất tệp thì sau khi sửa hãy xuất lại tệp và gửi lại "
                    "cho các xã.",
                ),
                "muted",
                wrap=True,
            )
        )
        save_button = self._add_buttons(
            translate("RoundDialog", "Tạo kỳ báo cáo") if existing is None else ""
        )
        save_button.setObjectName("saveRound")
        save_button.setProperty("primary", True)

        self.kind.currentIndexChanged.connect(lambda _index: self._fill_periods())
        self.year.valueChanged.connect(lambda _value: self._suggest())
        self.period.currentIndexChanged.connect(lambda _index: self._suggest())
        self.title_edit.textEdited.connect(lambda text: setattr(self, "_title_edited", bool(text.strip())))
        if existing is None:
            self._fill_periods()
        else:
            self._show(existing)

    def _fill_periods(self) -> None:
        kind = str(self.kind.currentData())
        self.period.blockSignals(True)
        self.period.clear()
        for period in reversed(KIND_PERIODS[kind]):  # the yearly one first: the usual round
            self.period.addItem(translate(KIND_CONTEXT, PERIOD_LABELS[period]), period)
        self.period.blockSignals(False)
        self.period.setEnabled(self.period.count() > 1)
        self._suggest()

    def _suggest(self) -> None:
        defaults = round_defaults(
            str(self.kind.currentData()), self.year.value(), str(self.period.currentData())
        )
        assert defaults.period_start and defaults.period_end and defaults.deadline
        show_day(self.start, defaults.period_start)
        show_day(self.end, defaults.period_end)
        show_day(self.deadline, defaults.deadline)
        if not self._title_edited:
            self.title_edit.setText(defaults.title)

    def _show(self, existing: RoundInfo) -> None:
        self.kind.setCurrentIndex(self.kind.findData(existing.report_kind))
        self._fill_periods()
        self.year.setValue(existing.year)
        self.period.setCurrentIndex(self.period.findData(existing.period))
        show_day(self.start, existing.period_start)
        show_day(self.end, existing.period_end)
        show_day(self.deadline, existing.deadline)
        self.title_edit.setText(existing.title)
        for fixed in (self.kind, self.year, self.period, self.start, self.end):
            fixed.setEnabled(False)

    def value(self) -> RoundInput:
        return RoundInput(
            kind=str(self.kind.currentData()),
            year=self.year.value(),
            period=str(self.period.currentData()),
            deadline=day_of(self.deadline),
            period_start=day_of(self.start),
            period_end=day_of(self.end),
            title=self.title_edit.text(),
        )

    def accept(self) -> None:
        self._save_then_close(lambda: self._save(self.value()))
