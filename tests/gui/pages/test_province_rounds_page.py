"""Kỳ báo cáo as a province officer uses it: a new round through its dialog, the round's rows, the round
file and the province's key file with its fingerprint — checked against plain SQL and the files' own
verification."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.exchange.packages_signing import installation_key, public_key_bytes
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.desk import province_desk_profile, set_up_province_desk
from gender_equality_desk.core.province.keys import read_key_file
from gender_equality_desk.core.province.round_file import read_round_file
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.report_models import ReportIndicator
from gender_equality_desk.gui.dialogs.province_key_dialog import ProvinceKeyDialog
from gender_equality_desk.gui.dialogs.round_dialog import RoundDialog
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.province_rounds import ProvinceRoundsPage

from ..conftest import TODAY
from ..modal import when_modal


@pytest.fixture
def page(
    shown: Callable[[ProvinceRoundsPage], ProvinceRoundsPage], store: Store, layout: DataLayout
) -> ProvinceRoundsPage:
    with store.transaction() as session:
        set_up_province_desk(session, province_desk_profile("Lạng Sơn", signer="Hoàng Văn Nam"))
    built = ProvinceRoundsPage(PageServices(store, layout, lambda: TODAY))
    built.resize(1366, 700)
    shown(built)
    built.activated()
    return built


def _new_round(
    qtbot: QtBot, page: ProvinceRoundsPage, fill: Callable[[RoundDialog], None]
) -> list[BaseException]:
    def run(dialog: QDialog) -> None:
        assert isinstance(dialog, RoundDialog)
        fill(dialog)

    failures = when_modal(run)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    return failures


def test_a_new_round_through_its_dialog(qtbot: QtBot, page: ProvinceRoundsPage, store: Store) -> None:
    assert page.empty_label.isVisible()
    seen: dict[str, object] = {}

    def fill(dialog: RoundDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("gender-equality"))
        assert dialog.year.value() == 2025  # this year
        assert [dialog.period.itemData(index) for index in range(dialog.period.count())] == ["year", "h1"]
        dialog.period.setCurrentIndex(dialog.period.findData("h1"))
        seen["suggested"] = (
            dialog.start.date(),
            dialog.end.date(),
            dialog.deadline.date(),
            dialog.title_edit.text(),
        )
        dialog.deadline.setDate(QDate(2025, 7, 5))
        dialog.accept()

    with qtbot.waitSignal(page.data_changed) as changed:
        failures = _new_round(qtbot, page, fill)
    assert failures == [] and changed.args == [DataChange.ROUNDS.value]
    assert seen["suggested"] == (
        QDate(2025, 1, 1),
        QDate(2025, 6, 30),
        QDate(2025, 7, 10),
        "Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2025",
    )
    with sqlite3.connect(store.path) as db:
        stored = db.execute("SELECT id, report_kind, year, period, deadline FROM reporting_round").fetchall()
        rows = db.execute(
            "SELECT code, at_most_code FROM round_indicator WHERE round_id = ? ORDER BY sort_order",
            (stored[0][0],),
        ).fetchall()
    assert [row[1:] for row in stored] == [("gender-equality", 2025, "h1", "2025-07-05")]
    table = page.table
    assert [table.item(0, column).text() for column in range(table.columnCount())] == [
        "Công tác bình đẳng giới",
        "6 tháng đầu năm 2025",
        "05/07/2025",
        str(len(rows)),
        "Chưa xuất",
        "0 xã",
    ]
    shown_rows = [
        (page.rows_table.item(row, 0).text(), page.rows_table.item(row, 4).text())
        for row in range(page.rows_table.rowCount())
    ]
    assert shown_rows == rows
    assert ("participants_female", "participants") in shown_rows
    assert page.rows_caption.text().endswith(f"hạn nộp 05/07/2025, {len(rows)} dòng chỉ tiêu")


def test_a_duplicate_round_is_refused_in_the_dialog(
    qtbot: QtBot, page: ProvinceRoundsPage, store: Store
) -> None:
    messages: list[str] = []

    def twice(dialog: RoundDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("dv-statistics"))
        dialog.accept()
        if dialog.isVisible():
            messages.append(dialog.message.text())
            dialog.reject()

    assert _new_round(qtbot, page, twice) == []
    assert _new_round(qtbot, page, twice) == []
    assert messages[-1].startswith(
        "Đã có kỳ báo cáo “Báo cáo thống kê công tác phòng, chống bạo lực gia đình năm 2025”"
    )
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT report_kind FROM reporting_round").fetchall() == [("dv-statistics",)]


def test_a_kind_without_rows_says_where_to_add_them(
    qtbot: QtBot, page: ProvinceRoundsPage, store: Store
) -> None:
    with store.transaction() as session:
        session.query(ReportIndicator).filter_by(report_kind="action-month").delete()
    messages: list[str] = []

    def action_month(dialog: RoundDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("action-month"))
        assert not dialog.period.isEnabled()  # one period only
        dialog.accept()
        assert dialog.isVisible()
        messages.append(dialog.message.text())
        dialog.reject()

    assert _new_round(qtbot, page, action_month) == []
    assert messages == [
        "Chưa có dòng chỉ tiêu nào cho loại báo cáo “Kết quả Tháng hành động vì bình đẳng giới và phòng, "
        "chống bạo lực trên cơ sở giới”. Hãy thêm các dòng ở Cài đặt → Chỉ tiêu báo cáo rồi tạo lại "
        "kỳ báo cáo."
    ]


def test_publishing_the_round_file(
    qtbot: QtBot, page: ProvinceRoundsPage, store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    def fill(dialog: RoundDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("dv-statistics"))
        dialog.accept()

    assert _new_round(qtbot, page, fill) == []
    asked: list[str] = []

    def target(_title: str, suggested: str, _filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / "ky-bao-cao"  # typed without the extension

    page.choose_target = target
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert asked == ["ky-bao-cao_dv-statistics_year_2025.gedround"]
    written = tmp_path / "ky-bao-cao.gedround"
    read = read_round_file(written, public_key_bytes(installation_key(layout)))
    assert (read.province, read.report_kind, read.deadline) == (
        "Lạng Sơn",
        "dv-statistics",
        date(2026, 1, 10),
    )
    assert [row.code for row in read.rows] == [
        page.rows_table.item(row, 0).text() for row in range(page.rows_table.rowCount())
    ]
    with sqlite3.connect(store.path) as db:
        (published,) = db.execute("SELECT published_at FROM reporting_round").fetchone()
    local_day = datetime.fromisoformat(published).replace(tzinfo=UTC).astimezone().date()
    assert page.table.item(0, 4).text() == f"Đã xuất {local_day:%d/%m/%Y}"
    assert page.message.text().startswith(f"Đã xuất {written}.")


def test_exporting_the_province_key_with_its_fingerprint(
    qtbot: QtBot, page: ProvinceRoundsPage, layout: DataLayout, tmp_path: Path
) -> None:
    seen: dict[str, object] = {}

    def export(dialog: QDialog) -> None:
        assert isinstance(dialog, ProvinceKeyDialog)
        label = dialog.findChild(QLabel, "provinceKeyFingerprint")
        assert label is not None and label.isVisible()
        seen["fingerprint"] = label.text()
        seen["point_size"] = label.font().pointSizeF()
        read_out = dialog.findChild(QLabel, "provinceKeyReadOut")
        assert read_out is not None
        seen["read_out"] = read_out.text()
        dialog.choose_target = lambda suggested: tmp_path / suggested
        printed: list[str] = []
        dialog.print_sheet = lambda html: printed.append(html) or True
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        seen["printed"] = printed
        dialog.accept()

    failures = when_modal(export)
    qtbot.mouseClick(page.key_button, Qt.MouseButton.LeftButton)
    assert failures == []
    key = read_key_file(tmp_path / "KhoaTinh_LangSon.gedkey")
    assert (key.province, key.authority) == ("Lạng Sơn", "Sở Nội vụ tỉnh Lạng Sơn")
    assert key.signing_key == public_key_bytes(
        installation_key(layout)
    )  # the key the round files verify with
    assert seen["fingerprint"] == key.fingerprint and len(key.fingerprint) == 24
    assert isinstance(seen["point_size"], float) and seen["point_size"] >= 20  # large, to read out
    assert str(seen["read_out"]).startswith("Khi gửi tệp khóa cho các xã, hãy đọc mã này qua điện thoại")
    (html,) = seen["printed"]  # type: ignore[misc]
    assert (
        "&nbsp;&nbsp;".join(key.fingerprint.split()) in html
        and "MÃ KHÓA NHẬN BÁO CÁO CỦA SỞ NỘI VỤ TỈNH LẠNG SƠN" in html
    )
    assert page.message.text().endswith(f"Mã khóa: {key.fingerprint}.")
