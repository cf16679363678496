"""Đã gửi báo cáo: the date a report went up for one deadline occurrence (today unless changed) and an
optional note. The dialog checks the date as it changes (core.plans.deadline_rules) and hands the values to
`submit`, which writes them; a refusal from the core is shown under the date and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadline_rules import NOTE_MAX, sent_on_problem
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.forms.inputs import MessageLine
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.deadline_list import days_text

Submit = Callable[[date, str], None]  # (sent on, note); raises UserFacingError when refused


class ReportSentDialog(QDialog):
    def __init__(
        self,
        label: str,
        due: date,
        today: date,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportSentDialog")
        self.setWindowTitle(translate("ReportSentDialog", "Đánh dấu đã gửi báo cáo"))
        self.setMinimumWidth(520)
        self._due, self._today, self._submit = due, today, submit
        box = QVBoxLayout(self)
        name = styled_label(label, "cardTitle", wrap=True)
        name.setObjectName("reportSentLabel")
        box.addWidget(name)
        when = styled_label(
            translate("ReportSentDialog", "Kỳ hạn {due} ({left})").format(
                due=format_date(due), left=days_text((due - today).days)
            ),
            "muted",
        )
        when.setObjectName("reportSentDue")
        box.addWidget(when)

        form = QFormLayout()
        self.sent_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.sent_on.setObjectName("sentOn")
        self.sent_on.setDisplayFormat("dd/MM/yyyy")
        self.sent_on.setCalendarPopup(True)
        self.sent_on_message = MessageLine("sentOn")
        form.addRow(translate("ReportSentDialog", "Ngày gửi"), self.sent_on)
        form.addRow("", self.sent_on_message)
        self.note = QLineEdit()
        self.note.setObjectName("sentNote")
        self.note.setPlaceholderText(
            translate("ReportSentDialog", "Không bắt buộc. Ví dụ: số văn bản, gửi qua thư điện tử")
        )
        self.note_message = MessageLine("sentNote")
        form.addRow(translate("ReportSentDialog", "Ghi chú"), self.note)
        form.addRow("", self.note_message)
        box.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ReportSentDialog", "Lưu"))
        self.ok_button.setObjectName("saveSent")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("ReportSentDialog", "Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.sent_on.dateChanged.connect(lambda _day: self._check_date())
        self.note.textChanged.connect(lambda _text: self._check_note())

    def sent_on_value(self) -> date:
        chosen = self.sent_on.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def accept(self) -> None:
        """Save through `submit` and close; a wrong date or a refusal stays on screen under its field."""
        if not (self._check_date() & self._check_note()):
            return
        try:
            self._submit(self.sent_on_value(), self.note.text())
        except UserFacingError as problem:
            self.sent_on_message.show_error(str(problem))
            self._fit()
            return
        super().accept()

    def _check_date(self) -> bool:
        problem = sent_on_problem(
            self.sent_on_value(), self._due, self._due.month, self._due.day, self._today
        )
        if problem:
            self.sent_on_message.show_error(problem)
        else:
            self.sent_on_message.clear_message()
        self._fit()
        return not problem

    def _check_note(self) -> bool:
        length = len(self.note.text().strip())
        if length > NOTE_MAX:
            self.note_message.show_error(
                translate(
                    "ReportSentDialog", "Ghi chú dài {length} ký tự, quá {limit} ký tự. Vui lòng rút gọn."
                ).format(length=length, limit=NOTE_MAX)
            )
        else:
            self.note_message.clear_message()
        self._fit()
        return length <= NOTE_MAX

    def _fit(self) -> None:
        """Grow (or shrink back) with the messages under the fields, never squeezing their lines."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.heightForWidth(self.width()), self.sizeHint().height()))
