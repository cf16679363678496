"""Small dialogs of an open case: add a measure, add a follow-up, close the case with its reason.

Each saves through the case services and stays open with the message next to the field on a refusal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.cases import support
from gender_equality_desk.core.cases.trusted import list_trusted_addresses
from gender_equality_desk.core.cases.vocabulary import (
    ClosureReason,
    FollowUpKind,
    MeasureKind,
    MeasureOutcome,
)
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.checks import CheckResult, InvalidRecordError
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.case_inputs import DateLine, EnumCombo, message_line, show_errors


class FieldFormDialog(QDialog):
    """A form of labelled rows, each with its message line, and Lưu / Hủy buttons."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.inputs: dict[str, QWidget] = {}
        self.lines: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.general_message = styled_label("", "error", wrap=True)
        self.general_message.hide()
        layout.addWidget(self.general_message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("FieldFormDialog", "Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("FieldFormDialog", "Hủy"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def add_row(self, name: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(widget.objectName() or name)
        self.inputs[name] = widget
        self.lines[name] = message_line(name)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.lines[name])
        self.form.addRow(label, column)

    def dates(self) -> dict[str, DateLine]:
        return {name: widget for name, widget in self.inputs.items() if isinstance(widget, DateLine)}

    def _save(self) -> None:
        errors = {name: problem for name, edit in self.dates().items() if (problem := edit.problem())}
        if errors:
            show_errors(errors, self.inputs, self.lines)
            return
        try:
            self.write()
        except InvalidRecordError as error:
            show_errors(error.result.errors, self.inputs, self.lines)
            return
        except UserFacingError as error:
            self.general_message.setText(str(error))
            self.general_message.show()
            return
        self.accept()

    def write(self) -> None:
        raise NotImplementedError


class MeasureDialog(FieldFormDialog):
    def __init__(self, auth: AuthSession, case_id: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(translate("MeasureDialog", "Thêm biện pháp hỗ trợ"), parent)
        self._auth, self._case_id = auth, case_id
        self.kind = EnumCombo(MeasureKind, "kind")
        self.start = DateLine("start_date")
        self.start.set_value(today)
        self.end = DateLine("end_date")
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(translate("MeasureDialog", "Ví dụ: Công an xã, Trạm Y tế xã"))
        self.address = QComboBox()
        self.address.addItem(translate("MeasureDialog", "(không)"), None)
        for row in list_trusted_addresses(auth, on=today, active_only=True):
            shown = translate("MeasureDialog", "{name} — {in_use}/{capacity} chỗ")
            self.address.addItem(
                shown.format(name=row.name, in_use=row.in_use, capacity=row.capacity), row.id
            )
        self.outcome = EnumCombo(MeasureOutcome, "outcome")
        self.note = QLineEdit()
        self.add_row("kind", translate("MeasureDialog", "Biện pháp"), self.kind)
        self.add_row("start_date", translate("MeasureDialog", "Từ ngày"), self.start)
        self.add_row("end_date", translate("MeasureDialog", "Đến ngày"), self.end)
        self.add_row("provider", translate("MeasureDialog", "Đơn vị thực hiện"), self.provider)
        self.add_row("trusted_address_id", translate("MeasureDialog", "Địa chỉ tin cậy"), self.address)
        self.add_row("outcome", translate("MeasureDialog", "Kết quả"), self.outcome)
        self.add_row("note", translate("MeasureDialog", "Ghi chú (mã hóa)"), self.note)

    def write(self) -> None:
        data = support.MeasureInput(
            kind=self.kind.value(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            provider=self.provider.text(),
            trusted_address_id=self.address.currentData(),
            outcome=self.outcome.value(),
            note=self.note.text(),
        )
        support.add_measure(self._auth, self._case_id, data)


class FollowUpDialog(FieldFormDialog):
    def __init__(self, auth: AuthSession, case_id: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(translate("FollowUpDialog", "Thêm lịch theo dõi"), parent)
        self._auth, self._case_id = auth, case_id
        self.kind = EnumCombo(FollowUpKind, "kind")
        self.due = DateLine("due_date")
        self.note = QLineEdit()
        self.add_row("kind", translate("FollowUpDialog", "Hình thức"), self.kind)
        self.add_row("due_date", translate("FollowUpDialog", "Ngày hẹn"), self.due)
        self.add_row("note", translate("FollowUpDialog", "Ghi chú (mã hóa)"), self.note)

    def write(self) -> None:
        data = support.FollowUpInput(self.kind.value(), self.due.value(), self.note.text())
        support.add_follow_up(self._auth, self._case_id, data)


class StatusDialog(FieldFormDialog):
    """Close a case with its reason, or reopen it (the earlier closure stays in the history)."""

    def __init__(
        self, auth: AuthSession, case_id: int, today: date, *, closing: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("StatusDialog", "Đóng hồ sơ") if closing else translate("StatusDialog", "Mở lại hồ sơ"),
            parent,
        )
        self._auth, self._case_id, self._closing = auth, case_id, closing
        self.reason = EnumCombo(ClosureReason, "reason")
        self.on = DateLine("closed_on")
        self.on.set_value(today)
        self.note = QLineEdit()
        if closing:
            self.add_row("reason", translate("StatusDialog", "Lý do đóng"), self.reason)
        self.add_row("closed_on", translate("StatusDialog", "Ngày"), self.on)
        self.add_row("note", translate("StatusDialog", "Ghi chú (mã hóa)"), self.note)

    def write(self) -> None:
        on = self.on.value()
        if on is None:
            raise InvalidRecordError(_one("closed_on", translate("StatusDialog", "Chưa nhập ngày.")))
        if self._closing:
            support.close_case(self._auth, self._case_id, self.reason.value(), on, self.note.text())
        else:
            support.reopen_case(self._auth, self._case_id, on, self.note.text())


def _one(name: str, message: str) -> CheckResult:
    result = CheckResult()
    result.error(name, message)
    return result
