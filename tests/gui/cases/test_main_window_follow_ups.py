"""The main window wires Hồ sơ hỗ trợ's overdue follow-ups into Tổng quan: none until that page is built
and someone signs in, the signed-in worker's own after, gone again when the idle lock signs them out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pytestqt.qtbot import QtBot

from gender_equality_desk.core.cases import support
from gender_equality_desk.core.cases.support import FollowUpInput
from gender_equality_desk.core.cases.vocabulary import FollowUpKind
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.main_window import CASES_INDEX, MainWindow
from gender_equality_desk.gui.pages.cases import CasesPage

from ..conftest import TODAY
from .conftest import ADMIN_PASSWORD, new_case, sign_in

OFFICER_PASSWORD = "Can bo xa 2024"


def _deadline_titles(window: MainWindow) -> list[str]:
    tree = window.dashboard_page.deadlines.tree
    return [tree.topLevelItem(row).text(2) for row in range(tree.topLevelItemCount())]


def test_the_dashboard_shows_the_signed_in_workers_overdue_follow_ups(
    qtbot: QtBot, shown: Callable[[MainWindow], MainWindow], with_admin: Store, layout: DataLayout
) -> None:
    admin = accounts.sign_in(with_admin, "quantri", ADMIN_PASSWORD)
    accounts.create_account(admin, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, OFFICER_PASSWORD)
    accounts.sign_out(admin)
    worker = accounts.sign_in(with_admin, "canbo", OFFICER_PASSWORD)
    case = new_case(worker, intake=TODAY - timedelta(days=40))
    support.add_follow_up(worker, case.id, FollowUpInput(FollowUpKind.HOME_VISIT, TODAY - timedelta(days=4)))
    accounts.sign_out(worker)
    overdue = f"Hồ sơ {case.code}: lượt theo dõi quá hạn"

    window = shown(MainWindow(with_admin, layout, today=lambda: TODAY))
    assert window.built_pages() == [window.dashboard_page]  # the hook asks nothing of an unbuilt page
    assert overdue not in _deadline_titles(window)

    window.show_page(CASES_INDEX)
    cases = window.current_page()
    assert isinstance(cases, CasesPage)
    sign_in(qtbot, cases, "canbo", OFFICER_PASSWORD)
    window.show_page(0)
    assert overdue in _deadline_titles(window)

    cases.lock()  # the idle lock, while Tổng quan is on screen
    assert overdue not in _deadline_titles(window)
