"""Địa chỉ tin cậy tab: a case officer registers, edits and stops using trusted addresses; the table shows
capacity, places in use and free places; refusals appear in Vietnamese under the fields."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.cases import support
from gender_equality_desk.core.cases.support import MeasureInput
from gender_equality_desk.core.cases.vocabulary import (
    MeasureKind,
)
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.trusted_address_form import TrustedAddressDialog
from gender_equality_desk.gui.pages.cases import CasesPage

from ..conftest import TODAY
from ..keyboard import type_text
from .conftest import ADMIN_PASSWORD, in_dialog, new_case, save, sign_in

OFFICER_PASSWORD = "Can bo xa 2024"
SHELTER = "Nhà bà Hoàng Thị Lan"


@pytest.fixture
def officers(with_admin: Store) -> Store:
    admin = accounts.sign_in(with_admin, "quantri", ADMIN_PASSWORD)
    accounts.create_account(admin, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, OFFICER_PASSWORD)
    accounts.sign_out(admin)
    return with_admin


def table_rows(page: CasesPage) -> list[list[str]]:
    table = page.trusted_addresses.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def shelter_someone(store: Store, address_id: int) -> None:
    officer = accounts.sign_in(store, "canbo", OFFICER_PASSWORD)
    case = new_case(officer)
    support.add_measure(officer, case.id, MeasureInput(MeasureKind.SHELTER, TODAY, None, "", address_id))
    accounts.sign_out(officer)


def test_an_officer_registers_edits_and_stops_using_a_trusted_address(
    qtbot: QtBot, make_page: Callable[[], CasesPage], officers: Store
) -> None:
    page = make_page()
    sign_in(qtbot, page, "canbo", OFFICER_PASSWORD)
    assert page.addresses_tab.isVisible() and not page.accounts_tab.isVisible()
    qtbot.mouseClick(page.addresses_tab, Qt.MouseButton.LeftButton)
    panel = page.trusted_addresses
    assert page.stack.currentWidget() is panel
    assert panel.summary.text().startswith("Chưa có địa chỉ tin cậy nào.")

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, TrustedAddressDialog)
        assert dialog.windowTitle() == "Thêm địa chỉ tin cậy"
        dialog.capacity.setValue(0)
        qtbot.keyClicks(dialog.registered, "01/01/2030")
        save(qtbot, dialog)
        assert (
            dialog.lines["name"].text() == "Chưa nhập tên địa chỉ tin cậy. Vui lòng nhập tên địa chỉ tin cậy."
        )
        assert dialog.lines["capacity"].text() == "Sức chứa phải từ 1 người trở lên."
        assert dialog.lines["registered_on"].text() == "Ngày công nhận ở tương lai. Hãy kiểm tra lại ngày."
        type_text(qtbot, dialog.name, SHELTER)
        dialog.kind.setCurrentText("Hộ gia đình")
        dialog.village.setCurrentIndex(1)
        dialog.capacity.setValue(2)
        dialog.registered.selectAll()
        qtbot.keyClicks(dialog.registered, "15/05/2025")
        save(qtbot, dialog)

    in_dialog(qtbot, TrustedAddressDialog, add)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [row] = table_rows(page)
    village = row[2]
    assert village
    assert row == [SHELTER, "Hộ gia đình", village, "", "2", "0", "2", "15/05/2025", "Đang sử dụng"]
    assert panel.message.text() == f"Đã lưu địa chỉ “{SHELTER}”."
    assert panel.summary.text() == "1 địa chỉ đang sử dụng: 2 chỗ, 0 người đang tạm lánh, còn trống 2 chỗ."

    shelter_someone(officers, panel.rows[0].id)
    panel.refresh()
    assert table_rows(page)[0][4:7] == ["2", "1", "1"]

    def shrink(dialog: QDialog) -> None:
        assert isinstance(dialog, TrustedAddressDialog)
        assert dialog.windowTitle() == "Sửa địa chỉ tin cậy"
        assert dialog.name.text() == SHELTER and dialog.capacity.value() == 2
        dialog.capacity.setValue(0)
        save(qtbot, dialog)
        assert dialog.lines["capacity"].text() == "Sức chứa phải từ 1 người trở lên."
        dialog.capacity.setValue(1)
        qtbot.keyClicks(dialog.contact, "0912 000 111")
        save(qtbot, dialog)

    panel.table.selectRow(0)
    in_dialog(qtbot, TrustedAddressDialog, shrink)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert table_rows(page)[0][3:7] == ["0912 000 111", "1", "1", "0"]
    assert panel.table.item(0, 6).toolTip() == "Đã hết chỗ"

    panel.table.selectRow(0)
    assert panel.toggle_button.text() == "Ngừng sử dụng"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert panel.message.text().startswith(f"Đã ngừng sử dụng “{SHELTER}”")
    assert "1 người đang tạm lánh vẫn được ghi nhận" in panel.message.text()
    assert table_rows(page) == []
    panel.show_inactive.setChecked(True)
    assert table_rows(page)[0][8] == "Ngừng sử dụng"
    panel.table.selectRow(0)
    assert panel.toggle_button.text() == "Dùng lại"


def test_capacity_below_people_sheltered_is_refused(
    qtbot: QtBot, make_page: Callable[[], CasesPage], officers: Store
) -> None:
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    assert page.addresses_tab.isVisible() and page.accounts_tab.isVisible()
    qtbot.mouseClick(page.addresses_tab, Qt.MouseButton.LeftButton)
    panel = page.trusted_addresses

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, TrustedAddressDialog)
        type_text(qtbot, dialog.name, SHELTER)
        dialog.capacity.setValue(1)
        save(qtbot, dialog)

    in_dialog(qtbot, TrustedAddressDialog, add)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    address_id = panel.rows[0].id
    shelter_someone(officers, address_id)
    shelter_someone(officers, address_id)  # over capacity: the law does not stop an emergency stay
    panel.refresh()
    assert table_rows(page)[0][4:7] == ["1", "2", "0"]

    def too_small(dialog: QDialog) -> None:
        assert isinstance(dialog, TrustedAddressDialog)
        save(qtbot, dialog)
        assert dialog.lines["capacity"].text() == (
            "Đang có 2 người tạm lánh tại đây; sức chứa không thể ít hơn 2."
        )
        dialog.reject()

    panel.table.selectRow(0)
    in_dialog(qtbot, TrustedAddressDialog, too_small)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("with_admin")
def test_a_viewer_has_no_address_tab(qtbot: QtBot, make_page: Callable[[], CasesPage]) -> None:
    page = make_page()
    sign_in(qtbot, page, "lanhdao", "Lanh dao 2024")
    assert not page.addresses_tab.isVisible()
    assert page.trusted_addresses.rows == []
