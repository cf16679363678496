"""What a data package may carry from Hồ sơ hỗ trợ, with who must be signed in for it.

* Anonymised case statistics: any signed-in user of Hồ sơ hỗ trợ (viewers included) may add them.
* Encrypted cases for a new PC: an administrator only, who must also tick that the file goes only to
  the new PC and is deleted from the USB afterwards (it carries every account's password verifier and
  wrapped data key, so it must never be sent to the district by mistake). That part is sealed under a
  one-time transfer code (core.exchange.package_cases_seal) carried by the ExtensionPart built here;
  the package dialog shows it once the package is written.

Ticking a box without a session asks for sign-in (the Hồ sơ hỗ trợ sign-in card in a window); a refusal
unticks the box and says why underneath. A session opened here is closed when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from gender_equality_desk.core.exchange.package_audit import record_part_exports
from gender_equality_desk.core.exchange.package_cases import case_transfer_part
from gender_equality_desk.core.exchange.package_statistics import statistics_part
from gender_equality_desk.core.exchange.packages import ExtensionPart
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.sign_in_dialog import ask_sign_in
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import show_message, styled_label, wait_cursor

SignIn = Callable[[Store, str, QWidget | None], AuthSession | None]


class PackageCaseOptions(QWidget):
    def __init__(self, store: Store, sign_in: SignIn = ask_sign_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._sign_in = sign_in
        self.session: AuthSession | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.statistics_check = QCheckBox(
            translate(
                "PackageCaseOptions",
                "Kèm số liệu thống kê vụ việc bạo lực gia đình (ẩn danh, số nhỏ ghi “<3”)",
            )
        )
        self.statistics_check.setObjectName("includeCaseStatistics")
        self.cases_check = QCheckBox(
            translate("PackageCaseOptions", "Kèm hồ sơ hỗ trợ (đã mã hóa) để chuyển sang máy mới")
        )
        self.cases_check.setObjectName("includeEncryptedCases")
        # A check box does not wrap: the explanation is a label, the box itself stays short.
        self.cases_warning = styled_label(
            translate(
                "PackageCaseOptions",
                "Gói này sẽ chứa toàn bộ hồ sơ mã hóa và dữ liệu đăng nhập của mọi tài khoản. Chỉ chép sang "
                "máy mới của xã, không gửi lên huyện hay cho ai khác, và xóa tệp khỏi USB ngay sau khi nhập "
                "xong. Phần hồ sơ được khóa bằng một mã chuyển máy, hiện một lần sau khi xuất: chép mã ra "
                "giấy, máy mới sẽ hỏi mã này.",
            ),
            "error",
            wrap=True,
        )
        self.cases_warning.setObjectName("encryptedCasesWarning")
        self.cases_confirm = QCheckBox(
            translate("PackageCaseOptions", "Tôi hiểu: chỉ chép sang máy mới và xóa khỏi USB sau khi nhập")
        )
        self.cases_confirm.setObjectName("confirmEncryptedCases")
        for widget in (self.cases_warning, self.cases_confirm):
            widget.setVisible(False)
        self.note = styled_label("", "muted", wrap=True)
        self.note.setObjectName("caseOptionsNote")
        for widget in (self.statistics_check, self.cases_check, self.cases_warning, self.cases_confirm,
                       self.note):  # fmt: skip
            box.addWidget(widget)
        self.statistics_check.toggled.connect(lambda on: self._ticked(self.statistics_check, on, None))
        self.cases_check.toggled.connect(lambda on: self._ticked(self.cases_check, on, Role.ADMIN))
        if accounts.needs_setup(store):
            for check in (self.statistics_check, self.cases_check):
                check.setEnabled(False)
            self._say(translate(
                "PackageCaseOptions",
                "Máy này chưa dùng Hồ sơ hỗ trợ (chưa có tài khoản) nên không có số liệu vụ việc để gửi.",
            ))  # fmt: skip
        else:
            self._say(self._hint())

    def _hint(self) -> str:
        return translate(
            "PackageCaseOptions",
            "Số liệu vụ việc chỉ gồm các con số, không có mã hồ sơ hay họ tên. Hồ sơ mã hóa chỉ quản trị "
            "viên được gửi, chỉ nhập được vào máy chưa có hồ sơ và chỉ mở được bằng mật khẩu (hoặc khóa "
            "khôi phục) của máy này.",
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.note, text, error=error)

    def _ticked(self, check: QCheckBox, on: bool, role: Role | None) -> None:
        if check is self.cases_check:
            self.cases_confirm.setChecked(False)  # asked again every time the cases are ticked
            self.cases_confirm.setVisible(on)
            self.cases_warning.setVisible(on)
        if not on:
            return
        if self.session is None or not self.session.is_open:
            reason = (
                translate("PackageCaseOptions", "Gửi hồ sơ mã hóa cần quản trị viên đăng nhập.")
                if role is Role.ADMIN
                else translate(
                    "PackageCaseOptions", "Gửi số liệu vụ việc cần đăng nhập tài khoản Hồ sơ hỗ trợ."
                )
            )
            self.session = self._sign_in(self._store, reason, self.window())
        if self.session is None:
            check.setChecked(False)
            self._say(
                translate("PackageCaseOptions", "Chưa đăng nhập nên chưa kèm được phần này."), error=True
            )
            return
        if role is not None and self.session.role is not role:
            check.setChecked(False)
            text = translate(
                "PackageCaseOptions",
                "Chỉ quản trị viên được kèm hồ sơ hỗ trợ (tài khoản đang đăng nhập: {name}, {role}).",
            )
            self._say(
                text.format(name=self.session.display_name, role=translated_label(self.session.role).lower()),
                error=True,
            )
            return
        signed = translate("PackageCaseOptions", "Đang đăng nhập: {name}.").format(
            name=self.session.display_name
        )
        self._say(f"{signed} {self._hint()}")

    @property
    def with_encrypted_cases(self) -> bool:
        return self.cases_check.isChecked()

    def unconfirmed(self) -> str | None:
        """Why the package may not be written yet (Vietnamese), or None."""
        if self.cases_check.isChecked() and not self.cases_confirm.isChecked():
            return translate(
                "PackageCaseOptions",
                "Gói kèm hồ sơ mã hóa chỉ dùng để chuyển sang máy mới. Hãy đánh dấu ô “Tôi hiểu…” bên trên "
                "để xác nhận, hoặc bỏ chọn hồ sơ hỗ trợ nếu gói này gửi lên cấp trên.",
            )
        return None

    def record_exported(self, parts: list[ExtensionPart]) -> None:
        """Log the case data that left in `parts`; called once the package is written where it goes."""
        if self.session is not None and parts:
            record_part_exports(self.session, parts)

    def parts(self, start: date, end: date) -> list[ExtensionPart]:
        """The parts ticked, built now (the core checks the session's role again)."""
        chosen: list[ExtensionPart] = []
        if self.session is None:
            return chosen
        if self.statistics_check.isChecked():
            chosen.append(statistics_part(self.session, start, end))
        if self.cases_check.isChecked():
            with wait_cursor():  # scrypt of the new transfer code
                chosen.append(case_transfer_part(self.session))
        return chosen

    def forget_replaced_session(self) -> None:
        """The accounts were replaced by an import: the session's account is gone, so it is closed without
        a sign-out entry (it would name a user that no longer exists) and the case boxes are unticked."""
        if self.session is not None:
            self.session.close()
            self.session = None
        for check in (self.statistics_check, self.cases_check):
            check.setChecked(False)

    def sign_out(self) -> None:
        if self.session is not None:
            accounts.sign_out(self.session)
            self.session = None
