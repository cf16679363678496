"""Gói dữ liệu when something goes wrong: a failed export logs nothing; receiving checks everything it can
before the first write, and a later failure says what went in and what did not (pages still refresh)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.package_statistics import received_statistics
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import passwords
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.dialogs.package_dialog import RECEIVE_TAB, PackageDialog
from gender_equality_desk.gui.widgets import package_receive, package_receive_cases

from ...core.exchange.case_helpers import ADMIN_PASSWORD, make_case_team
from .test_package_dialog_cases import Show, SignInAs, _dialog, _exported, _tick, type_code, written_code

Pc = tuple[Store, DataLayout]


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def new_pc(tmp_path: Path) -> Iterator[Pc]:
    layout = DataLayout(tmp_path / "may-moi")
    store = open_store(layout)
    yield store, layout
    store.close()


def _send_everything(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, qtbot: QtBot
) -> tuple[Path, str]:
    """The old PC's administrator sends the statistics and the encrypted cases, confirmed; the package
    and the transfer code written down."""
    make_case_team(store, tmp_path)
    sender = _dialog(shown, store, layout, SignInAs("quantri", ADMIN_PASSWORD))
    for box in (sender.case_options.statistics_check, sender.case_options.cases_check):
        _tick(qtbot, box)
    _tick(qtbot, sender.case_options.cases_confirm)
    target = sender.send_to(tmp_path)
    assert target is not None
    code = written_code(qtbot, sender)
    sender.close()
    return target, code


def _receiver(shown: Show, pc: Pc, sent: tuple[Path, str], qtbot: QtBot) -> PackageDialog:
    target, code = sent
    other, other_layout = pc
    receiver = _dialog(shown, other, other_layout, SignInAs("nobody", "x"))
    receiver.tabs.setCurrentIndex(RECEIVE_TAB)
    assert receiver.receive.open_file(target) is not None
    _tick(qtbot, receiver.receive.cases.check)
    assert receiver.receive.cases.check.isChecked()
    type_code(qtbot, receiver, code)
    return receiver


def test_a_failed_export_logs_nothing(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, qtbot: QtBot
) -> None:
    make_case_team(store, tmp_path)
    sender = _dialog(shown, store, layout, SignInAs("lanhdao", "Lanh dao 2024"))
    _tick(qtbot, sender.case_options.statistics_check)
    (tmp_path / "usb").write_text("a file where the USB folder should be")
    assert sender.send_to(tmp_path / "usb") is None
    assert sender.send_message.property("role") == "error"
    assert _exported(store) == []  # no victim data left, so the audit log says none did


def test_a_case_problem_found_before_writing_keeps_everything_out(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, new_pc: Pc, qtbot: QtBot
) -> None:
    sent = _send_everything(shown, store, layout, tmp_path, qtbot)
    receiver = _receiver(shown, new_pc, sent, qtbot)
    make_case_team(new_pc[0], tmp_path / "meanwhile")  # cases typed in here after the preview
    with qtbot.assertNotEmitted(receiver.receive.changed):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    assert receiver.receive.receive_message.text().startswith("Chưa nhập gì: Máy này đã có hồ sơ hỗ trợ")
    assert received_statistics(new_pc[1]) == []  # the statistics file was not written either


def test_statistics_that_cannot_be_written_are_reported_and_pages_still_refresh(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, new_pc: Pc, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    sent = _send_everything(shown, store, layout, tmp_path, qtbot)
    receiver = _receiver(shown, new_pc, sent, qtbot)

    def disk_full(*args: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(package_receive, "keep_received_statistics", disk_full)
    with qtbot.waitSignals([receiver.receive.accounts_replaced, receiver.receive.changed], order="strict"):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    lines = receiver.receive.receive_message.text().split("\n")
    assert lines[0] == "Mới nhập được một phần."
    assert lines[1].startswith("Đã nhập: 0 mới, 0 cập nhật")
    assert lines[2].startswith("Đã nhập 3 hồ sơ hỗ trợ đã mã hóa")
    assert lines[3].startswith("Nhật ký truy cập của máy cũ được giữ lại")
    assert lines[4:] == [
        "Chưa nhập:",
        "• Số liệu vụ việc của đơn vị không rõ chưa lưu được (No space left on device). Hãy kiểm tra ổ đĩa "
        "rồi nhập lại gói (các bản ghi đã nhập không bị nhập trùng).",
    ]
    assert receiver.receive.receive_message.property("role") == "error"


def test_a_case_step_that_fails_late_says_what_went_in(
    shown: Show, store: Store, layout: DataLayout, tmp_path: Path, new_pc: Pc, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    sent = _send_everything(shown, store, layout, tmp_path, qtbot)
    receiver = _receiver(shown, new_pc, sent, qtbot)

    def refused(*args: object) -> int:
        raise UserFacingError("Không ghi được tệp hồ sơ mã hóa vào thư mục dữ liệu (ổ đầy).")

    monkeypatch.setattr(package_receive_cases, "import_case_transfer", refused)
    with qtbot.waitSignal(receiver.changed), qtbot.assertNotEmitted(receiver.receive.accounts_replaced):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    text = receiver.receive.receive_message.text()
    assert "Đã lưu số liệu vụ việc của đơn vị không rõ." in text
    assert text.endswith(
        "Chưa nhập:\n• Hồ sơ hỗ trợ mã hóa chưa nhập được: "
        "Không ghi được tệp hồ sơ mã hóa vào thư mục dữ liệu (ổ đầy)."
    )
    assert [kept.total for kept in received_statistics(new_pc[1])] == ["3"]
