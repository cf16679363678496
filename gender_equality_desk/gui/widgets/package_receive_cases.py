"""The encrypted cases of a received package (gui/widgets/package_receive): a warning that the file is
only for moving to a new PC, the tick box, the transfer code field and a note saying whether this PC can
take them.

A package made since the transfer code carries its cases sealed: the counts come from the part's clear
header, and the code written down on the old PC is asked here (case, spaces and dashes do not matter).
The code is checked in `problem`, before anything of the package is written: a wrong code is said under
the field and nothing goes in. The opened part is kept until `import_ticked`, so scrypt runs once.

They only go into a PC without cases; a PC that already has case accounts needs one of its
administrators signed in (asked when the box is ticked, closed again by `sign_out`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.package_cases import (
    ADMIN_NEEDED,
    CaseTransfer,
    case_store_problem,
    case_transfer_problem,
    import_case_transfer,
    open_case_transfer,
    transfer_counts,
)
from gender_equality_desk.core.exchange.package_cases_seal import needs_code
from gender_equality_desk.core.exchange.packages import VerifiedPackage
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit_archive import archive_names
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import set_role, styled_label, wait_cursor
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
        self._transfer: CaseTransfer | None = None  # opened by `problem`, used once by `import_ticked`
        self.old_log_kept = False  # the last import kept the old PC's access log (audit_archive)
        self.code_row = QWidget()
        row = QHBoxLayout(self.code_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.code_caption = QLabel(translate("ReceivedCases", "Mã chuyển máy"))
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("transferCodeInput")
        self.code_edit.setPlaceholderText(
            translate("ReceivedCases", "20 ký tự ghi trên giấy khi tạo gói ở máy cũ, ví dụ K7M3Q-…")
        )
        self.code_edit.setMaxLength(40)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        mono.setWeight(QFont.Weight.DemiBold)
        self.code_edit.setFont(mono)
        self.code_edit.setMinimumWidth(360)
        self.code_caption.setBuddy(self.code_edit)
        self.code_edit.textChanged.connect(self._code_edited)  # typed, pasted or cleared
        row.addWidget(self.code_caption)
        row.addWidget(self.code_edit)
        row.addStretch(1)
        self.code_message = styled_label("", "error", wrap=True)
        self.code_message.setObjectName("transferCodeMessage")
        self.note = styled_label("", "muted", wrap=True)
        self.note.setObjectName("importCasesNote")
        self.widgets: tuple[QWidget, ...] = (
            self.warning, self.check, self.code_row, self.code_message, self.note
        )  # fmt: skip
        self._show(False)

    def _show(self, shown: bool, *, with_code: bool = False) -> None:
        for widget in (self.warning, self.check, self.note):
            widget.setVisible(shown)
        self.code_row.setVisible(shown and with_code)
        self.code_message.setVisible(False)

    def _code_edited(self, _text: str) -> None:
        self._transfer = None  # opened with the previous code
        self.code_message.setVisible(False)

    def _code_refused(self, error: UserFacingError) -> str:
        self.code_message.setText(str(error))
        self.code_message.setVisible(True)
        self.code_edit.setFocus()
        return str(error)

    @property
    def wanted(self) -> bool:
        return not self.check.isHidden() and self.check.isChecked()

    def show_package(self, package: VerifiedPackage | None) -> None:
        self._package = package
        self._transfer = None
        self.code_edit.clear()
        counts = transfer_counts(package) if package is not None else None
        self.check.blockSignals(True)
        self.check.setChecked(False)
        self.check.blockSignals(False)
        self._show(counts is not None, with_code=package is not None and needs_code(package))
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
        """Why the ticked cases cannot go in (checked before anything is written), or None. Opens the
        part with the typed code (scrypt, once); a wrong code is also said under the field."""
        if not self.wanted:
            return None
        if self._transfer is None or self._transfer.package is not package:
            try:
                with wait_cursor():  # scrypt of the code
                    self._transfer = open_case_transfer(package, self.code_edit.text())
            except UserFacingError as error:  # TransferCodeError, or a damaged part
                return self._code_refused(error)
        if self._transfer is None:
            return None
        return case_transfer_problem(self._store, self._transfer, self.admin)

    def import_ticked(self, package: VerifiedPackage) -> int:
        """Import the cases when ticked (UserFacingError when refused); every account is then replaced,
        so the administrator who signed in here is gone too (the import closed that session)."""
        if not self.wanted:
            return 0
        opened = self._transfer if self._transfer is not None and self._transfer.package is package else None
        self._transfer = None  # the opened content leaves memory with this import, whatever happens
        archives_before = set(archive_names(self._store.path.parent))
        imported = import_case_transfer(self._store, opened or package, self.admin, self.code_edit.text())
        self.old_log_kept = bool(set(archive_names(self._store.path.parent)) - archives_before)
        self.admin = None
        self.code_edit.clear()
        return imported

    def sign_out(self) -> None:
        """Forget the administrator who signed in here (the data key leaves memory)."""
        if self.admin is not None:
            accounts.sign_out(self.admin)
            self.admin = None
