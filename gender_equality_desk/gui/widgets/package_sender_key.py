"""The administrator's override when a package's sender signs with another key than the one pinned
(core/exchange/packages_pinning): a button shown only then, an administrator's sign-in, a question that
repeats both fingerprints and what the phone call must confirm, and the core's `accept_sender_key`
(written to the access log). The administrator who signed in for this is signed out again at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_pinning import SenderKey, accept_sender_key
from gender_equality_desk.core.exchange.packages_verify import VerifiedPackage
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.package_case_options import SignIn


class SenderKeyOverride(QWidget):
    accepted = Signal(object)  # the package's Path: its new key is pinned, open it again
    refused = Signal(str)  # why not (Vietnamese or English): for the panel's message line

    def __init__(self, store: Store, sign_in: SignIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._sign_in = sign_in
        self._package: VerifiedPackage | None = None
        self._known: SenderKey | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(translate("SenderKeyOverride", "Chấp nhận khóa ký mới… (quản trị viên)"))
        self.button.setObjectName("acceptSenderKeyButton")
        self.button.clicked.connect(self.accept_new_key)
        row.addWidget(self.button)
        row.addStretch(1)
        self.hide()

    def show_for(self, package: VerifiedPackage | None, known: SenderKey | None) -> None:
        """Shown for a changed key only."""
        self._package, self._known = package, known
        self.setVisible(package is not None and known is not None and bool(known.pinned_fingerprint))

    def _confirmed(self, package: VerifiedPackage, known: SenderKey) -> bool:
        text = translate(
            "SenderKeyOverride",
            "Chỉ chấp nhận khi cán bộ của {commune} đã đọc qua điện thoại đúng mã khóa ký {new} "
            "(dòng “Mã khóa ký của máy này” khi họ xuất gói).\n\nKhóa đã ghi nhớ {old} sẽ bị thay bằng "
            "khóa này, và việc chấp nhận được ghi vào nhật ký truy cập. Chấp nhận khóa mới?",
        ).format(commune=package.commune, new=package.key_fingerprint, old=known.pinned_fingerprint)
        answer = QMessageBox.question(
            self,
            translate("SenderKeyOverride", "Chấp nhận khóa ký mới"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept_new_key(self) -> bool:
        package, known = self._package, self._known
        if package is None or known is None:
            return False
        reason = translate(
            "SenderKeyOverride", "Chấp nhận khóa ký mới của nơi gửi cần quản trị viên của máy này đăng nhập."
        )
        admin = self._sign_in(self._store, reason, self.window())
        if admin is None:
            return False
        try:
            admin.require_role(Role.ADMIN)
            if not self._confirmed(package, known):
                return False
            accept_sender_key(admin, package)
        except UserFacingError as error:  # not an administrator, or the store refused the write
            self.refused.emit(str(error))
            return False
        finally:
            accounts.sign_out(admin)
        self.accepted.emit(package.path)
        return True
