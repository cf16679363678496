"""A dialog that saves what the officer typed through the core operation it is given (Danh bạ xã, Kỳ báo
cáo): a refusal (UserFacingError: a code taken, a deadline before the period…) is shown in red in the
dialog, which stays open with what was typed.

A subclass lays out its fields on `self.box`, calls `_add_buttons()` under them and, in `accept()`,
`_save_then_close(lambda: …)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import show_message, styled_label


class EditDialog(QDialog):
    def __init__(self, title: str, message_name: str, *, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.box = QVBoxLayout(self)
        self.message = styled_label("", "error", wrap=True)
        self.message.setObjectName(message_name)
        self.message.hide()

    def _add_buttons(self, save_text: str = "") -> QPushButton:
        """The message line, then Save (`save_text`, else "Lưu") and Cancel; the Save button."""
        self.box.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(save_text or translate("EditDialog", "Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("EditDialog", "Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.box.addWidget(buttons)
        return save

    def _refuse(self, text: str) -> None:
        show_message(self.message, text, error=True)
        self.message.show()

    def _save_then_close(self, save: Callable[[], object]) -> None:
        try:
            save()
        except UserFacingError as error:
            self._refuse(str(error))
            return
        super().accept()
