"""The figure(s) an indicator row shows: none (filled by hand), one, or several added up.

A checkable list of every figure the app computes, filtered as the officer types (accents optional), with a
line saying what the row will add up. The order of ticking is kept, so "A + B" reads as chosen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.reports.indicator_sources import join, parts
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label

KEY_ROLE = Qt.ItemDataRole.UserRole


class SourcePicker(QWidget):
    """`source()` is "" (filled by hand), one key, or keys joined by "+"."""

    changed = Signal()

    def __init__(self, sources: Mapping[str, str], selected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._descriptions = dict(sources)
        self._chosen: list[str] = list(parts(selected))
        for key in self._chosen:  # a key this store no longer knows stays visible, so it can be unticked
            self._descriptions.setdefault(key, key)
        self.filter = QLineEdit()
        self.filter.setObjectName("indicatorSourceFilter")
        self.filter.setPlaceholderText(
            translate("SourcePicker", "Tìm nguồn số liệu (gõ không dấu cũng được)…")
        )
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("indicatorSource")
        self.list.setMinimumHeight(160)
        for key, description in sorted(self._descriptions.items(), key=lambda item: fold(item[1])):
            item = QListWidgetItem(description)
            item.setData(KEY_ROLE, key)
            item.setToolTip(key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in self._chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.summary = styled_label("", "muted", wrap=True)
        self.summary.setObjectName("indicatorSourceSummary")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.filter)
        box.addWidget(self.list)
        box.addWidget(self.summary)
        first = next((self.item_for(key) for key in self._chosen), None)
        if first is not None:
            self.list.scrollToItem(first, QListWidget.ScrollHint.PositionAtTop)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._ticked)
        self._show_summary()

    def source(self) -> str:
        return join(self._chosen)

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def _ticked(self, item: QListWidgetItem) -> None:
        key = str(item.data(KEY_ROLE))
        if item.checkState() == Qt.CheckState.Checked and key not in self._chosen:
            self._chosen.append(key)
        elif item.checkState() != Qt.CheckState.Checked and key in self._chosen:
            self._chosen.remove(key)
        self._show_summary()
        self.changed.emit()

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()) and wanted not in item.toolTip())

    def _show_summary(self) -> None:
        if not self._chosen:
            self.summary.setText(translate("SourcePicker", "Không chọn nguồn nào: cán bộ tự điền số liệu."))
        elif len(self._chosen) == 1:
            self.summary.setText(
                translate("SourcePicker", "Máy tự tính: {source}.").format(
                    source=self._descriptions[self._chosen[0]]
                )
            )
        else:
            added = " + ".join(self._descriptions[key] for key in self._chosen)
            self.summary.setText(translate("SourcePicker", "Máy cộng lại: {sources}.").format(sources=added))
