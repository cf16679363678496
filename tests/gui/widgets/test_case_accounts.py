"""Accounts tab of Hồ sơ hỗ trợ, used as an administrator would: a viewer account typed in and able to
sign in, refusals shown under the fields, lock / unlock, password reset, a new recovery key shown once;
a case officer never sees the tab."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, crypto, passwords
from gender_equality_desk.core.security.session import Role, SignInError
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.account_form import AccountFormDialog, ResetPasswordDialog
from gender_equality_desk.gui.dialogs.account_recovery import RecoveryKeyDialog
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.cases import CasesPage

from ..conftest import TODAY
from ..keyboard import type_text

ADMIN_PASSWORD = "Quan tri 2024"
OFFICER_PASSWORD = "Can bo xa 2024"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def with_team(filled_store: Store) -> Store:
    setup = accounts.create_first_administrator(filled_store, "quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD)
    accounts.create_account(setup.session, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, OFFICER_PASSWORD)
    accounts.sign_out(setup.session)
    return filled_store


def signed_in_page(
    qtbot: QtBot, shown: Callable[[CasesPage], CasesPage], store: Store, layout: DataLayout, who: str, pw: str
) -> CasesPage:
    page = shown(CasesPage(PageServices(store, layout, lambda: TODAY)))
    page.resize(1366, 768)
    card = page.sign_in_card
    qtbot.keyClicks(card.username, who)
    qtbot.keyClicks(card.password, pw)
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert page.auth is not None
    return page


def in_dialog(dialog_type: type[QDialog], fill: Callable[[QDialog], None]) -> None:
    """Run `fill` on the modal dialog once it is open (the click that opens it blocks in exec)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            QTimer.singleShot(20, act)
            return
        fill(dialog)

    QTimer.singleShot(0, act)


@pytest.fixture
def admin_page(
    qtbot: QtBot, shown: Callable[[CasesPage], CasesPage], with_team: Store, layout: DataLayout
) -> CasesPage:
    page = signed_in_page(qtbot, shown, with_team, layout, "quantri", ADMIN_PASSWORD)
    assert page.accounts_tab.isVisible()
    qtbot.mouseClick(page.accounts_tab, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.accounts_panel
    return page


def table_texts(page: CasesPage) -> list[list[str]]:
    table = page.accounts_panel.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_admin_types_a_viewer_account_that_can_then_sign_in(qtbot: QtBot, admin_page: CasesPage) -> None:
    panel = admin_page.accounts_panel
    assert [row[:4] for row in table_texts(admin_page)] == [
        ["canbo", "Lò Thị Mai", "Cán bộ phụ trách hồ sơ", "Đang dùng"],
        ["quantri", "Nguyễn Văn Quản", "Quản trị viên", "Đang dùng"],
    ]
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AccountFormDialog)
        qtbot.keyClicks(dialog.username, "Lanh Dao")  # a space: refused next to the field
        type_text(qtbot, dialog.display_name, "Hoàng Văn Tú")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.VIEWER.value))
        qtbot.keyClicks(dialog.password, "ngan1")
        qtbot.keyClicks(dialog.repeat, "ngan1")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["username"] = dialog.messages["username"].text()
        seen["password"] = dialog.messages["password"].text()
        assert dialog.isVisible()
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, "canbo")  # already taken: the core says so, under the name
        for edit in (dialog.password, dialog.repeat):
            edit.clear()
        qtbot.keyClicks(dialog.password, "Lanh dao 2024")
        qtbot.keyClicks(dialog.repeat, "Lanh dao 2025")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["repeat"] = dialog.messages["repeat"].text()
        dialog.repeat.clear()
        qtbot.keyClicks(dialog.repeat, "Lanh dao 2024")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["taken"] = dialog.messages["username"].text()
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, "lanhdao")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(AccountFormDialog, fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert "3–60 ký tự" in seen["username"]
    assert "ít nhất 10 ký tự" in seen["password"]
    assert seen["repeat"] == "Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại."
    assert seen["taken"] == "Tên đăng nhập “canbo” đã có. Hãy chọn tên khác."
    assert ["lanhdao", "Hoàng Văn Tú", "Lãnh đạo / chỉ xem thống kê", "Đang dùng"] in [
        row[:4] for row in table_texts(admin_page)
    ]
    selected = panel.selected()
    assert selected is not None and selected.username == "lanhdao"
    viewer = accounts.sign_in(admin_page._services.store, "lanhdao", "Lanh dao 2024")
    assert viewer.role is Role.VIEWER and not viewer.has_data_key


def test_a_locked_account_is_refused_until_unlocked(qtbot: QtBot, admin_page: CasesPage) -> None:
    panel = admin_page.accounts_panel
    store = admin_page._services.store
    panel.select_username("canbo")
    assert panel.toggle_button.text() == "Khóa"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert table_texts(admin_page)[0][3] == "Đã khóa"
    assert panel.message.text() == "Đã khóa tài khoản canbo."
    with pytest.raises(SignInError, match="vô hiệu hóa"):
        accounts.sign_in(store, "canbo", OFFICER_PASSWORD)

    assert panel.toggle_button.text() == "Mở khóa"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert table_texts(admin_page)[0][3] == "Đang dùng"
    assert accounts.sign_in(store, "canbo", OFFICER_PASSWORD).username == "canbo"

    panel.select_username("quantri")  # the signed-in administrator cannot lock themself out
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Không thể tự vô hiệu hóa tài khoản đang đăng nhập."
    assert table_texts(admin_page)[1][3] == "Đang dùng"


def test_password_reset_lets_the_user_in_with_the_new_password(qtbot: QtBot, admin_page: CasesPage) -> None:
    panel = admin_page.accounts_panel
    panel.select_username("canbo")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        qtbot.keyClicks(dialog.password, "Mat khau moi 9")
        qtbot.keyClicks(dialog.repeat, "Mat khau moi 9")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(ResetPasswordDialog, fill)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Đã đặt mật khẩu mới cho canbo."
    store = admin_page._services.store
    with pytest.raises(SignInError):
        accounts.sign_in(store, "canbo", OFFICER_PASSWORD)
    assert accounts.sign_in(store, "canbo", "Mat khau moi 9").has_data_key  # still opens the cases


def test_new_recovery_key_is_shown_once_and_works(qtbot: QtBot, admin_page: CasesPage) -> None:
    panel = admin_page.accounts_panel
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        seen["key"] = dialog.card.key_label.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # does not close it: the key is not written down yet
        seen["open_after_escape"] = dialog.isVisible()
        seen["enabled_before_tick"] = dialog.card.button.isEnabled()
        dialog.card.written.setChecked(True)
        qtbot.mouseClick(dialog.card.button, Qt.MouseButton.LeftButton)

    in_dialog(RecoveryKeyDialog, fill)
    qtbot.mouseClick(panel.recovery_button, Qt.MouseButton.LeftButton)
    assert seen["open_after_escape"] is True and seen["enabled_before_tick"] is False
    key = str(seen["key"])
    crypto.parse_recovery_key(key)
    accounts.recover_with_key(admin_page._services.store, key, "canbo", "Khoi phuc 2024")
    assert accounts.sign_in(admin_page._services.store, "canbo", "Khoi phuc 2024").has_data_key


def test_a_case_officer_sees_no_accounts_or_audit_tab(
    qtbot: QtBot, shown: Callable[[CasesPage], CasesPage], with_team: Store, layout: DataLayout
) -> None:
    page = signed_in_page(qtbot, shown, with_team, layout, "canbo", OFFICER_PASSWORD)
    assert page.stack.currentWidget() is page.case_list
    assert not page.accounts_tab.isVisible()
    assert not page.audit_tab.isVisible()
    # Officers switch between their cases, the trusted addresses and the statistics only.
    assert page.cases_tab.isVisible() and page.addresses_tab.isVisible() and page.statistics_tab.isVisible()
    page._show_accounts()  # even called directly, nothing opens
    assert page.stack.currentWidget() is page.case_list
    assert page.accounts_panel.rows == []
