"""One period's case statistics from several communes side by side: a column per commune, each count as
that commune sent it. Nothing is added up: a "<3" or "x" has no value, and a sum could reveal a hidden
cell."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from gender_equality_desk.core.exchange.package_statistics import ReceivedStatistics
from gender_equality_desk.core.exchange.received_statistics_files import side_by_side
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

HEADING_TINT = "#eef0f3"  # as the single-commune view's table titles


class ReceivedPeriodView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 4, 0, 0)
        self.caption = styled_label("", "section", wrap=True)
        self.caption.setObjectName("periodCaption")
        self.note = styled_label(
            translate(
                "ReceivedPeriodView",
                "Mỗi cột là số liệu một xã gửi, giữ nguyên như khi nhận. Không cộng các xã: ô “<3”, “x” "
                "không có giá trị để cộng. Ô trống: xã đó không có nhóm này.",
            ),
            "muted",
            wrap=True,
        )
        self.table = self._new_table([])
        self._box.addWidget(self.caption)
        self._box.addWidget(self.note)
        self._box.addWidget(self.table, 1)

    def _new_table(self, communes: list[str]) -> ResultTable:
        headings = [translate("ReceivedPeriodView", "Chỉ tiêu, nhóm"), *communes]
        right = tuple(range(1, len(headings)))
        return ResultTable("receivedPeriodTable", headings, stretch_column=0, right_aligned=right)

    def show_period(self, period: tuple[date, date] | None, figures: list[ReceivedStatistics]) -> None:
        """`figures` of one `period`, in the order the columns should have; None clears the view."""
        combined = side_by_side(figures) if period is not None and figures else None
        table = self._new_table(list(combined.communes) if combined else [])
        self._box.replaceWidget(self.table, table)
        self.table.hide()  # out of the layout but still a child until deleted: it must not cover the caption
        self.table.deleteLater()
        self.table = table
        if combined is None or period is None:
            self.caption.setText(
                translate("ReceivedPeriodView", "Chọn một kỳ số liệu ở trên để xem các xã cạnh nhau.")
            )
            return
        caption = translate("ReceivedPeriodView", "Từ {start} đến {end}: {count} xã đã gửi")
        self.caption.setText(
            caption.format(start=format_date(period[0]), end=format_date(period[1]), count=len(figures))
        )
        table.show_rows(
            [
                ResultRow((row.label, *row.values), tint=HEADING_TINT if row.heading else None)
                for row in combined.rows
            ]
        )
        for index, row in enumerate(combined.rows):
            for column in range(table.columnCount()) if row.heading else ():
                if (item := table.item(index, column)) is not None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
