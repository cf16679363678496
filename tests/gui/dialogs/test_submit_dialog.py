"""Báo cáo → Gửi lên tỉnh…: the officer sees what will be sent, writes the sealed file (to the USB stick
when one is in), and the province opens it with its private key and finds the figures the dialog showed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.exchange.usb import Drive
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import set_unit_code
from gender_equality_desk.core.province.keys import (
    ProvinceKey,
    own_province_key,
    sealing_private_key,
    write_key_file,
)
from gender_equality_desk.core.province.province_link import import_province_key_file
from gender_equality_desk.core.province.submission_file import OpenedSubmission, open_submission_file
from gender_equality_desk.core.reports.registry import ReportKind, ReportRequest
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.submit_dialog import VALUE, SubmitDialog
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.reports import ReportsPage

from ..conftest import TODAY
from ..modal import when_modal

LOCAL_DAY = "date(a.start_at, '+7 hours')"
Province = tuple[DataLayout, ProvinceKey, Path]  # its data folder (private key), public key, key file


@pytest.fixture
def province(tmp_path: Path) -> Province:
    layout = DataLayout(tmp_path / "tinh")
    key = own_province_key(layout, "Quảng Nam", "Sở Nội vụ tỉnh Quảng Nam")
    return layout, key, write_key_file(key, tmp_path / "QuangNam.gedkey")


@pytest.fixture
def linked(filled_store: Store, province: Province) -> Store:
    with filled_store.transaction() as session:
        set_unit_code(session, "20470")
        import_province_key_file(session, province[2])
    return filled_store


def _dialog(store: Store, layout: DataLayout, kind: str, **options: object) -> SubmitDialog:
    drives: Callable[[], list[Drive]] = options.pop("drives", lambda: [])  # type: ignore[assignment]
    return SubmitDialog(store, layout, kind, TODAY.year, today=lambda: TODAY, drives=drives, **options)  # type: ignore[arg-type]


def _write_and_close(dialog: SubmitDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    dialog.runner.wait()
    QCoreApplication.processEvents()  # the finished job's result
    qtbot.waitUntil(lambda: dialog.written is not None or dialog.message.property("role") == "error")
    dialog.accept()


def _opened(path: Path, province: Province) -> OpenedSubmission:
    return open_submission_file(path, sealing_private_key(province[0]))


def _action_month_sql(store: Store) -> dict[str, int]:
    with sqlite3.connect(store.path) as db:
        cid, start, end = db.execute(
            "SELECT id, start_date, end_date FROM campaign WHERE kind = 'action_month' AND year = ?",
            (TODAY.year,),
        ).fetchone()
        done = (f"a.is_deleted = 0 AND a.status = 'done' AND a.campaign_id = {cid} "
                f"AND {LOCAL_DAY} BETWEEN '{start}' AND '{end}'")  # fmt: skip
        count, total, female, male, budget = db.execute(
            "SELECT count(*), sum(participants_total), sum(participants_female), sum(participants_male), "
            f"sum(budget_vnd) FROM activity a WHERE {done}"
        ).fetchone()
        (banners,) = db.execute(
            "SELECT coalesce(sum(e.quantity), 0) FROM propaganda_event e JOIN propaganda_kind k "
            f"ON k.id = e.kind_id WHERE k.unit = 'piece' AND e.is_deleted = 0 AND e.campaign_id = {cid} "
            f"AND e.start_date BETWEEN '{start}' AND '{end}'"
        ).fetchone()
    return {"activities": count, "participants": total, "participants_female": female,
            "participants_male": male, "budget_total": budget, "banners": banners}  # fmt: skip


def test_the_officer_sees_the_figures_writes_the_file_and_the_province_opens_it(
    qtbot: QtBot, linked: Store, layout: DataLayout, province: Province, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    usb = Drive(stick, "KINGSTON", True, 8 * 1024**3)
    dialog = _dialog(linked, layout, "action-month", drives=lambda: [usb])
    qtbot.addWidget(dialog)
    shown: dict[str, str] = {}

    def act(opened: QDialog) -> None:
        assert opened is dialog
        assert dialog.folder() == stick  # the USB stick plugged in is chosen by itself
        assert dialog.commune.text() == "Xã Cao Lâu — mã đơn vị hành chính 20470"
        assert province[1].fingerprint in dialog.province.text()
        assert "Sở Nội vụ tỉnh Quảng Nam" in dialog.province.text()
        assert dialog.scope.text().startswith("từ 15/11/2025 đến 15/12/2025; chưa nhập tệp kỳ báo cáo")
        prepared = dialog.prepared()
        assert prepared is not None and dialog.table.rowCount() == len(prepared.submission.rows)
        for index, row in enumerate(prepared.submission.rows):
            shown[row.code] = dialog.table.item(index, VALUE).text()
        assert dialog.file_name.text() == "Tên tệp: 20470_action-month_2025.gedsub"
        _write_and_close(dialog, qtbot)

    failures = when_modal(act)
    assert dialog.exec() == QDialog.DialogCode.Accepted.value
    assert failures == []
    target = stick / "20470_action-month_2025.gedsub"
    assert dialog.written is not None and dialog.written.path == target
    assert dialog.message.text().startswith(f"Đã ghi {target} và đọc lại kiểm tra")
    received = _opened(target, province)
    figures = received.submission.figures()
    expected = _action_month_sql(linked)
    assert expected["activities"] > 0 and expected["banners"] > 0
    assert {code: figures[code] for code in expected} == expected
    # What the dialog showed is what travelled.
    for code, value in figures.items():
        assert shown[code] == ("(để trống)" if value is None else f"{value:,}".replace(",", "."))
    assert received.pdf.startswith(b"%PDF-") and received.submission.pdf_name.endswith(".pdf")


def test_the_signed_scan_travels_instead(
    qtbot: QtBot, linked: Store, layout: DataLayout, province: Province, tmp_path: Path
) -> None:
    scan = tmp_path / "BaoCao_da_ky.pdf"
    scan.write_bytes(b"%PDF-1.5 signed and stamped")
    dialog = _dialog(linked, layout, "action-month")
    qtbot.addWidget(dialog)

    def act(_opened: QDialog) -> None:
        assert dialog.folder() is None  # no stick: the officer chooses a folder
        dialog.choose_folder(tmp_path)
        assert dialog.choose_scan(scan) and dialog.scanned.isChecked()
        assert dialog.scan_name.text() == "BaoCao_da_ky.pdf"
        _write_and_close(dialog, qtbot)

    failures = when_modal(act)
    dialog.exec()
    assert failures == []
    received = _opened(tmp_path / "20470_action-month_2025.gedsub", province)
    assert received.pdf == scan.read_bytes() and received.submission.pdf_name == "BaoCao_da_ky.pdf"


def test_a_photo_is_refused_as_the_scan(
    qtbot: QtBot, linked: Store, layout: DataLayout, tmp_path: Path
) -> None:
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0")
    dialog = _dialog(linked, layout, "action-month")
    qtbot.addWidget(dialog)
    assert not dialog.choose_scan(photo)
    assert dialog.message.text().startswith("Tệp “anh.jpg” không phải tệp PDF")
    assert dialog.generated.isChecked()


def test_without_the_province_key_it_says_where_to_import_it(
    qtbot: QtBot, filled_store: Store, layout: DataLayout
) -> None:
    with filled_store.transaction() as session:
        set_unit_code(session, "20470")
    dialog = _dialog(filled_store, layout, "dv-statistics")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisible() and "Cài đặt → Gửi lên tỉnh" in dialog.problem.text()
    assert not dialog.content.isVisible() and not dialog.write_button.isEnabled()


def test_the_first_half_marks_its_deadline_sent(
    qtbot: QtBot, linked: Store, layout: DataLayout, province: Province, tmp_path: Path
) -> None:
    dialog = _dialog(linked, layout, "gender-equality", period="h1")
    qtbot.addWidget(dialog)
    changes: list[str] = []
    dialog.data_changed.connect(changes.append)

    def act(_opened: QDialog) -> None:
        assert dialog.period.currentText() == "6 tháng đầu năm 2025"
        assert [dialog.period.itemText(i) for i in range(dialog.period.count())][1] == "Cả năm 2025"
        assert not dialog.mark_sent.isHidden() and dialog.mark_sent.isChecked()
        assert "(kỳ hạn 05/06/2025)" in dialog.mark_sent.text()
        dialog.choose_folder(tmp_path)
        _write_and_close(dialog, qtbot)

    failures = when_modal(act)
    dialog.exec()
    assert failures == []
    received = _opened(tmp_path / "20470_gender-equality_2025_h1.gedsub", province)
    assert (received.submission.period_start, received.submission.period_end) == (
        date(2025, 1, 1), date(2025, 6, 30)
    )  # fmt: skip
    with sqlite3.connect(linked.path) as db:
        marked = db.execute(
            "SELECT d.code, s.due_date, s.sent_on FROM report_submission s JOIN report_deadline d "
            "ON d.id = s.deadline_id WHERE s.is_deleted = 0"
        ).fetchall()
    assert marked == [("six_month_report", "2025-06-05", TODAY.isoformat())]
    assert changes == [DataChange.PLANS.value]
    assert "Đã đánh dấu đã gửi" in dialog.message.text()


def test_the_reports_page_opens_it_for_the_three_reports_sent_up(
    qtbot: QtBot, shown: Callable[[ReportsPage], ReportsPage], linked: Store, layout: DataLayout
) -> None:
    page = shown(ReportsPage(PageServices(linked, layout, lambda: TODAY)))
    opened: list[ReportRequest] = []

    def factory(request: ReportRequest) -> SubmitDialog:
        opened.append(request)
        return _dialog(linked, layout, request.kind.value)

    page.submit_dialog_factory = factory
    combo = page.options.kind
    for kind, enabled in ((ReportKind.ACTIVITY_LOG, False), (ReportKind.DV_STATISTICS, True),
                          (ReportKind.ACTION_MONTH, True)):  # fmt: skip
        combo.setCurrentIndex(combo.findData(kind.value))
        assert page.submit_button.isEnabled() is enabled, kind
    failures = when_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert [request.kind for request in opened] == [ReportKind.ACTION_MONTH]
    assert replace(opened[0], narrative=None).year == TODAY.year
    dialog = page._submit_dialog(replace(opened[0], day=date(2025, 12, 18)))  # "Ghi ngày ký" on the page
    qtbot.addWidget(dialog)
    assert dialog.day.date().toString("dd/MM/yyyy") == "18/12/2025"
    prepared = dialog.prepared()
    assert prepared is not None and prepared.request.day == date(2025, 12, 18)
