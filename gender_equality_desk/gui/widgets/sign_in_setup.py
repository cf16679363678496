"""First run of the case pages: the administrator account, then the recovery key shown exactly once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.sign_in import centred_card, password_edit


class SetupCard(QWidget):
    """Creates the first administrator; emits `created` with the SetupResult (session + recovery key)."""

    created = Signal(object)  # accounts.SetupResult

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        _, layout = centred_card(self, "setupCard")
        layout.addWidget(
            styled_label(translate("SetupCard", "Tạo tài khoản quản trị hồ sơ hỗ trợ"), "section")
        )
        layout.addWidget(
            styled_label(
                translate(
                    "SetupCard",
                    "Lần đầu sử dụng: tạo tài khoản quản trị. Thông tin nhận diện nạn nhân sẽ được mã hóa bằng khóa gắn với mật khẩu này.",  # noqa: E501
                ),
                "muted",
                wrap=True,
            )
        )
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("setupUsername")
        self.username.setPlaceholderText("quantri")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("setupDisplayName")
        self.password = password_edit("setupPassword")
        self.repeat = password_edit("setupRepeat")
        form.addRow(translate("SetupCard", "Tên đăng nhập"), self.username)
        form.addRow(translate("SetupCard", "Họ tên người dùng"), self.display_name)
        form.addRow(translate("SetupCard", "Mật khẩu"), self.password)
        form.addRow(translate("SetupCard", "Nhập lại mật khẩu"), self.repeat)
        layout.addLayout(form)
        self.strength = styled_label("", "muted", wrap=True)
        self.strength.setObjectName("setupStrength")
        layout.addWidget(self.strength)
        self.message = styled_label("", "error", wrap=True)
        self.message.setObjectName("setupMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.button = QPushButton(translate("SetupCard", "Tạo tài khoản quản trị"))
        self.button.setObjectName("setupButton")
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.password.textChanged.connect(self._update_strength)
        self.username.textChanged.connect(self._update_strength)
        self.button.clicked.connect(self.submit)
        self._update_strength()

    def _update_strength(self) -> None:
        text = self.password.text()
        problem = passwords.password_problem(text, accounts.normalise_username(self.username.text()))
        if not text:
            self.strength.setText(
                translate("SetupCard", "Mật khẩu cần ít nhất {count} ký tự, có cả chữ và số.").format(
                    count=passwords.MIN_LENGTH
                )
            )
        else:
            self.strength.setText(problem or translate("SetupCard", "Mật khẩu đủ mạnh."))

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self._show(translate("SetupCard", "Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại."))
            return
        try:
            result = accounts.create_first_administrator(
                self._store, self.username.text(), self.display_name.text(), self.password.text()
            )
        except UserFacingError as error:
            self._show(str(error))
            return
        self.password.clear()
        self.repeat.clear()
        self._show("")
        self.created.emit(result)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class RecoveryKeyCard(QWidget):
    """Shows the recovery key once; `confirmed` only after the officer ticks that it is written down."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _, layout = centred_card(self, "recoveryCard")
        layout.addWidget(
            styled_label(translate("RecoveryKeyCard", "Mã khôi phục — chỉ hiện một lần"), "section")
        )
        layout.addWidget(
            styled_label(
                translate(
                    "RecoveryKeyCard",
                    "Hãy in hoặc chép tay mã dưới đây và cất ở nơi an toàn (tủ có khóa). Nếu quên mật khẩu quản trị, chỉ mã này mở lại được hồ sơ. Phần mềm không lưu mã này và sẽ không hiện lại.",  # noqa: E501
                ),
                wrap=True,
            )
        )
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setWordWrap(True)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(mono)
        layout.addWidget(self.key_label)
        self.written = QCheckBox(translate("RecoveryKeyCard", "Tôi đã ghi lại mã khôi phục"))
        self.written.setObjectName("recoveryWritten")
        layout.addWidget(self.written)
        self.button = QPushButton(translate("RecoveryKeyCard", "Tiếp tục"))
        self.button.setObjectName("recoveryContinue")
        self.button.setEnabled(False)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.written.toggled.connect(self.button.setEnabled)
        self.button.clicked.connect(self._done)

    def show_key(self, key: str) -> None:
        self.written.setChecked(False)
        self.key_label.setText(key)

    def _done(self) -> None:
        self.key_label.clear()  # the key leaves the screen for good
        self.confirmed.emit()
