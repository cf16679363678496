"""Hồ sơ hỗ trợ after someone edited the store file with a database tool: a case given to an officer by
SQL does not open for her (red notice, nothing decrypted on screen); the access log's verdict reports a
chain rebuilt without the key, and the administrator is told at sign-in."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.cases import CasesPage

from ...core.security.trust_helpers import cut_and_renumber, follow_anchor, tamper
from .conftest import ADMIN_PASSWORD, sign_in, visible_texts
from .trust_team import SURVIVOR, THANG_PASSWORD, give_mais_case_to_thang, make_team


@pytest.fixture
def team(filled_store: Store) -> Store:
    return make_team(filled_store)


def test_a_case_given_by_sql_does_not_open_for_the_officer(
    qtbot: QtBot, make_page: Callable[[], CasesPage], team: Store
) -> None:
    give_mais_case_to_thang(team)
    page = make_page()
    sign_in(qtbot, page, "canbo2", THANG_PASSWORD)
    assert page.case_list.rows and page.case_list.rows[0].code == "BL-2025-0001"
    page.case_list.open_requested.emit(page.case_list.rows[0].id)
    assert page.stack.currentWidget() is page.case_list
    assert page.trust_notice is None  # the log was not touched
    notice = page.case_list.notice
    assert notice.isVisible() and notice.property("role") == "error"
    assert notice.text().startswith("Không mở được hồ sơ BL-2025-0001: người tạo hoặc cán bộ phụ trách")
    assert SURVIVOR not in visible_texts(page)


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
