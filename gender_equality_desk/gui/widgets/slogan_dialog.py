"""Add or edit one slogan of the library: text, year, source, theme.

The dialog does not close on a refused save: `save` (given by the caller) raises UserFacingError and the
Vietnamese message appears under the fields, with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.slogans import MIN_YEAR, SloganChoice, SloganInput
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label

NO_YEAR = MIN_YEAR - 1  # the spin box's lowest value stands for "no year"
SaveSlogan = Callable[[SloganInput], None]


class SloganDialog(QDialog):
    def __init__(
        self,
        save: SaveSlogan,
        themes: Sequence[str],
        this_year: int,
        current: SloganChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(
            translate("SloganDialog", "Sửa khẩu hiệu")
            if current
            else translate("SloganDialog", "Thêm khẩu hiệu")
        )
        self.resize(620, 300)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("sloganText")
        self.text_edit.setPlaceholderText(
            translate("SloganDialog", "Ví dụ: Nam, nữ bình đẳng, xã hội văn minh, gia đình hạnh phúc")
        )
        self.text_edit.setFixedHeight(72)
        self.year = QSpinBox(self)
        self.year.setObjectName("sloganYear")
        self.year.setRange(NO_YEAR, this_year + 1)
        self.year.setSpecialValueText(translate("SloganDialog", "(không rõ năm)"))
        self.source = QLineEdit(self)
        self.source.setObjectName("sloganSource")
        self.source.setPlaceholderText(translate("SloganDialog", "Ví dụ: CV 4893/BLĐTBXH-VBĐG năm 2024"))
        self.theme = QComboBox(self)
        self.theme.setObjectName("sloganTheme")
        self.theme.setEditable(True)
        self.theme.addItems(["", *themes])
        self.message = styled_label("", "error", wrap=True)
        self.message.setObjectName("sloganDialogMessage")
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            translate("SloganDialog", "Lưu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(translate("SloganDialog", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("SloganDialog", "Nội dung"), self.text_edit)
        form.addRow(translate("SloganDialog", "Năm"), self.year)
        form.addRow(translate("SloganDialog", "Nguồn"), self.source)
        form.addRow(translate("SloganDialog", "Chủ đề"), self.theme)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        if current is not None:
            self.text_edit.setPlainText(current.text)
            self.year.setValue(current.year or NO_YEAR)
            self.source.setText(current.source)
            self.theme.setCurrentText(current.theme_group)
        else:
            self.year.setValue(this_year)
        self.text_edit.setFocus()

    def data(self) -> SloganInput:
        year = self.year.value()
        return SloganInput(
            text=self.text_edit.toPlainText(),
            year=None if year == NO_YEAR else year,
            source=self.source.text(),
            theme_group=self.theme.currentText(),
        )

    def try_save(self) -> None:
        try:
            self._save(self.data())
        except UserFacingError as error:
            self.message.setText(str(error))
            return
        self.accept()
