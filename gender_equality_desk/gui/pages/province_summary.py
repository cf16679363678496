"""Tổng hợp (province desk): choose a round, see who has reported and the consolidated figures.

Two tabs. "Tình hình nộp báo cáo": every expected commune with its status coloured, the date signed, days
late or overdue, the officer and the phone; "In danh sách cần gọi…" prints those to call. "Số liệu tổng
hợp": one row per commune, one column per indicator, a total row; double-clicking a total lists the
communes behind it. The Sở's report is saved as PDF or Excel (rendered off the GUI thread, delivered
atomically), and the figures exported for DHIS2 with the mapping edited in a dialog. Everything shown is
computed by core.province (completeness, consolidation, summary_report, dhis2); this page lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.completeness import (
    Completeness,
    chase_list_report,
    round_completeness,
)
from gender_equality_desk.core.province.consolidation import Consolidation, consolidate
from gender_equality_desk.core.province.dhis2 import build_export, export_summary, list_mappings, write_export
from gender_equality_desk.core.province.round_scope import (
    ROUND_KIND_NAMES,
    ROUND_PERIOD_NAMES,
    RoundInfo,
    list_rounds,
)
from gender_equality_desk.core.province.summary_report import (
    province_profile,
    province_summary_report,
    summary_file_stem,
)
from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.formatting import format_date, format_percent
from gender_equality_desk.core.reports.registry import OutputFormat
from gender_equality_desk.gui.dialogs.busy import BusyRunner
from gender_equality_desk.gui.dialogs.dhis2_mapping_dialog import Dhis2MappingDialog
from gender_equality_desk.gui.dialogs.drill_down_dialog import DrillDownDialog
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.models.consolidated_table import ConsolidatedTableModel
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.store_page import StorePage
from gender_equality_desk.gui.printing import print_with_preview
from gender_equality_desk.gui.report_saving import save_report
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import (
    button_row,
    push_button,
    run_dialog,
    show_message,
    styled_label,
)
from gender_equality_desk.gui.widgets.completeness_table import CompletenessTable

TargetChooser = Callable[[str, str], Path | None]  # (suggested name, file filter) → path or None


def round_title(round_info: RoundInfo, *, with_deadline: bool = True) -> str:
    """ "Tháng hành động (15/11–15/12) 2026 — hạn 20/12/2026" in the screen's language."""
    kind = translate("ProvinceRound", ROUND_KIND_NAMES.get(round_info.report_kind, round_info.report_kind))
    period = translate("ProvinceRound", ROUND_PERIOD_NAMES.get(round_info.period, round_info.period))
    name = translate("ProvinceSummaryPage", "{kind} ({period}) {year}").format(
        kind=kind, period=period, year=round_info.year
    )
    if not with_deadline:
        return name
    return translate("ProvinceSummaryPage", "{round} — hạn {deadline}").format(
        round=name, deadline=format_date(round_info.deadline)
    )


def _tab(*buttons: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """A tab's page: its buttons in a row at the top; what it shows goes in the box below them."""
    frame = QWidget()
    box = QVBoxLayout(frame)
    box.setContentsMargins(0, 8, 0, 0)
    box.addLayout(button_row(*buttons))
    return frame, box


class ProvinceSummaryPage(StorePage):
    # The roster, the rounds and received submissions all change what this page shows: every change.
    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._rounds: tuple[RoundInfo, ...] = ()
        self.completeness: Completeness | None = None
        self.consolidation: Consolidation | None = None
        self.runner = BusyRunner(self)
        self.choose_target: TargetChooser = self._ask_target

        top = QHBoxLayout()
        top.addWidget(styled_label(translate("ProvinceSummaryPage", "Kỳ báo cáo:")))
        self.round_choice = QComboBox()
        self.round_choice.setObjectName("roundChoice")
        self.round_choice.setMinimumWidth(420)
        self.round_choice.currentIndexChanged.connect(self._round_chosen)
        top.addWidget(self.round_choice)
        top.addStretch(1)
        self.body_layout.addLayout(top)
        self.summary = styled_label("", "cardTitle", wrap=True)
        self.summary.setObjectName("completenessSummary")
        self.body_layout.addWidget(self.summary)
        self.empty = styled_label(
            translate(
                "ProvinceSummaryPage",
                "Chưa có kỳ báo cáo nào. Tạo kỳ báo cáo trên trang Kỳ báo cáo; khi các xã gửi báo cáo lên, "
                "tình hình nộp và số liệu tổng hợp hiện ở đây.",
            ),
            "muted",
            wrap=True,
        )
        self.empty.setObjectName("summaryEmpty")
        self.body_layout.addWidget(self.empty)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("summaryTabs")
        self.tabs.addTab(
            self._build_completeness_tab(), translate("ProvinceSummaryPage", "Tình hình nộp báo cáo")
        )
        self.tabs.addTab(self._build_figures_tab(), translate("ProvinceSummaryPage", "Số liệu tổng hợp"))
        self.body_layout.addWidget(self.tabs, 1)
        self.message = styled_label("", wrap=True)
        self.message.setObjectName("summaryMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.message)

    def title(self) -> str:
        return translate("ProvinceSummaryPage", "Tổng hợp")

    def subtitle(self) -> str:
        return translate(
            "ProvinceSummaryPage",
            "Xã nào đã nộp, nộp muộn, chưa nộp; số liệu cộng từ báo cáo của các xã; lưu báo cáo tổng hợp "
            "của Sở (PDF, Excel) và xuất cho DHIS2.",
        )

    def icon_name(self) -> str:
        return "summary"

    def on_day_changed(self, today: date) -> None:
        self.reload()  # "quá hạn 2 ngày" becomes "quá hạn 3 ngày"

    # -- building -----------------------------------------------------------------------------------

    def _build_completeness_tab(self) -> QWidget:
        self.print_chase_button = push_button(
            "printChaseList",
            translate("ProvinceSummaryPage", "In danh sách cần gọi…"),
            self.print_chase_list,
            primary=True,
        )
        frame, box = _tab(self.print_chase_button)
        self.completeness_table = CompletenessTable()
        box.addWidget(self.completeness_table, 1)
        return frame

    def _build_figures_tab(self) -> QWidget:
        self.pdf_button = push_button(
            "exportPdf",
            translate("ProvinceSummaryPage", "Lưu PDF…"),
            lambda: self.export(OutputFormat.PDF),
            primary=True,
        )
        self.xlsx_button = push_button(
            "exportXlsx",
            translate("ProvinceSummaryPage", "Lưu Excel…"),
            lambda: self.export(OutputFormat.XLSX),
        )
        self.dhis2_button = push_button(
            "exportDhis2", translate("ProvinceSummaryPage", "Xuất cho DHIS2…"), self.export_dhis2
        )
        self.mapping_button = push_button(
            "editDhis2Mapping", translate("ProvinceSummaryPage", "Mã DHIS2…"), self.edit_mapping
        )
        frame, box = _tab(self.pdf_button, self.xlsx_button, self.dhis2_button, self.mapping_button)
        self.figures_note = styled_label("", "muted", wrap=True)
        self.figures_note.setObjectName("figuresNote")
        box.addWidget(self.figures_note)
        self.model = ConsolidatedTableModel()
        self.figures = QTableView()
        self.figures.setObjectName("consolidatedTable")
        self.figures.setModel(self.model)
        self.figures.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.figures.verticalHeader().hide()
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.figures.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figures.doubleClicked.connect(self._cell_double_clicked)
        box.addWidget(self.figures, 1)
        return frame

    # -- reading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the rounds again, keep the chosen one if it is still there, and show it."""
        super().reload()
        chosen = self.current_round()
        with self._services.store.reading() as session:
            self._rounds = list_rounds(session)
        self.round_choice.blockSignals(True)
        self.round_choice.clear()
        for round_info in self._rounds:
            self.round_choice.addItem(round_title(round_info), round_info.id)
        if chosen is not None and (index := self.round_choice.findData(chosen.id)) >= 0:
            self.round_choice.setCurrentIndex(index)
        self.round_choice.blockSignals(False)
        self._round_chosen()

    def current_round(self) -> RoundInfo | None:
        round_id = self.round_choice.currentData()
        return next((r for r in self._rounds if r.id == round_id), None)

    def choose_round(self, round_id: int) -> None:
        self.round_choice.setCurrentIndex(self.round_choice.findData(round_id))

    def _round_chosen(self) -> None:
        round_info = self.current_round()
        has_round = round_info is not None
        self.empty.setVisible(not has_round)
        self.tabs.setVisible(has_round)
        self.summary.setVisible(has_round)
        if round_info is None:
            self.completeness = self.consolidation = None
            self.model.set_consolidation(None)
            return
        today = self._services.today()
        with self._services.store.reading() as session:
            self.completeness = round_completeness(session, round_info.id, today)
            self.consolidation = consolidate(session, round_info.id)
        self._show()

    def _show(self) -> None:
        completeness, consolidation = self.completeness, self.consolidation
        assert completeness is not None and consolidation is not None
        self.summary.setText(self._summary_text(completeness))
        self.completeness_table.show_completeness(completeness)
        self.print_chase_button.setEnabled(bool(completeness.not_yet or completeness.late))
        self.model.set_consolidation(consolidation)
        self.figures.resizeColumnsToContents()
        self.figures.resizeRowsToContents()
        has_figures = bool(consolidation.included)
        for button in (self.pdf_button, self.xlsx_button, self.dhis2_button):
            button.setEnabled(has_figures)
        self.figures_note.setText(self._figures_note(consolidation))

    def _summary_text(self, completeness: Completeness) -> str:
        days = completeness.days_to_deadline
        if days > 0:
            deadline = translate("ProvinceSummaryPage", "còn {days} ngày đến hạn").format(days=days)
        elif days == 0:
            deadline = translate("ProvinceSummaryPage", "hôm nay là hạn cuối")
        else:
            deadline = translate("ProvinceSummaryPage", "đã quá hạn {days} ngày").format(days=-days)
        return translate(
            "ProvinceSummaryPage",
            "Đã nhận {reported}/{expected} xã ({share}): {on_time} đúng hạn, {late} nộp muộn, "
            "{not_yet} chưa nộp — {deadline}.",
        ).format(
            reported=completeness.reported,
            expected=completeness.expected,
            share=format_percent(completeness.share_reported),
            on_time=completeness.on_time,
            late=completeness.late,
            not_yet=completeness.not_yet,
            deadline=deadline,
        )

    def _figures_note(self, consolidation: Consolidation) -> str:
        if not consolidation.included:
            return translate("ProvinceSummaryPage", "Chưa có xã nào gửi báo cáo cho kỳ này.")
        note = translate(
            "ProvinceSummaryPage",
            "Cộng số liệu của {included}/{expected} xã đã báo cáo; “—”: xã để trống (không tính là 0). "
            "Nhấp đúp vào một số ở dòng Tổng cộng để xem các xã.",
        ).format(included=len(consolidation.included), expected=consolidation.expected)
        if consolidation.missing:
            names = ", ".join(commune.name for commune in consolidation.missing)
            note += " " + translate("ProvinceSummaryPage", "Chưa báo cáo: {names}.").format(names=names)
        for sentence in consolidation.not_counted:
            note += f" {sentence}"
        return note

    # -- drill-down ----------------------------------------------------------------------------------

    def _cell_double_clicked(self, index: QModelIndex) -> None:
        code = self.model.code_at(index)
        if code is None or index.row() != self.model.total_row or self.consolidation is None:
            return
        self.show_drill_down(code)

    def show_drill_down(self, code: str) -> None:
        assert self.consolidation is not None
        run_dialog(DrillDownDialog(self.consolidation, code, self))

    # -- output --------------------------------------------------------------------------------------

    def _build_summary(self, round_id: int, output: OutputFormat) -> ReportContent:
        with self._services.store.reading() as session:
            return province_summary_report(
                session, round_id, today=self._services.today(), per_commune=output is OutputFormat.XLSX
            )

    def export(self, output: OutputFormat) -> None:
        round_info = self.current_round()
        if round_info is None:
            return
        try:
            with self._services.store.reading() as session:
                suggested = summary_file_stem(round_info, province_profile(session))
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        pattern = "PDF (*.pdf)" if output is OutputFormat.PDF else "Excel (*.xlsx)"
        target = self.choose_target(f"{suggested}.{output.value}", pattern)
        if target is None:
            return
        save_report(
            self.runner,
            lambda: self._build_summary(round_info.id, output),
            output,
            with_extension(target, f".{output.value}"),
            self._say,
            saved_text=translate("ProvinceSummaryPage", "Đã lưu báo cáo tổng hợp: {path}"),
        )

    def print_chase_list(self) -> None:
        if self.completeness is None:
            return
        try:
            with self._services.store.reading() as session:
                content = chase_list_report(self.completeness, province_profile(session))
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        if print_with_preview(render_html(content), landscape=content.landscape, parent=self):
            self._say(translate("ProvinceSummaryPage", "Đã in danh sách cần gọi."))

    def export_dhis2(self) -> None:
        round_info, consolidation = self.current_round(), self.consolidation
        if round_info is None or consolidation is None:
            return
        with self._services.store.reading() as session:
            mappings = list_mappings(session, round_info.report_kind)
        if not mappings:
            self._say(
                translate(
                    "ProvinceSummaryPage",
                    "Chưa gán mã DHIS2 cho chỉ tiêu nào của loại báo cáo này. Bấm “Mã DHIS2…” để gán trước.",
                ),
                error=True,
            )
            return
        suggested = "DHIS2_" + "_".join(round_info.file_parts) + ".json"
        target = self.choose_target(suggested, "JSON (*.json)")
        if target is None:
            return
        export = build_export(consolidation, mappings)
        try:
            written = write_export(export, with_extension(target, ".json"))
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        self._say(
            translate("ProvinceSummaryPage", "Đã xuất cho DHIS2: {path}").format(path=written)
            + "\n"
            + "\n".join(export_summary(export))
        )

    def edit_mapping(self) -> None:
        round_info, consolidation = self.current_round(), self.consolidation
        if round_info is None or consolidation is None:
            return
        dialog = Dhis2MappingDialog(
            self._services.store, round_info.report_kind, consolidation.figure_lines, self
        )
        if run_dialog(dialog):
            self._say(translate("ProvinceSummaryPage", "Đã lưu mã DHIS2."))

    def _ask_target(self, suggested_name: str, file_filter: str) -> Path | None:
        return ask_save_path(self, translate("ProvinceSummaryPage", "Lưu tệp"), suggested_name, file_filter)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error, calm_role="")
