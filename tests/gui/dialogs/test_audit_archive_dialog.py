"""Nhật ký máy cũ as the new PC's administrator sees it after the cases moved: the old PC's entries with
the intact verdict, a tampered file in red naming the line, every viewing logged, and no way in for a
case officer."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gender_equality_desk.core.exchange.package_cases import case_transfer_part, import_case_transfer
from gender_equality_desk.core.exchange.packages import export_package, open_package
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import passwords
from gender_equality_desk.core.security.audit import AuditAction, list_entries
from gender_equality_desk.core.security.audit_archive import ARCHIVE_FOLDER
from gender_equality_desk.core.store.case_models import AuditEntry
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.dialogs.audit_archive_dialog import AuditArchiveDialog
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.cases import CasesPage

from ...core.exchange.case_helpers import ADMIN_PASSWORD, make_case_team
from ..conftest import TODAY
from ..keyboard import type_text

Show = Callable[[CasesPage], CasesPage]


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def old_rows(tmp_path: Path, store: Store, layout: DataLayout) -> Iterator[list[AuditEntry]]:
    """The old PC's cases moved into `store` (the new PC, empty until then); the old PC's log rows."""
    old_layout = DataLayout(tmp_path / "may-cu")
    old = open_store(old_layout)
    team = make_case_team(old, tmp_path / "tep")
    part = case_transfer_part(team.admin)
    target = tmp_path / "goi.zip"
    with old.reading() as db:
        export_package(db, old_layout, date(2025, 1, 1), date(2025, 12, 31), target, extensions=[part])
        rows = list(db.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        db.expunge_all()
    assert part.transfer_code is not None
    import_case_transfer(store, open_package(target), code=part.transfer_code)
    yield rows
    old.close()


def _page(qtbot: QtBot, shown: Show, store: Store, layout: DataLayout, user: str, password: str) -> CasesPage:
    page = shown(CasesPage(PageServices(store, layout, lambda: TODAY)))
    page.resize(1366, 768)
    type_text(qtbot, page.sign_in_card.username, user)
    type_text(qtbot, page.sign_in_card.password, password)
    qtbot.mouseClick(page.sign_in_card.button, Qt.MouseButton.LeftButton)
    return page


def _open(qtbot: QtBot, page: CasesPage, monkeypatch: pytest.MonkeyPatch) -> AuditArchiveDialog:
    seen: list[AuditArchiveDialog] = []

    def look(dialog: AuditArchiveDialog) -> int:  # what the administrator sees once it is open
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        return 0

    monkeypatch.setattr(AuditArchiveDialog, "exec", look)
    qtbot.mouseClick(page.audit_tab, Qt.MouseButton.LeftButton)
    button = page.audit_log.archive_button
    assert button.isVisible() and button.isEnabled() and button.text() == "Nhật ký máy cũ…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [dialog] = seen
    return dialog


def _rows(dialog: AuditArchiveDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_administrator_sees_the_old_pcs_entries_and_the_intact_verdict(
    qtbot: QtBot, shown: Show, store: Store, layout: DataLayout, old_rows: list[AuditEntry],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    page = _page(qtbot, shown, store, layout, "quantri", ADMIN_PASSWORD)

    dialog = _open(qtbot, page, monkeypatch)

    assert dialog.verdict.text() == (
        f"TỐT: nhật ký máy cũ nguyên vẹn ({len(old_rows)} dòng, chuỗi băm khớp)."
    )
    assert dialog.verdict.property("role") == "ok"
    assert not dialog.picker_row.isVisible()  # one archive: nothing to choose
    rows = _rows(dialog)
    assert [row[0] for row in rows] == [str(entry.id) for entry in reversed(old_rows)]
    created = [row for row in rows if row[3] == "Tạo hồ sơ"]
    assert len(created) == 3 and {row[2] for row in created} == {"canbo"}
    codes = {entry.case_code for entry in old_rows if entry.action == AuditAction.CASE_CREATED.value}
    assert len(codes) == 3 and {row[4] for row in created} == codes  # the case codes are shown
    newest = old_rows[-1]
    assert rows[0][1] == newest.at.astimezone().strftime("%d/%m/%Y %H:%M")
    assert "goi.zip" in dialog.source.text()
    # the viewing went into this PC's own log, and the tab shows it at once
    assert page.audit_log.table.item(0, 3).text() == "Xem nhật ký truy cập"
    assert page.audit_log.table.item(0, 5).text().startswith("xem nhật ký máy cũ: ")
    assert page.auth is not None
    assert list_entries(page.auth, limit=1)[0].action is AuditAction.AUDIT_VIEWED


def test_a_tampered_archive_is_shown_in_red_naming_the_line(
    qtbot: QtBot, shown: Show, store: Store, layout: DataLayout, old_rows: list[AuditEntry],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    [path] = list((layout.root / ARCHIVE_FOLDER).iterdir())
    document = json.loads(path.read_bytes())
    document["entries"][3]["username"] = "nguoila"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    page = _page(qtbot, shown, store, layout, "quantri", ADMIN_PASSWORD)

    dialog = _open(qtbot, page, monkeypatch)

    assert dialog.verdict.text() == "LỖI: nhật ký máy cũ đã bị can thiệp: dòng số 4 đã bị sửa."
    assert dialog.verdict.property("role") == "error"
    assert "nguoila" in [row[2] for row in _rows(dialog)]


def test_a_case_officer_has_no_way_to_the_old_log(
    qtbot: QtBot, shown: Show, store: Store, layout: DataLayout, old_rows: list[AuditEntry]
) -> None:
    page = _page(qtbot, shown, store, layout, "canbo", "Can bo xa 2024")
    assert page.auth is not None and page.stack.currentWidget() is page.case_list
    assert not page.audit_tab.isVisible()
    assert not page.audit_log.archive_button.isVisible()
    assert not page.audit_log.archive_button.isEnabled()


def test_with_two_archives_the_picker_chooses_and_a_broken_one_lands_on_its_bad_line(
    qtbot: QtBot, shown: Show, store: Store, layout: DataLayout, old_rows: list[AuditEntry],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    [path] = list((layout.root / ARCHIVE_FOLDER).iterdir())
    document = json.loads(path.read_bytes())
    del document["entries"][5]  # a line taken out of a copy kept from an earlier move
    (path.parent / "20250101080000-0badc0de.json").write_text(json.dumps(document), encoding="utf-8")
    page = _page(qtbot, shown, store, layout, "quantri", ADMIN_PASSWORD)

    dialog = _open(qtbot, page, monkeypatch)

    assert dialog.picker_row.isVisible() and dialog.picker.count() == 2
    assert dialog.verdict.text().startswith("TỐT")  # the newest first: the intact one
    dialog.picker.setCurrentIndex(1)
    assert dialog.verdict.text() == "LỖI: nhật ký máy cũ đã bị can thiệp: thiếu dòng số 6 (đã bị xóa)."
    assert dialog.verdict.property("role") == "error"
    assert dialog.table.rowCount() == len(old_rows) - 1
    [selected] = {index.row() for index in dialog.table.selectedIndexes()}
    assert dialog.table.item(selected, 0).text() == "7"  # where the missing line was
