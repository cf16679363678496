"""Hồ sơ hỗ trợ GUI tests: a page on the small sample commune, an administrator and a viewer (cheap KDF),
and the steps a user takes: sign in, fill a modal dialog, save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.cases import records
from gender_equality_desk.core.cases.catalogue import ensure_dv_acts, list_dv_acts
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput
from gender_equality_desk.core.cases.vocabulary import (
    AgeGroup,
    IntakeChannel,
    Relationship,
    RiskLevel,
    Sex,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.cases import CasesPage

from ..conftest import TODAY

ADMIN_PASSWORD = "Quan tri 2024"
SURVIVOR = "Hà Thị Phương Thảo"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def make_page(
    shown: Callable[[CasesPage], CasesPage], filled_store: Store, layout: DataLayout
) -> Callable[[], CasesPage]:
    def make() -> CasesPage:
        page = shown(CasesPage(PageServices(filled_store, layout, lambda: TODAY)))
        page.resize(1366, 768)
        return page

    return make


@pytest.fixture
def with_admin(filled_store: Store) -> Store:
    setup = accounts.create_first_administrator(filled_store, "quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD)
    accounts.create_account(setup.session, "lanhdao", "Hoàng Văn Tú", Role.VIEWER, "Lanh dao 2024")
    accounts.sign_out(setup.session)
    return filled_store


def sign_in(qtbot: QtBot, page: CasesPage, username: str, password: str) -> None:
    card = page.sign_in_card
    card.username.clear()
    qtbot.keyClicks(card.username, username)
    qtbot.keyClicks(card.password, password)
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)


def in_dialog(qtbot: QtBot, dialog_type: type[QDialog], fill: Callable[[QDialog], None]) -> None:
    """Run `fill` on the modal dialog once it is open (the click that opens it blocks in exec)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            QTimer.singleShot(20, act)
            return
        fill(dialog)

    QTimer.singleShot(0, act)


def type_date(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def save(qtbot: QtBot, dialog: QDialog) -> None:
    button = next(b for b in dialog.findChildren(QPushButton) if b.text().startswith("Lưu"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visible_texts(page: CasesPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def new_case(
    auth: AuthSession, *, intake: date = TODAY, survivor: str = "", act_index: int = 0
) -> records.CaseRow:
    """A case saved through the core as a worker would (identity sealed), for tests that need one."""
    with auth.store.transaction() as db:
        ensure_dv_acts(db)
        act = list_dv_acts(db)[act_index].id
    data = CaseInput(
        intake,
        IntakeChannel.SELF,
        Sex.FEMALE,
        AgeGroup.FROM_26,
        Relationship.HUSBAND,
        Sex.MALE,
        AgeGroup.FROM_26,
        RiskLevel.HIGH,
        act_ids=(act,),
        identity=CaseIdentity(survivor_name=survivor),
    )
    return records.create_case(auth, data, today=TODAY)
