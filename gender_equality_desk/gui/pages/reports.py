"""Báo cáo: choose a report and its period, read it on screen, then save, print or send it on a USB stick.

The page builds the report content once per choice (off the GUI thread) and shows it as the printout
will look; exports build the same content and hand it to the PDF or XLSX writer in a scratch folder, so a
cancelled export never touches the destination (core/reports/delivery.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.exchange.usb import copy_verified
from gender_equality_desk.core.province.periods import FIRST_HALF, KIND_PERIODS
from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.action_month import Narrative, suggested_narrative
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.delivery import discard, render_to_scratch
from gender_equality_desk.core.reports.registry import (
    OutputFormat,
    ReportKind,
    ReportRequest,
    build_report,
    default_file_name,
)
from gender_equality_desk.gui.dialogs.busy import BusyRunner
from gender_equality_desk.gui.dialogs.submit_dialog import SubmitDialog
from gender_equality_desk.gui.dialogs.usb_export import UsbExportDialog
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.printing import document_font, print_with_preview
from gender_equality_desk.gui.report_saving import explain_render_failure, save_report
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import card, push_button, show_message, styled_label
from gender_equality_desk.gui.widgets.narrative_editor import NarrativeEditor
from gender_equality_desk.gui.widgets.report_options import ReportOptions
from gender_equality_desk.gui.workers import BackgroundJobs

PREVIEW_PAUSE_MS = 250
TargetChooser = Callable[[str, OutputFormat], Path | None]


class ReportsPage(Page):
    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._content: ReportContent | None = None
        self._narratives: dict[int, Narrative] = {}  # the officer's wording per year, kept while open
        self._stale = True
        self._previews = BackgroundJobs(self)
        self.runner = BusyRunner(self)
        self.choose_target: TargetChooser = self._ask_target
        self.usb_dialog_factory: Callable[[str], UsbExportDialog] = lambda stem: UsbExportDialog(stem, self)
        self.submit_dialog_factory: Callable[[ReportRequest], SubmitDialog] = self._submit_dialog

        self.options = ReportOptions(services.today())
        self.narrative = NarrativeEditor()
        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultFont(document_font())
        self.preview.document().setDocumentMargin(28)
        self.message = styled_label("", wrap=True)
        self.message.setObjectName("reportMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_controls())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        self.body_layout.addWidget(splitter, 1)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PREVIEW_PAUSE_MS)
        self._pause.timeout.connect(self.refresh_preview)
        self.options.changed.connect(self._options_changed)
        self.narrative.changed.connect(self._narrative_edited)
        self.narrative.reset_requested.connect(self._reset_narrative)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        self._options_changed()

    def title(self) -> str:
        return translate("ReportsPage", "Báo cáo")

    def subtitle(self) -> str:
        return translate(
            "ReportsPage", "Chọn báo cáo và kỳ báo cáo, xem trước, rồi lưu PDF, Excel, in hoặc gửi ra USB."
        )

    def icon_name(self) -> str:
        return "reports"

    def activated(self) -> None:
        if self._stale:
            self._load_narrative_then_preview()

    def on_data_changed(self, change: DataChange) -> None:
        self._stale = True
        if change in (DataChange.ACTIVITIES, DataChange.PROPAGANDA, DataChange.EVERYTHING):
            self._narratives.clear()  # suggestions quote the figures, which just changed
        if self.isVisible():
            self._load_narrative_then_preview()

    # -- building -----------------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        frame = card(name="reportControls")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 12, 14, 12)
        box.addWidget(self.options)
        buttons = QGridLayout()
        self.pdf_button = push_button(
            "exportPdf",
            translate("ReportsPage", "Lưu PDF…"),
            lambda: self.export(OutputFormat.PDF),
            primary=True,
        )
        self.xlsx_button = push_button(
            "exportXlsx", translate("ReportsPage", "Lưu Excel…"), lambda: self.export(OutputFormat.XLSX)
        )
        self.print_button = push_button(
            "printReport", translate("ReportsPage", "In… (Ctrl+P)"), self.print_report
        )
        self.usb_button = push_button("sendToUsb", translate("ReportsPage", "Gửi ra USB…"), self.send_to_usb)
        self.submit_button = push_button(
            "submitToProvince", translate("ReportsPage", "Gửi lên tỉnh…"), self.submit_to_province
        )
        self.submit_button.setToolTip(
            translate(
                "ReportsPage",
                "Lập tệp gửi tỉnh: số liệu chính xác theo mã chỉ tiêu và bản PDF, ký số và niêm phong bằng "
                "khóa của tỉnh (Cài đặt → Gửi lên tỉnh).",
            )
        )
        buttons.addWidget(self.pdf_button, 0, 0)
        buttons.addWidget(self.xlsx_button, 0, 1)
        buttons.addWidget(self.print_button, 1, 0)
        buttons.addWidget(self.usb_button, 1, 1)
        buttons.addWidget(self.submit_button, 2, 0, 1, 2)
        box.addLayout(buttons)
        box.addWidget(self.message)
        box.addWidget(self.narrative, 1)
        return frame

    def _build_preview(self) -> QWidget:
        frame = card(name="reportPreviewCard")
        box = QVBoxLayout(frame)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.preview)
        return frame

    # -- what to build --------------------------------------------------------------------------------

    def request(self) -> ReportRequest:
        request = self.options.request()
        if request.kind is ReportKind.ACTION_MONTH:
            self.narrative.flush()
            edited = self._narratives.get(request.year)
            return replace(request, narrative=edited)
        return request

    def _options_changed(self) -> None:
        self.narrative.setVisible(self.options.selected_kind() is ReportKind.ACTION_MONTH)
        self.submit_button.setEnabled(self.options.selected_kind().value in KIND_PERIODS)
        self._load_narrative_then_preview()

    def _load_narrative_then_preview(self) -> None:
        year = self.options.request().year
        if self.options.selected_kind() is ReportKind.ACTION_MONTH and year not in self._narratives:
            self._fetch_suggestion(year)
        elif self.options.selected_kind() is ReportKind.ACTION_MONTH:
            self.narrative.set_narrative(self._narratives[year])
        self._pause.start()

    def _fetch_suggestion(self, year: int) -> None:
        with self._services.store.reading() as session:
            self._narratives[year] = suggested_narrative(session, year)
        self.narrative.set_narrative(self._narratives[year])

    def _narrative_edited(self) -> None:
        self._narratives[self.options.request().year] = self.narrative.narrative()
        self._pause.start()

    def _reset_narrative(self) -> None:
        self._fetch_suggestion(self.options.request().year)
        self._pause.start()

    def _build(self, request: ReportRequest) -> ReportContent:
        with self._services.store.reading() as session:
            return build_report(session, request)

    def refresh_preview(self) -> None:
        self._pause.stop()
        self._stale = False
        request = self.request()
        self._previews.submit(
            lambda: self._preview_of(request), self._show_preview, self._preview_failed, replace_pending=True
        )

    def _preview_of(self, request: ReportRequest) -> tuple[ReportContent, str]:
        content = self._build(request)
        return content, render_html(content)

    def _show_preview(self, result: tuple[ReportContent, str]) -> None:
        self._content, html = result
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(html)
        self.preview.verticalScrollBar().setValue(scroll)

    def _preview_failed(self, error: BaseException) -> None:
        self._content = None
        self.preview.clear()
        self._say(explain_render_failure(error), error=True)

    def wait_for_preview(self) -> None:
        """Tests and callers that need the preview now: run pending work and deliver its result."""
        if self._pause.isActive():
            self.refresh_preview()
        self._previews.wait()
        QCoreApplication.processEvents()  # deliver the finished job's queued result

    # -- output ----------------------------------------------------------------------------------------

    def export(self, output: OutputFormat) -> None:
        request = self.request()
        stem = self._content.file_stem if self._content else "BaoCao"
        target = self.choose_target(f"{stem}.{output.value}", output)
        if target is None:
            return
        save_report(
            self.runner,
            lambda: self._build(request),
            output,
            with_extension(target, f".{output.value}"),
            self._say,
            saved_text=translate("ReportsPage", "Đã lưu báo cáo: {path}"),
        )

    def send_to_usb(self) -> None:
        request = self.request()
        dialog = self.usb_dialog_factory(self._content.file_stem if self._content else "BaoCao")
        if dialog.exec() != UsbExportDialog.DialogCode.Accepted or dialog.folder() is None:
            return
        folder, output = dialog.folder(), dialog.output()
        assert folder is not None

        def work() -> Path:
            content = self._build(request)
            scratch = render_to_scratch(content, output)
            try:
                return copy_verified(scratch, folder, default_file_name(content, output))
            finally:
                discard(scratch)

        self.runner.run(
            work,
            lambda written: self._say(
                translate(
                    "ReportsPage",
                    "Đã ghi và kiểm tra xong trên USB: {path} (nội dung khớp từng byte với bản gốc).",
                ).format(path=written)
            ),
            lambda error: self._say(explain_render_failure(error), error=True),
            translate("ReportsPage", "Đang ghi báo cáo ra {folder}…").format(folder=folder),
        )

    def submit_to_province(self) -> None:
        """Gửi lên tỉnh: the report and period chosen here, as a sealed file for the province."""
        request = self.request()
        if request.kind.value not in KIND_PERIODS:
            return
        dialog = self.submit_dialog_factory(request)
        dialog.data_changed.connect(self.data_changed)
        dialog.exec()

    def _submit_dialog(self, request: ReportRequest) -> SubmitDialog:
        return SubmitDialog(
            self._services.store,
            self._services.layout,
            request.kind.value,
            request.year,
            period=_period_code(request),
            narrative=request.narrative,
            day=request.day,
            today=self._services.today,
            parent=self,
        )

    def print_report(self) -> None:
        self.narrative.flush()  # words typed just now, before the editor's pause, are printed too
        self.wait_for_preview()
        if self._content is None:
            return
        print_with_preview(render_html(self._content), landscape=self._content.landscape, parent=self)

    def _ask_target(self, suggested_name: str, output: OutputFormat) -> Path | None:
        pattern = "PDF (*.pdf)" if output is OutputFormat.PDF else "Excel (*.xlsx)"
        return ask_save_path(self, translate("ReportsPage", "Lưu báo cáo"), suggested_name, pattern)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error, calm_role="")


def _period_code(request: ReportRequest) -> str | None:
    """The province's period for the dates chosen here: the first half when they are 01/01–30/06, else
    the period the report kind is sent for by default (the whole year, or the Action Month)."""
    if request.start == date(request.year, 1, 1) and request.end == date(request.year, 6, 30):
        return FIRST_HALF
    return None
