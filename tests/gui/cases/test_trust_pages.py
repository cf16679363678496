"""Hồ sơ hỗ trợ after someone edited the store file with a database tool: a case given to an officer by
SQL does not open for her (red notice, nothing decrypted on screen); the administrator is told at sign-in,
sees every change under Tài khoản → Kiểm tra phân quyền and puts it back; the access log's verdict
reports a chain rebuilt without the key."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.trust_review import TrustReviewDialog
from gender_equality_desk.gui.pages.cases import CasesPage

from ...core.security.trust_helpers import cut_and_renumber, follow_anchor, tamper
from .conftest import ADMIN_PASSWORD, in_dialog, new_case, sign_in, visible_texts

MAI, MAI_PASSWORD = "Lò Thị Mai", "Can bo xa 2024"
THANG, THANG_PASSWORD = "Vi Văn Thắng", "Can bo hai 2024"
SURVIVOR = "Đàm Thị Nguyệt"


@pytest.fixture
def team(filled_store: Store) -> Store:
    """An administrator, two case officers; Mai's case BL-2025-0001 (the survivor's name sealed)."""
    admin = accounts.create_first_administrator(
        filled_store, "quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD
    ).session
    accounts.create_account(admin, "canbo", MAI, Role.CASE_OFFICER, MAI_PASSWORD)
    accounts.create_account(admin, "canbo2", THANG, Role.CASE_OFFICER, THANG_PASSWORD)
    accounts.sign_out(admin)
    mai = accounts.sign_in(filled_store, "canbo", MAI_PASSWORD)
    new_case(mai, survivor=SURVIVOR)
    accounts.sign_out(mai)
    return filled_store


def _sql(store: Store, statement: str) -> None:
    with sqlite3.connect(store.path) as db:
        db.execute(statement)


def _give_mais_case_to_thang(store: Store) -> None:
    _sql(
        store,
        "UPDATE support_case SET assigned_to_id = (SELECT id FROM user_account WHERE username = 'canbo2')",
    )


def test_a_case_given_by_sql_does_not_open_for_the_officer(
    qtbot: QtBot, make_page: Callable[[], CasesPage], team: Store
) -> None:
    _give_mais_case_to_thang(team)
    page = make_page()
    sign_in(qtbot, page, "canbo2", THANG_PASSWORD)
    assert page.trust_notice is None  # nothing about the log was touched
    assert page.case_list.rows and page.case_list.rows[0].code == "BL-2025-0001"
    page.case_list.open_requested.emit(page.case_list.rows[0].id)
    assert page.stack.currentWidget() is page.case_list
    notice = page.case_list.notice
    assert notice.isVisible() and notice.property("role") == "error"
    assert notice.text().startswith("Không mở được hồ sơ BL-2025-0001: người tạo hoặc cán bộ phụ trách")
    assert SURVIVOR not in visible_texts(page)


def test_the_administrator_is_told_and_puts_it_back(
    qtbot: QtBot, make_page: Callable[[], CasesPage], team: Store
) -> None:
    _give_mais_case_to_thang(team)
    _sql(team, "UPDATE user_account SET role = 'admin' WHERE username = 'canbo2'")
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    notice = page.trust_notice
    assert notice is not None and notice.isVisible()
    outside = "đã bị sửa ngoài ứng dụng"
    assert notice.lines.text().splitlines() == [
        f"• tài khoản “canbo2”: vai trò (gốc: cán bộ phụ trách hồ sơ, nay: quản trị viên) {outside}",
        f"• hồ sơ BL-2025-0001: cán bộ phụ trách (gốc: Lò Thị Mai, nay: Vi Văn Thắng) {outside}",
    ]
    notice.reject()
    qtbot.mouseClick(page.accounts_tab, Qt.MouseButton.LeftButton)
    seen: list[str] = []

    def repair(dialog: QDialog) -> None:
        assert isinstance(dialog, TrustReviewDialog)
        seen.append(dialog.verdict.text())
        seen.append(dialog.problems.text())
        qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.verdict.text())
        seen.append(dialog.message.text())
        assert not dialog.repair_button.isEnabled()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    in_dialog(qtbot, TrustReviewDialog, repair)
    qtbot.mouseClick(page.accounts_panel.trust_button, Qt.MouseButton.LeftButton)
    assert seen[0] == "Phát hiện 2 chỗ bị sửa ngoài ứng dụng:"
    assert "tài khoản “canbo2”: vai trò (gốc: cán bộ phụ trách hồ sơ, nay: quản trị viên)" in seen[1]
    assert seen[2].startswith("TỐT: không có gì bị sửa ngoài ứng dụng.")
    assert seen[3].splitlines() == [
        "Đã khôi phục và ghi vào nhật ký truy cập.",
        "• tài khoản “canbo2”: cán bộ phụ trách hồ sơ, đang hoạt động",
        "• hồ sơ BL-2025-0001: cán bộ phụ trách Lò Thị Mai",
    ]
    roles = [
        page.accounts_panel.table.item(row, 2).text() for row in range(page.accounts_panel.table.rowCount())
    ]
    assert roles == ["Cán bộ phụ trách hồ sơ", "Cán bộ phụ trách hồ sơ", "Quản trị viên"]
    assert (
        page.accounts_panel.message.text() == "Đã khôi phục phân quyền; xem chi tiết trong nhật ký truy cập."
    )


def test_the_log_view_reports_a_chain_rebuilt_without_the_key(
    qtbot: QtBot, make_page: Callable[[], CasesPage], team: Store
) -> None:
    path = Path(team.path)
    with sqlite3.connect(path) as db:
        created = db.execute(
            "SELECT id FROM audit_entry WHERE action = 'account_created' LIMIT 1"
        ).fetchone()[0]
    tamper(path, *cut_and_renumber(created), rechain=True)  # "canbo was never created by quantri"
    follow_anchor(path)
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    assert page.trust_notice is not None
    assert (
        "• dấu neo của nhật ký không khớp mã xác thực: đã bị sửa ngoài ứng dụng"
        in page.trust_notice.lines.text()
    )
    page.trust_notice.reject()
    qtbot.mouseClick(page.audit_tab, Qt.MouseButton.LeftButton)
    verdict = page.audit_log.verdict
    assert verdict.text().startswith(
        f"LỖI: nhật ký truy cập bị can thiệp, mã xác thực cho thấy: dòng số {created} không khớp mã xác thực"
    )
    assert verdict.property("role") == "error"
