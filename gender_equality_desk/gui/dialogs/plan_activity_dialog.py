"""Add or edit one planned activity: kind, content, time, place, responsible unit, budget."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.plans.model import PlannedActivityInput
from gender_equality_desk.gui.forms.inputs import MessageLine, MoneyEdit
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.plan_fields import OptionalDate, ParagraphsEdit


class PlanActivityDialog(QDialog):
    def __init__(
        self,
        item: PlannedActivityInput,
        kinds: list[tuple[int, str]],
        units: list[tuple[int, str]],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlanActivityDialog", "Hoạt động trong kế hoạch"))
        self.setObjectName("planActivityDialog")
        self.resize(720, 560)
        self._item = item
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(item.title)
        self.title_edit.setObjectName("activityTitle")
        self.title_edit.setPlaceholderText(
            translate("PlanActivityDialog", "Tên ngắn, in đậm làm đề mục (có thể để trống)")
        )
        form.addRow(translate("PlanActivityDialog", "Tên hoạt động"), self.title_edit)
        self.kind = QComboBox()
        self.kind.setObjectName("activityKind")
        self.kind.addItem(translate("PlanActivityDialog", "(không chọn)"), None)
        for kind_id, label in kinds:
            self.kind.addItem(label, kind_id)
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind_id), 0))
        form.addRow(translate("PlanActivityDialog", "Loại hoạt động"), self.kind)
        self.body = ParagraphsEdit("activityBody", height=150)
        self.body.set_paragraphs(item.body)
        form.addRow(translate("PlanActivityDialog", "Nội dung"), self.body)
        default = date(year, 11, 15)
        self.start = OptionalDate(
            "activityStart", translate("PlanActivityDialog", "Có ngày"), item.start_date or default
        )
        self.start.set_value(item.start_date)
        self.end = OptionalDate(
            "activityEnd",
            translate("PlanActivityDialog", "Có ngày"),
            item.end_date or item.start_date or default,
        )
        self.end.set_value(item.end_date)
        form.addRow(translate("PlanActivityDialog", "Từ ngày"), self.start)
        form.addRow(translate("PlanActivityDialog", "Đến ngày"), self.end)
        self.place = QLineEdit(item.place)
        self.place.setObjectName("activityPlace")
        form.addRow(translate("PlanActivityDialog", "Địa điểm"), self.place)
        self.unit = QComboBox()
        self.unit.setObjectName("activityUnit")
        self.unit.addItem(translate("PlanActivityDialog", "(không chọn)"), None)
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        self.unit.setCurrentIndex(max(self.unit.findData(item.responsible_unit_id), 0))
        form.addRow(translate("PlanActivityDialog", "Đơn vị thực hiện"), self.unit)
        self.unit_text = QLineEdit(item.responsible_text)
        self.unit_text.setObjectName("activityUnitText")
        self.unit_text.setPlaceholderText(translate("PlanActivityDialog", "Đơn vị khác hoặc đơn vị phối hợp"))
        form.addRow(translate("PlanActivityDialog", "Đơn vị khác"), self.unit_text)
        self.budget = MoneyEdit("activityBudget")
        self.budget.set_value(item.budget_vnd)
        form.addRow(translate("PlanActivityDialog", "Kinh phí (đồng)"), self.budget)
        box.addLayout(form)
        self.message = MessageLine("activityDialog")
        box.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PlanActivityDialog", "Đồng ý"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PlanActivityDialog", "Hủy"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _accept(self) -> None:
        try:
            self.budget.value()
        except ValueError as error:
            self.message.show_error(str(error))
            return
        if not self.title_edit.text().strip() and not self.body.paragraphs():
            self.message.show_error(
                translate(
                    "PlanActivityDialog", "Chưa có nội dung hoạt động. Vui lòng nhập tên hoặc nội dung."
                )
            )
            return
        self.accept()

    def value(self) -> PlannedActivityInput:
        return replace(
            self._item,
            title=self.title_edit.text().strip(),
            kind_id=self.kind.currentData(),
            body=self.body.paragraphs(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            place=self.place.text().strip(),
            responsible_unit_id=self.unit.currentData(),
            responsible_text=self.unit_text.text().strip(),
            budget_vnd=self.budget.value() if self.budget.text().strip() else 0,
        )
