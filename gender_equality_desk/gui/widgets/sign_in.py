"""The sign-in card shown before any case data: user name, password and the core's Vietnamese refusal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import card, styled_label, wait_cursor

CARD_WIDTH = 460


class _TallEnough(QObject):
    """Keeps a fixed-width card as tall as its wrapped texts need at that width.

    Placed at the top of the page, the card got the height of its size hint, which counts a wrapped
    label as one long line: a two-line message then squeezed the text fields flat.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            needed = watched.heightForWidth(watched.width())
            if needed > 0:
                watched.setMinimumHeight(needed)
        return False


def centred_card(parent: QWidget, name: str) -> tuple[QFrame, QVBoxLayout]:
    """A fixed-width card centred horizontally at the top of `parent`, and the card's own layout."""
    outer = QVBoxLayout(parent)
    outer.setContentsMargins(0, 12, 0, 0)
    frame = card(parent, name)
    frame.setFixedWidth(CARD_WIDTH)
    frame.installEventFilter(_TallEnough(frame))
    outer.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    outer.addStretch(1)
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(20, 16, 20, 16)
    inner.setSpacing(10)
    return frame, inner


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)  # also keeps it off the clipboard
    return edit


class SignInCard(QWidget):
    """Emits `signed_in` with the open session; a refusal (wrong password, lockout) shows under the form."""

    signed_in = Signal(object)  # AuthSession

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        _, layout = centred_card(self, "signInCard")
        layout.addWidget(styled_label(translate("SignInCard", "Đăng nhập để mở hồ sơ hỗ trợ"), "section"))
        layout.addWidget(
            styled_label(
                translate(
                    "SignInCard",
                    "Hồ sơ hỗ trợ nạn nhân là thông tin mật. Mỗi lần đăng nhập, xem và sửa hồ sơ đều được ghi vào nhật ký.",  # noqa: E501
                ),
                "muted",
                wrap=True,
            )
        )
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("signInUsername")
        self.password = password_edit("signInPassword")
        form.addRow(translate("SignInCard", "Tên đăng nhập"), self.username)
        form.addRow(translate("SignInCard", "Mật khẩu"), self.password)
        layout.addLayout(form)
        self.message = styled_label("", "error", wrap=True)
        self.message.setObjectName("signInMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.button = QPushButton(translate("SignInCard", "Đăng nhập"))
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)

    def reset(self, message: str = "") -> None:
        """Empty password (the name stays for convenience) and an optional note such as "locked"."""
        self.password.clear()
        self._show(message)
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self._show(translate("SignInCard", "Hãy nhập tên đăng nhập và mật khẩu."))
            return
        try:
            with wait_cursor():
                session: AuthSession = accounts.sign_in(
                    self._store, self.username.text(), self.password.text()
                )
        except UserFacingError as error:
            self.password.clear()
            self._show(str(error))
            self.password.setFocus()
            return
        self.password.clear()
        self._show("")
        self.signed_in.emit(session)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
