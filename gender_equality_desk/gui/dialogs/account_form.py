"""Administrator dialogs for accounts: a new account, and a new password for someone who forgot theirs.

The core's Vietnamese messages appear in red under the field they are about; nothing is saved until
every field is right.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.sign_in import password_edit


class _AccountDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.messages: dict[str, QLabel] = {}
        self.general = styled_label("", "error", wrap=True)
        self.general.setObjectName("accountGeneralMessage")
        self.general.hide()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("_AccountDialog", "Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("_AccountDialog", "Hủy"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def add_row(self, name: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = styled_label("", "error", wrap=True)
        message.setObjectName(f"{name}Message")
        message.hide()
        column.addWidget(message)
        self.messages[name] = message
        self.form.addRow(label, box)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.messages.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        general = problems.get("", "")
        self.general.setText(general)
        self.general.setVisible(bool(general))

    def password_problems(self, password: QLineEdit, repeat: QLineEdit, username: str) -> dict[str, str]:
        problems: dict[str, str] = {}
        problem = passwords.password_problem(password.text(), accounts.normalise_username(username))
        if problem:
            problems["password"] = problem
        elif password.text() != repeat.text():
            problems["repeat"] = translate(
                "_AccountDialog", "Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại."
            )
        return problems

    def _save(self) -> None:
        problems = self.problems()
        if not problems:
            try:
                self.write()
            except UserFacingError as error:
                problems = {self.field_of(str(error)): str(error)}
        self.show_problems(problems)
        if not problems:
            self.accept()

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def write(self) -> None:
        raise NotImplementedError

    def field_of(self, message: str) -> str:
        return ""


class AccountFormDialog(_AccountDialog):
    """A new account: user name, display name, role and the password typed twice."""

    def __init__(self, auth: AuthSession, parent: QWidget | None = None) -> None:
        super().__init__(translate("AccountFormDialog", "Thêm tài khoản"), parent)
        self._auth = auth
        self.created_id: int | None = None
        self.username = QLineEdit()
        self.username.setObjectName("accountUsername")
        self.username.setPlaceholderText("canbo.vhxh")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("accountDisplayName")
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        for role in (Role.CASE_OFFICER, Role.VIEWER, Role.ADMIN):
            self.role.addItem(translated_label(role), role.value)
        self.password = password_edit("accountPassword")
        self.repeat = password_edit("accountRepeat")
        self.add_row("username", translate("AccountFormDialog", "Tên đăng nhập"), self.username)
        self.add_row("display_name", translate("AccountFormDialog", "Họ tên người dùng"), self.display_name)
        self.add_row("role", translate("AccountFormDialog", "Vai trò"), self.role)
        self.add_row("password", translate("AccountFormDialog", "Mật khẩu"), self.password)
        self.add_row("repeat", translate("AccountFormDialog", "Nhập lại mật khẩu"), self.repeat)
        hint = styled_label(
            translate("AccountFormDialog", "Mật khẩu cần ít nhất {count} ký tự, có cả chữ và số.").format(
                count=passwords.MIN_LENGTH
            ),
            "muted",
        )
        self.form.addRow("", hint)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        username_problem = accounts.username_problem(self.username.text())
        if username_problem:
            problems["username"] = username_problem
        if not self.display_name.text().strip():
            problems["display_name"] = translate(
                "AccountFormDialog", "Chưa nhập họ tên người dùng tài khoản."
            )
        problems.update(self.password_problems(self.password, self.repeat, self.username.text()))
        return problems

    def write(self) -> None:
        self.created_id = accounts.create_account(
            self._auth,
            self.username.text(),
            self.display_name.text(),
            Role.of(self.role.currentData()),
            self.password.text(),
        )

    def field_of(self, message: str) -> str:
        return "username" if message.startswith("Tên đăng nhập") else ""


class ResetPasswordDialog(_AccountDialog):
    """A new password for another user (the core also unlocks a locked-out account)."""

    def __init__(self, auth: AuthSession, row: accounts.AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(translate("ResetPasswordDialog", "Đặt lại mật khẩu"), parent)
        self._auth = auth
        self._row = row
        self.form.addRow(
            translate("ResetPasswordDialog", "Tài khoản"),
            styled_label(f"{row.username} — {row.display_name}", "cardTitle"),
        )
        self.password = password_edit("resetPassword")
        self.repeat = password_edit("resetRepeat")
        self.add_row("password", translate("ResetPasswordDialog", "Mật khẩu mới"), self.password)
        self.add_row("repeat", translate("ResetPasswordDialog", "Nhập lại mật khẩu mới"), self.repeat)

    def problems(self) -> dict[str, str]:
        return self.password_problems(self.password, self.repeat, self._row.username)

    def write(self) -> None:
        accounts.reset_password(self._auth, self._row.id, self.password.text())
