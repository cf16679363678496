"""The form a report follows ("Biểu số …") and its legal basis, typed by the officer; printed under the
report's subject only when filled (core/reports/report_forms.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.reports.report_forms import (
    FORM_NAME_LIMIT,
    LEGAL_BASIS_LIMIT,
    ReportFormInput,
    load_report_form,
    save_report_form,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import set_role, styled_label


class ReportFormFields(QWidget):
    """Two fields and "Lưu mẫu biểu" for the report chosen in the indicator editor."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._kind = ""
        self.form_name = QLineEdit()
        self.form_name.setObjectName("reportFormName")
        self.form_name.setMaxLength(FORM_NAME_LIMIT)
        self.form_name.setPlaceholderText(
            translate("ReportFormFields", "ví dụ: Biểu số 01 (để trống nếu tỉnh không quy định)")
        )
        self.legal_basis = QLineEdit()
        self.legal_basis.setObjectName("reportFormBasis")
        self.legal_basis.setMaxLength(LEGAL_BASIS_LIMIT)
        self.legal_basis.setPlaceholderText(
            translate(
                "ReportFormFields", "ví dụ: văn bản của tỉnh quy định mẫu biểu (số, ngày, cơ quan ban hành)"
            )
        )
        self.save_button = QPushButton(translate("ReportFormFields", "Lưu mẫu biểu"))
        self.save_button.setObjectName("reportFormSave")
        self.save_button.clicked.connect(self.save)
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("reportFormMessage")
        self.message.hide()
        fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(translate("ReportFormFields", "Tên mẫu biểu:"), self.form_name)
        basis = QHBoxLayout()
        basis.addWidget(self.legal_basis, 1)
        basis.addWidget(self.save_button)
        fields.addRow(translate("ReportFormFields", "Căn cứ pháp lý:"), basis)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(fields)
        box.addWidget(self.message)

    def show_report(self, report_kind: str) -> None:
        self._kind = report_kind
        with self._store.reading() as session:
            value = load_report_form(session, report_kind)
        self.form_name.setText(value.form_name)
        self.legal_basis.setText(value.legal_basis)
        self.message.hide()

    def save(self) -> None:
        value = ReportFormInput(self.form_name.text(), self.legal_basis.text())
        try:
            with self._store.transaction() as session:
                saved = save_report_form(session, self._kind, value)
        except UserFacingError as error:
            self.message.setText(str(error))
            set_role(self.message, "error")
            self.message.show()
            return
        self.form_name.setText(saved.form_name)
        self.legal_basis.setText(saved.legal_basis)
        self.message.setText(
            translate("ReportFormFields", "Đã lưu. Báo cáo in tên mẫu biểu dưới trích yếu.")
            if not saved.is_empty
            else translate("ReportFormFields", "Đã lưu. Báo cáo không ghi mẫu biểu.")
        )
        set_role(self.message, "muted")
        self.message.show()
        self.changed.emit()
