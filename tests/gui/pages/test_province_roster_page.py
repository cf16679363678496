"""Danh bạ xã as a province officer uses it: importing the province's list (with its mistakes), editing a
commune, marking one merged, finding one — what the page shows checked against plain SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.desk import province_desk_profile, set_up_province_desk
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.commune_dialogs import CommuneDialog, MergeDialog
from gender_equality_desk.gui.dialogs.roster_import_dialog import RosterImportDialog
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.province_roster import ProvinceRosterPage

from ..conftest import TODAY
from ..keyboard import type_text
from ..modal import when_modal


@pytest.fixture
def page(
    shown: Callable[[ProvinceRosterPage], ProvinceRosterPage], store: Store, layout: DataLayout
) -> ProvinceRosterPage:
    with store.transaction() as session:
        set_up_province_desk(session, province_desk_profile("Lạng Sơn"))
    built = ProvinceRosterPage(PageServices(store, layout, lambda: TODAY))
    built.resize(1366, 700)
    shown(built)
    built.activated()
    return built


def _list(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [["STT", "Mã", "Tên xã/phường", "Cán bộ phụ trách", "Số điện thoại"], *rows]:
        sheet.append(row)
    book.save(path)
    return path


def _shown_rows(page: ProvinceRosterPage) -> list[tuple[str, ...]]:
    table = page.table
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
        if not table.isRowHidden(row)
    ]


def _roster_sql(store: Store) -> list[tuple[str, ...]]:
    with sqlite3.connect(store.path) as db:
        return db.execute(
            "SELECT code, name, officer_name, officer_phone FROM province_commune "
            "WHERE is_deleted = 0 ORDER BY code"
        ).fetchall()


def test_importing_a_list_through_the_page(
    qtbot: QtBot, page: ProvinceRosterPage, store: Store, tmp_path: Path
) -> None:
    assert page.empty_label.isVisible() and not page.table.isVisible()
    page.choose_file = lambda: _list(
        tmp_path / "ds.xlsx",
        [[1, 6253, "Xã Hữu Lũng", "Nông Văn Sơn", "0912000111"], [2, "06256", "Xã Tân Thành", None, None]],
    )
    seen: list[tuple[str, list[str]]] = []

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, RosterImportDialog)
        table = dialog.table
        seen.append((dialog.heading.text(), [table.item(row, 0).text() for row in range(table.rowCount())]))
        assert dialog.import_button is not None
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    failures = when_modal(confirm)
    with qtbot.waitSignal(page.data_changed) as changed:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert changed.args == [DataChange.ROSTER.value]
    assert seen == [("Sẽ thêm 2 xã, cập nhật 0 xã từ tệp “ds.xlsx”.", ["06253", "06256"])]
    assert page.message.text() == "Đã thêm 2 xã, cập nhật 0 xã từ tệp “ds.xlsx”."
    assert [row[:4] for row in _shown_rows(page)] == _roster_sql(store)
    assert _shown_rows(page)[0][4:] == ("", "Chưa ghim")
    assert page.count_label.text() == "2 xã · 0 đã sáp nhập · 0 đã ghim khóa"
    assert page.table.isVisible() and not page.empty_label.isVisible()


def test_a_list_with_problems_shows_them_and_writes_nothing(
    qtbot: QtBot, page: ProvinceRosterPage, store: Store, tmp_path: Path
) -> None:
    page.choose_file = lambda: _list(
        tmp_path / "loi.xlsx",
        [[1, 6253, "Xã Hữu Lũng"], [2, 6253, "Xã Hữu Lũng Mới"], [3, None, "Xã Không Mã"]],
    )
    seen: list[list[str]] = []

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, RosterImportDialog) and dialog.import_button is None
        assert dialog.heading.text().startswith(
            "Tệp “loi.xlsx” chưa nhập được: 2 lỗi. Chưa ghi gì vào danh bạ."
        )
        seen.append([dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())])
        dialog.reject()

    failures = when_modal(close)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert seen == [
        [
            "Dòng 3: mã 06253 trùng với dòng 2.",
            "Dòng 4: chưa có mã xã (mã đơn vị hành chính) của “Xã Không Mã”.",
        ]
    ]
    assert page.message.text() == "Chưa nhập danh sách: tệp có lỗi, chưa ghi gì."
    assert _roster_sql(store) == []


def test_editing_merging_and_finding_communes(
    qtbot: QtBot, page: ProvinceRosterPage, store: Store, tmp_path: Path
) -> None:
    page.choose_file = lambda: _list(
        tmp_path / "ds.xlsx",
        [[1, 6253, "Xã Hữu Lũng", "Nông Văn Sơn"], [2, 6256, "Xã Tân Thành", "Hà Thị Mai"]],
    )
    failures = when_modal(lambda dialog: dialog.accept())
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert failures == []

    page.select_code("06256")

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, CommuneDialog)
        assert dialog.code.text() == "06256" and dialog.officer.text() == "Hà Thị Mai"
        dialog.phone.clear()
        type_text(qtbot, dialog.phone, "0988 111 222")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    failures = when_modal(edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert ("06256", "Xã Tân Thành", "Hà Thị Mai", "0988 111 222") in _roster_sql(store)

    page.select_code("06256")

    def merge(dialog: QDialog) -> None:
        assert isinstance(dialog, MergeDialog)
        assert [dialog.into.itemText(index) for index in range(dialog.into.count())] == [
            "06253 — Xã Hữu Lũng"
        ]
        dialog.on.setDate(QDate(2025, 7, 1))
        dialog.accept()

    failures = when_modal(merge)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert failures == []
    with sqlite3.connect(store.path) as db:
        assert db.execute(
            "SELECT merged_into_code, merged_on FROM province_commune WHERE code = '06256'"
        ).fetchone() == (
            "06253",
            "2025-07-01",
        )
    merged_row = next(row for row in _shown_rows(page) if row[0] == "06256")
    assert merged_row[4] == "Sáp nhập vào Xã Hữu Lũng (06253) từ 01/07/2025"
    assert page.count_label.text() == "2 xã · 1 đã sáp nhập · 0 đã ghim khóa"
    assert page.unmerge_button.isVisible()

    type_text(qtbot, page.filter, "huu lung")  # without accents, as officers type
    assert [row[0] for row in _shown_rows(page)] == ["06253"]
    page.filter.clear()
    assert len(_shown_rows(page)) == 2


def test_adding_a_commune_whose_code_is_taken_keeps_the_dialog_open(
    qtbot: QtBot, page: ProvinceRosterPage, store: Store
) -> None:
    messages: list[str] = []

    def add_twice(dialog: QDialog) -> None:
        assert isinstance(dialog, CommuneDialog)
        type_text(qtbot, dialog.code, "6253")
        type_text(qtbot, dialog.name, "Xã Hữu Lũng")
        dialog.accept()

    failures = when_modal(add_twice)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert failures == []

    def taken(dialog: QDialog) -> None:
        assert isinstance(dialog, CommuneDialog)
        type_text(qtbot, dialog.code, "06253")
        type_text(qtbot, dialog.name, "Xã Trùng")
        dialog.accept()
        assert dialog.isVisible()
        messages.append(dialog.message.text())
        dialog.reject()

    failures = when_modal(taken)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert messages == ["Mã 06253 đã có trong danh bạ (Xã Hữu Lũng). Mỗi xã một mã."]
    assert _roster_sql(store) == [("06253", "Xã Hữu Lũng", "", "")]
