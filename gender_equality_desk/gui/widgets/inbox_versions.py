"""What was received, per round and commune: the communes that sent something, each one's versions, and
what changed in a version against an earlier one (old → new, row by row), with its warnings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gender_equality_desk.core.province.round_scope import RoundSummary, round_summaries
from gender_equality_desk.core.province.versions import (
    CommuneReceipts,
    ReceivedVersion,
    commune_versions,
    round_receipts,
    version_differences,
)
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.core.security.audit_export import local_time_text
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import QT_TRANSLATE_NOOP, translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

WARNING_TINT = "#fff3cd"
CHANGED_TINT = "#fff3cd"
# A round the province gave no title is named by its kind and period (core.province.periods codes).
_ROUND_NAMES = {
    ("action-month", "action-month"): QT_TRANSLATE_NOOP(
        "InboxVersions", "Tháng hành động vì bình đẳng giới năm {year}"
    ),
    ("gender-equality", "h1"): QT_TRANSLATE_NOOP(
        "InboxVersions", "Công tác bình đẳng giới 6 tháng đầu năm {year}"
    ),
    ("gender-equality", "year"): QT_TRANSLATE_NOOP("InboxVersions", "Công tác bình đẳng giới năm {year}"),
    ("dv-statistics", "h1"): QT_TRANSLATE_NOOP(
        "InboxVersions", "Thống kê phòng, chống bạo lực gia đình 6 tháng đầu năm {year}"
    ),
    ("dv-statistics", "year"): QT_TRANSLATE_NOOP(
        "InboxVersions", "Thống kê phòng, chống bạo lực gia đình năm {year}"
    ),
}


def _round_name(item: RoundSummary) -> str:
    if item.title:
        return item.title
    name = _ROUND_NAMES.get((item.report_kind, item.period))
    return translate("InboxVersions", name).format(year=item.year) if name else item.label


def _figure(value: int | None) -> str:
    return translate("InboxVersions", "(trống)") if value is None else format_number(value)


def _warnings_cell(count: int) -> str:
    return translate("InboxVersions", "{count} điểm").format(count=count) if count else ""


class InboxVersions(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.rounds: list[RoundSummary] = []
        self.receipts: list[CommuneReceipts] = []
        self.versions: list[ReceivedVersion] = []

        self.round_combo = QComboBox()
        self.round_combo.setObjectName("inboxRound")
        self.round_combo.currentIndexChanged.connect(self._show_round)
        self.round_note = styled_label("", "muted")
        self.round_note.setObjectName("inboxRoundNote")
        self.communes = ResultTable(
            "inboxCommunes",
            [
                translate("InboxVersions", "Xã"),
                translate("InboxVersions", "Số lần gửi"),
                translate("InboxVersions", "Lần cuối nhận lúc"),
                translate("InboxVersions", "Cần kiểm tra"),
            ],
            stretch_column=0,
            right_aligned=(1,),
        )
        self.communes.setSelectionMode(ResultTable.SelectionMode.SingleSelection)
        self.communes.itemSelectionChanged.connect(self._show_commune)
        self.version_table = ResultTable(
            "inboxVersionList",
            [
                translate("InboxVersions", "Lần"),
                translate("InboxVersions", "Xã ký lúc"),
                translate("InboxVersions", "Tỉnh nhận lúc"),
                translate("InboxVersions", "Mã khóa ký"),
            ],
            stretch_column=3,
            right_aligned=(0,),
        )
        self.version_table.setSelectionMode(ResultTable.SelectionMode.SingleSelection)
        self.version_table.itemSelectionChanged.connect(self._show_version)
        self.compare_combo = QComboBox()
        self.compare_combo.setObjectName("inboxCompareWith")
        self.compare_combo.currentIndexChanged.connect(self._show_differences)
        self.difference_note = styled_label("", "muted", wrap=True)
        self.difference_note.setObjectName("inboxDifferenceNote")
        self.differences = ResultTable(
            "inboxDifferences",
            [
                translate("InboxVersions", "Chỉ tiêu"),
                translate("InboxVersions", "Mã"),
                translate("InboxVersions", "Lần trước"),
                translate("InboxVersions", "Lần này"),
            ],
            stretch_column=0,
            right_aligned=(2, 3),
        )
        self.warnings = styled_label("", "", wrap=True)
        self.warnings.setObjectName("inboxVersionWarnings")

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("InboxVersions", "Kỳ báo cáo:")))
        top.addWidget(self.round_combo, 1)
        top.addWidget(self.round_note)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(translate("InboxVersions", "So với lần:")))
        compare.addWidget(self.compare_combo)
        compare.addWidget(self.difference_note, 1)
        right = QVBoxLayout()
        right.addWidget(styled_label(translate("InboxVersions", "Các lần gửi của xã"), "cardTitle"))
        right.addWidget(self.version_table, 2)
        right.addLayout(compare)
        right.addWidget(self.differences, 3)
        right.addWidget(self.warnings)
        left = QVBoxLayout()
        left.addWidget(styled_label(translate("InboxVersions", "Xã đã gửi"), "cardTitle"))
        left.addWidget(self.communes, 1)
        grid = QGridLayout()
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(grid, 1)

    def reload(self, round_id: int | None = None) -> None:
        """Read the rounds again, keeping (or moving to) `round_id` and the selected commune."""
        keep = round_id if round_id is not None else self.current_round_id()
        keep_commune = self.current_commune()
        with self._store.reading() as db:
            self.rounds = round_summaries(db)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for item in self.rounds:
            self.round_combo.addItem(_round_name(item), item.id)
        index = self.round_combo.findData(keep) if keep is not None else -1
        if index < 0:  # the newest round with something received, else the newest round
            index = next((n for n, item in enumerate(self.rounds) if item.communes_received), 0)
        self.round_combo.setCurrentIndex(index if self.rounds else -1)
        self.round_combo.blockSignals(False)
        self._show_round(commune=keep_commune)

    def current_round_id(self) -> int | None:
        data = self.round_combo.currentData()
        return int(data) if data is not None else None

    def current_commune(self) -> str | None:
        rows = self.communes.selectionModel().selectedRows()
        return self.receipts[rows[0].row()].commune_code if rows and self.receipts else None

    def select_commune(self, code: str) -> None:
        for row, receipt in enumerate(self.receipts):
            if receipt.commune_code == code:
                self.communes.selectRow(row)
                return

    def _show_round(self, *_args: object, commune: str | None = None) -> None:
        round_id = self.current_round_id()
        chosen = next((item for item in self.rounds if item.id == round_id), None)
        if chosen is None:
            self.round_note.setText(translate("InboxVersions", "Chưa có kỳ báo cáo nào."))
            self.receipts = []
        else:
            note = translate("InboxVersions", "Đã nhận {received}/{roster} xã")
            self.round_note.setText(
                note.format(received=chosen.communes_received, roster=chosen.communes_in_roster)
            )
            with self._store.reading() as db:
                self.receipts = round_receipts(db, chosen.id)
        self.communes.show_rows(
            [
                ResultRow(
                    (
                        f"{item.commune_name} ({item.commune_code})",
                        str(item.versions),
                        local_time_text(item.latest.received_at),
                        _warnings_cell(len(item.latest.warnings)),
                    ),
                    tint=WARNING_TINT if item.latest.warnings else None,
                )
                for item in self.receipts
            ]
        )
        if commune is not None:
            self.select_commune(commune)
        if self.current_commune() is None:
            self._show_commune()

    def _show_commune(self) -> None:
        code, round_id = self.current_commune(), self.current_round_id()
        if code is None or round_id is None:
            self.versions = []
        else:
            with self._store.reading() as db:
                self.versions = commune_versions(db, round_id, code)
        self.version_table.show_rows(
            [
                ResultRow(
                    (
                        str(item.version),
                        local_time_text(item.signed_at),
                        local_time_text(item.received_at),
                        item.key_fingerprint,
                    ),
                    tint=WARNING_TINT if item.warnings else None,
                )
                for item in self.versions
            ]
        )
        if self.versions:
            self.version_table.selectRow(len(self.versions) - 1)  # the newest: what the summary counts
        else:
            self._show_version()

    def selected_version(self) -> ReceivedVersion | None:
        rows = self.version_table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows and self.versions else None

    def _show_version(self) -> None:
        chosen = self.selected_version()
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        if chosen is not None:
            for item in self.versions:
                if item.version < chosen.version:
                    self.compare_combo.addItem(str(item.version), item.id)
            self.compare_combo.setCurrentIndex(self.compare_combo.count() - 1)  # the one just before
        self.compare_combo.blockSignals(False)
        self.compare_combo.setEnabled(self.compare_combo.count() > 1)
        if chosen is None or not chosen.warnings:
            self.warnings.setText("")
        else:
            heading = translate("InboxVersions", "Lần {version} — cần kiểm tra lại với xã:")
            lines = [heading.format(version=chosen.version), *(f"• {text}" for text in chosen.warnings)]
            self.warnings.setText("\n".join(lines))
        self._show_differences()

    def _show_differences(self, *_args: object) -> None:
        chosen = self.selected_version()
        earlier = self.compare_combo.currentData()
        headings = [translate("InboxVersions", "Chỉ tiêu"), translate("InboxVersions", "Mã")]
        if chosen is None or earlier is None:
            self.differences.setHorizontalHeaderLabels(
                [*headings, translate("InboxVersions", "Lần trước"), translate("InboxVersions", "Lần này")]
            )
            self.differences.show_rows([])
            self.difference_note.setText(
                translate("InboxVersions", "Lần gửi đầu tiên: chưa có lần trước để so sánh.")
                if chosen is not None
                else ""
            )
            return
        with self._store.reading() as db:
            changes = version_differences(db, int(earlier), chosen.id)
        before = translate("InboxVersions", "Lần {version}").format(version=self.compare_combo.currentText())
        after = translate("InboxVersions", "Lần {version}").format(version=chosen.version)
        self.differences.setHorizontalHeaderLabels([*headings, before, after])
        self.differences.show_rows(
            [
                ResultRow(
                    (change.label, change.code, _figure(change.old), _figure(change.new)), tint=CHANGED_TINT
                )
                for change in changes
            ]
        )
        note = (
            translate("InboxVersions", "{count} dòng khác nhau giữa lần {old} và lần {new}.")
            if changes
            else translate("InboxVersions", "Số liệu lần {new} giống hệt lần {old}.")
        )
        self.difference_note.setText(
            note.format(count=len(changes), old=self.compare_combo.currentText(), new=chosen.version)
        )
