"""CasesPage.overdue_follow_ups, the dashboard's hook: the signed-in worker's overdue follow-ups by code,
nothing when signed out, locked or a viewer; sign-in, sign-out and the idle lock announce CASES."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.cases import support
from gender_equality_desk.core.cases.support import FollowUpInput
from gender_equality_desk.core.cases.vocabulary import FollowUpKind
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.cases import CasesPage
from gender_equality_desk.gui.pages.dashboard import DashboardPage

from ..conftest import TODAY
from .conftest import ADMIN_PASSWORD, new_case, sign_in

OFFICER_PASSWORD = "Can bo xa 2024"


def overdue_case(store: Store, username: str, password: str, days_late: int) -> str:
    worker = accounts.sign_in(store, username, password)
    case = new_case(worker, intake=TODAY - timedelta(days=40))
    support.add_follow_up(
        worker, case.id, FollowUpInput(FollowUpKind.HOME_VISIT, TODAY - timedelta(days=days_late))
    )
    accounts.sign_out(worker)
    return case.code


def test_the_hook_follows_who_is_signed_in_and_the_dashboard_shows_it(
    qtbot: QtBot,
    make_page: Callable[[], CasesPage],
    shown: Callable[[DashboardPage], DashboardPage],
    with_admin: Store,
) -> None:
    admin = accounts.sign_in(with_admin, "quantri", ADMIN_PASSWORD)
    accounts.create_account(admin, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, OFFICER_PASSWORD)
    accounts.sign_out(admin)
    mine = overdue_case(with_admin, "canbo", OFFICER_PASSWORD, days_late=3)
    admins = overdue_case(with_admin, "quantri", ADMIN_PASSWORD, days_late=9)

    page = make_page()
    dashboard = shown(
        DashboardPage(with_admin.path, lambda: TODAY, overdue_follow_ups=page.overdue_follow_ups)
    )
    page.data_changed.connect(lambda _change: dashboard.refresh())
    assert page.overdue_follow_ups(TODAY) == ()

    with qtbot.waitSignal(page.data_changed) as signed_in:
        sign_in(qtbot, page, "canbo", OFFICER_PASSWORD)
    assert signed_in.args == ["cases"]
    assert [(f.case_code, f.days_overdue) for f in page.overdue_follow_ups(TODAY)] == [(mine, 3)]
    titles = [
        dashboard.deadlines.tree.topLevelItem(i).text(2)
        for i in range(dashboard.deadlines.tree.topLevelItemCount())
    ]
    assert f"Hồ sơ {mine}: lượt theo dõi quá hạn" in titles
    assert not any(admins in title for title in titles)  # not this officer's case

    with qtbot.waitSignal(page.data_changed) as signed_out:
        qtbot.mouseClick(page.sign_out_button, Qt.MouseButton.LeftButton)
    assert signed_out.args == ["cases"]
    assert page.overdue_follow_ups(TODAY) == ()
    titles = [
        dashboard.deadlines.tree.topLevelItem(i).text(2)
        for i in range(dashboard.deadlines.tree.topLevelItemCount())
    ]
    assert not any("Hồ sơ BL-" in title for title in titles)

    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)  # an administrator sees every case, most overdue first
    assert [f.case_code for f in page.overdue_follow_ups(TODAY)] == [admins, mine]
    with qtbot.waitSignal(page.data_changed) as locked:
        page.lock()
    assert locked.args == ["cases"]
    assert page.overdue_follow_ups(TODAY) == ()

    sign_in(qtbot, page, "lanhdao", "Lanh dao 2024")
    assert page.auth is not None and page.auth.role is Role.VIEWER
    assert page.overdue_follow_ups(TODAY) == ()


def test_signing_out_when_nobody_is_signed_in_announces_nothing(
    qtbot: QtBot, make_page: Callable[[], CasesPage], with_admin: Store
) -> None:
    page = make_page()
    with qtbot.assertNotEmitted(page.data_changed):
        page.sign_out()
