"""What the activity and propaganda forms share, so both behave the same for the officer.

The frame: the heading, the fields, a message line beside "Hủy (Esc)" and "Lưu (Enter)", Ctrl+Enter
saving from anywhere. The save sequence: errors in red under their fields and nothing saved; warnings in
amber, and a second "Lưu" on the same values saves anyway. Esc asks before throwing typed work away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.checks import CheckResult, InvalidRecordError
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import set_role, styled_label

FORM_SIZE = (1080, 600)  # inside a 1366×768 screen with the taskbar showing


class CheckedFields(Protocol):
    def show_result(self, result: CheckResult) -> list[str]:
        """Show each message under its field; return those that belong to no field."""
        ...


class RecordDialog(QDialog):
    saved = Signal(int)  # the id of the record saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._warned: object = None  # the values a warning was shown for: Lưu again on them saves
        self.saved_id: int | None = None
        self.message = styled_label("", "error", wrap=True)
        self.message.setObjectName("formMessage")
        self.message.hide()
        self.save_button = QPushButton(translate("RecordDialog", "Lưu (Enter)"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(translate("RecordDialog", "Hủy (Esc)"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

    def _build_frame(self, title: str, fields: QWidget) -> None:
        """Lay out the heading, `fields` and the buttons; call once the fields exist."""
        self.setWindowTitle(title)
        self.resize(*FORM_SIZE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)  # keeps the buttons small while there is no message
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 14)
        box.setSpacing(10)
        box.addWidget(styled_label(title, "section"))
        box.addWidget(fields, 1)
        box.addLayout(buttons)
        # Enter in a text box makes a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    # -- to be given by each form --------------------------------------------------------------------

    def save(self) -> bool:
        raise NotImplementedError

    def has_changes(self) -> bool:
        raise NotImplementedError

    def _checked_fields(self) -> CheckedFields:
        raise NotImplementedError

    # -- saving -----------------------------------------------------------------------------------------

    def _save_checked(
        self,
        result: CheckResult,
        data: object,
        write: Callable[[], int],
        unavailable: Callable[[UserFacingError], None],
    ) -> bool:
        """Show `result`; write only when it has no errors and its warnings were seen. True when saved.

        `unavailable` says what went wrong when the write is refused for a reason outside the fields
        (an evidence file vanished, the disk is full); the transaction has rolled back by then.
        """
        self.show_result(result)
        if not result.ok:
            self._say(translate("RecordDialog", "Chưa lưu: vui lòng sửa các ô có chữ đỏ."))
            return False
        if result.warnings and data != self._warned:
            self._warned = data
            self._say(
                translate("RecordDialog", "Có lưu ý (chữ cam). Bấm Lưu lần nữa nếu thông tin đã đúng."),
                warning=True,
            )
            return False
        try:
            saved_id = write()
        except InvalidRecordError as refused:
            self.show_result(refused.result)
            self._say(translate("RecordDialog", "Chưa lưu: vui lòng sửa các ô có chữ đỏ."))
            return False
        except UserFacingError as problem:
            unavailable(problem)
            return False
        self.saved_id = saved_id
        self.saved.emit(saved_id)
        super().accept()
        return True

    def show_result(self, result: CheckResult) -> None:
        unplaced = self._checked_fields().show_result(result)
        if unplaced:
            self._say("\n".join(unplaced))

    def _say(self, text: str, *, warning: bool = False) -> None:
        set_role(self.message, "muted" if warning else "error")
        self.message.setText(text)
        self.message.show()

    # -- leaving ------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc or "Hủy": ask first when something was typed, so a stray Esc never loses work."""
        if self.has_changes() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            translate("RecordDialog", "Bỏ các thông tin vừa nhập mà không lưu?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
