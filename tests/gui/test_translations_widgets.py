"""In English, no visible widget shows Vietnamese: every UI string goes through the translation layer.

The main window is built on a commune whose names are ASCII, every page and every tab is shown, the main
dialogs are opened, and each visible widget's texts are read: labels, buttons, check boxes, group titles,
tab texts, table headers, placeholders, tooltips, window titles, menu and action texts, list and combo box
entries. Anything still containing a Vietnamese letter fails the test, named with the module whose source
holds the string, unless that module is on the shrinking allow-list (translation_pending.py).
The Hồ sơ hỗ trợ page is walked apart, signed in as a case officer and then as an administrator, with the
cells of its tables read too (case status, measures, audit actions are core labels shown in tables).
Data is not UI: strings stored in the data folder (catalogues, profile, the audit log's details) are left
out, and the language picker names Vietnamese in Vietnamese on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.campaigns import ensure_action_month
from gender_equality_desk.core.cases import records, support
from gender_equality_desk.core.cases.catalogue import ensure_dv_acts, list_dv_acts
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput
from gender_equality_desk.core.cases.support import FollowUpInput, MeasureInput
from gender_equality_desk.core.cases.trusted import TrustedAddressInput, save_trusted_address
from gender_equality_desk.core.cases.vocabulary import (
    AgeGroup,
    ClosureReason,
    FollowUpKind,
    IntakeChannel,
    MeasureKind,
    MeasureOutcome,
    Relationship,
    RiskLevel,
    Sex,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.model import PlannedActivityInput
from gender_equality_desk.core.profile import save_profile
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.audit import AuditAction
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.about_dialog import AboutDialog
from gender_equality_desk.gui.dialogs.account_form import AccountFormDialog
from gender_equality_desk.gui.dialogs.case_form import CaseFormDialog
from gender_equality_desk.gui.dialogs.case_support import FollowUpDialog, MeasureDialog, StatusDialog
from gender_equality_desk.gui.dialogs.package_dialog import PackageDialog
from gender_equality_desk.gui.dialogs.plan_activity_dialog import PlanActivityDialog
from gender_equality_desk.gui.dialogs.plan_link_dialog import PlanLinkDialog
from gender_equality_desk.gui.dialogs.transfer_code_dialog import TransferCodeDialog
from gender_equality_desk.gui.dialogs.trash_dialog import TrashDialog
from gender_equality_desk.gui.dialogs.trusted_address_form import TrustedAddressDialog
from gender_equality_desk.gui.dialogs.usb_export import UsbExportDialog
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.cases import CasesPage
from gender_equality_desk.gui.translations import uninstall_translations
from gender_equality_desk.gui.widgets.case_audit_log import AuditLogView

from .english_walk import (
    ASCII_PROFILE,
    Found,
    every_tab,
    labelled_enums,
    report,
    settle,
    untranslated,
    visible_vietnamese,
)
from .translation_pending import PENDING_CORE_LABELS, PENDING_STRINGS

TODAY = date(2025, 11, 20)


# -- the scene ---------------------------------------------------------------------------------------------


def _dialogs(store: Store, layout: DataLayout, parent: QWidget) -> list[QDialog]:
    return [
        AboutDialog(layout, parent),
        TrashDialog(store, layout, parent),
        UsbExportDialog("BaoCao", parent, drives=list),
        PlanActivityDialog(PlannedActivityInput(), [], [], TODAY.year, parent),
        PlanLinkDialog("Plan item", lambda _text: [], set(), parent),
        PackageDialog(store, layout, parent, today=lambda: TODAY),
        TransferCodeDialog("ABCDE-FGHJK-MNPQR-STUVW", parent),
    ]


def test_no_visible_widget_shows_vietnamese_in_english(
    english: QApplication,
    shown: Callable[[MainWindow], MainWindow],
    store: Store,
    layout: DataLayout,
) -> None:
    with store.transaction() as session:
        save_profile(session, ASCII_PROFILE)
        ensure_action_month(session, TODAY.year)  # its official name is data, shown as stored
    window = shown(MainWindow(store, layout, today=lambda: TODAY))
    window.resize(1366, 768)
    found: Found = {}
    for index in range(len(window.pages)):
        window.show_page(index)
        settle()
        found = every_tab(window, f"page {type(window.current_page()).__name__}") | found
    for dialog in _dialogs(store, layout, window):
        dialog.show()
        settle()
        found = every_tab(dialog, f"dialog {type(dialog).__name__}") | found
        dialog.close()
        dialog.deleteLater()
    settle()

    failures = untranslated(found, layout)
    gone = sorted(PENDING_STRINGS - {(module, text) for module, _what, text in found})
    assert not gone, f"no longer shown untranslated, remove from PENDING_STRINGS: {gone}"
    assert not failures, report(failures)


def test_the_walk_sees_untranslated_strings(qapp: QApplication, shown: Callable[[QWidget], QWidget]) -> None:
    """The check above can fail: without a translation the same kind of widgets are reported."""
    uninstall_translations(qapp)
    dialog = shown(AboutDialog(DataLayout(Path("/tmp/x"))))
    found = visible_vietnamese(dialog, "dialog")
    assert ("dialogs.about_dialog", "QPushButton text", "Mở thư mục dữ liệu") in found
    assert ("dialogs.about_dialog", "AboutDialog window title", "Giới thiệu Gender Equality Desk") in found


def test_the_cases_walk_reads_table_cells(qapp: QApplication, shown: Callable[[QWidget], QWidget]) -> None:
    """The signed-in walk reads the cells the case screens fill (status, measure, audit action…)."""
    uninstall_translations(qapp)
    view = shown(AuditLogView())
    view.table.setRowCount(1)
    view.table.setItem(0, 3, QTableWidgetItem(AuditAction.CASE_VIEWED.label))
    cell = ("widgets.case_audit_log", "QTableWidget auditTable cell", "Xem hồ sơ")
    assert cell in every_tab(view, "audit log", cells=True)
    assert cell not in every_tab(view, "audit log")


def test_pending_core_labels_are_really_pending(english: QApplication) -> None:
    """A core enum whose labels are all translated leaves PENDING_CORE_LABELS (translation_pending.py)."""
    from gender_equality_desk.gui.i18n import translated_label

    classes = {enum_class.__name__: enum_class for enum_class in labelled_enums()}
    assert set(classes) >= PENDING_CORE_LABELS, PENDING_CORE_LABELS - set(classes)
    done = sorted(
        name
        for name in PENDING_CORE_LABELS
        if all(translated_label(member) != member.label for member in classes[name])
    )
    assert not done, f"translated now, remove from PENDING_CORE_LABELS: {done}"


# -- Hồ sơ hỗ trợ, signed in -------------------------------------------------------------------------------

OFFICER_PASSWORD = "Can bo 2024 ho so"
ADMIN_PASSWORD = "Quan tri 2024 ho so"


def _cases_store(store: Store) -> CaseInput:
    """Accounts of every role, a trusted address and two cases (one closed) with measures and follow-ups.

    Returns the open case's data, to open the case form on it. Names are ASCII: what is typed is data.
    """
    with store.transaction() as session:
        save_profile(session, ASCII_PROFILE)
        ensure_dv_acts(session)
        acts = [act.id for act in list_dv_acts(session)]
    setup = accounts.create_first_administrator(store, "admin", "Admin Person", ADMIN_PASSWORD)
    accounts.create_account(setup.session, "officer", "Case Officer", Role.CASE_OFFICER, OFFICER_PASSWORD)
    accounts.create_account(setup.session, "leader", "Team Leader", Role.VIEWER, "Lanh dao 2024 ho so")
    accounts.sign_out(setup.session)
    officer = accounts.sign_in(store, "officer", OFFICER_PASSWORD)
    shelter = save_trusted_address(
        officer, TrustedAddressInput("Safe House One", 2, "Family home"), today=TODAY
    )
    data = CaseInput(
        TODAY,
        IntakeChannel.VILLAGE_HEAD,
        Sex.FEMALE,
        AgeGroup.FROM_26,
        Relationship.HUSBAND,
        Sex.MALE,
        AgeGroup.FROM_41,
        RiskLevel.HIGH,
        act_ids=(acts[0], acts[-1]),
        identity=CaseIdentity(survivor_name="Survivor One", narrative="Seen at the health station"),
    )
    for index in range(2):
        case = records.create_case(officer, data, today=TODAY)
        support.add_measure(
            officer,
            case.id,
            MeasureInput(MeasureKind.SHELTER, TODAY, trusted_address_id=shelter, outcome=MeasureOutcome.DONE),
        )
        support.add_measure(officer, case.id, MeasureInput(MeasureKind.COUNSELLING, TODAY, provider="Clinic"))
        support.add_follow_up(officer, case.id, FollowUpInput(FollowUpKind.HOME_VISIT, TODAY))
        if index == 1:
            support.close_case(officer, case.id, ClosureReason.SAFE, TODAY, "Stable")
    accounts.sign_out(officer)
    return data


def _sign_in(qtbot: QtBot, page: CasesPage, username: str, password: str) -> None:
    card = page.sign_in_card
    card.username.clear()
    qtbot.keyClicks(card.username, username)
    qtbot.keyClicks(card.password, password)
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.auth is not None)
    settle()


def _on_tab(qtbot: QtBot, page: CasesPage, button: QPushButton, where: str) -> Found:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    return every_tab(page, where, cells=True)


def _dialog_shows(dialog: QDialog, where: str) -> Found:
    dialog.show()
    settle()
    found = every_tab(dialog, where, cells=True)
    dialog.reject()
    dialog.deleteLater()
    return found


def test_the_signed_in_cases_page_shows_no_vietnamese_in_english(
    english: QApplication,
    qtbot: QtBot,
    shown: Callable[[CasesPage], CasesPage],
    store: Store,
    layout: DataLayout,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A case officer's list, a case, the case form and the case's dialogs, trusted addresses and
    statistics; then an administrator's accounts, the account form and the access log."""
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))
    data = _cases_store(store)
    page = shown(CasesPage(PageServices(store, layout, lambda: TODAY)))
    page.resize(1366, 768)
    found = every_tab(page, "cases: sign-in", cells=True)

    _sign_in(qtbot, page, "officer", OFFICER_PASSWORD)
    page.case_list.status.setCurrentIndex(page.case_list.status.findData(None))  # open and closed
    settle()
    assert page.case_list.table.rowCount() == 2  # the walk reads real rows, not an empty list
    found = every_tab(page, "cases: list (case officer)", cells=True) | found
    for case in list(page.case_list.rows):
        page.case_list.open_requested.emit(case.id)  # what a double-click on the row does
        settle()
        assert page.stack.currentWidget() is page.case_detail
        assert page.case_detail.measures.rowCount() == 2
        found = every_tab(page, f"cases: detail of {case.code}", cells=True) | found
        qtbot.mouseClick(page.cases_tab, Qt.MouseButton.LeftButton)
    assert page.auth is not None
    found = _dialog_shows(CaseFormDialog(page.auth, TODAY, parent=page), "case form: new") | found
    edit = CaseFormDialog(page.auth, TODAY, case_id=case.id, code=case.code, data=data, parent=page)
    found = _dialog_shows(edit, "case form: edit") | found
    for dialog in (
        MeasureDialog(page.auth, case.id, TODAY, page),
        FollowUpDialog(page.auth, case.id, TODAY, page),
        StatusDialog(page.auth, case.id, TODAY, closing=True, parent=page),
        StatusDialog(page.auth, case.id, TODAY, closing=False, parent=page),
        TrustedAddressDialog(page.auth, TODAY, parent=page),
    ):
        found = _dialog_shows(dialog, f"case dialog: {dialog.windowTitle()}") | found
    found = _on_tab(qtbot, page, page.addresses_tab, "cases: trusted addresses") | found
    found = _on_tab(qtbot, page, page.statistics_tab, "cases: statistics") | found
    qtbot.mouseClick(page.sign_out_button, Qt.MouseButton.LeftButton)
    settle()

    _sign_in(qtbot, page, "admin", ADMIN_PASSWORD)
    found = _on_tab(qtbot, page, page.accounts_tab, "cases: accounts (administrator)") | found
    found = _on_tab(qtbot, page, page.audit_tab, "cases: access log (administrator)") | found
    assert page.auth is not None
    found = _dialog_shows(AccountFormDialog(page.auth, page), "account form") | found

    failures = untranslated(found, layout)
    assert not failures, report(failures)
