"""Add or edit one planned activity: kind, content, time, place, responsible unit, budget.

Its kind says which records carry it out: one "Loại" list offers the activity kinds (Lễ phát động, Tập
huấn…) under "Hoạt động" and the propaganda kinds (Treo băng rôn, Phát thanh…) under "Tuyên truyền"; the
choice fills kind_id or propaganda_kind_id, never both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
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
from gender_equality_desk.core.plans.progress import RecordKind
from gender_equality_desk.gui.forms.inputs import MessageLine, MoneyEdit
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.plan_fields import OptionalDate, ParagraphsEdit

KindKey = tuple[str, int]  # (RecordKind value, catalogue id)


class PlannedKindCombo(QComboBox):
    """The "Loại" list: no kind, then the activity kinds under a "Hoạt động" header and the propaganda
    kinds under a "Tuyên truyền" header (headers can be seen, not chosen)."""

    def __init__(
        self, activity_kinds: Sequence[tuple[int, str]], propaganda_kinds: Sequence[tuple[int, str]]
    ) -> None:
        super().__init__()
        self.setObjectName("activityKind")
        self.addItem(translate("PlanActivityDialog", "(không chọn)"), None)
        groups = (
            (RecordKind.ACTIVITY, translate("PlanActivityDialog", "Hoạt động"), activity_kinds),
            (RecordKind.PROPAGANDA, translate("PlanActivityDialog", "Tuyên truyền"), propaganda_kinds),
        )
        for kind, heading, choices in groups:
            if not choices:
                continue
            self.insertSeparator(self.count())
            self._add_header(heading)
            for kind_id, label in choices:
                self.addItem(label, f"{kind.value}:{kind_id}")

    def _add_header(self, text: str) -> None:
        self.addItem(text, None)
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.count() - 1)
        item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled))
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def set_kind(self, kind_id: int | None, propaganda_kind_id: int | None) -> None:
        key = None
        if kind_id is not None:
            key = f"{RecordKind.ACTIVITY.value}:{kind_id}"
        elif propaganda_kind_id is not None:
            key = f"{RecordKind.PROPAGANDA.value}:{propaganda_kind_id}"
        index = self.findData(key) if key is not None else -1
        if key is not None and index < 0:
            # A kind the officer has since stopped using is not offered any more, but stays the item's
            # kind until another is chosen: saving the item unchanged must not drop it.
            self.addItem(translate("PlanActivityDialog", "(loại đã ngừng dùng)"), key)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def kind(self) -> tuple[int | None, int | None]:
        """(activity kind id, propaganda kind id) of the choice: at most one is set."""
        data = self.currentData()
        if not isinstance(data, str):
            return None, None
        record, kind_id = data.split(":")
        if record == RecordKind.ACTIVITY.value:
            return int(kind_id), None
        return None, int(kind_id)


class PlanActivityDialog(QDialog):
    def __init__(
        self,
        item: PlannedActivityInput,
        kinds: list[tuple[int, str]],
        units: list[tuple[int, str]],
        year: int,
        parent: QWidget | None = None,
        propaganda_kinds: Sequence[tuple[int, str]] = (),
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
        self.kind = PlannedKindCombo(kinds, propaganda_kinds)
        self.kind.set_kind(item.kind_id, item.propaganda_kind_id)
        self.kind.setToolTip(
            translate(
                "PlanActivityDialog",
                "Các hoạt động hoặc sự kiện tuyên truyền cùng loại, thực hiện trong thời gian của kế hoạch, "
                "sẽ được đề xuất khi gắn hoạt động đã thực hiện.",
            )
        )
        form.addRow(translate("PlanActivityDialog", "Loại"), self.kind)
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
        kind_id, propaganda_kind_id = self.kind.kind()
        return replace(
            self._item,
            title=self.title_edit.text().strip(),
            kind_id=kind_id,
            propaganda_kind_id=propaganda_kind_id,
            body=self.body.paragraphs(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            place=self.place.text().strip(),
            responsible_unit_id=self.unit.currentData(),
            responsible_text=self.unit_text.text().strip(),
            budget_vnd=self.budget.value() if self.budget.text().strip() else 0,
        )
