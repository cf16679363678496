"""Gửi lên tỉnh: what will be sent, then the sealed .gedsub file written (to a USB stick when one is in).

The dialog shows the commune and its code, the province and its key fingerprint, the period (and the round
the province published, when imported), every row with the exact figure that will travel, and which PDF
goes with it: the report as the app prints it, or the scan of the signed paper. The file is built in a
scratch folder off the GUI thread (core.province.submission), then copied onto the stick and read back
(core.exchange.usb). When the period answers one of the officer's report deadlines, it offers to mark that
deadline sent on Tổng quan.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.usb import Drive, copy_verified, list_drives
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.periods import KIND_LABELS, KIND_PERIODS, period_label
from gender_equality_desk.core.province.submission import (
    PreparedSubmission,
    SubmitResult,
    default_file_name,
    generated_pdf,
    prepare_submission,
    read_signed_scan,
    write_submission,
)
from gender_equality_desk.core.province.submission_deadline import (
    DeadlineMatch,
    deadline_for,
    mark_submission_sent,
)
from gender_equality_desk.core.reports.action_month import Narrative
from gender_equality_desk.core.reports.formatting import format_date, format_number
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.busy import BusyRunner
from gender_equality_desk.gui.forms.inputs import date_edit, day_of
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.widgets.basics import card, read_only_table, show_message, styled_label

NUMBER, LABEL, UNIT, VALUE, CODE = range(5)  # the code last: the province reads it, the officer less
DIALOG_SIZE = (1040, 700)


class SubmitDialog(QDialog):
    """One report of one period, for the province. `data_changed` carries DataChange values."""

    data_changed = Signal(str)

    def __init__(
        self,
        store: Store,
        layout: DataLayout,
        report_kind: str,
        year: int,
        *,
        period: str | None = None,
        narrative: Narrative | None = None,
        day: date | None = None,
        today: Callable[[], date] = date.today,
        drives: Callable[[], list[Drive]] = list_drives,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("submitDialog")
        self._store, self._layout = store, layout
        self._kind, self._year, self._narrative = report_kind, year, narrative
        self._today, self._drives = today, drives
        self._prepared: PreparedSubmission | None = None
        self._deadline: DeadlineMatch | None = None
        self._scan: tuple[str, bytes] | None = None
        self.written: SubmitResult | None = None
        self.runner = BusyRunner(self)
        self.setWindowTitle(translate("SubmitDialog", "Gửi báo cáo lên tỉnh"))
        self.resize(*DIALOG_SIZE)

        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(10)
        box.addWidget(self._build_choice(period, day or today()))
        self.problem = styled_label("", "error", wrap=True)
        self.problem.setObjectName("submitProblem")
        box.addWidget(self.problem)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self._build_identity())
        self.table = read_only_table(
            "submitRows",
            [
                translate("SubmitDialog", "TT"),
                translate("SubmitDialog", "Chỉ tiêu"),
                translate("SubmitDialog", "Đơn vị tính"),
                translate("SubmitDialog", "Số liệu gửi"),
                translate("SubmitDialog", "Mã"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (CODE, NUMBER, UNIT, VALUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        content.addWidget(self.table, 1)
        self.blank_note = styled_label("", "error", wrap=True)
        self.blank_note.setObjectName("submitBlankNote")
        content.addWidget(self.blank_note)
        content.addWidget(self._build_output())
        box.addWidget(self.content, 1)
        self.message = styled_label("", wrap=True)
        self.message.setObjectName("submitMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.write_button = QPushButton(translate("SubmitDialog", "Ghi tệp gửi tỉnh"))
        self.write_button.setObjectName("writeSubmission")
        self.write_button.setProperty("primary", True)
        self.write_button.clicked.connect(self.write)
        close = QPushButton(translate("SubmitDialog", "Đóng"))
        close.setObjectName("closeSubmission")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.write_button)
        buttons.addWidget(close)
        box.addLayout(buttons)
        self.refresh_drives()
        self.reload()

    # -- building ---------------------------------------------------------------------------------------

    def _build_choice(self, period: str | None, day: date) -> QWidget:
        frame = card(self, name="submitChoice")
        form = QFormLayout(frame)
        form.setContentsMargins(16, 10, 16, 10)
        report = styled_label(
            translate("SubmitDialog", "{report} — năm {year}").format(
                report=KIND_LABELS.get(self._kind, self._kind), year=self._year
            ),
            "cardTitle",
            wrap=True,
        )
        report.setObjectName("submitReport")
        form.addRow(translate("SubmitDialog", "Báo cáo:"), report)
        self.period = QComboBox()
        self.period.setObjectName("submitPeriod")
        for code in KIND_PERIODS[self._kind]:
            self.period.addItem(period_label(code, self._year), code)
        if period is not None and self.period.findData(period) >= 0:
            self.period.setCurrentIndex(self.period.findData(period))
        else:
            self.period.setCurrentIndex(self.period.count() - 1)
        self.period.setEnabled(self.period.count() > 1)
        self.period.currentIndexChanged.connect(lambda _index: self.reload())
        self.day = date_edit("submitDay", day)  # the Báo cáo page's, else today
        self.day.setFixedWidth(150)
        self.day.dateChanged.connect(lambda _day: self.reload())
        times = QHBoxLayout()
        times.addWidget(self.period, 1)
        times.addSpacing(16)
        times.addWidget(styled_label(translate("SubmitDialog", "Ngày ghi trên báo cáo:")))
        times.addWidget(self.day)
        form.addRow(translate("SubmitDialog", "Kỳ báo cáo:"), times)
        return frame

    def _build_identity(self) -> QWidget:
        frame = QWidget()
        form = QFormLayout(frame)
        form.setContentsMargins(0, 0, 0, 0)
        self.commune = styled_label(wrap=True)
        self.commune.setObjectName("submitCommune")
        self.province = styled_label(wrap=True)
        self.province.setObjectName("submitProvince")
        self.scope = styled_label(wrap=True)
        self.scope.setObjectName("submitScope")
        form.addRow(translate("SubmitDialog", "Xã gửi:"), self.commune)
        form.addRow(translate("SubmitDialog", "Gửi đến:"), self.province)
        form.addRow(translate("SubmitDialog", "Số liệu:"), self.scope)
        return frame

    def _build_output(self) -> QWidget:
        frame = QWidget()
        form = QFormLayout(frame)
        form.setContentsMargins(0, 0, 0, 0)
        self.pdf_group = QButtonGroup(self)
        self.generated = QRadioButton(
            translate("SubmitDialog", "Bản PDF máy lập từ báo cáo (số liệu chính xác)")
        )
        self.generated.setObjectName("pdfGenerated")
        self.generated.setChecked(True)
        self.scanned = QRadioButton(translate("SubmitDialog", "Bản quét báo cáo giấy đã ký, đóng dấu:"))
        self.scanned.setObjectName("pdfScanned")
        for button in (self.generated, self.scanned):
            self.pdf_group.addButton(button)
        self.scan_button = QPushButton(translate("SubmitDialog", "Chọn tệp PDF…"))
        self.scan_button.setObjectName("chooseScan")
        self.scan_button.clicked.connect(self._pick_scan)
        self.scan_name = styled_label(translate("SubmitDialog", "(chưa chọn tệp)"), "muted")
        self.scan_name.setObjectName("scanName")
        pdf = QVBoxLayout()
        pdf.addWidget(self.generated)
        scan = QHBoxLayout()
        scan.addWidget(self.scanned)
        scan.addWidget(self.scan_button)
        scan.addWidget(self.scan_name, 1)
        pdf.addLayout(scan)
        form.addRow(translate("SubmitDialog", "Bản PDF kèm theo:"), pdf)
        places = QHBoxLayout()
        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("submitDrive")
        self.drive_combo.setMinimumWidth(360)
        refresh = QPushButton(translate("SubmitDialog", "Làm mới"))
        refresh.clicked.connect(self.refresh_drives)
        other = QPushButton(translate("SubmitDialog", "Thư mục khác…"))
        other.clicked.connect(self._pick_folder)
        places.addWidget(self.drive_combo, 1)
        places.addWidget(refresh)
        places.addWidget(other)
        form.addRow(translate("SubmitDialog", "Lưu vào:"), places)
        self.file_name = styled_label("", "muted")
        self.file_name.setObjectName("submitFileName")
        form.addRow("", self.file_name)
        self.mark_sent = QCheckBox()
        self.mark_sent.setObjectName("markSent")
        self.sent_note = styled_label("", "muted", wrap=True)
        self.sent_note.setObjectName("sentNote")
        form.addRow("", self.mark_sent)
        form.addRow("", self.sent_note)
        return frame

    # -- what will be sent ------------------------------------------------------------------------------

    def period_code(self) -> str:
        return str(self.period.currentData())

    def prepared(self) -> PreparedSubmission | None:
        return self._prepared

    def reload(self) -> None:
        """Prepare again (period or date changed) and show it; a missing code or key says what to do."""
        try:
            with self._store.reading() as session:
                prepared = prepare_submission(
                    session, self._kind, self._year, self.period_code(), day=day_of(self.day),
                    narrative=self._narrative,
                )  # fmt: skip
                match = deadline_for(session, self._kind, prepared.submission.period_end)
        except UserFacingError as error:
            self._prepared = None
            self.problem.setText(str(error))
            self.problem.show()
            self.content.hide()
            self.write_button.setEnabled(False)
            return
        self._prepared, self._deadline = prepared, match
        self.problem.hide()
        self.content.show()
        self.write_button.setEnabled(True)
        self._show(prepared)
        self._show_deadline(match)

    def _show(self, prepared: PreparedSubmission) -> None:
        sent = prepared.submission
        self.commune.setText(
            translate("SubmitDialog", "{name} — mã đơn vị hành chính {code}").format(
                name=sent.commune_name, code=sent.commune_code
            )
        )
        linked = prepared.province
        self.province.setText(
            translate("SubmitDialog", "{authority} ({province}) — mã khóa {fingerprint}").format(
                authority=linked.authority or linked.province,
                province=linked.province,
                fingerprint=linked.fingerprint,
            )
        )
        dates = translate("SubmitDialog", "từ {start} đến {end}").format(
            start=format_date(sent.period_start), end=format_date(sent.period_end)
        )
        if prepared.round is not None:
            scope = translate(
                "SubmitDialog", "{dates}; theo kỳ báo cáo tỉnh phát hành “{title}”, hạn nộp {deadline}."
            ).format(dates=dates, title=prepared.round.title, deadline=format_date(prepared.round.deadline))
        else:
            scope = translate(
                "SubmitDialog",
                "{dates}; chưa nhập tệp kỳ báo cáo của tỉnh nên gửi các chỉ tiêu của xã (Cài đặt → Chỉ tiêu "
                "báo cáo), tỉnh ghép theo mã.",
            ).format(dates=dates)
        self.scope.setText(scope)
        self._fill_rows(prepared)
        if prepared.blank_codes:
            self.blank_note.setText(
                translate(
                    "SubmitDialog",
                    "Tỉnh hỏi {count} chỉ tiêu xã chưa có dòng (mã {codes}): sẽ gửi để trống. Nếu cần, thêm "
                    "dòng có mã đó ở Cài đặt → Chỉ tiêu báo cáo.",
                ).format(count=len(prepared.blank_codes), codes=", ".join(prepared.blank_codes))
            )
            self.blank_note.show()
        else:
            self.blank_note.hide()
        self.file_name.setText(
            translate("SubmitDialog", "Tên tệp: {name}").format(name=default_file_name(prepared.submission))
        )

    def _fill_rows(self, prepared: PreparedSubmission) -> None:
        rows = prepared.submission.rows
        self.table.setRowCount(len(rows))
        blank = translate("SubmitDialog", "(để trống)")
        for index, row in enumerate(rows):
            shown = "" if row.is_group else (blank if row.value is None else format_number(row.value))
            cells = (row.number, row.label, row.unit, shown, row.code)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == VALUE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.is_group:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)

    def _show_deadline(self, match: DeadlineMatch | None) -> None:
        if match is None or match.sent_on is not None:
            self.mark_sent.setChecked(False)
            self.mark_sent.hide()
        else:
            self.mark_sent.setText(
                translate(
                    "SubmitDialog", "Đánh dấu đã gửi “{label}” (kỳ hạn {due}) trên trang Tổng quan"
                ).format(label=match.label, due=format_date(match.due))
            )
            self.mark_sent.setChecked(True)
            self.mark_sent.show()
        if match is not None and match.sent_on is not None:
            self.sent_note.setText(
                translate(
                    "SubmitDialog",
                    "“{label}” kỳ hạn {due} đã được đánh dấu gửi ngày {sent}; gửi lại vẫn được.",
                ).format(label=match.label, due=format_date(match.due), sent=format_date(match.sent_on))
            )
            self.sent_note.show()
        else:
            self.sent_note.hide()

    # -- where and which PDF --------------------------------------------------------------------------------

    def refresh_drives(self) -> None:
        """Removable drives first (the first one chosen), then the PC's own; a message when none is in."""
        self.drive_combo.clear()
        for drive in self._drives():
            kind = translate("SubmitDialog", "USB") if drive.removable else translate("SubmitDialog", "Ổ đĩa")
            self.drive_combo.addItem(f"{kind} {drive.label} ({drive.path})", str(drive.path))
        if self.drive_combo.count() == 0:
            self.drive_combo.addItem(
                translate("SubmitDialog", "Chưa thấy USB — cắm USB rồi bấm Làm mới, hoặc chọn thư mục"), ""
            )

    def choose_folder(self, folder: Path) -> None:
        """Save into `folder` (the "Thư mục khác…" button, or a test)."""
        self.drive_combo.insertItem(0, str(folder), str(folder))
        self.drive_combo.setCurrentIndex(0)

    def folder(self) -> Path | None:
        chosen = self.drive_combo.currentData()
        return Path(chosen) if chosen else None

    def choose_scan(self, path: Path) -> bool:
        """Attach `path` as the signed scan (the "Chọn tệp PDF…" button, or a test); False when refused."""
        try:
            self._scan = read_signed_scan(path)
        except UserFacingError as error:
            show_message(self.message, str(error), error=True)
            return False
        self.scan_name.setText(path.name)
        self.scanned.setChecked(True)
        show_message(self.message, "", calm_role="")
        return True

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("SubmitDialog", "Chọn thư mục lưu tệp gửi tỉnh"), str(Path.home())
        )
        if chosen:
            self.choose_folder(Path(chosen))

    def _pick_scan(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("SubmitDialog", "Chọn bản quét báo cáo đã ký"), str(Path.home()), "PDF (*.pdf)"
        )
        if chosen:
            self.choose_scan(Path(chosen))

    # -- writing -------------------------------------------------------------------------------------------

    def write(self) -> None:
        prepared, folder = self._prepared, self.folder()
        if prepared is None:
            return
        if folder is None:
            show_message(
                self.message,
                translate(
                    "SubmitDialog", "Chưa chọn nơi lưu. Hãy cắm USB rồi bấm Làm mới, hoặc chọn thư mục."
                ),
                error=True,
            )
            return
        scan = self._scan if self.scanned.isChecked() else None
        if self.scanned.isChecked() and scan is None:
            show_message(
                self.message,
                translate(
                    "SubmitDialog", "Chưa chọn bản quét. Bấm “Chọn tệp PDF…”, hoặc chọn bản PDF máy lập."
                ),
                error=True,
            )
            return
        name = default_file_name(prepared.submission)
        mark = self._deadline if not self.mark_sent.isHidden() and self.mark_sent.isChecked() else None

        def work() -> SubmitResult:
            with tempfile.TemporaryDirectory(prefix="gedesk-submit-") as scratch:
                if scan is None:
                    with self._store.reading() as session:
                        pdf_name, pdf = generated_pdf(session, prepared)
                else:
                    pdf_name, pdf = scan
                result = write_submission(self._layout, prepared, pdf_name, pdf, Path(scratch) / name)
                return replace(result, path=copy_verified(result.path, folder, name))

        self.write_button.setEnabled(False)
        self.runner.run(
            work,
            lambda result: self._written(result, mark),
            self._failed,
            translate("SubmitDialog", "Đang lập và ghi tệp gửi tỉnh ra {folder}…").format(folder=folder),
        )

    def _written(self, result: SubmitResult, mark: DeadlineMatch | None) -> None:
        self.write_button.setEnabled(True)
        self.written = result
        text = translate(
            "SubmitDialog",
            "Đã ghi {path} và đọc lại kiểm tra (khớp từng byte). Tệp đã ký số và niêm phong cho {authority}: "
            "chỉ tỉnh mở được. Nộp tệp này cho tỉnh theo cách tỉnh hướng dẫn (USB, thư điện tử).",
        ).format(path=result.path, authority=result.province.authority or result.province.province)
        if mark is not None:
            try:
                with self._store.transaction() as session:
                    sent = mark_submission_sent(session, mark, self._today())
            except UserFacingError as error:
                text += "\n" + str(error)
            else:
                text += "\n" + translate(
                    "SubmitDialog", "Đã đánh dấu đã gửi “{label}” kỳ hạn {due} trên trang Tổng quan."
                ).format(label=sent.label, due=format_date(sent.due))
                self.data_changed.emit(DataChange.PLANS.value)
                self._show_deadline(replace(mark, sent_on=sent.sent_on))
        show_message(self.message, text, calm_role="")

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        if isinstance(error, UserFacingError):
            show_message(self.message, str(error), error=True)
            return
        show_message(
            self.message,
            translate(
                "SubmitDialog",
                "Không lập được tệp gửi tỉnh: {reason}. Hãy thử lại; nếu vẫn lỗi, báo cán bộ kỹ thuật.",
            ).format(reason=error),
            error=True,
        )
