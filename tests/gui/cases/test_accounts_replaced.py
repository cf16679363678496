"""Encrypted cases received from the old PC replace every account: a Hồ sơ hỗ trợ page signed in on this
PC must not keep its stale data key and user id, so it signs out and asks to sign in again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.exchange.package_cases import case_transfer_part
from gender_equality_desk.core.exchange.packages import export_package
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.dialogs.package_dialog import RECEIVE_TAB, PackageDialog
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.pages.cases import CasesPage

from ...core.exchange.case_helpers import ADMIN_PASSWORD as OLD_ADMIN_PASSWORD
from ...core.exchange.case_helpers import make_case_team
from ..conftest import TODAY
from ..keyboard import type_text
from .conftest import ADMIN_PASSWORD, sign_in

REPLACED = "Tài khoản đã được thay bằng tài khoản từ máy cũ; vui lòng đăng nhập lại."


def _old_pc_package(tmp_path: Path) -> tuple[Path, str]:
    """The old PC's package with its encrypted cases, and the transfer code they are sealed under."""
    old_layout = DataLayout(tmp_path / "may-cu")
    old = open_store(old_layout)
    try:
        team = make_case_team(old, tmp_path / "may-cu-tep")
        part = case_transfer_part(team.admin)
        with old.reading() as session:
            summary = export_package(
                session, old_layout, date(2025, 1, 1), TODAY, tmp_path / "goi.zip", extensions=[part]
            )
    finally:
        old.close()
    return summary.path, part.transfer_code


def _receive(
    qtbot: QtBot,
    shown: Callable[[PackageDialog], PackageDialog],
    store: Store,
    layout: DataLayout,
    sent: tuple[Path, str],
) -> PackageDialog:
    def sign_in_here(store: Store, reason: str, parent: QWidget | None) -> AuthSession | None:
        return accounts.sign_in(store, "quantri", ADMIN_PASSWORD)  # this PC's administrator

    dialog = shown(PackageDialog(store, layout, today=lambda: TODAY, drives=lambda: [], sign_in=sign_in_here))
    dialog.tabs.setCurrentIndex(RECEIVE_TAB)
    target, code = sent
    dialog.receive.open_file(target)
    box = dialog.receive.cases.check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    type_text(qtbot, dialog.receive.cases.code_edit, code)  # written down on the old PC
    return dialog


def _assert_signed_out(page: CasesPage) -> None:
    assert page.auth is None
    assert page.stack.currentWidget() is page.sign_in_card
    assert page.sign_in_card.message.isVisible()
    assert page.sign_in_card.message.text() == REPLACED


def test_the_cases_page_signs_out_when_the_dialog_says_accounts_were_replaced(
    qtbot: QtBot, shown: Callable[[PackageDialog], PackageDialog], make_page: Callable[[], CasesPage],
    with_admin: Store, layout: DataLayout, tmp_path: Path,
) -> None:  # fmt: skip
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    assert page.auth is not None
    stale = page.auth
    dialog = _receive(qtbot, shown, with_admin, layout, _old_pc_package(tmp_path))
    seen: list[str] = []
    dialog.data_changed.connect(seen.append)
    dialog.data_changed.connect(lambda change: page.on_data_changed(DataChange(change)))
    qtbot.mouseClick(dialog.receive.apply_button, Qt.MouseButton.LeftButton)
    assert "Đã nhập 3 hồ sơ hỗ trợ đã mã hóa" in dialog.receive.receive_message.text()
    assert seen == [DataChange.ACCOUNTS_REPLACED.value, DataChange.EVERYTHING.value]
    assert not stale.is_open  # its data key is gone from memory
    _assert_signed_out(page)
    qtbot.wait(50)  # let the sign-in card lay itself out before the picture
    page.grab().save(str(tmp_path / "cases-replaced.png"))
    sign_in(qtbot, page, "quantri", OLD_ADMIN_PASSWORD)
    assert page.auth is not None and page.stack.currentWidget() is page.case_list


def test_a_window_that_only_forwards_everything_still_ends_the_stale_session(
    qtbot: QtBot, shown: Callable[[PackageDialog], PackageDialog], make_page: Callable[[], CasesPage],
    with_admin: Store, layout: DataLayout, tmp_path: Path,
) -> None:  # fmt: skip
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    dialog = _receive(qtbot, shown, with_admin, layout, _old_pc_package(tmp_path))
    dialog.changed.connect(lambda: page.on_data_changed(DataChange.EVERYTHING))  # as the Data tab does
    qtbot.mouseClick(dialog.receive.apply_button, Qt.MouseButton.LeftButton)
    _assert_signed_out(page)


def test_an_ordinary_import_keeps_the_cases_page_signed_in(
    qtbot: QtBot, make_page: Callable[[], CasesPage], with_admin: Store
) -> None:
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    page.on_data_changed(DataChange.EVERYTHING)
    assert page.auth is not None and page.auth.is_open
    assert page.stack.currentWidget() is page.case_list
