"""Gói dữ liệu with Hồ sơ hỗ trợ: case statistics and encrypted cases need the right person signed in;
the receiving PC previews the statistics and takes the cases only when it has none of its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.exchange.package_statistics import received_statistics
from gender_equality_desk.core.exchange.packages import open_package
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.audit import AuditAction, list_entries
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.dialogs.package_dialog import RECEIVE_TAB, PackageDialog
from gender_equality_desk.gui.dialogs.sign_in_dialog import SignInDialog
from gender_equality_desk.gui.widgets.package_receive import STATISTICS_TAB

from ...core.exchange.case_helpers import ADMIN_PASSWORD, SURVIVOR_NAMES, make_case_team
from ..keyboard import type_text

TODAY = date(2025, 12, 20)
Show = Callable[[PackageDialog], PackageDialog]


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def new_pc(tmp_path: Path) -> Iterator[tuple[Store, DataLayout]]:
    layout = DataLayout(tmp_path / "may-moi")
    store = open_store(layout)
    yield store, layout
    store.close()


class SignInAs:
    """Stands in for the sign-in window: signs `username` in and remembers why it was asked."""

    def __init__(self, username: str, password: str) -> None:
        self.username, self.password = username, password
        self.reasons: list[str] = []

    def __call__(self, store: Store, reason: str, parent: QWidget | None) -> AuthSession | None:
        self.reasons.append(reason)
        return accounts.sign_in(store, self.username, self.password)


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the tick box itself (the check box row is as wide as the dialog)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _exported(store: Store) -> list[str]:
    """The EXPORTED entries of the audit log, read by the old PC's administrator."""
    admin = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    try:
        return [e.detail for e in list_entries(admin, limit=50) if e.action is AuditAction.EXPORTED]
    finally:
        accounts.sign_out(admin)


def written_code(qtbot: QtBot, sender: PackageDialog) -> str:
    """Read the transfer code the sender shows, tick that it is written down and close its window."""
    window = sender.transfer_code_dialog
    assert window is not None and window.isVisible()
    code = window.code_label.text()
    assert not window.close_button.isEnabled()
    _tick(qtbot, window.written)
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and window.code_label.text() == ""
    return code


def type_code(qtbot: QtBot, receiver: PackageDialog, code: str) -> None:
    field = receiver.receive.cases.code_edit
    assert field.isVisible()
    field.clear()
    type_text(qtbot, field, code)


def _dialog(shown: Show, store: Store, layout: DataLayout, sign_in: SignInAs) -> PackageDialog:
    dialog = shown(PackageDialog(store, layout, today=lambda: TODAY, drives=lambda: [], sign_in=sign_in))
    assert dialog.start_edit.date().toString("dd/MM/yyyy") == "01/01/2025"
    return dialog


def test_the_sign_in_window_is_typed_into_like_the_cases_page(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    make_case_team(store, tmp_path)
    dialog = SignInDialog(store, "Gửi số liệu vụ việc cần đăng nhập.")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.card.username, "quantri")
    type_text(qtbot, dialog.card.password, "sai mat khau")
    qtbot.mouseClick(dialog.card.button, Qt.MouseButton.LeftButton)
    assert dialog.session is None and dialog.card.message.text().startswith("Tên đăng nhập hoặc mật khẩu")
    type_text(qtbot, dialog.card.password, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.card.button, Qt.MouseButton.LeftButton)
    assert dialog.session is not None and dialog.session.username == "quantri"
    assert dialog.result() == SignInDialog.DialogCode.Accepted


def test_statistics_are_sent_after_sign_in_and_previewed_and_kept_on_receipt(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, new_pc: tuple[Store, DataLayout],
    qtbot: QtBot,
) -> None:  # fmt: skip
    make_case_team(store, tmp_path)
    viewer = SignInAs("lanhdao", "Lanh dao 2024")
    sender = _dialog(shown, store, layout, viewer)
    _tick(qtbot, sender.case_options.statistics_check)
    assert sender.case_options.statistics_check.isChecked()
    assert viewer.reasons == ["Gửi số liệu vụ việc cần đăng nhập tài khoản Hồ sơ hỗ trợ."]
    assert sender.case_options.note.text().startswith("Đang đăng nhập: Hoàng Văn Tú.")
    target = sender.send_to(tmp_path)
    assert target is not None
    assert "Kèm số liệu thống kê vụ việc (ẩn danh, số nhỏ đã ẩn)." in sender.send_message.text()

    other, other_layout = new_pc
    receiver = _dialog(shown, other, other_layout, SignInAs("nobody", "x"))
    receiver.tabs.setCurrentIndex(RECEIVE_TAB)
    assert receiver.receive.open_file(target) is not None
    assert receiver.receive.preview_tabs.isTabEnabled(STATISTICS_TAB)
    receiver.receive.preview_tabs.setCurrentIndex(STATISTICS_TAB)
    view = receiver.receive.statistics_view
    assert view.caption.text() == "Đơn vị không rõ, từ 01/01/2025 đến 20/12/2025: tổng 3 vụ"
    rows = [[view.table.item(r, c).text() for c in range(2)] for r in range(view.table.rowCount())]  # type: ignore[union-attr]
    sexes = rows.index(["Nạn nhân theo giới tính", "3"])
    assert rows[sexes + 1 : sexes + 4] == [["Nữ", "<3"], ["Nam", "<3"], ["Không rõ", "0"]]
    assert not receiver.receive.cases.check.isVisible()
    with qtbot.waitSignal(receiver.receive.changed):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    assert "Đã lưu số liệu vụ việc của" in receiver.receive.receive_message.text()
    [kept] = received_statistics(other_layout)
    assert kept.total == "3"
    receiver.grab().save(str(tmp_path / "receive-statistics.png"))


def test_only_an_administrator_may_tick_encrypted_cases(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, qtbot: QtBot
) -> None:
    make_case_team(store, tmp_path)
    sender = _dialog(shown, store, layout, SignInAs("canbo", "Can bo xa 2024"))
    _tick(qtbot, sender.case_options.cases_check)
    assert not sender.case_options.cases_check.isChecked()
    assert sender.case_options.note.text() == (
        "Chỉ quản trị viên được kèm hồ sơ hỗ trợ "
        "(tài khoản đang đăng nhập: Lò Thị Mai, cán bộ phụ trách hồ sơ)."
    )
    assert sender.case_options.note.property("role") == "error"


def test_encrypted_cases_move_to_a_new_pc_and_open_with_the_old_password(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, new_pc: tuple[Store, DataLayout],
    qtbot: QtBot,
) -> None:  # fmt: skip
    make_case_team(store, tmp_path)
    admin = SignInAs("quantri", ADMIN_PASSWORD)
    sender = _dialog(shown, store, layout, admin)
    _tick(qtbot, sender.case_options.cases_check)
    assert sender.case_options.cases_check.isChecked()
    assert sender.case_options.cases_confirm.isVisible() and not sender.case_options.cases_confirm.isChecked()
    assert sender.case_options.cases_warning.isVisible()
    assert sender.case_options.cases_warning.text().startswith(
        "Gói này sẽ chứa toàn bộ hồ sơ mã hóa và dữ liệu đăng nhập của mọi tài khoản. Chỉ chép sang máy mới"
    )
    assert sender.case_options.cases_warning.text().endswith(
        "Phần hồ sơ được khóa bằng một mã chuyển máy, hiện một lần sau khi xuất: chép mã ra giấy, máy mới sẽ "
        "hỏi mã này."
    )
    sender.grab().save(str(tmp_path / "send-cases.png"))
    assert sender.send_to(tmp_path) is None  # not confirmed yet: nothing written, nothing logged
    assert sender.send_message.text().startswith("Gói kèm hồ sơ mã hóa chỉ dùng để chuyển sang máy mới.")
    assert list(tmp_path.glob("*.zip")) == [] and _exported(store) == []
    _tick(qtbot, sender.case_options.cases_confirm)
    target = sender.send_to(tmp_path)
    assert target is not None and open_package(target).contains_case_data
    assert target.name == "CHUYEN-MAY-MOI_goi-du-lieu_20250101-20251220_CO-HO-SO-MAT.zip"
    assert "Kèm hồ sơ hỗ trợ đã mã hóa" in sender.send_message.text()
    assert _exported(store) == ["gói chuyển máy: 3 hồ sơ (đã mã hóa), 1 tệp"]  # logged once written
    code = written_code(qtbot, sender)
    assert re.fullmatch(r"([2-9A-HJKMNP-Z]{5}-){3}[2-9A-HJKMNP-Z]{5}", code)
    assert code not in sender.send_message.text()

    other, other_layout = new_pc
    receiver = _dialog(shown, other, other_layout, SignInAs("nobody", "x"))
    receiver.tabs.setCurrentIndex(RECEIVE_TAB)
    receiver.receive.open_file(target)
    assert receiver.receive.cases.check.isVisible() and receiver.receive.cases.check.isEnabled()
    warning = receiver.receive.cases.warning
    assert warning.isVisible() and warning.text().startswith(
        "Gói này chứa hồ sơ hỗ trợ đã mã hóa và dữ liệu đăng nhập của mọi tài khoản máy cũ: chỉ dùng để "
        "chuyển sang máy mới của xã. Nhập xong hãy xóa tệp khỏi USB."
    )
    assert receiver.receive.cases.check.text() == "Nhập 3 hồ sơ hỗ trợ đã mã hóa (3 tài khoản, 1 tệp)"
    _tick(qtbot, receiver.receive.cases.check)
    assert receiver.receive.apply_button.isEnabled()
    type_code(qtbot, receiver, " " + code.lower().replace("-", " "))  # as read from the paper
    with qtbot.waitSignal(receiver.receive.changed):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    assert "Đã nhập 3 hồ sơ hỗ trợ đã mã hóa" in receiver.receive.receive_message.text()
    session = accounts.sign_in(other, "quantri", ADMIN_PASSWORD)
    assert load_case(session, 1).data.identity.survivor_name in SURVIVOR_NAMES

    # The same package again: this PC now has cases, so they are refused (the records still import).
    receiver.receive.open_file(target)
    assert not receiver.receive.cases.check.isEnabled()
    assert receiver.receive.cases.note.text().startswith("Máy này đã có hồ sơ hỗ trợ")
    assert receiver.receive.cases.note.property("role") == "error"


def test_a_new_pc_with_its_own_accounts_asks_its_administrator_first(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, new_pc: tuple[Store, DataLayout],
    qtbot: QtBot,
) -> None:  # fmt: skip
    make_case_team(store, tmp_path)
    sender = _dialog(shown, store, layout, SignInAs("quantri", ADMIN_PASSWORD))
    _tick(qtbot, sender.case_options.cases_check)
    _tick(qtbot, sender.case_options.cases_confirm)
    target = sender.send_to(tmp_path)
    assert target is not None
    code = written_code(qtbot, sender)
    sender.close()
    assert sender.case_options.session is None  # closing the dialog signed the administrator out

    other, other_layout = new_pc
    accounts.create_first_administrator(other, "admin.moi", "Quản trị máy mới", "Mat khau may moi 1")
    local_admin = SignInAs("admin.moi", "Mat khau may moi 1")
    receiver = _dialog(shown, other, other_layout, local_admin)
    receiver.tabs.setCurrentIndex(RECEIVE_TAB)
    receiver.receive.open_file(target)
    cases = receiver.receive.cases.check
    assert cases.isEnabled()
    assert receiver.receive.cases.note.text().startswith(
        "Máy này đã có tài khoản hồ sơ hỗ trợ (chưa có hồ sơ nào)."
    )
    _tick(qtbot, cases)
    assert cases.isChecked()
    assert local_admin.reasons == ["Nhập hồ sơ mã hóa cần quản trị viên của máy này đăng nhập."]
    assert receiver.receive.cases.note.text() == "Đã đăng nhập quản trị viên của máy này."
    type_code(qtbot, receiver, code)
    with qtbot.waitSignal(receiver.changed):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    assert "Đã nhập 3 hồ sơ hỗ trợ đã mã hóa" in receiver.receive.receive_message.text()
    assert accounts.sign_in(other, "quantri", ADMIN_PASSWORD).has_data_key


def test_a_pc_without_case_accounts_offers_no_case_parts(
    shown: Show, store: Store, layout: DataLayout
) -> None:
    dialog = _dialog(shown, store, layout, SignInAs("nobody", "x"))
    options = dialog.case_options
    assert not options.statistics_check.isEnabled() and not options.cases_check.isEnabled()
    assert options.note.text() == (
        "Máy này chưa dùng Hồ sơ hỗ trợ (chưa có tài khoản) nên không có số liệu vụ việc để gửi."
    )
