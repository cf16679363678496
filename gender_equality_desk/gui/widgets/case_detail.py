"""One opened case: its fields (identity included, for the authorised user who opened it), measures,
follow-ups with "done", the status history, and the actions that change it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.cases import support
from gender_equality_desk.core.cases.detail import CaseDetail, load_case
from gender_equality_desk.core.cases.vocabulary import CaseStatus
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security.session import AccessDeniedError, AuthSession
from gender_equality_desk.gui.dialogs.case_form import CaseFormDialog
from gender_equality_desk.gui.dialogs.case_support import FollowUpDialog, MeasureDialog, StatusDialog
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import card, styled_label
from gender_equality_desk.gui.widgets.case_inputs import DATE_FORMAT


def _day(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


def _table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for index, values in enumerate(rows):
        for column, text in enumerate(values):
            table.setItem(index, column, QTableWidgetItem(text))
    # As tall as its rows (at least two, at most six): short lists leave no empty box behind them.
    shown = min(max(len(rows), 2), 6)
    table.setFixedHeight(
        table.horizontalHeader().sizeHint().height() + shown * table.verticalHeader().defaultSectionSize() + 4
    )


class CaseDetailView(QWidget):
    back_requested = Signal()
    changed = Signal()  # something was saved: the list and the dashboard read again
    handed_over = Signal(str)  # the case was given to someone else and is no longer this user's to see

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._auth: AuthSession | None = None
        self.detail: CaseDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.back = QPushButton(translate("CaseDetailView", "← Danh sách"))
        self.title = styled_label("", "section")
        self.title.setObjectName("caseTitle")
        self.edit_button = QPushButton(translate("CaseDetailView", "Sửa hồ sơ"))
        self.status_button = QPushButton(translate("CaseDetailView", "Đóng hồ sơ"))
        self.status_button.setObjectName("caseStatusButton")
        for widget in (self.back, self.title):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.status_button)
        layout.addLayout(bar)
        self.message = styled_label("", "error", wrap=True)
        self.message.setObjectName("caseMessage")
        self.message.hide()
        layout.addWidget(self.message)

        summary = card(self)
        self.summary = QGridLayout(summary)
        self.summary.setHorizontalSpacing(24)
        layout.addWidget(summary)

        grid = QGridLayout()
        self.measures = _table(
            "measureTable",
            (
                translate("CaseDetailView", "Biện pháp"),
                translate("CaseDetailView", "Từ ngày"),
                translate("CaseDetailView", "Đến ngày"),
                translate("CaseDetailView", "Đơn vị"),
                translate("CaseDetailView", "Kết quả"),
            ),
        )
        self.follow_ups = _table(
            "followUpTable",
            (
                translate("CaseDetailView", "Hình thức"),
                translate("CaseDetailView", "Ngày hẹn"),
                translate("CaseDetailView", "Đã theo dõi"),
                translate("CaseDetailView", "Ghi chú"),
            ),
        )
        self.history = _table(
            "historyTable",
            (
                translate("CaseDetailView", "Ngày"),
                translate("CaseDetailView", "Trạng thái"),
                translate("CaseDetailView", "Lý do"),
                translate("CaseDetailView", "Người thực hiện"),
                translate("CaseDetailView", "Ghi chú"),
            ),
        )
        self.add_measure = QPushButton(translate("CaseDetailView", "Thêm biện pháp"))
        self.add_measure.setObjectName("addMeasureButton")
        self.add_follow_up = QPushButton(translate("CaseDetailView", "Thêm lịch theo dõi"))
        self.add_follow_up.setObjectName("addFollowUpButton")
        self.done_button = QPushButton(translate("CaseDetailView", "Đánh dấu đã theo dõi"))
        self.done_button.setObjectName("followUpDoneButton")
        measure_bar = QHBoxLayout()
        measure_bar.addWidget(
            styled_label(translate("CaseDetailView", "Biện pháp hỗ trợ, bảo vệ"), "section")
        )
        measure_bar.addStretch(1)
        measure_bar.addWidget(self.add_measure)
        grid.addLayout(measure_bar, 0, 0, 1, 2)
        grid.addWidget(self.measures, 1, 0, 1, 2)
        follow_bar = QHBoxLayout()
        follow_bar.addWidget(styled_label(translate("CaseDetailView", "Kế hoạch theo dõi"), "section"))
        follow_bar.addStretch(1)
        follow_bar.addWidget(self.done_button)
        follow_bar.addWidget(self.add_follow_up)
        grid.addLayout(follow_bar, 2, 0, 1, 2)
        grid.addWidget(self.follow_ups, 3, 0, 1, 2)
        grid.addWidget(styled_label(translate("CaseDetailView", "Lịch sử trạng thái"), "section"), 4, 0)
        grid.addWidget(self.history, 5, 0, 1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)

        self.back.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(self._edit)
        self.add_measure.clicked.connect(lambda: self._run(MeasureDialog))
        self.add_follow_up.clicked.connect(lambda: self._run(FollowUpDialog))
        self.status_button.clicked.connect(self._change_status)
        self.done_button.clicked.connect(self._mark_done)

    def show_case(self, auth: AuthSession, case_id: int) -> None:
        self._auth = auth
        self.detail = load_case(auth, case_id)
        self._render()

    def forget(self) -> None:
        """Drop every decrypted value from the screen and from memory (sign-out, idle lock)."""
        self.detail = None
        self._auth = None
        self.title.clear()
        self._clear_summary()
        for table in (self.measures, self.follow_ups, self.history):
            table.setRowCount(0)

    def _clear_summary(self) -> None:
        while self.summary.count():
            item = self.summary.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()

    def _render(self) -> None:
        detail = self.detail
        assert detail is not None
        self.title.setText(f"{detail.code} — {translated_label(detail.status)}")
        closed = detail.status is CaseStatus.CLOSED
        self.status_button.setText(
            translate("CaseDetailView", "Mở lại hồ sơ")
            if closed
            else translate("CaseDetailView", "Đóng hồ sơ")
        )
        self._clear_summary()
        self._say("")
        data = detail.data
        consent = (
            translate("CaseDetailView", "Có, {day}").format(day=_day(data.consent_date))
            if data.consent_given
            else translate("CaseDetailView", "Không")
        )
        facts = [
            (translate("CaseDetailView", "Ngày tiếp nhận"), _day(data.intake_date)),
            (translate("CaseDetailView", "Nguồn tiếp nhận"), translated_label(data.intake_channel)),
            (translate("CaseDetailView", "Loại (GBVIMS)"), translated_label(detail.gbv_type)),
            (translate("CaseDetailView", "Mức độ nguy cơ"), translated_label(data.risk_level)),
            (
                translate("CaseDetailView", "Nạn nhân"),
                f"{translated_label(data.survivor_sex)}, {translated_label(data.survivor_age_group)}",
            ),
            (
                translate("CaseDetailView", "Người gây BL"),
                f"{translated_label(data.perpetrator_relationship)}, "
                f"{translated_label(data.perpetrator_age_group)}",
            ),
            (translate("CaseDetailView", "Cán bộ phụ trách"), detail.assigned_to),
            (translate("CaseDetailView", "Đồng ý chia sẻ"), consent),
        ]
        identity_labels = {
            "survivor_name": translate("CaseDetailView", "Họ tên nạn nhân"),
            "survivor_birth_date": translate("CaseDetailView", "Ngày sinh nạn nhân"),
            "survivor_address": translate("CaseDetailView", "Địa chỉ nạn nhân"),
            "survivor_phone": translate("CaseDetailView", "Điện thoại nạn nhân"),
            "survivor_id_number": translate("CaseDetailView", "Số giấy tờ nạn nhân"),
            "perpetrator_name": translate("CaseDetailView", "Họ tên người gây bạo lực"),
            "perpetrator_birth_date": translate("CaseDetailView", "Ngày sinh người gây bạo lực"),
            "perpetrator_address": translate("CaseDetailView", "Địa chỉ người gây bạo lực"),
            "perpetrator_phone": translate("CaseDetailView", "Điện thoại người gây bạo lực"),
            "perpetrator_id_number": translate("CaseDetailView", "Số giấy tờ người gây bạo lực"),
        }
        facts += [
            (identity_labels[name], value)
            for name, value in asdict(data.identity).items()
            if value and name in identity_labels
        ]
        for index, (label, value) in enumerate(facts):
            form_row, column = index % 6, (index // 6) * 2
            self.summary.addWidget(styled_label(label, "muted"), form_row, column)
            self.summary.addWidget(styled_label(value, wrap=True), form_row, column + 1)
        if data.identity.narrative:
            narrative = styled_label(data.identity.narrative, wrap=True)
            narrative.setObjectName("caseNarrative")
            self.summary.addWidget(narrative, 6, 0, 1, 6)
        _fill(
            self.measures,
            [
                (
                    translated_label(m.kind),
                    _day(m.start_date),
                    _day(m.end_date),
                    m.trusted_address or m.provider,
                    translated_label(m.outcome),
                )
                for m in detail.measures
            ],
        )
        _fill(
            self.follow_ups,
            [
                (translated_label(f.kind), _day(f.due_date), _day(f.done_on), f.note)
                for f in detail.follow_ups
            ],
        )
        _fill(
            self.history,
            [
                (
                    h.on_date.strftime(DATE_FORMAT),
                    translated_label(h.status),
                    translated_label(h.reason) if h.reason else "",
                    h.by,
                    h.note,
                )
                for h in detail.history
            ],
        )
        for button in (self.add_measure, self.add_follow_up, self.done_button, self.edit_button):
            button.setEnabled(not closed)

    def _reload(self) -> None:
        assert self._auth is not None and self.detail is not None
        code = self.detail.code
        try:
            self.show_case(self._auth, self.detail.id)
        except AccessDeniedError:
            self.forget()
            self.changed.emit()
            self.handed_over.emit(
                translate(
                    "CaseDetailView",
                    "Đã giao hồ sơ {code} cho cán bộ khác; bạn không còn xem được hồ sơ này.",
                ).format(code=code)
            )
            return
        self.changed.emit()

    def _run(self, dialog_type: type[MeasureDialog] | type[FollowUpDialog]) -> None:
        if self._auth is None or self.detail is None:
            return
        dialog = dialog_type(self._auth, self.detail.id, self._today, self)
        saved = dialog.exec()
        dialog.deleteLater()  # its fields held decrypted text
        if saved and self.detail is not None:
            self._reload()

    def _edit(self) -> None:
        if self._auth is None or self.detail is None:
            return
        dialog = CaseFormDialog(
            self._auth,
            self._today,
            case_id=self.detail.id,
            code=self.detail.code,
            data=self.detail.data,
            parent=self,
        )
        saved = dialog.exec()
        dialog.deleteLater()  # its fields held decrypted text
        if saved and self.detail is not None:
            self._reload()

    def _change_status(self) -> None:
        if self._auth is None or self.detail is None:
            return
        closing = self.detail.status is CaseStatus.OPEN
        dialog = StatusDialog(self._auth, self.detail.id, self._today, closing=closing, parent=self)
        saved = dialog.exec()
        dialog.deleteLater()  # its fields held decrypted text
        if saved and self.detail is not None:
            self._reload()

    def _mark_done(self) -> None:
        if self._auth is None or self.detail is None:
            return
        row = self.follow_ups.currentRow()
        follow_ups = self.detail.follow_ups
        if not 0 <= row < len(follow_ups) or follow_ups[row].done_on is not None:
            self._say(translate("CaseDetailView", "Hãy chọn một lịch theo dõi chưa thực hiện trong bảng."))
            return
        try:
            support.complete_follow_up(self._auth, follow_ups[row].id, self._today)
        except UserFacingError as error:
            self._say(str(error))
            return
        self._reload()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
