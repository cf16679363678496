"""Danh bạ xã: adding or editing one commune, and marking one merged into another.

Each dialog is given the core operation that saves it (`save`); a refusal (code taken, name missing…)
is shown in the dialog, which stays open with what the officer typed (edit_dialog.EditDialog).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from gender_equality_desk.core.province.roster import (
    CODE_MAX,
    MERGER_DAY,
    NAME_MAX,
    NOTE_MAX,
    OFFICER_MAX,
    PHONE_MAX,
    CommuneInput,
    RosterEntry,
)
from gender_equality_desk.gui.dialogs.edit_dialog import EditDialog
from gender_equality_desk.gui.forms.inputs import date_edit, day_of
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label


def _line(name: str, text: str, limit: int, placeholder: str = "") -> QLineEdit:
    editor = QLineEdit(text)
    editor.setObjectName(name)
    editor.setMaxLength(limit)
    editor.setPlaceholderText(placeholder)
    return editor


class CommuneDialog(EditDialog):
    """Thêm xã / Sửa thông tin xã."""

    def __init__(
        self,
        save: Callable[[CommuneInput], object],
        entry: RosterEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("CommuneDialog", "Sửa thông tin xã") if entry else translate("CommuneDialog", "Thêm xã")
        )
        super().__init__(title, "communeDialogMessage", width=520, parent=parent)
        self._save = save
        form = QFormLayout()
        self.code = _line("communeCode", entry.code if entry else "", CODE_MAX,
                          translate("CommuneDialog", "Mã đơn vị hành chính, ví dụ 04378"))  # fmt: skip
        self.name = _line("communeName", entry.name if entry else "", NAME_MAX,
                          translate("CommuneDialog", "Ví dụ: Xã Cao Lâu"))  # fmt: skip
        self.officer = _line("communeOfficer", entry.officer_name if entry else "", OFFICER_MAX)
        self.phone = _line("communePhone", entry.officer_phone if entry else "", PHONE_MAX)
        self.note = _line("communeNote", entry.note if entry else "", NOTE_MAX)
        form.addRow(translate("CommuneDialog", "Mã *"), self.code)
        form.addRow(translate("CommuneDialog", "Tên xã/phường *"), self.name)
        form.addRow(translate("CommuneDialog", "Cán bộ phụ trách"), self.officer)
        form.addRow(translate("CommuneDialog", "Số điện thoại"), self.phone)
        form.addRow(translate("CommuneDialog", "Ghi chú"), self.note)
        self.box.addLayout(form)
        if entry is not None:
            self.box.addWidget(
                styled_label(
                    translate(
                        "CommuneDialog",
                        "Mã chỉ sửa được khi tỉnh chưa nhận báo cáo nào của xã. Xã đổi mã do sắp xếp đơn vị "
                        "hành chính: thêm xã với mã mới rồi đánh dấu xã cũ đã sáp nhập.",
                    ),
                    "muted",
                    wrap=True,
                )
            )
        self._add_buttons()

    def value(self) -> CommuneInput:
        return CommuneInput(self.code.text(), self.name.text(), self.officer.text(), self.phone.text(),
                            self.note.text())  # fmt: skip

    def accept(self) -> None:
        self._save_then_close(lambda: self._save(self.value()))


class MergeDialog(EditDialog):
    """Đánh dấu xã đã sáp nhập vào xã khác (mã và ngày sáp nhập)."""

    def __init__(
        self,
        entry: RosterEntry,
        others: Sequence[RosterEntry],
        save: Callable[[str, date], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("MergeDialog", "Đánh dấu sáp nhập"), "mergeDialogMessage", width=520, parent=parent
        )
        self._save = save
        self.box.addWidget(
            styled_label(
                translate(
                    "MergeDialog",
                    "{name} (mã {code}) sáp nhập vào xã khác: xã vẫn ở trong danh bạ, các báo cáo đã nhận "
                    "trước đó giữ tên cũ; từ ngày sáp nhập, xã không còn phải nộp báo cáo riêng.",
                ).format(name=entry.name, code=entry.code),
                wrap=True,
            )
        )
        form = QFormLayout()
        self.into = QComboBox()
        self.into.setObjectName("mergeInto")
        for other in others:
            if other.code != entry.code and not other.merged_into_code:
                self.into.addItem(f"{other.code} — {other.name}", other.code)
        if entry.merged_into_code:
            self.into.setCurrentIndex(max(0, self.into.findData(entry.merged_into_code)))
        self.on = date_edit("mergedOn", entry.merged_on or MERGER_DAY)
        form.addRow(translate("MergeDialog", "Sáp nhập vào"), self.into)
        form.addRow(translate("MergeDialog", "Từ ngày"), self.on)
        self.box.addLayout(form)
        self._add_buttons()

    def accept(self) -> None:
        code = self.into.currentData()
        if not code:
            self._refuse(translate("MergeDialog", "Chưa chọn xã nhận sáp nhập."))
            return
        self._save_then_close(lambda: self._save(str(code), day_of(self.on)))
