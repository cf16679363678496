"""Exports and printouts from the Hồ sơ hỗ trợ page are logged: the statistics CSV as "exported", the
statistics printout as "printed" (only when really printed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.security import accounts, audit
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.cases import CasesPage

from ..conftest import TODAY
from .conftest import ADMIN_PASSWORD, new_case, sign_in

SURVIVOR = "Triệu Thị Dung"


@pytest.fixture
def with_cases(with_admin: Store) -> list[str]:
    admin = accounts.sign_in(with_admin, "quantri", ADMIN_PASSWORD)
    codes = [new_case(admin, survivor=SURVIVOR).code for _ in range(4)]
    accounts.sign_out(admin)
    return codes


def newest_entries(store: Store, count: int) -> list[audit.AuditLine]:
    admin = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    lines = audit.list_entries(admin, limit=count + 1)[1:]  # without this sign-in
    accounts.sign_out(admin)
    return lines


class PrintPreview(QDialog):
    """Stands in for Qt's print preview: remembers the document and closes as the user chooses."""

    def __init__(self, html: str, accept: bool) -> None:
        super().__init__()
        self.html = html
        QTimer.singleShot(0, self.accept if accept else self.reject)


def test_a_leader_saves_and_prints_the_statistics_and_both_are_logged(
    qtbot: QtBot, make_page: Callable[[], CasesPage], with_admin: Store, with_cases: list[str], tmp_path: Path
) -> None:
    page = make_page()
    sign_in(qtbot, page, "lanhdao", "Lanh dao 2024")
    view = page.statistics
    assert page.stack.currentWidget() is view and view.export_button.isEnabled()
    view.year.setCurrentIndex(view.year.findData(TODAY.year))
    suggested: list[str] = []
    view.choose_target = lambda name: (suggested.append(name), tmp_path / "thong-ke")[1]
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "thong-ke.csv"
    assert suggested == [f"thong-ke-ho-so-{TODAY.year}.csv"]
    assert view.message.text() == f"Đã lưu thống kê ẩn danh vào {saved}."
    text = saved.read_text(encoding="utf-8-sig")
    assert "Tổng số hồ sơ,4" in text
    assert SURVIVOR not in text and not any(code in text for code in with_cases)

    shown: list[PrintPreview] = []

    def preview(accept: bool) -> Callable[[str], QDialog]:
        def make(html: str) -> QDialog:
            shown.append(PrintPreview(html, accept))
            return shown[-1]

        return make

    view.print_dialog_factory = preview(accept=False)  # the user closes the preview: nothing printed
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    view.print_dialog_factory = preview(accept=True)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 2 and "Tổng số hồ sơ" in shown[1].html and SURVIVOR not in shown[1].html
    assert view.message.text() == "Đã gửi bản thống kê ẩn danh tới máy in."
    page.sign_out()

    period = f"01/01/{TODAY.year}–{TODAY:%d/%m/%Y}"
    sign_out, printed, exported = newest_entries(with_admin, 3)
    assert sign_out.action is audit.AuditAction.SIGN_OUT
    assert (printed.action, printed.username, printed.detail) == (
        audit.AuditAction.PRINTED,
        "lanhdao",
        f"thống kê hồ sơ ẩn danh {period}",
    )
    assert (exported.action, exported.username, exported.detail) == (
        audit.AuditAction.EXPORTED,
        "lanhdao",
        f"thống kê hồ sơ ẩn danh {period} ra tệp CSV",
    )


@pytest.mark.usefixtures("with_cases")
def test_case_workers_reach_the_same_statistics_from_their_tab(
    qtbot: QtBot, make_page: Callable[[], CasesPage]
) -> None:
    page = make_page()
    sign_in(qtbot, page, "quantri", ADMIN_PASSWORD)
    assert page.statistics_tab.isVisible()
    qtbot.mouseClick(page.statistics_tab, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.statistics
    assert page.statistics.stats is not None and page.statistics.stats.total_cases == 4
    page.sign_out()
    assert page.statistics.stats is None and not page.statistics.print_button.isEnabled()
