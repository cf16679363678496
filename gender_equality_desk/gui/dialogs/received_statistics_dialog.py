"""Số liệu vụ việc đã nhận: every commune's anonymised case statistics kept at a district or province.

One row per kept file, newest received first; selecting one shows its tables (the same view as the
package import preview) and "Lưu CSV…" saves them as received. A period chosen above narrows the list
to the communes that sent it, and "Lưu CSV cả kỳ…" saves all of them in one table. A damaged file is a
row of its own saying what is wrong, so one bad copy never hides the others.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.exchange.package_statistics import ReceivedStatistics
from gender_equality_desk.core.exchange.received_statistics_files import (
    FileProblem,
    KeptStatisticsFile,
    kept_statistics_files,
    periods_received,
    save_received_statistics_csv,
    suggested_csv_name,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import show_message, styled_label
from gender_equality_desk.gui.widgets.received_period_view import ReceivedPeriodView
from gender_equality_desk.gui.widgets.received_statistics_view import ReceivedStatisticsView
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

COMMUNE_COLUMN, PROVINCE_COLUMN, PERIOD_COLUMN, TOTAL_COLUMN, THRESHOLD_COLUMN, RECEIVED_COLUMN = range(6)
DAMAGED_TINT = "#fbe4e1"
DIALOG_SIZE = (1200, 640)  # leaves room around it on a 1366×768 screen
LIST_WIDTH = 600  # half each: the tables' labels (the acts of violence) are long


def _period(stats: ReceivedStatistics) -> str:
    return f"{format_date(stats.period_start)}–{format_date(stats.period_end)}"


class ReceivedStatisticsDialog(QDialog):
    def __init__(self, layout: DataLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = layout
        self.files: list[KeptStatisticsFile] = []
        self.shown: list[KeptStatisticsFile] = []
        self.setWindowTitle(translate("ReceivedStatisticsDialog", "Số liệu vụ việc đã nhận"))
        self.resize(*DIALOG_SIZE)

        box = QVBoxLayout(self)
        box.addWidget(
            styled_label(
                translate(
                    "ReceivedStatisticsDialog",
                    "Số liệu thống kê hồ sơ hỗ trợ (ẩn danh) các xã gửi kèm gói dữ liệu. Mỗi xã, mỗi kỳ giữ "
                    "một bản: gói mới của cùng kỳ thay bản cũ.",
                ),
                "muted",
                wrap=True,
            )
        )
        self.filter_bar = QWidget()
        filter_row = QHBoxLayout(self.filter_bar)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(QLabel(translate("ReceivedStatisticsDialog", "Kỳ số liệu:")))
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("receivedPeriod")
        self.period_filter.currentIndexChanged.connect(self._fill_list)
        filter_row.addWidget(self.period_filter)
        self.save_period_button = QPushButton(translate("ReceivedStatisticsDialog", "Lưu CSV cả kỳ…"))
        self.save_period_button.setObjectName("saveReceivedPeriodCsv")
        self.save_period_button.setToolTip(
            translate("ReceivedStatisticsDialog", "Lưu số liệu của mọi xã đã gửi kỳ này vào một bảng CSV.")
        )
        self.save_period_button.clicked.connect(self.save_period_csv)
        filter_row.addWidget(self.save_period_button)
        filter_row.addStretch(1)
        box.addWidget(self.filter_bar)

        self.empty_label = styled_label(
            translate(
                "ReceivedStatisticsDialog",
                "Chưa nhận số liệu nào. Số liệu đến khi nhập gói dữ liệu có kèm thống kê hồ sơ hỗ trợ.",
            ),
            "muted",
            wrap=True,
        )
        self.empty_label.setObjectName("receivedStatisticsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.empty_label, 1)  # takes the list's place, so the text stays at the top

        self.table = ResultTable(
            "receivedFiles",
            [
                translate("ReceivedStatisticsDialog", "Xã/phường"),
                translate("ReceivedStatisticsDialog", "Tỉnh/thành phố"),
                translate("ReceivedStatisticsDialog", "Kỳ số liệu"),
                translate("ReceivedStatisticsDialog", "Tổng số vụ"),
                translate("ReceivedStatisticsDialog", "Ẩn số nhỏ"),
                translate("ReceivedStatisticsDialog", "Ngày nhận"),
            ],
            stretch_column=COMMUNE_COLUMN,
            right_aligned=(TOTAL_COLUMN,),
        )
        self.table.itemSelectionChanged.connect(self._show_selected)
        details = QWidget()
        detail_box = QVBoxLayout(details)
        detail_box.setContentsMargins(8, 0, 0, 0)
        self.problem_label = styled_label("", "error", wrap=True)
        self.problem_label.setObjectName("receivedFileProblem")
        self.view = ReceivedStatisticsView()
        detail_box.addWidget(self.problem_label, 0, Qt.AlignmentFlag.AlignTop)  # alone when the view hides
        detail_box.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.period_view = ReceivedPeriodView()
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(details, translate("ReceivedStatisticsDialog", "Xã đang chọn"))
        self.detail_tabs.addTab(self.period_view, translate("ReceivedStatisticsDialog", "Các xã cùng kỳ"))
        self.table.clicked.connect(lambda _index: self.detail_tabs.setCurrentIndex(0))
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setSizes([LIST_WIDTH, DIALOG_SIZE[0] - LIST_WIDTH])
        box.addWidget(self.splitter, 1)

        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("receivedStatisticsMessage")
        box.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("ReceivedStatisticsDialog", "Lưu CSV…"))
        self.save_button.setObjectName("saveReceivedCsv")
        self.save_button.clicked.connect(self.save_selected_csv)
        close = QPushButton(translate("ReceivedStatisticsDialog", "Đóng"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        box.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the folder again and offer its periods (the latest first, after "every period")."""
        self.files = kept_statistics_files(self._layout)
        self.period_filter.blockSignals(True)
        self.period_filter.clear()
        self.period_filter.addItem(translate("ReceivedStatisticsDialog", "Tất cả các kỳ"), None)
        for start, end in periods_received(self.files):
            self.period_filter.addItem(f"{format_date(start)}–{format_date(end)}", (start, end))
        self.period_filter.blockSignals(False)
        self._fill_list()

    def _fill_list(self) -> None:
        period = self.period_filter.currentData()
        self.shown = [
            kept
            for kept in self.files
            if period is None
            or (
                kept.statistics is not None
                and (kept.statistics.period_start, kept.statistics.period_end) == period
            )
        ]
        self.table.show_rows([self._row(kept) for kept in self.shown])
        nothing = not self.files
        self.empty_label.setVisible(nothing)
        self.splitter.setVisible(not nothing)
        self.filter_bar.setVisible(not nothing)
        self.save_period_button.setEnabled(period is not None)
        if self.shown:
            self.table.selectRow(0)
        else:
            self._show_selected()
        # A chosen period is a request to compare its communes; "every period" has nothing to line up.
        self.period_view.show_period(period, self._period_figures())
        self.detail_tabs.setTabEnabled(1, period is not None)
        self.detail_tabs.setCurrentIndex(1 if period is not None else 0)

    def _period_figures(self) -> list[ReceivedStatistics]:
        """The chosen period's readable figures by province and commune (none for "every period")."""
        if self.period_filter.currentData() is None:
            return []
        figures = [kept.statistics for kept in self.shown if kept.statistics is not None]
        return sorted(figures, key=lambda s: (s.province, s.commune))

    def _row(self, kept: KeptStatisticsFile) -> ResultRow:
        received = (
            f"{kept.received_at:%d/%m/%Y}"
            if kept.received_at is not None
            else translate("ReceivedStatisticsDialog", "không rõ")
        )
        stats = kept.statistics
        if stats is None:
            damaged = translate("ReceivedStatisticsDialog", "Tệp hỏng")  # the file's name is in the details
            return ResultRow((damaged, "", "", "", "", received), tint=DAMAGED_TINT)
        commune = stats.commune or translate("ReceivedStatisticsDialog", "Đơn vị không rõ")
        threshold = f"<{stats.threshold}"
        return ResultRow((commune, stats.province, _period(stats), stats.total, threshold, received))

    def selected(self) -> KeptStatisticsFile | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.shown[min(rows)] if rows and min(rows) < len(self.shown) else None

    def _show_selected(self) -> None:
        kept = self.selected()
        self.save_button.setEnabled(kept is not None and kept.statistics is not None)
        if kept is None or kept.problem is not None:
            self.view.hide()
            self.problem_label.setVisible(kept is not None)
            if kept is not None and kept.problem is not None:
                self.problem_label.setText(self._problem_text(kept))
            return
        self.problem_label.hide()
        self.view.show()
        self.view.show_statistics(kept.statistics)

    def _problem_text(self, kept: KeptStatisticsFile) -> str:
        reasons = {
            FileProblem.UNREADABLE: translate(
                "ReceivedStatisticsDialog",
                "Không đọc được tệp: ổ đĩa hoặc quyền truy cập thư mục dữ liệu đang chặn.",
            ),
            FileProblem.NOT_TEXT: translate(
                "ReceivedStatisticsDialog", "Tệp không còn là văn bản: có thể đã bị ghi đè hoặc chép dở."
            ),
            FileProblem.NOT_JSON: translate(
                "ReceivedStatisticsDialog", "Tệp bị cắt dở hoặc bị sửa tay nên không đọc được số liệu."
            ),
            FileProblem.MISSING_FIELDS: translate(
                "ReceivedStatisticsDialog",
                "Tệp thiếu hoặc sai mục (xã, kỳ số liệu, các bảng): có thể đã bị sửa tay.",
            ),
        }
        advice = translate(
            "ReceivedStatisticsDialog",
            "Tệp “{name}” không mở được. {reason} Hãy xin xã gửi lại gói dữ liệu có kèm thống kê rồi nhập "
            "lại; bản mới sẽ thay tệp này nếu cùng xã, cùng kỳ.",
        )
        reason = reasons[kept.problem] if kept.problem is not None else ""
        return advice.format(name=kept.path.name, reason=reason)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    def _ask_target(self, suggested: str) -> Path | None:
        target = ask_save_path(
            self,
            translate("ReceivedStatisticsDialog", "Lưu số liệu vụ việc đã nhận"),
            suggested,
            translate("ReceivedStatisticsDialog", "Tệp CSV (*.csv)"),
        )
        return None if target is None else with_extension(target, ".csv")

    def _save(self, figures: list[ReceivedStatistics]) -> None:
        target = self._ask_target(suggested_csv_name(figures))
        if target is None:
            return
        try:
            save_received_statistics_csv(figures, target)
        except OSError as error:
            self._say(
                translate(
                    "ReceivedStatisticsDialog",
                    "Không lưu được tệp CSV: {error}. Hãy chọn thư mục khác hoặc kiểm tra thẻ nhớ USB.",
                ).format(error=error.strerror or error),
                error=True,
            )
            return
        self._say(translate("ReceivedStatisticsDialog", "Đã lưu số liệu vào {path}.").format(path=target))

    def save_selected_csv(self) -> None:
        kept = self.selected()
        if kept is not None and kept.statistics is not None:
            self._save([kept.statistics])

    def save_period_csv(self) -> None:
        """Every commune that sent the chosen period, in one table (by province and commune)."""
        if figures := self._period_figures():
            self._save(figures)
