"""The Hồ sơ hỗ trợ sign-in card in a small window, for places outside that page that need a signed-in
user (e.g. adding case statistics or encrypted cases to a data package)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.sign_in import SignInCard


class SignInDialog(QDialog):
    """Accepted with `session` set once the core accepted the name and password."""

    def __init__(self, store: Store, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: AuthSession | None = None
        self.setWindowTitle(translate("SignInDialog", "Đăng nhập"))
        box = QVBoxLayout(self)
        self.reason = styled_label(reason, "muted", wrap=True)
        self.reason.setObjectName("signInReason")
        box.addWidget(self.reason)
        self.card = SignInCard(store, self)
        self.card.signed_in.connect(self._signed_in)
        box.addWidget(self.card)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("SignInDialog", "Hủy"))
        cancel.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.card.reset()

    def _signed_in(self, session: AuthSession) -> None:
        self.session = session
        self.accept()


def ask_sign_in(store: Store, reason: str, parent: QWidget | None) -> AuthSession | None:
    """Show the sign-in window; the open session, or None when the officer cancelled."""
    dialog = SignInDialog(store, reason, parent)
    try:
        dialog.exec()
        return dialog.session
    finally:
        dialog.deleteLater()
