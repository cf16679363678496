"""Giving a case to another worker in the case form: who can be chosen, who then sees it, what is logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.security import accounts, audit
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.case_form import CaseFormDialog
from gender_equality_desk.gui.pages.cases import CasesPage

from ..conftest import TODAY
from ..keyboard import type_text
from .conftest import ADMIN_PASSWORD, in_dialog, new_case, save, sign_in

MAI, MAI_PASSWORD = "Lò Thị Mai", "Can bo xa 2024"
THANG, THANG_PASSWORD = "Vi Văn Thắng", "Can bo hai 2024"
SURVIVOR = "Đàm Thị Nguyệt"


@pytest.fixture
def team(filled_store: Store) -> Store:
    """An administrator, two case officers, a viewer and a locked officer."""
    setup = accounts.create_first_administrator(filled_store, "quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD)
    admin = setup.session
    accounts.create_account(admin, "canbo", MAI, Role.CASE_OFFICER, MAI_PASSWORD)
    accounts.create_account(admin, "canbo2", THANG, Role.CASE_OFFICER, THANG_PASSWORD)
    accounts.create_account(admin, "lanhdao", "Hoàng Văn Tú", Role.VIEWER, "Lanh dao 2024")
    gone = accounts.create_account(admin, "nghihuu", "Triệu Văn Nghỉ", Role.CASE_OFFICER, "Nghi huu 2024")
    accounts.set_account_active(admin, gone, False)
    accounts.sign_out(admin)
    return filled_store


def choices(dialog: CaseFormDialog) -> list[str]:
    return [dialog.assignee.itemText(index) for index in range(dialog.assignee.count())]


def pick(dialog: CaseFormDialog, name: str) -> None:
    index = next(i for i, text in enumerate(choices(dialog)) if text.startswith(name))
    dialog.assignee.setCurrentIndex(index)


def case_codes(page: CasesPage) -> list[str]:
    table = page.case_list.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_a_case_given_to_another_officer_moves_to_their_list_and_is_logged_by_field_name(
    qtbot: QtBot, make_page: Callable[[], CasesPage], team: Store
) -> None:
    page = make_page()
    sign_in(qtbot, page, "canbo", MAI_PASSWORD)

    def create_for_thang(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseFormDialog)
        # Active case officers and administrators only: no viewer, no locked account; Mai by default.
        assert choices(dialog) == [
            f"{MAI} (Cán bộ phụ trách hồ sơ)",
            "Nguyễn Văn Quản (Quản trị viên)",
            f"{THANG} (Cán bộ phụ trách hồ sơ)",
        ]
        assert dialog.assignee.currentText().startswith(MAI)
        dialog.acts.item(0).setCheckState(Qt.CheckState.Checked)
        type_text(qtbot, dialog.identity["survivor_name"], SURVIVOR)
        pick(dialog, THANG)
        save(qtbot, dialog)

    in_dialog(qtbot, CaseFormDialog, create_for_thang)
    qtbot.mouseClick(page.case_list.new_button, Qt.MouseButton.LeftButton)
    assert case_codes(page) == ["BL-2025-0001"]  # Mai created it: she keeps seeing it
    assert page.case_list.table.item(0, 0).text() == "BL-2025-0001"
    page.sign_out()

    sign_in(qtbot, page, "canbo2", THANG_PASSWORD)
    assert case_codes(page) == ["BL-2025-0001"]  # the assignee sees the case
    assert page.case_list.table.item(0, 7).text() == THANG  # the list names the worker, never a survivor
    page.case_list.table.selectRow(0)
    qtbot.mouseClick(page.case_list.open_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.case_detail

    def give_to_admin(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseFormDialog)
        assert dialog.assignee.currentText().startswith(THANG)
        pick(dialog, "Nguyễn Văn Quản")
        save(qtbot, dialog)

    in_dialog(qtbot, CaseFormDialog, give_to_admin)
    qtbot.mouseClick(page.case_detail.edit_button, Qt.MouseButton.LeftButton)
    # Thắng neither created it nor has it any more: back to his (empty) list, told why.
    assert page.stack.currentWidget() is page.case_list
    assert case_codes(page) == []
    assert page.case_list.notice.text() == (
        "Đã giao hồ sơ BL-2025-0001 cho cán bộ khác; bạn không còn xem được hồ sơ này."
    )
    assert SURVIVOR not in page.case_detail.title.text()
    page.sign_out()

    admin = accounts.sign_in(team, "quantri", ADMIN_PASSWORD)
    lines = audit.list_entries(admin, limit=50)
    changes = [line for line in lines if line.action is audit.AuditAction.CASE_CHANGED]
    assert [(line.username, line.case_code, line.detail) for line in changes] == [
        ("canbo2", "BL-2025-0001", "sửa: cán bộ phụ trách")
    ]
    every_detail = " ".join(line.detail for line in lines)
    assert "Quản" not in every_detail and THANG not in every_detail and SURVIVOR not in every_detail
    accounts.sign_out(admin)


def test_a_case_of_a_locked_worker_can_still_be_edited_without_moving_it(
    qtbot: QtBot, make_page: Callable[[], CasesPage], team: Store
) -> None:
    """The present worker stays in the picker, marked, so saving another change keeps the assignment."""
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)

    def create_for_mai(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseFormDialog)
        dialog.acts.item(0).setCheckState(Qt.CheckState.Checked)
        pick(dialog, MAI)
        save(qtbot, dialog)

    in_dialog(qtbot, CaseFormDialog, create_for_mai)
    qtbot.mouseClick(page.case_list.new_button, Qt.MouseButton.LeftButton)
    assert page.auth is not None
    mai_id = next(row.id for row in accounts.list_accounts(page.auth) if row.username == "canbo")
    accounts.set_account_active(page.auth, mai_id, False)
    page.case_list.table.selectRow(0)
    qtbot.mouseClick(page.case_list.open_button, Qt.MouseButton.LeftButton)

    def change_risk_only(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseFormDialog)
        assert dialog.assignee.currentText() == f"{MAI} (tài khoản đã khóa)"
        dialog.risk.setCurrentIndex(0)
        save(qtbot, dialog)
        assert not dialog.lines["assigned_to_id"].isVisible()

    in_dialog(qtbot, CaseFormDialog, change_risk_only)
    qtbot.mouseClick(page.case_detail.edit_button, Qt.MouseButton.LeftButton)
    assert page.case_detail.detail is not None
    assert page.case_detail.detail.assigned_to == MAI


def test_a_worker_no_longer_on_this_pc_is_never_replaced_by_the_first_name_in_the_list(
    qtbot: QtBot, shown: Callable[[CaseFormDialog], CaseFormDialog], team: Store
) -> None:
    """E.g. cases moved from an old PC: the form asks who takes the case instead of picking silently."""
    mai = accounts.sign_in(team, "canbo", MAI_PASSWORD)
    case = new_case(mai, survivor=SURVIVOR)
    stored = load_case(mai, case.id)
    unknown = replace(stored.data, assigned_to_id=9_999)  # no such account on this PC
    dialog = shown(CaseFormDialog(mai, TODAY, case_id=case.id, code=case.code, data=unknown))

    assert dialog.assignee.currentText() == "— Chọn cán bộ phụ trách —"
    assert dialog.assignee.currentData() is None
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.lines["assigned_to_id"].text() == (
        "Chưa chọn cán bộ phụ trách. Vui lòng chọn người sẽ theo dõi hồ sơ này."
    )
    assert load_case(mai, case.id).assigned_to == MAI  # nothing was saved
    pick(dialog, THANG)
    save(qtbot, dialog)
    assert not dialog.isVisible()
