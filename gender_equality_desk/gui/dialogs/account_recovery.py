"""A new recovery key, shown once in the same card as at setup; it closes only after "I wrote it down"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.sign_in_setup import RecoveryKeyCard


class RecoveryKeyDialog(QDialog):
    """Escape and the close box do nothing: the key must not vanish before it is written down.

    reject() still works, so signing out (idle lock) takes the key off the screen.
    """

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecoveryKeyDialog", "Mã khôi phục mới"))
        layout = QVBoxLayout(self)
        self.card = RecoveryKeyCard()
        self.card.show_key(key)
        layout.addWidget(self.card)
        self.card.confirmed.connect(self.accept)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() == QDialog.DialogCode.Accepted or self.card.key_label.text() == "":
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:
        self.card.key_label.clear()
        super().reject()
