"""Nhập từ Excel: download a template, pick a filled file, see every row checked, import the valid rows.

Nothing is written until the officer presses "Nhập … dòng hợp lệ"; `changed` then tells the caller to
refresh (DataChange.EVERYTHING). Checking and importing run on a worker thread with a progress bar and a
Hủy button: the window stays responsive on a large file, and a cancelled import writes nothing (its
transaction is rolled back). `job_finished` is emitted once a job's outcome is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.excel_import import (
    TEMPLATE_NAMES,
    CheckedFile,
    CheckedRow,
    ImportResult,
    RowStatus,
    check_workbook,
    import_rows,
    write_template,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.progress import JobCancelled
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.reports.formatting import format_date, format_number
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import QT_TRANSLATE_NOOP, translate, translated_label
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import show_message, styled_label
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable
from gender_equality_desk.gui.workers import BackgroundJobs, JobProgress

ROW_COLUMN, STATUS_COLUMN, TITLE_COLUMN, DAY_COLUMN, DETAIL_COLUMN = range(5)
DIALOG_SIZE = (1080, 620)
_TINTS = {
    RowStatus.VALID: "#e7f4ea",
    RowStatus.INVALID: "#fbe4e1",
    RowStatus.EXISTING: "#eef0f3",
    RowStatus.REPEATED: "#eef0f3",
    RowStatus.EXAMPLE: "#eef0f3",
}
_NOUNS = {
    RecordType.ACTIVITY: QT_TRANSLATE_NOOP("ImportDialog", "hoạt động"),
    RecordType.PROPAGANDA_EVENT: QT_TRANSLATE_NOOP("ImportDialog", "sự kiện tuyên truyền"),
}


def _noun(record_type: RecordType) -> str:
    return translate("ImportDialog", _NOUNS[record_type])


class ImportDialog(QDialog):
    changed = Signal()  # records were imported: pages refresh
    job_finished = Signal()  # a check or an import ended (done, refused or cancelled) and is shown

    def __init__(
        self,
        store: Store,
        layout: DataLayout,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        self._today = today
        self._checked: CheckedFile | None = None
        self.setWindowTitle(translate("ImportDialog", "Nhập dữ liệu từ Excel"))
        self.resize(*DIALOG_SIZE)

        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(10)
        box.addWidget(
            styled_label(
                translate(
                    "ImportDialog",
                    "Thôn, trường học điền dữ liệu vào mẫu Excel của phần mềm. Chọn tệp đã điền: từng dòng "
                    "được kiểm tra trước, chỉ các dòng hợp lệ được nhập khi bạn bấm nút Nhập. "
                    "Nhập lại cùng một tệp không tạo bản ghi trùng.",
                ),
                "muted",
                wrap=True,
            )
        )
        actions = QHBoxLayout()
        self.pick_button = QPushButton(translate("ImportDialog", "Chọn tệp Excel…"))
        self.pick_button.setObjectName("pickFileButton")
        self.pick_button.clicked.connect(self._pick_file)
        self.template_button = QPushButton(translate("ImportDialog", "Tải mẫu"))
        self.template_button.setObjectName("templateButton")
        self.template_button.setToolTip(
            translate("ImportDialog", "Lưu mẫu Excel trống (có danh sách thôn, loại…) để gửi đi.")
        )
        menu = QMenu(self.template_button)
        for record_type in RecordType:
            action = menu.addAction(translate("ImportDialog", "Mẫu {noun}").format(noun=_noun(record_type)))
            action.triggered.connect(
                lambda _checked=False, kind=record_type: self._pick_template_target(kind)
            )
        self.template_button.setMenu(menu)
        actions.addWidget(self.pick_button)
        actions.addWidget(self.template_button)
        actions.addStretch(1)
        box.addLayout(actions)

        self.summary = styled_label(translate("ImportDialog", "Chưa chọn tệp."), wrap=True)
        self.summary.setObjectName("importSummary")
        box.addWidget(self.summary)

        working = QHBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setRange(0, 100)
        self.cancel_button = QPushButton(translate("ImportDialog", "Hủy"))
        self.cancel_button.setObjectName("cancelImportButton")
        self.cancel_button.setToolTip(translate("ImportDialog", "Dừng lại; chưa có gì được ghi vào dữ liệu."))
        self.cancel_button.clicked.connect(self.cancel_job)
        working.addWidget(self.progress_bar, 1)
        working.addWidget(self.cancel_button)
        self.progress_row = QWidget()
        self.progress_row.setLayout(working)
        self.progress_row.hide()
        box.addWidget(self.progress_row)
        self._jobs = BackgroundJobs(self)
        self._job: JobProgress | None = None
        self._after_import = ""

        self.table = ResultTable(
            "importRows",
            [translate("ImportDialog", "Dòng"), translate("ImportDialog", "Kết quả kiểm tra"),
             translate("ImportDialog", "Nội dung"), translate("ImportDialog", "Ngày"),
             translate("ImportDialog", "Lỗi cần sửa, ghi chú")],
            stretch_column=DETAIL_COLUMN,
            widths={TITLE_COLUMN: 300},
            right_aligned=(ROW_COLUMN,),
            multiline=True,
            parent=self,
        )  # fmt: skip
        box.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(translate("ImportDialog", "Nhập các dòng hợp lệ"))
        self.import_button.setObjectName("importButton")
        self.import_button.setProperty("primary", True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_valid_rows)
        close_button = QPushButton(translate("ImportDialog", "Đóng"))
        close_button.clicked.connect(self.accept)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close_button)
        box.addLayout(buttons)

    # -- template -----------------------------------------------------------------------------------

    def _pick_template_target(self, record_type: RecordType) -> None:
        chosen = ask_save_path(
            self,
            translate("ImportDialog", "Lưu mẫu nhập liệu"),
            TEMPLATE_NAMES[record_type],
            translate("ImportDialog", "Tệp Excel (*.xlsx)"),
        )
        if chosen is not None:
            self.save_template(record_type, chosen)

    def save_template(self, record_type: RecordType, target: Path) -> bool:
        target = with_extension(target, ".xlsx")
        try:
            with self._store.reading() as session:
                write_template(session, record_type, target)
        except (UserFacingError, OSError) as error:
            self._say(
                translate("ImportDialog", "Không lưu được mẫu: {error}").format(error=error), error=True
            )
            return False
        self._say(
            translate("ImportDialog", "Đã lưu mẫu nhập {noun}: {path}").format(
                noun=_noun(record_type), path=target
            )
        )
        return True

    # -- checking -----------------------------------------------------------------------------------

    def _pick_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Chọn tệp Excel đã điền"),
            str(Path.home()),
            translate("ImportDialog", "Tệp Excel (*.xlsx)"),
        )
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Check every row of `path` on the worker thread, then show the result; writes nothing."""
        store, today = self._store, self._today()
        job = self._start(translate("ImportDialog", "Đang đọc và kiểm tra “{name}”…").format(name=path.name))

        def check() -> CheckedFile:
            with store.reading() as session:
                return check_workbook(session, path, today=today, progress=job.report)

        self._jobs.submit(check, self._checked_file, self._check_failed)

    def _checked_file(self, checked: object) -> None:
        self._stop()
        assert isinstance(checked, CheckedFile)
        self._show(checked)
        if self._after_import:  # the re-check after an import: its result is the news
            self._say(self._after_import)
            self._after_import = ""
        self.job_finished.emit()

    def _check_failed(self, error: BaseException) -> None:
        self._stop()
        self._checked = None
        self.table.show_rows([])
        self.import_button.setEnabled(False)
        if isinstance(error, JobCancelled):
            self._say(translate("ImportDialog", "Đã hủy việc kiểm tra tệp. Chưa nhập gì."))
        elif isinstance(error, UserFacingError):
            self._say(str(error), error=True)
        else:
            problem = translate("ImportDialog", "Không kiểm tra được tệp: {error}").format(error=error)
            self._say(problem, error=True)
        self.job_finished.emit()

    # -- the worker ---------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._job is not None

    def cancel_job(self) -> None:
        """Hủy: the job stops at its next row; an import is rolled back whole."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self._say(translate("ImportDialog", "Đang dừng…"))

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (tests, closing); the result arrives through the event loop."""
        return self._jobs.wait(msecs)

    def _start(self, text: str) -> JobProgress:
        job = JobProgress(self)
        job.progressed.connect(lambda done, total: self.progress_bar.setValue(100 * done // max(total, 1)))
        self._job = job
        self.progress_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        for button in (self.pick_button, self.template_button, self.import_button):
            button.setEnabled(False)
        self._say(text)
        return job

    def _stop(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None
        self.progress_row.hide()
        self.pick_button.setEnabled(True)
        self.template_button.setEnabled(True)

    def done(self, result: int) -> None:  # closing while a job runs: stop it and wait for it
        if self._job is not None:
            self._job.cancel()
            self._jobs.wait()
        super().done(result)

    def _show(self, checked: CheckedFile) -> None:
        self._checked = checked
        self.table.show_rows(
            [
                ResultRow(
                    (
                        str(row.row_number),
                        translated_label(row.status),
                        row.title or "—",
                        format_date(row.day) if row.day else "",
                        self._details(row),
                    ),
                    tint=_TINTS[row.status],
                )
                for row in checked.rows
            ]
        )
        valid = len(checked.valid_rows)
        self.import_button.setEnabled(valid > 0)
        self.import_button.setText(
            translate("ImportDialog", "Nhập {n} dòng hợp lệ").format(n=format_number(valid))
            if valid
            else translate("ImportDialog", "Nhập các dòng hợp lệ")
        )
        self._say(self._summary_text(checked))

    def _details(self, row: CheckedRow) -> str:
        notes = [note.text for note in row.errors]
        caution = translate("ImportDialog", "Lưu ý – {note}")
        notes += [caution.format(note=note.text) for note in row.warnings]
        return "\n".join(notes)

    def _summary_text(self, checked: CheckedFile) -> str:
        counts = checked.counts
        summary = translate(
            "ImportDialog",
            "Tệp “{name}” — {noun}: {valid} dòng hợp lệ, {invalid} dòng có lỗi (sửa trong tệp rồi chọn lại), "
            "{skipped} dòng bỏ qua (đã có, trùng hoặc dòng ví dụ).",
        ).format(
            name=checked.path.name,
            noun=_noun(checked.record_type),
            valid=format_number(counts.valid),
            invalid=format_number(counts.invalid),
            skipped=format_number(counts.skipped),
        )
        caution = translate("ImportDialog", "Lưu ý – {note}")
        return "\n".join([summary, *(caution.format(note=warning) for warning in checked.warnings)])

    # -- importing ----------------------------------------------------------------------------------

    def import_valid_rows(self) -> None:
        """Create every valid row in one transaction, on the worker thread (Hủy: nothing is written)."""
        checked = self._checked
        if checked is None or not checked.valid_rows:
            return
        store, today = self._store, self._today()
        count = format_number(len(checked.valid_rows))
        job = self._start(translate("ImportDialog", "Đang nhập {n} dòng…").format(n=count))

        def work() -> ImportResult:
            with store.transaction() as session:
                return import_rows(session, checked, today=today, progress=job.report)

        def imported(result: object) -> None:
            self._stop()
            assert isinstance(result, ImportResult)
            self.changed.emit()
            self._after_import = translate("ImportDialog", "Đã nhập {n} {noun} từ “{name}”.").format(
                n=format_number(result.created), noun=_noun(checked.record_type), name=checked.path.name
            )
            self.load_file(checked.path)  # the imported rows now read "Đã có, bỏ qua"

        def failed(error: BaseException) -> None:
            self._stop()
            self.import_button.setEnabled(True)
            if isinstance(error, JobCancelled):
                self._say(translate("ImportDialog", "Đã hủy. Chưa nhập gì: không dòng nào được ghi."))
            else:
                self._say(translate("ImportDialog", "Chưa nhập gì: {error}").format(error=error), error=True)
            self.job_finished.emit()

        self._jobs.submit(work, imported, failed)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.summary, text, error=error, calm_role="")
