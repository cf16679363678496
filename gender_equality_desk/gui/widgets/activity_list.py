"""A short list of activities in a card (the dashboard's "next" and "latest" lists)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.dashboard.overview import ActivityRow
from gender_equality_desk.core.reports.formatting import format_date, format_number
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label

PLACE_COLUMN_WIDTH = 150


class ActivityList(QFrame):
    """Date, title, place and (optionally) participants "120 (nữ 70)" for a few ActivityRow."""

    def __init__(
        self,
        key: str,
        caption: str,
        empty_text: str,
        *,
        rows: int,
        show_participants: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.setObjectName(f"list_{key}")
        self._show_participants = show_participants
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(6)
        box.addWidget(styled_label(caption, "cardTitle"))

        self.tree = QTreeWidget(self)
        self.tree.setObjectName(f"tree_{key}")
        headers = [
            translate("ActivityList", "Ngày"),
            translate("ActivityList", "Hoạt động"),
            translate("ActivityList", "Địa điểm"),
        ]
        if show_participants:
            headers.append(translate("ActivityList", "Tham gia (nữ)"))
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Places like "Nhà văn hóa trung tâm xã" would otherwise squeeze the activity title.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(2, PLACE_COLUMN_WIDTH)
        box.addWidget(self.tree, 1)
        self._rows = rows

        self.empty = styled_label(empty_text, "muted", wrap=True)
        self.empty.setObjectName(f"empty_{key}")
        box.addWidget(self.empty)

    def set_rows(self, rows: Sequence[ActivityRow]) -> None:
        self.tree.clear()
        for row in rows:
            cells = [format_date(row.day), row.title, row.place]
            if self._show_participants:
                cells.append(self._participants(row))
            item = QTreeWidgetItem(cells)
            item.setToolTip(1, f"{row.title}\n{row.kind_label}")  # data: not translated
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._fit_height()

    def _participants(self, row: ActivityRow) -> str:
        total = format_number(row.participants_total)
        if row.participants_female is None:
            return total
        return translate("ActivityList", "{total} (nữ {female})").format(
            total=total, female=format_number(row.participants_female)
        )

    def _fit_height(self) -> None:
        # Room for the most rows this list can show, so the two lists line up and nothing scrolls.
        row_height = self.tree.sizeHintForRow(0) if self.tree.topLevelItemCount() else 26
        header = self.tree.header().sizeHint().height()
        self.tree.setFixedHeight(header + row_height * self._rows + 2 * self.tree.frameWidth() + 2)
