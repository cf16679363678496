"""Hồ sơ hỗ trợ: confidential victim-support cases behind a sign-in and an idle lock.

First use creates the administrator and shows the recovery key once. Nothing about a case is built
before sign-in; a viewer / leader only ever gets the anonymised statistics. After `idle_limit_ms`
without keyboard or mouse input anywhere in the app, the session is closed, every decrypted value is
dropped from the screen (open case dialogs included) and the sign-in card comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QStackedWidget, QWidget

from gender_equality_desk.core.cases import support
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.package_cases import session_outlived
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.gui.dialogs.case_form import CaseFormDialog
from gender_equality_desk.gui.dialogs.trust_notice import TrustNoticeDialog, needs_notice
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.idle_lock import IDLE_LIMIT_MS, IdleLock
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.case_accounts import AccountsPanel
from gender_equality_desk.gui.widgets.case_audit_log import AuditLogView
from gender_equality_desk.gui.widgets.case_detail import CaseDetailView
from gender_equality_desk.gui.widgets.case_list import CaseList
from gender_equality_desk.gui.widgets.case_statistics import CaseStatisticsView
from gender_equality_desk.gui.widgets.case_trusted_addresses import TrustedAddressPanel
from gender_equality_desk.gui.widgets.sign_in import SignInCard
from gender_equality_desk.gui.widgets.sign_in_setup import RecoveryKeyCard, SetupCard


class CasesPage(Page):
    idle_limit_ms = IDLE_LIMIT_MS  # tests lower it to milliseconds

    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.auth: AuthSession | None = None
        self.trust_notice: TrustNoticeDialog | None = None  # what the sign-in found (trust_notice.py)
        today = services.today()

        self.user_bar = QWidget()
        bar = QHBoxLayout(self.user_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.user_label = styled_label("", "muted")
        self.user_label.setObjectName("signedInUser")
        self.sign_out_button = QPushButton(translate("CasesPage", "Đăng xuất"))
        self.sign_out_button.setObjectName("signOutButton")
        bar.addWidget(self.user_label)
        bar.addStretch(1)
        # Case workers switch between the cases and the trusted addresses; administrators also see the
        # accounts and the audit log. Viewers get none of these.
        self.tab_buttons: list[QPushButton] = []
        for name, text in (
            ("casesTabButton", translate("CasesPage", "Hồ sơ")),
            ("addressesTabButton", translate("CasesPage", "Địa chỉ tin cậy")),
            ("statisticsTabButton", translate("CasesPage", "Thống kê")),
            ("accountsTabButton", translate("CasesPage", "Tài khoản")),
            ("auditTabButton", translate("CasesPage", "Nhật ký truy cập")),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            bar.addWidget(button)
            self.tab_buttons.append(button)
        (
            self.cases_tab,
            self.addresses_tab,
            self.statistics_tab,
            self.accounts_tab,
            self.audit_tab,
        ) = self.tab_buttons
        bar.addWidget(self.sign_out_button)
        self.body_layout.addWidget(self.user_bar)

        self.stack = QStackedWidget()
        self.setup_card = SetupCard(services.store)
        self.recovery_card = RecoveryKeyCard()
        self.sign_in_card = SignInCard(services.store)
        self.case_list = CaseList(today)
        self.case_detail = CaseDetailView(today)
        self.statistics = CaseStatisticsView(today)
        self.trusted_addresses = TrustedAddressPanel(today)
        self.accounts_panel = AccountsPanel()
        self.audit_log = AuditLogView()
        for widget in (
            self.setup_card,
            self.recovery_card,
            self.sign_in_card,
            self.case_list,
            self.case_detail,
            self.statistics,
            self.trusted_addresses,
            self.accounts_panel,
            self.audit_log,
        ):
            self.stack.addWidget(widget)
        self.body_layout.addWidget(self.stack, 1)

        self.idle_lock = IdleLock(self.idle_limit_ms, self)
        self.idle_lock.idle.connect(self.lock)
        self.setup_card.created.connect(self._set_up)
        self.recovery_card.confirmed.connect(self._recovery_written)
        self.sign_in_card.signed_in.connect(self._signed_in)
        self.sign_out_button.clicked.connect(lambda: self.sign_out())
        self.case_list.open_requested.connect(self._open_case)
        self.case_list.new_requested.connect(self._new_case)
        self.case_detail.back_requested.connect(self._show_list)
        self.case_detail.changed.connect(self._cases_changed)
        self.case_detail.handed_over.connect(self._handed_over)
        self.cases_tab.clicked.connect(self._show_list)
        self.addresses_tab.clicked.connect(self._show_trusted_addresses)
        self.statistics_tab.clicked.connect(self._show_statistics)
        self.accounts_tab.clicked.connect(self._show_accounts)
        self.audit_tab.clicked.connect(self._show_audit_log)
        self._show_start()

    def title(self) -> str:
        return translate("CasesPage", "Hồ sơ hỗ trợ")

    def subtitle(self) -> str:
        return translate(
            "CasesPage", "Hồ sơ hỗ trợ nạn nhân bạo lực gia đình: mã hóa, phân quyền và ghi nhật ký."
        )

    def icon_name(self) -> str:
        return "cases"

    # --- who is signed in --------------------------------------------------------------------------------
    def _show_start(self) -> None:
        self.user_bar.hide()
        if accounts.needs_setup(self._services.store):
            self.stack.setCurrentWidget(self.setup_card)
        else:
            self.stack.setCurrentWidget(self.sign_in_card)
            self.sign_in_card.reset()

    def _set_up(self, result: accounts.SetupResult) -> None:
        self._pending_session = result.session
        self.recovery_card.show_key(result.recovery_key)
        self.stack.setCurrentWidget(self.recovery_card)

    def _recovery_written(self) -> None:
        self._signed_in(self._pending_session)
        del self._pending_session

    def _signed_in(self, auth: AuthSession) -> None:
        self.auth = auth
        self.user_label.setText(
            translate("CasesPage", "Đang đăng nhập: %1 (%2)")
            .replace("%1", auth.display_name)
            .replace("%2", translated_label(auth.role))
        )
        self.user_bar.show()
        is_worker = auth.role in (Role.ADMIN, Role.CASE_OFFICER)
        self.cases_tab.setVisible(is_worker)
        self.addresses_tab.setVisible(is_worker)
        self.statistics_tab.setVisible(is_worker)
        self.accounts_tab.setVisible(auth.role is Role.ADMIN)
        self.audit_tab.setVisible(auth.role is Role.ADMIN)
        self.idle_lock.set_limit_ms(self.idle_limit_ms)
        self.idle_lock.arm()
        if auth.role is Role.VIEWER:
            self.statistics.set_session(auth)
            self.stack.setCurrentWidget(self.statistics)
        else:
            self._show_list()
        self.data_changed.emit(DataChange.CASES.value)  # the dashboard now shows this worker's follow-ups
        if needs_notice(auth):
            self.trust_notice = TrustNoticeDialog(auth, self)
            self.trust_notice.open()  # window-modal: the page is there behind it, the notice read first

    def sign_out(self, message: str = "") -> None:
        """Close the session and drop every decrypted value; the sign-in card comes back."""
        self.idle_lock.disarm()
        for dialog in self.findChildren(QDialog):
            dialog.reject()  # an open case form holds names: it goes too
            dialog.deleteLater()
        self.case_detail.forget()
        self.case_list.set_session(None)
        self.statistics.set_session(None)
        self.trusted_addresses.set_session(None)
        self.accounts_panel.set_session(None)
        self.audit_log.set_session(None)
        was_signed_in = self.auth is not None
        if self.auth is not None:
            accounts.sign_out(self.auth)
            self.auth = None
        self.user_label.clear()
        self._show_start()
        self.sign_in_card.reset(message)
        if was_signed_in:
            self.data_changed.emit(DataChange.CASES.value)  # the dashboard drops the follow-ups it showed

    def overdue_follow_ups(self, today: date) -> Sequence[support.OverdueFollowUp]:
        """The dashboard's hook: overdue follow-ups of the cases the signed-in worker may see, by code only.

        Empty while signed out or locked and for a viewer / leader (who may not see cases at all).
        """
        auth = self.auth
        if auth is None or not auth.is_open or auth.role is Role.VIEWER:
            return ()
        return support.overdue_follow_ups(auth, today)

    def lock(self) -> None:
        self.sign_out(
            translate("CasesPage", "Đã tự khóa sau thời gian không sử dụng. Hãy đăng nhập lại để tiếp tục.")
        )

    # --- cases --------------------------------------------------------------------------------------------
    def _show_list(self) -> None:
        self.case_detail.forget()
        self.case_list.set_session(self.auth)
        self.stack.setCurrentWidget(self.case_list)
        self.cases_tab.setChecked(True)

    def _show_trusted_addresses(self) -> None:
        if self.auth is None or self.auth.role not in (Role.ADMIN, Role.CASE_OFFICER):
            return
        self.case_detail.forget()
        self.trusted_addresses.set_session(self.auth)
        self.stack.setCurrentWidget(self.trusted_addresses)
        self.addresses_tab.setChecked(True)

    def _show_statistics(self) -> None:
        if self.auth is None:
            return
        self.case_detail.forget()
        self.statistics.set_session(self.auth)
        self.stack.setCurrentWidget(self.statistics)
        self.statistics_tab.setChecked(True)

    def _show_accounts(self) -> None:
        if self.auth is None or self.auth.role is not Role.ADMIN:
            return
        self.case_detail.forget()
        self.accounts_panel.set_session(self.auth)
        self.stack.setCurrentWidget(self.accounts_panel)
        self.accounts_tab.setChecked(True)

    def _show_audit_log(self) -> None:
        if self.auth is None or self.auth.role is not Role.ADMIN:
            return
        self.case_detail.forget()
        self.audit_log.set_session(self.auth)
        self.stack.setCurrentWidget(self.audit_log)
        self.audit_tab.setChecked(True)

    def _handed_over(self, message: str) -> None:
        self._show_list()
        self.case_list.say(message)

    def _open_case(self, case_id: int) -> None:
        if self.auth is None:
            return
        try:
            self.case_detail.show_case(self.auth, case_id)
        except UserFacingError as error:  # e.g. its assignment was changed outside the app
            self.case_detail.forget()
            self.case_list.say(str(error), error=True)
            return
        self.stack.setCurrentWidget(self.case_detail)

    def _new_case(self) -> None:
        if self.auth is None:
            return
        dialog = CaseFormDialog(self.auth, self._services.today(), parent=self)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self._cases_changed()

    def _cases_changed(self) -> None:
        self.case_list.refresh()
        self.data_changed.emit(DataChange.CASES.value)

    def activated(self) -> None:
        if self.auth is not None and self.stack.currentWidget() is self.case_list:
            self.case_list.refresh()

    def accounts_replaced(self) -> None:
        """Encrypted cases from the old PC replaced every account: this session's data key and user id
        are stale (opening a case would look like tampering, saving would fail), so it ends here without
        a sign-out entry (it would name a user that no longer exists)."""
        if self.auth is not None:
            self.auth.close()
        self.sign_out(
            translate(
                "CasesPage",
                "Tài khoản đã được thay bằng tài khoản từ máy cũ; vui lòng đăng nhập lại.",
            )
        )

    def on_data_changed(self, change: DataChange) -> None:
        # EVERYTHING is checked too: a caller that only forwards EVERYTHING must not leave a stale session.
        outlived = change is DataChange.EVERYTHING and self.auth is not None and session_outlived(self.auth)
        if change is DataChange.ACCOUNTS_REPLACED or outlived:
            self.accounts_replaced()  # signed out or not: the set-up card must not stay up either
        elif change in (DataChange.CASES, DataChange.EVERYTHING) and self.auth is not None:
            self.case_list.refresh()
