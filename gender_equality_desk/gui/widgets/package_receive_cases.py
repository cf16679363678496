"""The encrypted cases of a received package (gui/widgets/package_receive): a warning that the file is
only for moving to a new PC, the tick box and a note saying whether this PC can take them.

They only go into a PC without cases; a PC that already has case accounts needs one of its
administrators signed in (asked when the box is ticked, closed again by `sign_out`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from gender_equality_desk.core.exchange.package_cases import (
    ADMIN_NEEDED,
    case_store_problem,
    case_transfer_problem,
    import_case_transfer,
    transfer_counts,
)
from gender_equality_desk.core.exchange.packages import VerifiedPackage
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import set_role, styled_label
from gender_equality_desk.gui.widgets.package_case_options import SignIn


class ReceivedCases(QObject):
    """Owns the warning, the box and the note; the panel lays them out itself (`widgets`), because
    wrapped labels nested in a container widget were given less height than their text needs."""

    allowed = Signal()  # ticked, and this PC may take them: there is something to import

    def __init__(self, store: Store, sign_in: SignIn, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._store = store
        self._sign_in = sign_in
        self._package: VerifiedPackage | None = None
        self.admin: AuthSession | None = None  # an administrator of this PC, when it has accounts
        self.warning = styled_label(translate(
            "ReceivedCases",
            "Gói này chứa hồ sơ hỗ trợ đã mã hóa và dữ liệu đăng nhập của mọi tài khoản máy cũ: chỉ dùng để "
            "chuyển sang máy mới của xã. Nhập xong hãy xóa tệp khỏi USB. Nếu gói này được gửi nhầm lên cấp "
            "trên, đừng nhập phần hồ sơ: xóa tệp và báo xã gửi lại gói thường.",
        ), "error", wrap=True)  # fmt: skip
        self.warning.setObjectName("encryptedCasesWarning")
        self.check = QCheckBox()
        self.check.setObjectName("importEncryptedCases")
        self.check.toggled.connect(self._ticked)
        self.note = styled_label("", "muted", wrap=True)
        self.note.setObjectName("importCasesNote")
        self.widgets: tuple[QWidget, ...] = (self.warning, self.check, self.note)
        self._show(False)

    def _show(self, shown: bool) -> None:
        for widget in self.widgets:
            widget.setVisible(shown)

    @property
    def wanted(self) -> bool:
        return not self.check.isHidden() and self.check.isChecked()

    def show_package(self, package: VerifiedPackage | None) -> None:
        self._package = package
        counts = transfer_counts(package) if package is not None else None
        self.check.blockSignals(True)
        self.check.setChecked(False)
        self.check.blockSignals(False)
        self._show(counts is not None)
        if counts is None:
            return
        label = translate(
            "ReceivedCases", "Nhập {cases} hồ sơ hỗ trợ đã mã hóa ({accounts} tài khoản, {files} tệp)"
        )
        self.check.setText(label.format(**{name: format_number(n) for name, n in counts.items()}))
        problem = case_store_problem(self._store, self.admin)
        needs_admin = problem == ADMIN_NEEDED  # a tick asks an administrator of this PC to sign in
        self.check.setEnabled(problem is None or needs_admin)
        self.note.setText(
            problem
            or translate(
                "ReceivedCases",
                "Sau khi nhập, đăng nhập Hồ sơ hỗ trợ bằng tài khoản và mật khẩu của máy cũ. Tài khoản đã "
                "tạo trên máy này (nếu có) được thay bằng tài khoản của máy cũ.",
            )
        )
        set_role(self.note, "error" if problem and not needs_admin else "muted")

    def _ticked(self, on: bool) -> None:
        if not on or self._package is None:
            return
        if case_store_problem(self._store, self.admin) is not None:
            reason = translate("ReceivedCases", "Nhập hồ sơ mã hóa cần quản trị viên của máy này đăng nhập.")
            self.admin = self._sign_in(self._store, reason, self._parent)
            problem = case_store_problem(self._store, self.admin)
            if problem is not None:
                self.sign_out()  # not an administrator of this PC: nothing to keep open
                self.check.setChecked(False)
                self.note.setText(problem)
                set_role(self.note, "error")
                return
            self.note.setText(translate("ReceivedCases", "Đã đăng nhập quản trị viên của máy này."))
            set_role(self.note, "muted")
        self.allowed.emit()

    def problem(self, package: VerifiedPackage) -> str | None:
        """Why the ticked cases cannot go in (checked before anything is written), or None."""
        return case_transfer_problem(self._store, package, self.admin) if self.wanted else None

    def import_ticked(self, package: VerifiedPackage) -> int:
        """Import the cases when ticked (UserFacingError when refused); every account is then replaced,
        so the administrator who signed in here is gone too (the import closed that session)."""
        if not self.wanted:
            return 0
        imported = import_case_transfer(self._store, package, self.admin)
        self.admin = None
        return imported

    def sign_out(self) -> None:
        """Forget the administrator who signed in here (the data key leaves memory)."""
        if self.admin is not None:
            accounts.sign_out(self.admin)
            self.admin = None
