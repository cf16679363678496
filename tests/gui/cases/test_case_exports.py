"""Exports and printouts from the Hồ sơ hỗ trợ page are logged: the statistics CSV as "exported", the
statistics printout as "printed" (only when really printed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, audit
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.cases import CasesPage

from ..conftest import TODAY
from ..print_harness import printed_text, run_print_scenario
from .conftest import ADMIN_PASSWORD, new_case, sign_in

SURVIVOR = "Triệu Thị Dung"
PERIOD = f"01/01/{TODAY.year}–{TODAY:%d/%m/%Y}"


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


def test_a_leader_saves_the_statistics_and_it_is_logged(
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
    page.sign_out()

    sign_out, exported = newest_entries(with_admin, 2)
    assert sign_out.action is audit.AuditAction.SIGN_OUT
    assert (exported.action, exported.username, exported.detail) == (
        audit.AuditAction.EXPORTED,
        "lanhdao",
        f"thống kê hồ sơ ẩn danh {PERIOD} ra tệp CSV",
    )


def test_a_leader_prints_the_statistics_through_the_preview_and_only_printing_is_logged(
    with_admin: Store, with_cases: list[str], layout: DataLayout, tmp_path: Path
) -> None:
    """Sign in, In thống kê, close Qt's preview; In thống kê again, In, to a PDF printer. In a child
    process, so a crash (as when the preview's printer was freed) fails this test, not the run."""
    pdf = tmp_path / "thong-ke.pdf"

    run = run_print_scenario(
        "case_statistics", layout.root, TODAY.isoformat(), pdf, "lanhdao", "Lanh dao 2024"
    )

    text = printed_text(run, pdf)
    assert f"Hồ sơ tiếp nhận từ {PERIOD}" in text
    assert f"Tổng số hồ sơ {len(with_cases)}" in text  # the fixture's four cases
    assert SURVIVOR not in text and not any(code in text for code in with_cases)
    assert run.facts["messages"] == ["", "Đã gửi bản thống kê ẩn danh tới máy in."]  # closing said nothing
    assert run.facts["previews_left"] == 0
    sign_out, printed, sign_in_entry = newest_entries(with_admin, 3)  # and logged nothing
    assert (sign_out.action, sign_in_entry.action) == (audit.AuditAction.SIGN_OUT, audit.AuditAction.SIGN_IN)
    assert (printed.action, printed.username, printed.detail) == (
        audit.AuditAction.PRINTED,
        "lanhdao",
        f"thống kê hồ sơ ẩn danh {PERIOD}",
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
