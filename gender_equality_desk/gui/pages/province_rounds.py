"""Kỳ báo cáo (province desk): the rounds the province runs, each one's indicator rows, and the two files
it hands to communes — the signed round file, and (once, at set-up) the province's key file.

A round's rows are copied from Cài đặt → Chỉ tiêu báo cáo when it is created (the province edits its rows
there); "Lấy lại dòng chỉ tiêu" copies them again while no commune has reported yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.province.periods import KIND_LABELS
from gender_equality_desk.core.province.round_file import ROUND_SUFFIX, RoundRow
from gender_equality_desk.core.province.round_scope import RoundSummary, round_rows, round_summaries
from gender_equality_desk.core.province.rounds import (
    RoundInput,
    create_round,
    edit_round,
    publish_round,
    refresh_round_rows,
    round_definition,
    round_file_name,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.dialogs.round_dialog import KIND_CONTEXT, RoundDialog
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.store_page import StorePage
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import (
    KEY_ROLE,
    button_row,
    push_button,
    read_only_table,
    run_dialog,
    select_key,
    selected_key,
    styled_label,
)

KIND, PERIOD, DEADLINE, ROWS, PUBLISHED, RECEIVED = range(6)


class ProvinceRoundsPage(StorePage):
    shows = frozenset(
        {
            DataChange.ROUNDS,
            DataChange.CATALOGUES,
            DataChange.EVERYTHING,
            DataChange.SUBMISSIONS,
            DataChange.ROSTER,
        }
    )
    announces = DataChange.ROUNDS

    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.rounds: list[RoundSummary] = []
        self.rows: list[RoundRow] = []
        self.choose_target: Callable[[str, str, str], Path | None] = self._ask_target
        self.confirm: Callable[[str], bool] = self._ask_confirm
        self.body_layout.addLayout(self._toolbar())
        self._add_message_line("roundsMessage")
        self.empty_label = styled_label(
            translate(
                "ProvinceRoundsPage",
                "Chưa có kỳ báo cáo nào. Bấm «Kỳ báo cáo mới…» để tạo, ví dụ Tháng hành động năm nay, rồi "
                "«Xuất tệp kỳ báo cáo…» để gửi các xã. Trước kỳ đầu tiên, gửi các xã tệp khóa của tỉnh "
                "(«Xuất tệp khóa của tỉnh…»).",
            ),
            wrap=True,
        )
        self.empty_label.setObjectName("roundsEmpty")
        self.body_layout.addWidget(self.empty_label)
        self.table = read_only_table(
            "roundsTable",
            [
                translate("ProvinceRoundsPage", "Loại báo cáo"),
                translate("ProvinceRoundsPage", "Kỳ"),
                translate("ProvinceRoundsPage", "Hạn nộp"),
                translate("ProvinceRoundsPage", "Số dòng"),
                translate("ProvinceRoundsPage", "Tệp kỳ báo cáo"),
                translate("ProvinceRoundsPage", "Đã nhận"),
            ],
            stretch=KIND,
        )
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.rows_caption = styled_label("", "section", wrap=True)
        self.rows_caption.setObjectName("roundRowsCaption")
        self.rows_table = read_only_table(
            "roundRowsTable",
            [
                translate("ProvinceRoundsPage", "Mã"),
                translate("ProvinceRoundsPage", "STT"),
                translate("ProvinceRoundsPage", "Chỉ tiêu"),
                translate("ProvinceRoundsPage", "Đơn vị tính"),
                translate("ProvinceRoundsPage", "Không vượt quá dòng"),
            ],
            stretch=2,  # the label
        )
        details = QWidget()
        detail_box = QVBoxLayout(details)
        detail_box.setContentsMargins(0, 6, 0, 0)
        detail_box.addWidget(self.rows_caption)
        detail_box.addWidget(self.rows_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details)
        self.splitter.setSizes([200, 360])
        self.body_layout.addWidget(self.splitter, 1)
        self._enable_actions()

    def title(self) -> str:
        return translate("ProvinceRoundsPage", "Kỳ báo cáo")

    def subtitle(self) -> str:
        return translate(
            "ProvinceRoundsPage",
            "Mỗi kỳ báo cáo là một loại báo cáo của một thời kỳ, với hạn nộp và các dòng chỉ tiêu mọi xã "
            "cùng báo cáo. Xuất tệp kỳ báo cáo (có chữ ký của tỉnh) gửi các xã; xã nhập tệp để báo cáo đúng "
            "các dòng đó.",
        )

    def icon_name(self) -> str:
        return "rounds"

    # -- toolbar ----------------------------------------------------------------------------------------

    def _toolbar(self) -> QHBoxLayout:
        self.new_button = push_button(
            "newRound", translate("ProvinceRoundsPage", "Kỳ báo cáo mới…"), self.new_round, primary=True
        )
        self.edit_button = push_button(
            "editRound", translate("ProvinceRoundsPage", "Sửa hạn nộp, tên…"), self.edit_selected
        )
        self.publish_button = push_button(
            "publishRound", translate("ProvinceRoundsPage", "Xuất tệp kỳ báo cáo…"), self.publish_selected
        )
        self.refresh_button = push_button(
            "refreshRoundRows",
            translate("ProvinceRoundsPage", "Lấy lại dòng chỉ tiêu"),
            self.refresh_selected,
        )
        self.refresh_button.setToolTip(
            translate(
                "ProvinceRoundsPage",
                "Chép lại các dòng từ Cài đặt → Chỉ tiêu báo cáo (khi chưa nhận báo cáo nào của kỳ này).",
            )
        )
        self.key_button = push_button(
            "exportProvinceKey", translate("ProvinceRoundsPage", "Xuất tệp khóa của tỉnh…"), self.export_key
        )
        return button_row(
            self.new_button,
            self.edit_button,
            self.publish_button,
            self.refresh_button,
            right=(self.key_button,),
        )

    # -- reading ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        selected = self.selected_id()
        with self._store.reading() as session:
            self.rounds = round_summaries(session)
        self.table.setRowCount(len(self.rounds))
        for row, summary in enumerate(self.rounds):
            published = (
                translate("ProvinceRoundsPage", "Đã xuất {day}").format(
                    day=format_date(summary.published_at.astimezone().date())
                )
                if summary.published_at
                else translate("ProvinceRoundsPage", "Chưa xuất")
            )
            cells = (
                translate(KIND_CONTEXT, KIND_LABELS.get(summary.report_kind, summary.report_kind)),
                summary.period_text[:1].upper() + summary.period_text[1:],
                format_date(summary.deadline),
                str(summary.rows),
                published,
                translate("ProvinceRoundsPage", "{count} xã").format(count=summary.communes_received),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == KIND:
                    item.setData(KEY_ROLE, summary.id)
                    item.setToolTip(summary.title)
                if column in (ROWS, RECEIVED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.rounds)
        self.splitter.setVisible(bool(self.rounds))
        if self.rounds:
            self.select_id(selected if selected is not None else self.rounds[0].id)
        self._show_selected()

    def selected_id(self) -> int | None:
        round_id = selected_key(self.table)
        return round_id if isinstance(round_id, int) else None

    def select_id(self, round_id: int) -> None:
        select_key(self.table, round_id)

    def selected_round(self) -> RoundSummary | None:
        wanted = self.selected_id()
        return next((summary for summary in self.rounds if summary.id == wanted), None)

    def _show_selected(self) -> None:
        summary = self.selected_round()
        if summary is None:
            self.rows = []
            self.rows_caption.setText("")
        else:
            with self._store.reading() as session:
                self.rows = round_rows(session, summary.id)
            self.rows_caption.setText(
                translate("ProvinceRoundsPage", "{title} — hạn nộp {deadline}, {count} dòng chỉ tiêu").format(
                    title=summary.title, deadline=format_date(summary.deadline), count=len(self.rows)
                )
            )
        self.rows_table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (row.code, row.number, "    " * row.level + row.label, row.unit, row.at_most_code)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.is_group:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.rows_table.setItem(index, column, item)
        self._enable_actions()

    def _enable_actions(self) -> None:
        chosen = self.selected_round() is not None
        for button in (self.edit_button, self.publish_button, self.refresh_button):
            button.setEnabled(chosen)

    # -- actions ----------------------------------------------------------------------------------------

    def _ask_target(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return ask_save_path(self, title, suggested, file_filter)

    def _ask_confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, translate("ProvinceRoundsPage", "Kỳ báo cáo"), question)
        return answer == QMessageBox.StandardButton.Yes

    def new_round(self) -> bool:
        created: list[int] = []

        def save(value: RoundInput) -> None:
            with self._store.transaction() as session:
                created.append(create_round(session, value).id)

        if not run_dialog(RoundDialog(save, year=self._services.today().year, parent=self)):
            return False
        self._changed(
            translate("ProvinceRoundsPage", "Đã tạo kỳ báo cáo. Bấm «Xuất tệp kỳ báo cáo…» để gửi các xã.")
        )
        self.select_id(created[0])
        return True

    def edit_selected(self) -> bool:
        summary = self.selected_round()
        if summary is None:
            return False

        def save(value: RoundInput) -> None:
            with self._store.transaction() as session:
                edit_round(session, summary.id, deadline=value.deadline, title=value.title)

        if not run_dialog(RoundDialog(save, year=summary.year, existing=summary, parent=self)):
            return False
        message = translate("ProvinceRoundsPage", "Đã lưu kỳ báo cáo.")
        if summary.published_at is not None:
            message += " " + translate(
                "ProvinceRoundsPage", "Kỳ này đã xuất tệp: hãy xuất lại tệp kỳ báo cáo và gửi lại cho các xã."
            )
        self._changed(message)
        self.select_id(summary.id)
        return True

    def publish_selected(self) -> bool:
        summary = self.selected_round()
        if summary is None:
            return False
        with self._store.reading() as session:
            suggested = round_file_name(round_definition(session, summary.id))
        target = self.choose_target(
            translate("ProvinceRoundsPage", "Xuất tệp kỳ báo cáo"),
            suggested,
            translate("ProvinceRoundsPage", "Tệp kỳ báo cáo (*.gedround)"),
        )
        if target is None:
            return False
        target = with_extension(target, ROUND_SUFFIX)
        try:
            with self._store.transaction() as session:
                publish_round(session, self._services.layout, summary.id, target)
        except (UserFacingError, OSError) as error:
            self._say(str(error), error=True)
            return False
        self._changed(
            translate(
                "ProvinceRoundsPage",
                "Đã xuất {path}. Gửi tệp này cho các xã (USB, thư điện tử); xã nhập tệp để báo cáo đúng các "
                "dòng chỉ tiêu của kỳ.",
            ).format(path=target)
        )
        self.select_id(summary.id)
        return True

    def refresh_selected(self) -> bool:
        summary = self.selected_round()
        if summary is None:
            return False
        question = translate(
            "ProvinceRoundsPage",
            "Chép lại các dòng chỉ tiêu của kỳ “{title}” từ Cài đặt → Chỉ tiêu báo cáo? Kỳ đã xuất tệp thì "
            "phải xuất lại và gửi lại cho các xã.",
        ).format(title=summary.title)
        if not self.confirm(question):
            return False
        try:
            with self._store.transaction() as session:
                count = refresh_round_rows(session, summary.id)
        except UserFacingError as error:
            self._say(str(error), error=True)
            return False
        self._changed(
            translate("ProvinceRoundsPage", "Kỳ báo cáo có {count} dòng chỉ tiêu.").format(count=count)
        )
        self.select_id(summary.id)
        return True

    def export_key(self) -> bool:
        from gender_equality_desk.core.province.keys import own_province_key
        from gender_equality_desk.gui.dialogs.province_key_dialog import ProvinceKeyDialog

        with self._store.reading() as session:
            profile = load_profile(session)
        if profile is None:
            return False
        try:
            key = own_province_key(self._services.layout, profile.province_name, profile.commune_name)
        except UserFacingError as error:
            self._say(str(error), error=True)
            return False
        dialog = ProvinceKeyDialog(key, self._services.today, self)
        run_dialog(dialog)
        if dialog.saved_to is not None:
            self._say(
                translate(
                    "ProvinceRoundsPage", "Đã lưu tệp khóa của tỉnh: {path}. Mã khóa: {fingerprint}."
                ).format(path=dialog.saved_to, fingerprint=key.fingerprint)
            )
        return dialog.saved_to is not None
