"""One commune's anonymised case statistics for one period, as received in a data package: a caption and
a table of every count as sent (small numbers already hidden as "<3" by the sender)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from gender_equality_desk.core.exchange.package_statistics import ReceivedStatistics
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

VALUE_COLUMN = 1
HEADING_TINT = "#eef0f3"


class ReceivedStatisticsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        self.caption = styled_label("", "section", wrap=True)
        self.caption.setObjectName("statisticsCaption")
        self.note = styled_label("", "muted", wrap=True)
        self.table = ResultTable(
            "receivedStatistics",
            [
                translate("ReceivedStatisticsView", "Chỉ tiêu, nhóm"),
                translate("ReceivedStatisticsView", "Số vụ"),
            ],
            stretch_column=0,
            right_aligned=(VALUE_COLUMN,),
        )
        box.addWidget(self.caption)
        box.addWidget(self.note)
        box.addWidget(self.table, 1)

    def show_statistics(self, stats: ReceivedStatistics | None) -> None:
        if stats is None:
            self.caption.setText(translate("ReceivedStatisticsView", "Gói này không kèm số liệu vụ việc."))
            self.note.setText("")
            self.table.show_rows([])
            return
        caption = translate("ReceivedStatisticsView", "{commune}, từ {start} đến {end}: tổng {total} vụ")
        self.caption.setText(
            caption.format(
                commune=stats.commune or translate("ReceivedStatisticsView", "Đơn vị không rõ"),
                start=format_date(stats.period_start),
                end=format_date(stats.period_end),
                total=stats.total,
            )
        )
        note = translate(
            "ReceivedStatisticsView",
            "Số liệu ẩn danh: số từ 1 đến {below} ghi “<{threshold}”, “x” là ô ẩn thêm để không suy ra được "
            "ô nhỏ từ tổng. Khi nhập, số liệu được lưu lại để tổng hợp các xã.",
        )
        self.note.setText(note.format(below=stats.threshold - 1, threshold=stats.threshold))
        rows: list[ResultRow] = []
        headings: list[int] = []
        for table in stats.tables:
            headings.append(len(rows))
            rows.append(ResultRow((table.title, table.total), tint=HEADING_TINT))
            rows += [ResultRow((label, value)) for label, value in table.cells]
        self.table.show_rows(rows)
        for row in headings:  # each table's title, with its total, stands out as a heading row
            for column in range(2):
                item = self.table.item(row, column)
                if item is not None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
