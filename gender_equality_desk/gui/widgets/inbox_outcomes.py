"""The outcomes of the last receiving: one row per file, green when accepted, yellow when accepted with
figures to ask about, red when refused (grey: received before), each with its sentence and warnings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.province.receiving import ReceiptOutcome, ReceiptStatus
from gender_equality_desk.core.province.submission_checks import RefusalReason
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

ACCEPTED_TINT = "#e3f4ea"
WARNING_TINT = "#fff3cd"
REFUSED_TINT = "#fbe4e1"
DUPLICATE_TINT = "#eef0f3"
FILE, COMMUNE, RESULT, MESSAGE = range(4)


def _result(outcome: ReceiptOutcome) -> tuple[str, str]:
    """The "Kết quả" cell and the row's tint."""
    if outcome.status is ReceiptStatus.REFUSED:
        return translate("InboxOutcomes", "Từ chối"), REFUSED_TINT
    if outcome.status is ReceiptStatus.DUPLICATE:
        return translate("InboxOutcomes", "Đã nhận trước đây"), DUPLICATE_TINT
    text = translate("InboxOutcomes", "Đã nhận (lần {version})").format(version=outcome.version)
    if outcome.warnings:
        more = translate("InboxOutcomes", "{count} điểm cần kiểm tra").format(count=len(outcome.warnings))
        return f"{text}\n{more}", WARNING_TINT
    return text, ACCEPTED_TINT


def _details(outcome: ReceiptOutcome) -> str:
    return "\n".join([outcome.message, *(f"• {warning}" for warning in outcome.warnings)])


class InboxOutcomes(QWidget):
    """The table, and the administrator's way to accept a commune's new key for a refused file."""

    key_change_requested = Signal(object)  # the ReceiptOutcome refused for a changed key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcomes: list[ReceiptOutcome] = []
        self.table = ResultTable(
            "inboxOutcomes",
            [
                translate("InboxOutcomes", "Tệp"),
                translate("InboxOutcomes", "Xã"),
                translate("InboxOutcomes", "Kết quả"),
                translate("InboxOutcomes", "Nội dung"),
            ],
            stretch_column=MESSAGE,
            widths={FILE: 215, COMMUNE: 150, RESULT: 140},
            multiline=True,
        )
        self.table.setMinimumHeight(210)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.key_button = QPushButton(
            translate("InboxOutcomes", "Chấp nhận khóa mới của xã… (quản trị viên)")
        )
        self.key_button.setObjectName("inboxAcceptKey")
        self.key_button.setToolTip(
            translate(
                "InboxOutcomes",
                "Chọn một tệp bị từ chối vì khóa ký của xã đã đổi. Chỉ chấp nhận sau khi đã gọi điện cho xã "
                "và xã đọc đúng mã khóa trong tệp.",
            )
        )
        self.key_button.clicked.connect(self._request_key_change)
        self.key_button.hide()
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.key_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)

    def show_outcomes(self, outcomes: Sequence[ReceiptOutcome]) -> None:
        """Refused files first, then those with figures to ask about: with 168 files, what needs the
        officer is at the top."""
        self.outcomes = sorted(outcomes, key=_urgency)
        rows = []
        for outcome in self.outcomes:
            result, tint = _result(outcome)
            commune = outcome.commune_name or "—"
            if outcome.commune_code:
                commune = f"{commune}\n({outcome.commune_code})"
            rows.append(ResultRow((outcome.file.name, commune, result, _details(outcome)), tint=tint))
        self.table.show_rows(rows)
        # Measured again once the layout settled: the vertical scroll bar appearing narrows the message
        # column after the first measure, and a sentence's last line would be cut off.
        QTimer.singleShot(0, self.table.resizeRowsToContents)
        self.key_button.setVisible(any(_key_changed(outcome) for outcome in self.outcomes))
        self._update_button()

    def replace(self, old: ReceiptOutcome, new: ReceiptOutcome) -> None:
        """Show the outcome of receiving `old`'s file again (after the key was accepted)."""
        self.show_outcomes([new if outcome is old else outcome for outcome in self.outcomes])

    def selected(self) -> ReceiptOutcome | None:
        rows = self.table.selectionModel().selectedRows()
        return self.outcomes[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        chosen = self.selected()
        self.key_button.setEnabled(chosen is not None and _key_changed(chosen))

    def _request_key_change(self) -> None:
        chosen = self.selected()
        if chosen is not None and _key_changed(chosen):
            self.key_change_requested.emit(chosen)


def _urgency(outcome: ReceiptOutcome) -> int:
    if outcome.refused:
        return 0
    if outcome.warnings:
        return 1
    return 2 if outcome.accepted else 3


def _key_changed(outcome: ReceiptOutcome) -> bool:
    return outcome.reason is RefusalReason.KEY_CHANGED
