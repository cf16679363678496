"""Nhật ký truy cập tab: the administrator sees the sign-in and account entries newest first with the chain
verdict, pages back with "Xem thêm", sees a tampered row reported, and exports a CSV equal to the screen."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, audit, passwords
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.cases import CasesPage
from gender_equality_desk.gui.widgets import case_audit_log

from ..conftest import TODAY

ADMIN_PASSWORD = "Quan tri 2024"
SURVIVOR = "Hà Thị Phương Thảo"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def page(
    qtbot: QtBot, shown: Callable[[CasesPage], CasesPage], filled_store: Store, layout: DataLayout
) -> CasesPage:
    setup = accounts.create_first_administrator(filled_store, "quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD)
    accounts.create_account(setup.session, "lanhdao", "Hoàng Văn Tú", Role.VIEWER, "Lanh dao 2024")
    accounts.sign_out(setup.session)
    page = shown(CasesPage(PageServices(filled_store, layout, lambda: TODAY)))
    page.resize(1366, 768)
    qtbot.keyClicks(page.sign_in_card.username, "quantri")
    qtbot.keyClicks(page.sign_in_card.password, ADMIN_PASSWORD)
    qtbot.mouseClick(page.sign_in_card.button, Qt.MouseButton.LeftButton)
    return page


def shown_rows(page: CasesPage) -> list[list[str]]:
    table = page.audit_log.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_log_shows_sign_in_and_created_entries_with_the_chain_verdict(
    qtbot: QtBot, page: CasesPage
) -> None:
    qtbot.mouseClick(page.audit_tab, Qt.MouseButton.LeftButton)
    view = page.audit_log
    assert page.stack.currentWidget() is view
    assert "chuỗi băm khớp" in view.verdict.text()
    assert view.verdict.text().startswith("TỐT") and view.verdict.property("role") == "ok"
    rows = shown_rows(page)
    actions = [row[3] for row in rows]
    # newest first: opening the log, this sign-in, the earlier sign-out, the account, setup…
    assert actions[:6] == [
        "Xem nhật ký truy cập",
        "Đăng nhập",
        "Đăng xuất",
        "Tạo tài khoản",
        "Đăng nhập",
        "Khởi tạo bảo mật",
    ]
    assert [int(row[0]) for row in rows] == sorted((int(row[0]) for row in rows), reverse=True)
    created = rows[3]
    assert created[2] == "quantri" and created[4] == "" and "lanhdao" in created[5]
    day, clock = rows[0][1].split(" ")
    assert len(day) == 10 and day[2] == "/" and day[5] == "/" and len(clock) == 5


def test_more_loads_older_entries_and_tampering_is_reported(
    qtbot: QtBot, page: CasesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_audit_log, "PAGE_SIZE", 3)
    qtbot.mouseClick(page.audit_tab, Qt.MouseButton.LeftButton)
    view = page.audit_log
    assert [row[0] for row in shown_rows(page)] == ["6", "5", "4"]
    assert view.more_button.isEnabled()
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in shown_rows(page)] == ["6", "5", "4", "3", "2", "1"]
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)  # a full page may be the last one
    assert view.table.rowCount() == 6
    assert not view.more_button.isEnabled()

    store = page._services.store
    connection = sqlite3.connect(store.path)  # someone with the file: drop the guard, then edit
    with connection:
        connection.execute("DROP TRIGGER audit_entry_no_update")
        connection.execute("UPDATE audit_entry SET detail = 'sửa lén' WHERE id = 3")
    connection.close()
    qtbot.mouseClick(page.cases_tab, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.audit_tab, Qt.MouseButton.LeftButton)
    assert view.verdict.text() == "LỖI: nhật ký truy cập đã bị can thiệp: dòng số 3 đã bị sửa."
    assert view.verdict.property("role") == "error"


def test_export_writes_the_rows_of_the_log_and_no_survivor_name(
    qtbot: QtBot, page: CasesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "nhat-ky"  # no extension typed: .csv is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(page.audit_tab, Qt.MouseButton.LeftButton)
    view = page.audit_log
    on_screen = shown_rows(page)
    expected = [list(audit_row) for audit_row in on_screen]

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "nhat-ky.csv"
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Số", "Thời gian", "Người dùng", "Hành động", "Mã hồ sơ", "Chi tiết"]
    assert rows[1:] == expected
    assert SURVIVOR.encode() not in raw and "Nguyễn Văn Quản".encode() not in raw
    assert view.message.text() == f"Đã xuất {len(expected)} dòng nhật ký ra {written}."
    # the export itself is now the newest line, and the chain still holds
    assert shown_rows(page)[0][3] == "Xuất dữ liệu"
    assert view.verdict.text().startswith("TỐT")
    newest = audit.list_entries(page.auth, limit=1)[0]  # type: ignore[arg-type]
    assert newest.action is audit.AuditAction.EXPORTED


def test_signing_out_clears_the_log_from_the_screen(qtbot: QtBot, page: CasesPage) -> None:
    qtbot.mouseClick(page.audit_tab, Qt.MouseButton.LeftButton)
    assert page.audit_log.table.rowCount() > 0
    qtbot.mouseClick(page.sign_out_button, Qt.MouseButton.LeftButton)
    assert page.audit_log.table.rowCount() == 0
    assert page.audit_log.verdict.text() == ""
    assert page.stack.currentWidget() is page.sign_in_card
