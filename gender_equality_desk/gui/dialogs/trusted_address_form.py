"""Add or edit one trusted address (địa chỉ tin cậy – nhà tạm lánh): name, kind, village, contact,
capacity and the date the commune recognised it. Saves through core.cases.trusted; a refusal keeps the
dialog open with each message under its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from gender_equality_desk.core.cases.trusted import (
    CAPACITY_MAX,
    TrustedAddressInput,
    TrustedAddressRow,
    save_trusted_address,
)
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.dialogs.case_support import FieldFormDialog
from gender_equality_desk.gui.i18n import QT_TRANSLATE_NOOP, translate
from gender_equality_desk.gui.widgets.case_inputs import DateLine
from gender_equality_desk.gui.widgets.case_lookups import village_choices

# Usual hosts of a trusted address in a commune; the officer may type another. The kind is stored (and
# reported) in Vietnamese whatever the UI language: the list shows each in the UI language and saves the
# Vietnamese (`translated_kind` shows a stored kind the same way).
KIND_CONTEXT = "TrustedAddressKind"
KIND_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("TrustedAddressKind", "Hộ gia đình"),
    QT_TRANSLATE_NOOP("TrustedAddressKind", "Nhà văn hóa thôn"),
    QT_TRANSLATE_NOOP("TrustedAddressKind", "Trụ sở UBND xã"),
    QT_TRANSLATE_NOOP("TrustedAddressKind", "Trụ sở Hội Phụ nữ"),
    QT_TRANSLATE_NOOP("TrustedAddressKind", "Cơ sở tôn giáo"),
)


def translated_kind(kind: str) -> str:
    """A stored kind in the UI language when it is one of the suggestions, otherwise as typed."""
    return translate(KIND_CONTEXT, kind) if kind in KIND_SUGGESTIONS else kind


class TrustedAddressDialog(FieldFormDialog):
    """New address when `row` is None; `saved_id` is set after saving."""

    def __init__(
        self,
        auth: AuthSession,
        today: date,
        row: TrustedAddressRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("TrustedAddressDialog", "Sửa địa chỉ tin cậy")
            if row
            else translate("TrustedAddressDialog", "Thêm địa chỉ tin cậy")
        )
        super().__init__(title, parent)
        self.setObjectName("trustedAddressDialog")
        self._auth, self._today = auth, today
        self._address_id = row.id if row else None
        self.saved_id: int | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate("TrustedAddressDialog", "Ví dụ: Nhà bà Hoàng Thị Lan, thôn Nà Làng")
        )
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItem("", "")
        for kind in KIND_SUGGESTIONS:
            self.kind.addItem(translated_kind(kind), kind)
        self.village = QComboBox()
        self.village.addItem(translate("TrustedAddressDialog", "(không ghi thôn)"), None)
        for village_id, village in village_choices(auth.store):
            self.village.addItem(village, village_id)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(translate("TrustedAddressDialog", "Người liên hệ, số điện thoại"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, CAPACITY_MAX + 1)  # out-of-range values reach the core's message
        self.capacity.setSuffix(translate("TrustedAddressDialog", " người"))
        self.registered = DateLine("registered_on")
        self.active = QCheckBox(
            translate("TrustedAddressDialog", "Đang sử dụng (được chọn khi bố trí tạm lánh)")
        )
        self.add_row("name", translate("TrustedAddressDialog", "Tên địa chỉ"), self.name)
        self.add_row("kind", translate("TrustedAddressDialog", "Loại"), self.kind)
        self.add_row("village_id", translate("TrustedAddressDialog", "Thôn"), self.village)
        self.add_row("contact", translate("TrustedAddressDialog", "Liên hệ"), self.contact)
        self.add_row("capacity", translate("TrustedAddressDialog", "Sức chứa"), self.capacity)
        self.add_row("registered_on", translate("TrustedAddressDialog", "Ngày công nhận"), self.registered)
        self.add_row("is_active", "", self.active)
        self._fill(row.as_input() if row else TrustedAddressInput(name=""))

    def _fill(self, data: TrustedAddressInput) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentText(translated_kind(data.kind))
        self.village.setCurrentIndex(max(0, self.village.findData(data.village_id)))
        self.contact.setText(data.contact)
        self.capacity.setValue(data.capacity)
        self.registered.set_value(data.registered_on)
        self.active.setChecked(data.is_active)

    def _kind(self) -> str:
        """The Vietnamese of a suggestion picked (or typed as shown), otherwise the text typed."""
        text = self.kind.currentText()
        index = self.kind.findText(text)
        return str(self.kind.itemData(index)) if index > 0 else text

    def value(self) -> TrustedAddressInput:
        return TrustedAddressInput(
            name=self.name.text(),
            capacity=self.capacity.value(),
            kind=self._kind(),
            village_id=self.village.currentData(),
            contact=self.contact.text(),
            registered_on=self.registered.value(),
            is_active=self.active.isChecked(),
        )

    def write(self) -> None:
        self.saved_id = save_trusted_address(self._auth, self.value(), self._address_id, today=self._today)
