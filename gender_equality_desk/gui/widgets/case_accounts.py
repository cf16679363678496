"""Accounts panel for the administrator: the list of users, new accounts, lock / unlock, password reset,
a new recovery key, and "Kiểm tra phân quyền…" (roles, assignments and the log against their MACs)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit_export import local_time_text
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.dialogs.account_form import AccountFormDialog, ResetPasswordDialog
from gender_equality_desk.gui.dialogs.account_recovery import RecoveryKeyDialog
from gender_equality_desk.gui.dialogs.trust_review import TrustReviewDialog
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import read_only_table, show_message, styled_label


class AccountsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth: AuthSession | None = None
        self.rows: list[accounts.AccountRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(styled_label(translate("AccountsPanel", "Tài khoản người dùng"), "section"))
        bar.addStretch(1)
        self.add_button = QPushButton(translate("AccountsPanel", "Thêm tài khoản…"))
        self.add_button.setObjectName("addAccountButton")
        self.toggle_button = QPushButton(translate("AccountsPanel", "Khóa / mở khóa"))
        self.toggle_button.setObjectName("toggleAccountButton")
        self.reset_button = QPushButton(translate("AccountsPanel", "Đặt lại mật khẩu…"))
        self.reset_button.setObjectName("resetPasswordButton")
        self.recovery_button = QPushButton(translate("AccountsPanel", "Tạo mã khôi phục mới…"))
        self.recovery_button.setObjectName("newRecoveryKeyButton")
        self.trust_button = QPushButton(translate("AccountsPanel", "Kiểm tra phân quyền…"))
        self.trust_button.setObjectName("trustReviewButton")
        buttons = (
            self.add_button,
            self.toggle_button,
            self.reset_button,
            self.recovery_button,
            self.trust_button,
        )
        for button in buttons:
            bar.addWidget(button)
        layout.addLayout(bar)
        self.table = read_only_table(
            "accountTable",
            [
                translate("AccountsPanel", "Tên đăng nhập"),
                translate("AccountsPanel", "Họ tên"),
                translate("AccountsPanel", "Vai trò"),
                translate("AccountsPanel", "Trạng thái"),
                translate("AccountsPanel", "Đăng nhập gần nhất"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("accountsMessage")
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_account)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.trust_button.clicked.connect(self.review_trust)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def set_session(self, auth: AuthSession | None) -> None:
        self._auth = auth
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        current = self.selected()
        self.rows = accounts.list_accounts(self._auth) if self._auth and self._auth.is_open else []
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            values = (
                row.username,
                row.display_name,
                translated_label(row.role),
                translate("AccountsPanel", "Đang dùng")
                if row.is_active
                else translate("AccountsPanel", "Đã khóa"),
                local_time_text(row.last_sign_in_at) if row.last_sign_in_at else "",
            )
            for column, text in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(text))
            if current is not None and row.id == current.id:
                self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> accounts.AccountRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection() if self.table.selectionModel() else False
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def select_username(self, username: str) -> None:
        for index, row in enumerate(self.rows):
            if row.username == username:
                self.table.selectRow(index)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.toggle_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None)
        if row is not None:
            self.toggle_button.setText(
                translate("AccountsPanel", "Mở khóa")
                if not row.is_active
                else translate("AccountsPanel", "Khóa")
            )
        else:
            self.toggle_button.setText(translate("AccountsPanel", "Khóa / mở khóa"))

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    def add_account(self) -> None:
        if self._auth is None:
            return
        dialog = AccountFormDialog(self._auth, self)
        saved = dialog.exec()
        username = accounts.normalise_username(dialog.username.text())
        dialog.deleteLater()
        if saved:
            self.refresh()
            self.select_username(username)
            self._say(translate("AccountsPanel", "Đã tạo tài khoản %1.").replace("%1", username))

    def toggle_active(self) -> None:
        row = self.selected()
        if self._auth is None or row is None:
            return
        try:
            accounts.set_account_active(self._auth, row.id, not row.is_active)
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        self.refresh()
        done = (
            translate("AccountsPanel", "Đã mở khóa tài khoản %1.")
            if not row.is_active
            else translate("AccountsPanel", "Đã khóa tài khoản %1.")
        )
        self._say(done.replace("%1", row.username))

    def reset_password(self) -> None:
        row = self.selected()
        if self._auth is None or row is None:
            return
        dialog = ResetPasswordDialog(self._auth, row, self)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self.refresh()
            self._say(translate("AccountsPanel", "Đã đặt mật khẩu mới cho %1.").replace("%1", row.username))

    def new_recovery_key(self) -> None:
        if self._auth is None:
            return
        try:
            key = accounts.replace_recovery_key(self._auth)
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        dialog = RecoveryKeyDialog(key, self)
        del key
        dialog.exec()
        dialog.deleteLater()
        self._say(translate("AccountsPanel", "Đã tạo mã khôi phục mới; bản in cũ không còn dùng được."))

    def review_trust(self) -> None:
        """Roles, assignments and the log against their MACs; put back what was changed outside the app."""
        if self._auth is None:
            return
        try:
            dialog = TrustReviewDialog(self._auth, self)
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        dialog.exec()
        repaired = dialog.repaired
        dialog.deleteLater()
        if repaired:
            self.refresh()
            self._say(
                translate("AccountsPanel", "Đã khôi phục phân quyền; xem chi tiết trong nhật ký truy cập.")
            )
