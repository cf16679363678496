"""Gói dữ liệu → Nhận gói: the first package of a commune pins its key; a package signed again with a
fresh key under the same commune name is shown in red, nothing of it importable, until an administrator
of this PC accepts the new key (after comparing fingerprints by phone)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.exchange.packages import export_package
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.setup import set_up_commune, suggested_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.dialogs.package_dialog import RECEIVE_TAB, PackageDialog

from ...core.exchange.backup_helpers import DAY, add_activity
from ...core.exchange.package_forgery import inflate_participants, resign
from ..modal import when_modal
from .test_package_dialog_cases import Show, SignInAs

ADMIN_PASSWORD = "Quan tri tinh 2024"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def genuine(tmp_path: Path) -> Iterator[Path]:
    """Xã Cao Lâu's package of 20/11/2026: two activities, no women counted."""
    layout = DataLayout(tmp_path / "cao-lau")
    store = open_store(layout)
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Cao Lâu", "Quảng Nam", "Trần Thị Hằng"), ["Thôn 1"])
    add_activity(store, layout, "Họp dân thôn 1")
    add_activity(store, layout, "Tập huấn tổ hòa giải")
    with store.reading() as session:
        export_package(session, layout, DAY, DAY, tmp_path / "goi-that.zip")
    store.close()
    yield tmp_path / "goi-that.zip"


def _province(store: Store) -> None:
    admin = accounts.create_first_administrator(store, "quantri", "Sở Nội vụ", ADMIN_PASSWORD).session
    accounts.create_account(admin, "canbo", "Cán bộ", Role.CASE_OFFICER, "Can bo tinh 2024")
    accounts.sign_out(admin)


def _women(store: Store) -> int:
    with sqlite3.connect(store.path) as db:
        return int(db.execute("SELECT coalesce(sum(participants_female), 0) FROM activity").fetchone()[0])


def _receiver(shown: Show, store: Store, layout: DataLayout, sign_in: SignInAs) -> PackageDialog:
    dialog = shown(
        PackageDialog(store, layout, today=lambda: date(2026, 12, 1), drives=lambda: [], sign_in=sign_in)
    )
    dialog.tabs.setCurrentIndex(RECEIVE_TAB)
    return dialog


def test_a_re_signed_package_is_refused_until_an_administrator_accepts_its_key(
    shown: Show, store: Store, layout: DataLayout, genuine: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    _province(store)
    officer = SignInAs("canbo", "Can bo tinh 2024")
    receiver = _receiver(shown, store, layout, officer)
    panel = receiver.receive
    assert panel.open_file(genuine) is not None
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert panel.receive_message.property("role") != "error"

    forger = resign(genuine, tmp_path / "goi-gia.zip", inflate_participants)
    assert panel.open_file(tmp_path / "goi-gia.zip") is None
    message = panel.receive_message.text()
    assert message.startswith("Gói “goi-gia.zip” mang tên Xã Cao Lâu nhưng được ký bằng khóa khác")
    assert forger.replace(" ", "\u00a0") in message and "Chữ ký hợp lệ" not in message
    assert panel.receive_message.property("role") == "error"
    assert not panel.apply_button.isEnabled() and panel.table.rowCount() == 0
    assert panel.key_override.isVisible()

    qtbot.mouseClick(panel.key_override.button, Qt.MouseButton.LeftButton)  # a case officer may not
    assert panel.receive_message.text().startswith("Chỉ quản trị viên được làm việc này")
    assert officer.reasons == ["Chấp nhận khóa ký mới của nơi gửi cần quản trị viên của máy này đăng nhập."]

    asked: list[str] = []

    def agree(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        button = dialog.button(QMessageBox.StandardButton.Yes)
        assert button is not None
        button.click()

    officer.username, officer.password = "quantri", ADMIN_PASSWORD  # now the administrator signs in
    failures = when_modal(agree)
    qtbot.mouseClick(panel.key_override.button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert asked and forger in asked[0] and "Chỉ chấp nhận khi cán bộ của Xã Cao Lâu" in asked[0]
    assert panel.receive_message.text().startswith("Đã chấp nhận khóa ký mới của nơi gửi")
    assert not panel.key_override.isVisible() and panel.apply_button.isEnabled()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert _women(store) == 1000  # what the sender confirmed by phone goes in


def test_saying_no_keeps_the_old_key(
    shown: Show, store: Store, layout: DataLayout, genuine: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    _province(store)
    panel = _receiver(shown, store, layout, SignInAs("quantri", ADMIN_PASSWORD)).receive
    assert panel.open_file(genuine) is not None
    first = "Lần đầu nhận gói của Xã Cao Lâu: mã khóa ký sẽ được ghi nhớ khi nhập"
    assert first in panel.receive_message.text()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    resign(genuine, tmp_path / "goi-gia.zip", inflate_participants)
    assert panel.open_file(tmp_path / "goi-gia.zip") is None

    def refuse(dialog: QDialog) -> None:
        button = dialog.button(QMessageBox.StandardButton.No) if isinstance(dialog, QMessageBox) else None
        assert button is not None
        button.click()

    failures = when_modal(refuse)
    qtbot.mouseClick(panel.key_override.button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert panel.open_file(tmp_path / "goi-gia.zip") is None and _women(store) == 0
