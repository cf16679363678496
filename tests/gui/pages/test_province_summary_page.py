"""Tổng hợp (province desk): choose a round, read who reported and the figures, drill down from a total,
save the Sở's report through the save dialog, edit the DHIS2 codes and export, print the chase list."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QTableView, QTableWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.dhis2 import list_mappings
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.dhis2_mapping_dialog import ELEMENT, Dhis2MappingDialog
from gender_equality_desk.gui.dialogs.drill_down_dialog import DrillDownDialog
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.province_summary import ProvinceSummaryPage
from gender_equality_desk.gui.widgets.completeness_table import DAYS, NAME, PHONE, STATUS
from tests.core.province.province_fixtures import (
    FIGURE_CODES,
    SUMMED_CODES,
    Province,
    add_round,
    fill_province,
)
from tests.core.province.test_completeness import sql_statuses
from tests.core.province.test_consolidation import sql_sums

from ..modal import when_modal
from ..print_harness import PrintRun, printed_text

TODAY = date(2026, 12, 22)
SCENARIO = Path(__file__).parents[1] / "province_print_scenario.py"  # beside print_harness.py


@pytest.fixture
def province(store: Store) -> Province:
    province = fill_province(store, communes=40)
    with store.transaction() as session:  # a second round, with nothing received yet
        add_round(session, kind="gender-equality", period="year", start=date(2026, 1, 1),
                  end=date(2026, 12, 31), deadline=date(2026, 12, 28))  # fmt: skip
    return province


@pytest.fixture
def page(
    shown: Callable[[ProvinceSummaryPage], ProvinceSummaryPage],
    store: Store,
    layout: DataLayout,
    province: Province,
) -> ProvinceSummaryPage:
    summary = shown(ProvinceSummaryPage(PageServices(store, layout, lambda: TODAY)))
    summary.resize(1366, 768)
    summary.activated()
    summary.choose_round(province.round_id)
    return summary


def test_choosing_a_round_shows_who_reported(
    page: ProvinceSummaryPage, store: Store, province: Province
) -> None:
    assert [page.round_choice.itemText(i) for i in range(page.round_choice.count())] == [
        "Công tác bình đẳng giới (cả năm) 2026 — hạn 28/12/2026",
        "Tháng hành động (15/11–15/12) 2026 — hạn 20/12/2026",
    ]
    oracle = sql_statuses(store, province.round_id)
    on_time = sum(1 for status, _ in oracle.values() if status == "on_time")
    late = sum(1 for status, _ in oracle.values() if status == "late")
    reported = on_time + late
    assert page.summary.text() == (
        f"Đã nhận {reported}/40 xã ({reported / 40 * 100:.1f}%): {on_time} đúng hạn, {late} nộp muộn, "
        f"{40 - reported} chưa nộp — đã quá hạn 2 ngày.".replace(".", ",", 1)
    )
    table = page.completeness_table
    assert table.rowCount() == 40
    missing_rows = [row for row in range(40) if table.item(row, STATUS).text() == "Chưa nộp"]
    assert len(missing_rows) == len(province.missing)
    row = missing_rows[0]
    assert table.item(row, STATUS).foreground().color().name() == "#b42318"
    assert table.item(row, DAYS).text() == "quá hạn 2 ngày"
    assert table.item(row, PHONE).text().startswith("09") and table.item(row, NAME).text()


def test_the_figures_tab_adds_up_like_sql(
    page: ProvinceSummaryPage, store: Store, province: Province
) -> None:
    page.tabs.setCurrentIndex(1)
    model = page.model
    assert model.rowCount() == 1 + len(province.reported)
    assert model.index(0, 0).data() == f"Tổng cộng ({len(province.reported)} xã)"
    sums = sql_sums(store, province.round_id)
    for column, code in enumerate(FIGURE_CODES, start=1):
        shown = model.index(model.total_row, column).data()
        assert shown == (group_thousands(sums[code][0]) if code in SUMMED_CODES else "—"), code
    assert model.headerData(1, Qt.Orientation.Horizontal) == "1. Số hoạt động truyền\nthông đã tổ chức"
    assert "Chưa báo cáo: " in page.figures_note.text()


def test_double_clicking_a_total_lists_the_communes_behind_it(
    page: ProvinceSummaryPage, store: Store, province: Province, qtbot: QtBot
) -> None:
    _show_figures(page, qtbot)
    column = 1 + FIGURE_CODES.index("AM02")
    view = page.figures
    rect = view.visualRect(page.model.index(page.model.total_row, column))
    seen: dict[str, object] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, DrillDownDialog)
        table = dialog.table
        seen["rows"] = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
        seen["summary"] = dialog.summary.text()
        dialog.reject()

    failures = when_modal(read)
    double_click(qtbot, view, rect.center())
    assert not failures
    rows = seen["rows"]
    assert isinstance(rows, list) and len(rows) == len(province.reported)
    figures = [int(row[3].replace(".", "")) for row in rows if row[3] != "để trống"]
    total, count = sql_sums(store, province.round_id)["AM02"]
    assert sum(figures) == total and len(figures) == count
    assert seen["summary"] == (
        f"Tổng cộng {group_thousands(total)}: {count} xã có số liệu. {len(rows) - count} xã để trống "
        "(không tính là 0)."
    )


def test_double_clicking_a_communes_figure_opens_nothing(page: ProvinceSummaryPage, qtbot: QtBot) -> None:
    opened: list[str] = []
    page.show_drill_down = opened.append  # type: ignore[method-assign]
    _show_figures(page, qtbot)
    double_click(qtbot, page.figures, page.figures.visualRect(page.model.index(3, 2)).center())
    double_click(qtbot, page.figures, page.figures.visualRect(page.model.index(0, 0)).center())  # the label
    assert opened == []
    double_click(qtbot, page.figures, page.figures.visualRect(page.model.index(0, 2)).center())
    assert opened == [FIGURE_CODES[1]]


def double_click(qtbot: QtBot, view: QTableView, at: QPoint) -> None:
    """As a mouse does it: a press and release, then the second press (QTest's double click alone is not
    taken by an item view, which needs the item pressed first)."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def _show_figures(page: ProvinceSummaryPage, qtbot: QtBot) -> None:
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.figures.isVisible() and page.figures.viewport().height() > 100)
    QApplication.processEvents()  # the view lays its rows out before a click can find them


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_saving_goes_through_the_save_dialog(
    page: ProvinceSummaryPage,
    store: Store,
    province: Province,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    asked: list[tuple[str, str]] = []

    def choose(parent: object, title: str, suggested: str, pattern: str) -> tuple[str, str]:
        asked.append((Path(suggested).name, pattern))
        return str(tmp_path / "tong hop"), pattern  # typed without an extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    page.tabs.setCurrentIndex(1)
    button = page.pdf_button if suffix == "pdf" else page.xlsx_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    target = tmp_path / f"tong hop.{suffix}"
    qtbot.waitUntil(lambda: "Đã lưu báo cáo tổng hợp" in page.message.text(), timeout=20000)
    assert asked == [
        (f"BaoCao_TongHop_ThangHanhDong_2026_SoNoiVuTinhLangSon.{suffix}",
         "PDF (*.pdf)" if suffix == "pdf" else "Excel (*.xlsx)")
    ]  # fmt: skip
    assert page.message.text() == f"Đã lưu báo cáo tổng hợp: {target}"
    reported = len(province.reported)
    if suffix == "pdf":
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert f"{reported}/40 xã, phường" in " ".join(text.split())
    else:
        sheet = openpyxl.load_workbook(target, data_only=True)["Theo xã"]
        assert sheet.cell(5 + reported, 4).value == sql_sums(store, province.round_id)["AM01"][0]


def _type_into(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-click the cell open as the officer does, type, press Enter."""
    table.editItem(table.item(row, column))
    editor = next(e for e in table.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits the cell only: Enter does not save the dialog
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)
    assert table.isVisible()


def test_dhis2_codes_are_edited_in_the_dialog_then_exported(
    page: ProvinceSummaryPage,
    store: Store,
    province: Province,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.dhis2_button, Qt.MouseButton.LeftButton)  # nothing mapped yet: told what to do
    assert "Bấm “Mã DHIS2…” để gán trước" in page.message.text()
    seen: dict[str, str] = {}

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, Dhis2MappingDialog)
        table = dialog.table
        qtbot.waitUntil(table.isVisible)
        assert table.rowCount() == len(FIGURE_CODES)
        _type_into(qtbot, table, 0, ELEMENT, "12345")  # not a DHIS2 identifier: refused, nothing saved
        dialog.save()
        seen["refused"] = dialog.message.text()
        _type_into(qtbot, table, 0, ELEMENT, "fbfJHSPpUQD")
        dialog.save()

    failures = when_modal(edit)
    qtbot.mouseClick(page.mapping_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert "Chỉ tiêu mã “AM01”" in seen["refused"] and "không đúng dạng mã DHIS2" in seen["refused"]
    assert page.message.text() == "Đã lưu mã DHIS2."
    with store.reading() as session:
        assert [(m.indicator_code, m.data_element) for m in list_mappings(session, "action-month")] == [
            ("AM01", "fbfJHSPpUQD")
        ]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "dhis2.json"), "JSON (*.json)")
    )
    qtbot.mouseClick(page.dhis2_button, Qt.MouseButton.LeftButton)
    values = json.loads((tmp_path / "dhis2.json").read_text(encoding="utf-8"))["dataValues"]
    total, count = sql_sums(store, province.round_id)["AM01"]
    assert sum(int(v["value"]) for v in values) == total and len(values) == count
    assert f"{count} giá trị, kỳ DHIS2 “2026”." in page.message.text()
    assert "chưa gán mã DHIS2 nên không được gửi" in page.message.text()


def test_a_round_without_files_and_a_desk_without_rounds(
    shown: Callable[[ProvinceSummaryPage], ProvinceSummaryPage],
    store: Store,
    layout: DataLayout,
    province: Province,
) -> None:
    page = shown(ProvinceSummaryPage(PageServices(store, layout, lambda: TODAY)))
    page.activated()
    assert page.round_choice.currentText().startswith("Công tác bình đẳng giới")  # the latest deadline first
    assert (
        page.summary.text().startswith("Đã nhận 0/40 xã (0,0%)")
        and "còn 6 ngày đến hạn" in page.summary.text()
    )
    assert (
        not page.pdf_button.isEnabled()
        and page.figures_note.text() == "Chưa có xã nào gửi báo cáo cho kỳ này."
    )
    with sqlite3.connect(store.path) as connection:
        connection.execute("UPDATE reporting_round SET is_deleted = 1")
    page.on_data_changed(DataChange.EVERYTHING)
    assert page.empty.isVisible() and not page.tabs.isVisible()


def test_the_chase_list_prints_from_the_preview(store: Store, layout: DataLayout, province: Province,
                                                tmp_path: Path) -> None:  # fmt: skip
    """Printed for real in a child process (print_harness): In danh sách cần gọi…, then In in the preview."""
    store.close()  # the child opens the folder itself
    pdf = tmp_path / "goi.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run(
        [sys.executable, str(SCENARIO), str(layout.root), TODAY.isoformat(), str(pdf),
         str(province.round_id)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    lines = done.stdout.strip().splitlines()
    run = PrintRun(done.returncode, done.stdout, done.stderr, json.loads(lines[-1]) if lines else {})
    text = printed_text(run, pdf)
    assert run.facts["previews_left"] == 0 and run.facts["message"] == "Đã in danh sách cần gọi."
    assert "DANH SÁCH" in text and "Hạn nộp: 20/12/2026 (đã quá hạn)" in text and "22/12/2026" in text
    chased = run.facts["chased"]
    assert isinstance(chased, list) and len(chased) >= len(province.missing)
    for name, phone in chased:
        assert name in text and phone in text
