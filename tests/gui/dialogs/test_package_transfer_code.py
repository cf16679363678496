"""The transfer code of a "move to a new PC" package as the two officers see it: shown once, big, after
the package is written (and only then), closed only once written down; typed on the new PC, where a
wrong code is said under the field and nothing of the package goes in."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.exchange.package_cases import (
    TRANSFER_DESCRIPTION,
    TRANSFER_PART,
    case_transfer_part,
)
from gender_equality_desk.core.exchange.package_cases_seal import unseal_transfer
from gender_equality_desk.core.exchange.package_statistics import received_statistics
from gender_equality_desk.core.exchange.packages import ExtensionPart, export_package
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import CASE_FILES_DIRNAME
from gender_equality_desk.core.store.case_models import SupportCase, UserAccount
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from gender_equality_desk.core.store.opening import open_store

from ...core.exchange.case_helpers import ADMIN_PASSWORD, make_case_team
from ..sample_data import fill_sample_commune
from .test_package_dialog_cases import (
    TODAY,
    Show,
    SignInAs,
    _dialog,
    _exported,
    _tick,
    type_code,
    written_code,
)

Pc = tuple[Store, DataLayout]
WRONG = "Mã chuyển máy không đúng: không mở được phần hồ sơ mã hóa của gói."


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def new_pc(tmp_path: Path) -> Iterator[Pc]:
    layout = DataLayout(tmp_path / "may-moi")
    store = open_store(layout)
    yield store, layout
    store.close()


def _written(pc: Pc) -> tuple[int, int, int, int, list[Path]]:
    """Activities, cases, accounts, kept statistics and case files on a PC."""
    store, layout = pc
    with store.reading() as db:
        counts = [db.scalar(select(func.count()).select_from(model)) or 0
                  for model in (Activity, SupportCase, UserAccount)]  # fmt: skip
    folder = store.path.parent / CASE_FILES_DIRNAME
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    return counts[0], counts[1], counts[2], len(received_statistics(layout)), files


def _send(shown: Show, store: Store, layout: DataLayout, tmp_path: Path, qtbot: QtBot) -> tuple[Path, str]:
    """The old PC (a commune with activities and cases) sends everything; the code as written down."""
    fill_sample_commune(store, TODAY)
    make_case_team(store, tmp_path)
    sender = _dialog(shown, store, layout, SignInAs("quantri", ADMIN_PASSWORD))
    for box in (sender.case_options.statistics_check, sender.case_options.cases_check):
        _tick(qtbot, box)
    _tick(qtbot, sender.case_options.cases_confirm)
    target = sender.send_to(tmp_path)
    assert target is not None
    window = sender.transfer_code_dialog
    assert window is not None and window.isVisible() and window.isModal()
    assert window.windowTitle() == "Mã chuyển máy — chỉ hiện một lần"
    assert "KHÔNG lưu mã trong USB, không để tờ giấy chung túi với USB" in window.instructions.text()
    assert window.written.text() == "Tôi đã ghi lại mã"
    window.grab().save(str(tmp_path / "transfer-code.png"))
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # not yet written down: it stays
    window.close()
    assert window.isVisible() and not window.close_button.isEnabled()
    code = written_code(qtbot, sender)
    assert code.encode("ascii") not in target.read_bytes()
    sender.close()
    return target, code


def test_a_wrong_code_is_said_under_the_field_and_nothing_goes_in_then_the_right_one_works(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, new_pc: Pc, qtbot: QtBot
) -> None:
    target, code = _send(shown, store, layout, tmp_path, qtbot)
    receiver = _dialog(shown, new_pc[0], new_pc[1], SignInAs("nobody", "x"))
    receiver.tabs.setCurrentIndex(1)
    receiver.receive.open_file(target)
    cases = receiver.receive.cases
    assert cases.check.text() == "Nhập 3 hồ sơ hỗ trợ đã mã hóa (3 tài khoản, 1 tệp)"  # before any code
    assert cases.code_row.isVisible() and cases.code_caption.text() == "Mã chuyển máy"
    assert not cases.code_message.isVisible()
    _tick(qtbot, cases.check)
    before = _written(new_pc)
    assert before == (0, 0, 0, 0, [])
    wrong = "K7M3Q-AB2CD-EF4GH-JK5MN" if code != "K7M3Q-AB2CD-EF4GH-JK5MN" else "22222-22222-22222-22222"
    type_code(qtbot, receiver, wrong)
    with qtbot.assertNotEmitted(receiver.receive.changed):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    assert cases.code_message.isVisible() and cases.code_message.text().startswith(WRONG)
    assert "Hãy nhập đúng mã đã ghi lại khi tạo gói ở máy cũ" in cases.code_message.text()
    assert receiver.receive.receive_message.text().startswith("Chưa nhập gì: " + WRONG)
    assert _written(new_pc) == before  # no activity, statistics file, case, account nor case file
    receiver.grab().save(str(tmp_path / "receive-wrong-code.png"))

    type_code(qtbot, receiver, code[:11])  # half of it: what is missing is said
    qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    assert "gồm 20 ký tự" in cases.code_message.text() and "bạn đã nhập 10 ký tự" in cases.code_message.text()
    assert _written(new_pc) == before

    type_code(qtbot, receiver, code.lower().replace("-", "  "))
    assert not cases.code_message.isVisible()  # typing again clears the old message
    with qtbot.waitSignal(receiver.receive.changed):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    said = receiver.receive.receive_message.text()
    assert "Đã nhập 3 hồ sơ hỗ trợ đã mã hóa" in said
    assert "Nhật ký truy cập của máy cũ được giữ lại" in said  # the sealed part carried the old log
    activities, imported, users, statistics, files = _written(new_pc)
    assert activities > 0 and (imported, users, statistics, len(files)) == (3, 3, 1, 1)
    assert accounts.sign_in(new_pc[0], "quantri", ADMIN_PASSWORD).has_data_key


def test_a_failed_export_shows_no_code(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, qtbot: QtBot
) -> None:
    make_case_team(store, tmp_path)
    sender = _dialog(shown, store, layout, SignInAs("quantri", ADMIN_PASSWORD))
    _tick(qtbot, sender.case_options.cases_check)
    _tick(qtbot, sender.case_options.cases_confirm)
    (tmp_path / "usb").write_text("a file where the USB folder should be")
    assert sender.send_to(tmp_path / "usb") is None
    assert sender.send_message.property("role") == "error"
    assert sender.transfer_code_dialog is None and _exported(store) == []


def test_a_package_from_before_the_code_imports_without_asking_for_one(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, new_pc: Pc, qtbot: QtBot
) -> None:
    team = make_case_team(store, tmp_path)
    part = case_transfer_part(team.admin)
    content = unseal_transfer(json.loads(part.data), part.transfer_code)
    del content["audit_log"]  # packages from before the transfer code carried no access log
    data = json.dumps(content, ensure_ascii=False).encode("utf-8")
    plain = ExtensionPart(TRANSFER_PART, data, TRANSFER_DESCRIPTION, part.files, contains_case_data=True)
    with store.reading() as session:
        old = export_package(
            session, layout, date(2025, 1, 1), TODAY, tmp_path / "goi-cu.zip", extensions=[plain]
        ).path
    receiver = _dialog(shown, new_pc[0], new_pc[1], SignInAs("nobody", "x"))
    receiver.tabs.setCurrentIndex(1)
    receiver.receive.open_file(old)
    cases = receiver.receive.cases
    assert cases.check.isVisible() and not cases.code_row.isVisible()
    assert cases.check.text() == "Nhập 3 hồ sơ hỗ trợ đã mã hóa (3 tài khoản, 1 tệp)"
    _tick(qtbot, cases.check)
    with qtbot.waitSignal(receiver.receive.changed):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    said = receiver.receive.receive_message.text()
    assert "Đã nhập 3 hồ sơ hỗ trợ đã mã hóa" in said
    assert "Nhật ký truy cập của máy cũ" not in said  # an old-format package carried no log
