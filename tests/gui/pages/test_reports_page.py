"""Báo cáo page: choose a report, read it on screen, edit the wording, save, print, send to USB."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.campaigns import ensure_action_month
from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.exchange.usb import Drive
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.figures import Period, period_figures
from gender_equality_desk.core.reports.registry import OutputFormat, ReportKind
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from gender_equality_desk.gui.dialogs.usb_export import UsbExportDialog
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.reports import ReportsPage
from gender_equality_desk.gui.printing import configure_printer, print_html

from ..conftest import TODAY
from ..keyboard import type_text
from ..print_harness import printed_text, run_print_scenario


@pytest.fixture
def page(shown: Callable[[ReportsPage], ReportsPage], filled_store: Store, layout: DataLayout) -> ReportsPage:
    reports = shown(ReportsPage(PageServices(filled_store, layout, lambda: TODAY)))
    reports.resize(1366, 700)
    reports.wait_for_preview()
    return reports


def _preview_text(page: ReportsPage, qtbot: QtBot) -> str:
    page.wait_for_preview()
    qtbot.waitUntil(lambda: page._content is not None)
    return page.preview.toPlainText()


def test_action_month_preview_shows_the_stores_figures(
    page: ReportsPage, qtbot: QtBot, filled_store: Store
) -> None:
    with filled_store.reading() as session:
        campaign = ensure_action_month(session, TODAY.year)
        figures = period_figures(session, Period(campaign.start_date, campaign.end_date, campaign.id))
    text = _preview_text(page, qtbot)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "BÁO CÁO" in text
    assert f"Tổ chức {group_thousands(figures.activity_count)} hoạt động" in text
    assert f"{group_thousands(figures.participants_total)} lượt người" in text
    assert figures.activity_count > 0


def test_edited_wording_reaches_the_preview(page: ReportsPage, qtbot: QtBot) -> None:
    field = page.narrative.fields["limitations"]
    field.selectAll()
    type_text(qtbot, field, "Thôn Nà Cạn chưa có loa truyền thanh")
    page.narrative.flush()
    assert "Thôn Nà Cạn chưa có loa truyền thanh" in _preview_text(page, qtbot)
    # Switching years and back keeps what the officer wrote for that year.
    page.options.year.setValue(TODAY.year - 1)
    page.options.year.setValue(TODAY.year)
    assert field.toPlainText() == "Thôn Nà Cạn chưa có loa truyền thanh"


def test_activity_log_uses_the_chosen_period(page: ReportsPage, qtbot: QtBot, filled_store: Store) -> None:
    page.options.kind.setCurrentIndex(page.options.kind.findData(ReportKind.ACTIVITY_LOG.value))
    assert not page.narrative.isVisible() and page.options.start.isEnabled()
    assert f"từ ngày 01/01/{TODAY.year} đến ngày {TODAY:%d/%m/%Y}" in _preview_text(page, qtbot)
    page.options.year.setValue(TODAY.year - 1)
    assert f"từ ngày 01/01/{TODAY.year - 1} đến ngày 31/12/{TODAY.year - 1}" in _preview_text(page, qtbot)
    page.options.year.setValue(TODAY.year)
    text = _preview_text(page, qtbot)
    assert f"từ ngày 01/01/{TODAY.year} đến ngày 31/12/{TODAY.year}" in text
    assert page._content is not None
    rows = page._content.tables()[0].rows
    with filled_store.reading() as session:
        done_activities = session.scalar(
            select(func.count())
            .select_from(Activity)
            .where(Activity.status == "done", func.strftime("%Y", Activity.start_at) == str(TODAY.year))
        )
    assert done_activities and len(rows) >= done_activities


def test_a_change_elsewhere_refreshes_the_suggested_wording(page: ReportsPage, qtbot: QtBot) -> None:
    page.narrative.fields["direction"].setPlainText("cũ")
    page.narrative.flush()
    page.on_data_changed(DataChange.ACTIVITIES)
    page.wait_for_preview()
    assert page.narrative.fields["direction"].toPlainText().startswith("Ủy ban nhân dân xã đã ban hành")


def test_printing_draws_the_report_on_a4_pages(page: ReportsPage, qtbot: QtBot, tmp_path: Path) -> None:
    _preview_text(page, qtbot)
    assert page._content is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    configure_printer(printer, landscape=False)
    print_html(render_html(page._content), printer)
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) >= 2
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    assert "Độc lập - Tự do - Hạnh phúc" in " ".join(reader.pages[0].extract_text().split())


def test_ctrl_p_right_after_typing_prints_the_report_through_the_preview(
    filled_store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    """Báo cáo → type in "Tồn tại, hạn chế" → Ctrl+P at once → Qt's preview → In, to a PDF printer; in a
    child process, so a crash (as when the preview's printer was freed) fails this test, not the run."""
    with filled_store.reading() as session:
        campaign = ensure_action_month(session, TODAY.year)
        done, people = session.execute(
            select(func.count(), func.sum(Activity.participants_total)).where(
                Activity.campaign_id == campaign.id, Activity.status == "done", Activity.is_deleted.is_(False)
            )
        ).one()
    assert done > 0
    pdf = tmp_path / "in.pdf"
    wording = "Thôn Nà Cạn chưa có loa truyền thanh"

    run = run_print_scenario("reports_page", layout.root, TODAY.isoformat(), pdf, wording)

    text = printed_text(run, pdf)
    assert "BÁO CÁO Kết quả thực hiện Tháng hành động vì bình đẳng giới" in text
    assert f"Tổ chức {group_thousands(done)} hoạt động" in text
    assert f"{group_thousands(people)} lượt người" in text
    assert wording in text  # typed a moment before Ctrl+P, still inside the editor's typing pause
    reader = PdfReader(pdf)
    assert run.facts == {"title": "Xem trước khi in", "preview_pages": len(reader.pages), "previews_left": 0}
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)


def test_usb_dialog_lists_removable_drives_first_and_names_the_file(shown: Callable, tmp_path: Path) -> None:
    drives = [
        Drive(tmp_path / "E", "KINGSTON", True, 3 * 1024**3),
        Drive(tmp_path / "C", "C:", False, 50 * 1024**3),
    ]
    dialog = shown(UsbExportDialog("BaoCao_ThangHanhDong_2025_XaCaoLau", drives=lambda: drives))
    assert dialog.drive_list.item(0).text() == "USB KINGSTON — còn trống 3,0 GB"
    assert dialog.folder() == tmp_path / "E"
    dialog.format_buttons[OutputFormat.XLSX].setChecked(True)
    assert dialog.name_label.text() == "Tên tệp: BaoCao_ThangHanhDong_2025_XaCaoLau.xlsx"


def test_usb_dialog_without_drives_says_what_to_do(shown: Callable, tmp_path: Path) -> None:
    dialog = shown(UsbExportDialog("x", drives=list))
    assert dialog.empty_hint.isVisible() and not dialog.write_button.isEnabled()
    dialog.choose_folder(tmp_path)
    assert dialog.write_button.isEnabled() and dialog.folder() == tmp_path


def test_six_month_report_from_the_quick_period_button(page: ReportsPage, qtbot: QtBot) -> None:
    page.options.kind.setCurrentIndex(page.options.kind.findData(ReportKind.GENDER_EQUALITY.value))
    qtbot.mouseClick(page.options.half_year, Qt.MouseButton.LeftButton)
    text = _preview_text(page, qtbot)
    assert f"6 tháng đầu năm {TODAY.year}" in text and "Biểu chỉ tiêu" in text
    assert page.options.request().end == date(TODAY.year, 6, 30)


def test_save_pdf_writes_the_previewed_report(page: ReportsPage, qtbot: QtBot, tmp_path: Path) -> None:
    text = _preview_text(page, qtbot)
    target = tmp_path / "bao cao.pdf"
    page.choose_target = lambda name, output: target
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and "Đã lưu báo cáo" in page.message.text(), timeout=20000)
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    first_figure_line = next(line for line in text.splitlines() if line.startswith("Tổ chức "))
    assert " ".join(first_figure_line.split()[:3]) in pdf
    assert not list(tmp_path.glob("*.tmp"))


def test_save_excel_suggests_the_ascii_file_name(page: ReportsPage, qtbot: QtBot, tmp_path: Path) -> None:
    _preview_text(page, qtbot)
    asked: list[str] = []
    page.choose_target = lambda name, output: asked.append(name) or tmp_path / "report"
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "report.xlsx").exists(), timeout=20000)
    assert asked == [f"BaoCao_ThangHanhDong_{TODAY.year}_XaCaoLau.xlsx"]


def test_send_to_usb_writes_verified_and_explains_a_pulled_out_stick(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    stick = tmp_path / "KINGSTON"
    stick.mkdir()

    class Accepting(UsbExportDialog):
        def exec(self) -> int:
            return int(UsbExportDialog.DialogCode.Accepted.value)

    page.usb_dialog_factory = lambda stem: Accepting(
        stem, page, drives=lambda: [Drive(stick, "KINGSTON", True, 10**9)]
    )
    _preview_text(page, qtbot)
    page.send_to_usb()
    qtbot.waitUntil(lambda: "Đã ghi và kiểm tra xong" in page.message.text(), timeout=20000)
    written = list(stick.iterdir())
    assert [path.name for path in written] == [f"BaoCao_ThangHanhDong_{TODAY.year}_XaCaoLau.pdf"]

    written[0].unlink()
    stick.rmdir()  # the stick is pulled out while the dialog is open
    page.send_to_usb()
    qtbot.waitUntil(lambda: "có thể USB vừa bị rút ra" in page.message.text(), timeout=20000)
    assert page.message.property("role") == "error"
    assert not stick.exists()
