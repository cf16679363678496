"""The small form under a catalogue table: a name, and for propaganda kinds the counting unit and
whether minutes are counted. Enter saves, Esc cancels; the editor decides what saving means."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from gender_equality_desk.core.catalogues import CatalogueEntry, CatalogueKind
from gender_equality_desk.core.domain.vocabulary import QuantityUnit
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import set_style_flag, styled_label
from gender_equality_desk.gui.widgets.catalogue_model import kind_noun


class CatalogueForm(QFrame):
    submitted = Signal()
    cancelled = Signal()

    def __init__(self, kind: CatalogueKind) -> None:
        super().__init__()
        self.kind = kind
        self.setObjectName("catalogueForm")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        self.caption = styled_label("", "cardTitle")
        box.addWidget(self.caption)
        row = QHBoxLayout()
        self.name_input = QLineEdit(self)
        self.name_input.setObjectName("catalogueName")
        self.name_input.returnPressed.connect(self.submitted)
        self.name_input.textEdited.connect(lambda _text: self.mark_invalid(False))
        row.addWidget(self.name_input, 1)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("catalogueUnit")
        self.minutes_check = QCheckBox(translate("CatalogueForm", "Tính số phút"), self)
        if kind is CatalogueKind.PROPAGANDA_KIND:
            for unit in QuantityUnit:
                self.unit_combo.addItem(translated_label(unit), unit.value)
            row.addWidget(styled_label(translate("CatalogueForm", "Đơn vị tính:")))
            row.addWidget(self.unit_combo)
            row.addWidget(self.minutes_check)
        else:
            self.unit_combo.hide()
            self.minutes_check.hide()
        self.save_button = QPushButton(translate("CatalogueForm", "Lưu"), self)
        self.save_button.setToolTip(translate("CatalogueForm", "Lưu (Enter)"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.submitted)
        self.cancel_button = QPushButton(translate("CatalogueForm", "Hủy"), self)
        self.cancel_button.setToolTip(translate("CatalogueForm", "Đóng, không lưu (Esc)"))
        self.cancel_button.clicked.connect(self.cancelled)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        box.addLayout(row)
        self.hint = styled_label("", "muted", wrap=True)
        box.addWidget(self.hint)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancelled)

    def open_for_add(self) -> None:
        noun = kind_noun(self.kind)
        self.caption.setText(translate("CatalogueForm", "Thêm {noun} mới").format(noun=noun))
        self.name_input.clear()
        self.name_input.setPlaceholderText(
            translate("CatalogueForm", "Tên thôn, bản, tổ dân phố; nhiều tên cách nhau bằng dấu phẩy")
            if self.kind is CatalogueKind.VILLAGE
            else translate("CatalogueForm", "Tên {noun} mới").format(noun=noun)
        )
        self.unit_combo.setCurrentIndex(0)
        self.minutes_check.setChecked(False)
        self._lock_counting(False, False)
        self._open(translate("CatalogueForm", "Mục mới được thêm vào cuối danh sách và dùng được ngay."))

    def open_for_edit(self, entry: CatalogueEntry) -> None:
        self.caption.setText(translate("CatalogueForm", "Sửa “{name}”").format(name=entry.label))
        self.name_input.setText(entry.label)
        self.name_input.setPlaceholderText("")
        if entry.unit is not None:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(entry.unit.value))
        self.minutes_check.setChecked(entry.counts_minutes)
        used = entry.usage_count > 0
        self._lock_counting(used, used and entry.counts_minutes)
        hint = ""
        if used:
            hint = translate(
                "CatalogueForm", "Tên mới cũng hiện ở {count} bản ghi đang dùng mục này."
            ).format(count=entry.usage_count)
        if used and self.kind is CatalogueKind.PROPAGANDA_KIND:
            hint += " " + translate(
                "CatalogueForm", "Đơn vị tính giữ nguyên để số lượng đã ghi không bị hiểu sai."
            )
        self._open(hint)

    def _lock_counting(self, unit: bool, minutes: bool) -> None:
        # Mirrors core.catalogues.set_counting: a used kind keeps the meaning of its old quantities.
        self.unit_combo.setEnabled(not unit)
        self.minutes_check.setEnabled(not minutes)

    def mark_invalid(self, invalid: bool) -> None:
        set_style_flag(self.name_input, "invalid", invalid)

    def _open(self, hint: str) -> None:
        self.mark_invalid(False)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.show()
        self.name_input.setFocus()
        self.name_input.selectAll()

    def name(self) -> str:
        return self.name_input.text()

    def unit(self) -> QuantityUnit | None:
        """The chosen counting unit (propaganda kinds only)."""
        value = self.unit_combo.currentData()
        return QuantityUnit.of(str(value)) if self.kind is CatalogueKind.PROPAGANDA_KIND else None

    def counts_minutes(self) -> bool:
        return self.minutes_check.isChecked()
