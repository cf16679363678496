"""Tài khoản → Kiểm tra phân quyền: the administrator, told at sign-in that a role and an assignment were
changed by SQL, sees both with the values the app last wrote and puts them back with one click."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.trust_review import TrustReviewDialog
from gender_equality_desk.gui.pages.cases import CasesPage

from .conftest import ADMIN_PASSWORD, in_dialog, sign_in
from .trust_team import give_mais_case_to_thang, make_team, sql


@pytest.fixture
def team(filled_store: Store) -> Store:
    return make_team(filled_store)


def test_the_administrator_is_told_and_puts_it_back(
    qtbot: QtBot, make_page: Callable[[], CasesPage], team: Store
) -> None:
    give_mais_case_to_thang(team)
    sql(team, "UPDATE user_account SET role = 'admin' WHERE username = 'canbo2'")
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
