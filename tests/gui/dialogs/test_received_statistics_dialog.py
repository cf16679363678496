"""Số liệu vụ việc đã nhận: the district officer opens it from Cài đặt → Dữ liệu, sees every commune's file
newest first, a damaged one named as such, selects a row to see its tables and saves them as CSV."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.exchange.package_statistics import (
    ReceivedStatistics,
    ReceivedTable,
    keep_received_statistics,
    statistics_folder,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.gui.dialogs import received_statistics_dialog
from gender_equality_desk.gui.dialogs.received_statistics_dialog import ReceivedStatisticsDialog
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.widgets.result_table import ResultTable

SEXES = ReceivedTable("survivor_sex", "Giới tính nạn nhân", (("Nữ", "5"), ("Nam", "<3")), "7")
NA_LANG = ReceivedStatistics(
    "Xã Nà Làng", "Tỉnh Lào Cai", date(2025, 1, 1), date(2025, 12, 31), 3, "7", (SEXES,)
)
BAN_VEN = ReceivedStatistics(
    "Xã Bản Vền", "Tỉnh Lào Cai", date(2025, 1, 1), date(2025, 12, 31), 3, "<3",
    (ReceivedTable("survivor_sex", "Giới tính nạn nhân", (("Nữ", "<3"), ("Nam", "0")), "<3"),),
)  # fmt: skip
NA_LANG_2024 = ReceivedStatistics(
    "Xã Nà Làng", "Tỉnh Lào Cai", date(2024, 1, 1), date(2024, 12, 31), 3, "4", (SEXES,)
)


def _keep(layout: DataLayout, stats: ReceivedStatistics, day: int) -> None:
    path = keep_received_statistics(layout, stats)
    moment = datetime(2026, 3, day, 14, 5, tzinfo=LOCAL_TZ).timestamp()
    os.utime(path, (moment, moment))


@pytest.fixture
def received(layout: DataLayout) -> DataLayout:
    _keep(layout, NA_LANG_2024, 2)
    _keep(layout, BAN_VEN, 7)
    _keep(layout, NA_LANG, 5)
    damaged = statistics_folder(layout) / "tinh-lao-cai_xa-coc-lau_20250101-20251231.json"
    damaged.write_text('{"commune": "Xã Cốc Lầu", "tables": [', encoding="utf-8")
    moment = datetime(2026, 3, 1, 8, 0, tzinfo=LOCAL_TZ).timestamp()
    os.utime(damaged, (moment, moment))
    return layout


def _rows(table: ResultTable) -> list[list[str]]:
    return [
        [item.text() if (item := table.item(row, column)) else "" for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _click_row(qtbot: QtBot, table: ResultTable, row: int) -> None:
    cell = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path, asked: list[str]) -> None:
    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(target), "Tệp CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)


def test_opened_from_the_data_tab(
    window: MainWindow, received: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.settings_page.data_tab
    assert tab is not None and tab.received_button.text() == "Số liệu vụ việc đã nhận…"
    seen: list[list[list[str]]] = []

    def look(dialog: ReceivedStatisticsDialog) -> int:  # what the officer sees once it is open
        seen.append(_rows(dialog.table))
        return 0

    monkeypatch.setattr(ReceivedStatisticsDialog, "exec", look)
    tab.received_button.click()
    [rows] = seen
    assert [row[0] for row in rows[:3]] == ["Xã Bản Vền", "Xã Nà Làng", "Xã Nà Làng"]
    assert rows[3][0] == "Tệp hỏng"


def test_rows_newest_first_and_a_damaged_file_named(
    shown: Callable[[ReceivedStatisticsDialog], ReceivedStatisticsDialog], received: DataLayout, qtbot: QtBot
) -> None:
    dialog = shown(ReceivedStatisticsDialog(received))
    assert not dialog.empty_label.isVisible()
    assert _rows(dialog.table) == [
        ["Xã Bản Vền", "Tỉnh Lào Cai", "01/01/2025–31/12/2025", "<3", "<3", "07/03/2026"],
        ["Xã Nà Làng", "Tỉnh Lào Cai", "01/01/2025–31/12/2025", "7", "<3", "05/03/2026"],
        ["Xã Nà Làng", "Tỉnh Lào Cai", "01/01/2024–31/12/2024", "4", "<3", "02/03/2026"],
        ["Tệp hỏng", "", "", "", "", "01/03/2026"],
    ]
    # The newest is selected at once and its tables shown.
    assert dialog.view.caption.text() == "Xã Bản Vền, từ 01/01/2025 đến 31/12/2025: tổng <3 vụ"
    _click_row(qtbot, dialog.table, 1)
    assert dialog.view.caption.text() == "Xã Nà Làng, từ 01/01/2025 đến 31/12/2025: tổng 7 vụ"
    assert _rows(dialog.view.table) == [["Giới tính nạn nhân", "7"], ["Nữ", "5"], ["Nam", "<3"]]
    _click_row(qtbot, dialog.table, 3)
    assert not dialog.view.isVisible() and dialog.problem_label.isVisible()
    assert "“tinh-lao-cai_xa-coc-lau_20250101-20251231.json”" in dialog.problem_label.text()
    assert "bị cắt dở hoặc bị sửa tay" in dialog.problem_label.text()
    assert "xin xã gửi lại gói dữ liệu" in dialog.problem_label.text()
    assert not dialog.save_button.isEnabled()  # nothing to save from a damaged file


def test_save_csv_of_the_selected_commune(
    shown: Callable[[ReceivedStatisticsDialog], ReceivedStatisticsDialog],
    received: DataLayout,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = shown(ReceivedStatisticsDialog(received))
    _click_row(qtbot, dialog.table, 1)
    asked: list[str] = []
    _save_to(monkeypatch, tmp_path / "usb" / "na-lang", asked)  # the officer typed no extension
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["so-lieu-xa-na-lang-20250101-20251231.csv"]
    saved = tmp_path / "usb" / "na-lang.csv"
    rows = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    place = ["Xã Nà Làng", "Tỉnh Lào Cai", "01/01/2025", "31/12/2025", "Giới tính nạn nhân"]
    assert rows[1:] == [[*place, "Nữ", "5"], [*place, "Nam", "<3"], [*place, "Tổng số vụ", "7"]]
    assert dialog.message.text() == f"Đã lưu số liệu vào {saved}."


def test_one_period_across_communes(
    shown: Callable[[ReceivedStatisticsDialog], ReceivedStatisticsDialog],
    received: DataLayout,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = shown(ReceivedStatisticsDialog(received))
    assert not dialog.save_period_button.isEnabled()  # "every period" mixes years: nothing to combine
    assert dialog.period_filter.itemText(1) == "01/01/2025–31/12/2025"
    assert not dialog.detail_tabs.isTabEnabled(1)
    dialog.period_filter.setCurrentIndex(1)
    assert [row[0] for row in _rows(dialog.table)] == ["Xã Bản Vền", "Xã Nà Làng"]
    # The communes of that period side by side, each count as sent, nothing added up.
    assert dialog.detail_tabs.currentWidget() is dialog.period_view
    side = dialog.period_view.table
    headings = [side.horizontalHeaderItem(column).text() for column in range(side.columnCount())]
    assert headings == ["Chỉ tiêu, nhóm", "Xã Bản Vền", "Xã Nà Làng"]
    assert _rows(side) == [["Giới tính nạn nhân", "<3", "7"], ["Nữ", "<3", "5"], ["Nam", "0", "<3"]]
    assert dialog.period_view.caption.text() == "Từ 01/01/2025 đến 31/12/2025: 2 xã đã gửi"
    _click_row(qtbot, dialog.table, 1)  # a commune picked in the list shows its own tables again
    assert dialog.detail_tabs.currentIndex() == 0
    assert dialog.view.caption.text() == "Xã Nà Làng, từ 01/01/2025 đến 31/12/2025: tổng 7 vụ"
    asked: list[str] = []
    _save_to(monkeypatch, tmp_path / "ca-ky.csv", asked)
    qtbot.mouseClick(dialog.save_period_button, Qt.MouseButton.LeftButton)
    assert asked == ["so-lieu-cac-xa-20250101-20251231.csv"]
    rows = list(csv.reader(io.StringIO((tmp_path / "ca-ky.csv").read_text(encoding="utf-8-sig"))))
    assert [(row[0], row[5], row[6]) for row in rows[1:]] == [
        ("Xã Bản Vền", "Nữ", "<3"), ("Xã Bản Vền", "Nam", "0"), ("Xã Bản Vền", "Tổng số vụ", "<3"),
        ("Xã Nà Làng", "Nữ", "5"), ("Xã Nà Làng", "Nam", "<3"), ("Xã Nà Làng", "Tổng số vụ", "7"),
    ]  # fmt: skip


def test_a_failed_save_says_so(
    shown: Callable[[ReceivedStatisticsDialog], ReceivedStatisticsDialog],
    received: DataLayout,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = shown(ReceivedStatisticsDialog(received))
    (tmp_path / "not-a-folder").write_text("a file where the USB folder should be")
    _save_to(monkeypatch, tmp_path / "not-a-folder" / "x.csv", [])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Không lưu được tệp CSV:")
    assert dialog.message.property("role") == "error"


def test_nothing_received_says_what_to_do(
    shown: Callable[[ReceivedStatisticsDialog], ReceivedStatisticsDialog], layout: DataLayout
) -> None:
    dialog = shown(ReceivedStatisticsDialog(layout))
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()
    assert not dialog.period_filter.isVisible()
    assert dialog.empty_label.text() == (
        "Chưa nhận số liệu nào. Số liệu đến khi nhập gói dữ liệu có kèm thống kê hồ sơ hỗ trợ."
    )
    assert not dialog.save_button.isEnabled()
    assert received_statistics_dialog.DIALOG_SIZE[0] <= 1366
