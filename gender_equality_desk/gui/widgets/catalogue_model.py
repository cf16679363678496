"""Table model of one catalogue. A catalogue has dozens of entries, so the model holds them all
(unlike the record lists, which page through the store)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from gender_equality_desk.core.catalogues import CatalogueEntry, CatalogueKind
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.theme import ACCENT_SOFT, MUTED, TEXT

NAME, STATE, USAGE, UNIT, MINUTES = range(5)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the CatalogueEntry behind a row

Index = QModelIndex | QPersistentModelIndex


def kind_noun(kind: CatalogueKind) -> str:
    """One entry's name inside a sentence, in the UI language (the Vietnamese is the core's `kind.noun`)."""
    nouns = {
        CatalogueKind.VILLAGE: translate("CatalogueModel", "thôn, bản"),
        CatalogueKind.ACTIVITY_KIND: translate("CatalogueModel", "loại hoạt động"),
        CatalogueKind.PROPAGANDA_KIND: translate("CatalogueModel", "hình thức tuyên truyền"),
        CatalogueKind.RESPONSIBLE_UNIT: translate("CatalogueModel", "đơn vị"),
    }
    return nouns[kind]


class CatalogueModel(QAbstractTableModel):
    def __init__(self, kind: CatalogueKind) -> None:
        super().__init__()
        self.kind = kind
        self._entries: list[CatalogueEntry] = []
        self._headers = [
            translate("CatalogueModel", "Tên"),
            translate("CatalogueModel", "Trạng thái"),
            translate("CatalogueModel", "Số bản ghi dùng"),
        ]
        if kind is CatalogueKind.PROPAGANDA_KIND:
            self._headers += [
                translate("CatalogueModel", "Đơn vị tính"),
                translate("CatalogueModel", "Tính số phút"),
            ]

    def set_entries(self, entries: Sequence[CatalogueEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> CatalogueEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int:
        """The row showing `entry_id`, or -1."""
        return next((row for row, entry in enumerate(self._entries) if entry.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and not entry.is_active:
            return QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and not entry.is_active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and not entry.is_active:
            return translate(
                "CatalogueModel", "Không hiện khi nhập bản ghi mới; các bản ghi cũ vẫn giữ nguyên."
            )
        return None

    def _text(self, entry: CatalogueEntry, column: int) -> str:
        if column == NAME:
            return entry.label
        if column == STATE:
            return (
                translate("CatalogueModel", "Đang dùng")
                if entry.is_active
                else translate("CatalogueModel", "Ngừng dùng")
            )
        if column == USAGE:
            return format_number(entry.usage_count)
        if column == UNIT:
            return translated_label(entry.unit) if entry.unit else ""
        return translate("CatalogueModel", "Có") if entry.counts_minutes else ""


def _alignment(column: int) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if column == USAGE else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def soft_selection(view: QWidget) -> None:
    """A pale selected row with dark text: full orange rows shout in a list the officer reads calmly."""
    palette = view.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(ACCENT_SOFT))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(TEXT))
    view.setPalette(palette)
