"""In nhật ký: the activity log of the activities chosen on the Hoạt động page, shown as it will print,
then printed through Qt's print preview or saved as PDF.

The content is the core's (core/reports/activity_log.py) and goes through the same renderers as the
Báo cáo page: HTML for the screen and the printer, the PDF writer into a scratch folder then delivered
atomically (core/reports/delivery.py), so a failed save never touches the file already there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.activity_log import SelectedLog, selected_activities_log
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.core.reports.registry import OutputFormat
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.busy import BusyRunner
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.printing import document_font, print_with_preview
from gender_equality_desk.gui.report_saving import save_report
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import show_message, styled_label

PdfTargetChooser = Callable[[str], Path | None]
LARGE_LOG = 300  # a whole list longer than this is many pages of paper: asked first


class ActivityLogLauncher(QObject):
    """Builds the log of some activities off the GUI thread, then opens the dialog on it."""

    problem = Signal(str)  # Vietnamese, for the page's message line

    def __init__(self, store: Store, today: Callable[[], date], parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._parent = parent
        self.runner = BusyRunner(parent)
        self.dialog: ActivityLogDialog | None = None
        self.confirm_large: Callable[[int], bool] = self._ask_large

    def launch(self, activity_ids: Sequence[int], *, whole_list: bool = False) -> None:
        """`whole_list`: nothing was selected; a long list is printed only if the officer agrees."""
        ids = list(activity_ids)
        if whole_list and len(ids) > LARGE_LOG and not self.confirm_large(len(ids)):
            return
        store, today = self._store, self._today()

        def build() -> SelectedLog:
            with store.reading() as session:
                return selected_activities_log(session, ids, day=today)

        self.runner.run(
            build,
            self._open,
            self._failed,
            translate("ActivityLogLauncher", "Đang lập nhật ký {n} hoạt động…").format(
                n=format_number(len(ids))
            ),
        )

    def wait(self) -> None:
        """Tests: block until the log is built (the event loop then opens the dialog)."""
        self.runner.wait()

    def _open(self, log: SelectedLog) -> None:
        dialog = ActivityLogDialog(log.content, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if log.left_out:
            # The log holds only what was done: the officer who selected planned or cancelled ones is told.
            dialog.message.setText(
                translate(
                    "ActivityLogLauncher",
                    "{n} hoạt động đã chọn chưa thực hiện (dự kiến hoặc đã hủy) không được đưa vào "
                    "sổ nhật ký.",
                ).format(n=format_number(log.left_out))
            )
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ActivityLogDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self.problem.emit(str(error))
            return
        self.problem.emit(
            translate(
                "ActivityLogLauncher",
                "Không lập được nhật ký: {reason}. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ kỹ thuật.",
            ).format(reason=error)
        )

    def _ask_large(self, count: int) -> bool:
        answer = QMessageBox.question(
            self._parent,
            translate("ActivityLogLauncher", "In nhật ký"),
            translate(
                "ActivityLogLauncher",
                "Chưa chọn dòng nào, nên nhật ký sẽ gồm cả {n} hoạt động đang hiện trong danh sách "
                "(nhiều trang giấy). Vẫn lập nhật ký?\n\nĐể in ít hơn: chọn các dòng cần in "
                "(giữ Ctrl hoặc Shift khi bấm) hoặc lọc danh sách trước.",
            ).format(n=format_number(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class ActivityLogDialog(QDialog):
    def __init__(self, content: ReportContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityLogDialog")
        self.setWindowTitle(translate("ActivityLogDialog", "In nhật ký hoạt động"))
        self.resize(1000, 680)
        self.content = content
        self.runner = BusyRunner(self)
        self.choose_target: PdfTargetChooser = self._ask_target
        self.saved_to: Path | None = None

        self._html = render_html(content)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("activityLogPreview")
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultFont(document_font())
        self.preview.document().setDocumentMargin(28)
        self.preview.setHtml(self._html)

        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("activityLogMessage")
        self.print_button = self._button("printLog", translate("ActivityLogDialog", "In… (Ctrl+P)"))
        self.print_button.setProperty("primary", True)
        self.print_button.clicked.connect(self.print_log)
        self.save_button = self._button("saveLogPdf", translate("ActivityLogDialog", "Lưu PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        close_button = self._button("closeLog", translate("ActivityLogDialog", "Đóng"))
        close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.save_button, self.print_button, close_button):
            buttons.addWidget(button)
        box = QVBoxLayout(self)
        box.addWidget(self.preview, 1)
        box.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_log)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_pdf)

    def print_log(self) -> None:
        print_with_preview(self._html, landscape=self.content.landscape, parent=self)

    def save_pdf(self) -> None:
        target = self.choose_target(f"{self.content.file_stem}.pdf")
        if target is None:
            return
        content = self.content
        save_report(
            self.runner,
            lambda: content,
            OutputFormat.PDF,
            with_extension(target, ".pdf"),
            self._say,
            saved_text=translate("ActivityLogDialog", "Đã lưu nhật ký: {path}"),
            on_saved=self._remember,
        )

    def _remember(self, target: Path) -> None:
        self.saved_to = target

    def _ask_target(self, suggested_name: str) -> Path | None:
        return ask_save_path(
            self, translate("ActivityLogDialog", "Lưu nhật ký hoạt động"), suggested_name, "PDF (*.pdf)"
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button
