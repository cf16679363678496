"""Hồ sơ hỗ trợ page: first-run setup with the recovery key, sign-in, a case typed from intake to
closure, the viewer's statistics-only view, refusals and the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.cases.records import list_cases
from gender_equality_desk.core.cases.vocabulary import CaseStatus, ClosureReason, MeasureKind
from gender_equality_desk.core.security import accounts, audit
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.case_form import CaseFormDialog
from gender_equality_desk.gui.dialogs.case_support import FollowUpDialog, MeasureDialog, StatusDialog
from gender_equality_desk.gui.pages.cases import CasesPage

from ..conftest import TODAY
from ..keyboard import type_text
from .conftest import ADMIN_PASSWORD, SURVIVOR, in_dialog, save, sign_in, type_date, visible_texts


def test_first_use_creates_the_administrator_and_shows_the_recovery_key_once(
    qtbot: QtBot, make_page: Callable[[], CasesPage]
) -> None:
    page = make_page()
    assert page.stack.currentWidget() is page.setup_card
    card = page.setup_card
    qtbot.keyClicks(card.username, "quantri")
    type_text(qtbot, card.display_name, "Nguyễn Văn Quản")
    qtbot.keyClicks(card.password, "ngan1")
    assert "ít nhất 10 ký tự" in card.strength.text()
    qtbot.keyClicks(card.password, "xyz2345")
    assert card.strength.text() == "Mật khẩu đủ mạnh."
    qtbot.keyClicks(card.repeat, "ngan1xyz2345")
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)

    assert page.stack.currentWidget() is page.recovery_card
    key = page.recovery_card.key_label.text()
    assert len(key) > 20
    assert not page.recovery_card.button.isEnabled()  # only after "I wrote it down"
    page.recovery_card.written.setChecked(True)
    qtbot.mouseClick(page.recovery_card.button, Qt.MouseButton.LeftButton)

    assert page.stack.currentWidget() is page.case_list
    assert page.recovery_card.key_label.text() == ""
    assert key not in visible_texts(page)
    assert "Nguyễn Văn Quản" in page.user_label.text()


def test_setup_refuses_a_weak_password_with_the_core_message(
    qtbot: QtBot, make_page: Callable[[], CasesPage], filled_store: Store
) -> None:
    page = make_page()
    card = page.setup_card
    qtbot.keyClicks(card.username, "quantri")
    qtbot.keyClicks(card.display_name, "Quan")
    qtbot.keyClicks(card.password, "abcdefghij")
    qtbot.keyClicks(card.repeat, "abcdefghij")
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert card.message.text() == "Mật khẩu cần có cả chữ cái và chữ số."
    assert accounts.needs_setup(filled_store)


@pytest.mark.usefixtures("with_admin")
def test_wrong_password_is_refused_in_vietnamese(qtbot: QtBot, make_page: Callable[[], CasesPage]) -> None:
    page = make_page()
    assert page.stack.currentWidget() is page.sign_in_card
    sign_in(qtbot, page, "quantri", "sai mat khau 1")
    assert page.sign_in_card.message.text() == accounts.WRONG_CREDENTIALS
    assert page.sign_in_card.password.text() == ""
    assert page.auth is None
    assert not page.case_list.isVisible()


@pytest.mark.usefixtures("with_admin")
def test_a_case_typed_from_intake_to_closure(
    qtbot: QtBot, make_page: Callable[[], CasesPage], filled_store: Store
) -> None:
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    assert page.stack.currentWidget() is page.case_list
    assert page.case_list.table.rowCount() == 0

    # A first save without acts and with a bad date: messages next to the fields, nothing saved.
    def refused_then_fixed(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseFormDialog)
        assert "BL-" not in dialog.windowTitle() and dialog.windowTitle() == "Hồ sơ mới"
        type_date(qtbot, dialog.intake_date, "31/02/2025")
        save(qtbot, dialog)
        assert "không phải ngày hợp lệ" in dialog.lines["intake_date"].text()
        type_date(qtbot, dialog.intake_date, "14/03/2025")
        save(qtbot, dialog)
        assert dialog.lines["act_ids"].text().startswith("Chưa chọn hành vi")
        assert dialog.isVisible()
        for row in (0, 2):
            dialog.acts.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.village.setCurrentIndex(1)
        type_text(qtbot, dialog.identity["survivor_name"], SURVIVOR)
        qtbot.keyClicks(dialog.identity["survivor_phone"], "0987 654 321")
        type_text(qtbot, dialog.narrative, "Chồng say rượu đánh vợ.")
        dialog.consent.setChecked(True)
        save(qtbot, dialog)
        assert dialog.lines["consent_date"].text().startswith("Nạn nhân đã đồng ý")
        type_date(qtbot, dialog.consent_date, "14/03/2025")
        save(qtbot, dialog)

    in_dialog(qtbot, CaseFormDialog, refused_then_fixed)
    qtbot.mouseClick(page.case_list.new_button, Qt.MouseButton.LeftButton)

    table = page.case_list.table
    assert table.rowCount() == 1
    code = table.item(0, 0).text()
    assert code == "BL-2025-0001"
    shown = " ".join(table.item(0, column).text() for column in range(table.columnCount()))
    assert SURVIVOR not in shown and "0987" not in shown
    assert table.item(0, 1).text() == "14/03/2025"

    table.selectRow(0)
    qtbot.mouseClick(page.case_list.open_button, Qt.MouseButton.LeftButton)
    detail = page.case_detail
    assert page.stack.currentWidget() is detail
    assert detail.title.text() == f"{code} — Đang hỗ trợ"
    assert SURVIVOR in visible_texts(page)  # the authorised officer sees the identity

    def add_measure(dialog: QDialog) -> None:
        assert isinstance(dialog, MeasureDialog)
        dialog.kind.set_value(MeasureKind.COUNSELLING)
        type_date(qtbot, dialog.start, "15/03/2025")
        type_date(qtbot, dialog.end, "20/03/2025")
        type_text(qtbot, dialog.provider, "Hội Phụ nữ xã")
        save(qtbot, dialog)

    in_dialog(qtbot, MeasureDialog, add_measure)
    qtbot.mouseClick(detail.add_measure, Qt.MouseButton.LeftButton)
    assert detail.measures.rowCount() == 1
    assert detail.measures.item(0, 0).text() == "Tư vấn tâm lý, kỹ năng"
    assert detail.measures.item(0, 3).text() == "Hội Phụ nữ xã"

    def add_follow_up(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog)
        type_date(qtbot, dialog.due, "01/03/2025")
        save(qtbot, dialog)
        assert dialog.lines["due_date"].text() == "Ngày hẹn theo dõi trước ngày tiếp nhận hồ sơ."
        type_date(qtbot, dialog.due, "01/04/2025")
        save(qtbot, dialog)

    in_dialog(qtbot, FollowUpDialog, add_follow_up)
    qtbot.mouseClick(detail.add_follow_up, Qt.MouseButton.LeftButton)
    assert detail.follow_ups.item(0, 1).text() == "01/04/2025"
    detail.follow_ups.selectRow(0)
    qtbot.mouseClick(detail.done_button, Qt.MouseButton.LeftButton)
    assert detail.follow_ups.item(0, 2).text() == TODAY.strftime("%d/%m/%Y")

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, StatusDialog)
        dialog.reason.set_value(ClosureReason.SAFE)
        save(qtbot, dialog)

    in_dialog(qtbot, StatusDialog, close)
    qtbot.mouseClick(detail.status_button, Qt.MouseButton.LeftButton)
    assert detail.title.text() == f"{code} — Đã đóng"
    assert detail.history.item(0, 2).text() == ClosureReason.SAFE.label
    assert not detail.add_measure.isEnabled()

    assert page.auth is not None
    saved = load_case(page.auth, list_cases(page.auth)[0].id)
    assert saved.status is CaseStatus.CLOSED
    assert saved.data.identity.survivor_name == SURVIVOR
    assert saved.data.consent_date == date(2025, 3, 14)
    assert len(saved.data.act_ids) == 2
    assert saved.measures[0].end_date == date(2025, 3, 20)

    qtbot.mouseClick(detail.back, Qt.MouseButton.LeftButton)
    assert page.case_list.table.rowCount() == 0  # the list shows open cases first
    page.case_list.status.setCurrentIndex(page.case_list.status.findText("Đã đóng"))
    assert page.case_list.table.item(0, 5).text() == "Đã đóng"


@pytest.mark.usefixtures("with_admin")
def test_a_viewer_sees_statistics_but_no_case_list(qtbot: QtBot, make_page: Callable[[], CasesPage]) -> None:
    page = make_page()
    sign_in(qtbot, page, "lanhdao", "Lanh dao 2024")
    assert page.stack.currentWidget() is page.statistics
    assert page.case_list.rows == []
    assert page.case_list.table.rowCount() == 0
    assert not page.case_list.isVisible()
    assert page.statistics.grid.count() > 0
    assert "ẩn danh" in page.statistics.note.text()


@pytest.mark.usefixtures("with_admin")
def test_sign_out_and_idle_lock_hide_the_data(
    qtbot: QtBot, make_page: Callable[[], CasesPage], filled_store: Store
) -> None:
    page = make_page()
    # A second instead of the app's 10 minutes: inputs 150 ms apart keep it alive with a wide margin on a
    # busy machine (at 300 ms a single slow event-loop turn locked it during the typing below).
    page.idle_limit_ms = 1000
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    assert page.idle_lock.armed
    session = page.auth
    assert session is not None and session.is_open

    # Input anywhere keeps the session alive.
    for _ in range(8):
        qtbot.wait(150)
        qtbot.keyClick(page.case_list.table, Qt.Key.Key_Down)
    assert page.auth is session

    qtbot.waitUntil(lambda: page.auth is None, timeout=5000)
    assert not session.is_open
    assert page.stack.currentWidget() is page.sign_in_card
    assert page.sign_in_card.message.text().startswith("Đã tự khóa")
    assert not page.user_bar.isVisible()
    admin = accounts.sign_in(filled_store, "quantri", ADMIN_PASSWORD)
    newest = audit.list_entries(admin, limit=2)  # newest first: this sign-in, then the lock's sign-out
    accounts.sign_out(admin)
    assert [line.action for line in newest] == [audit.AuditAction.SIGN_IN, audit.AuditAction.SIGN_OUT]
