"""The "Danh mục" part of Cài đặt: the four catalogues listed on the left, the chosen one's editor on
the right. Only the visible editor reads the store, each time it is shown: usage counts scan the record
indexes (about 0.1 s at 400,000 activities) and records may have changed on other pages meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from gender_equality_desk.core.catalogues import CatalogueKind
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translated_label
from gender_equality_desk.gui.widgets.catalogue_editor import CatalogueEditor
from gender_equality_desk.gui.widgets.catalogue_model import soft_selection

LIST_WIDTH = 210
ROW_HEIGHT = 34


class CataloguesPanel(QWidget):
    changed = Signal(object)  # CatalogueKind
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[CatalogueKind, CatalogueEditor] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("catalogueKinds")
        self.kinds.setFixedWidth(LIST_WIDTH)
        self.kinds.setFrameShape(QFrame.Shape.NoFrame)
        soft_selection(self.kinds)
        self.stack = QStackedWidget(self)
        for kind in CatalogueKind:
            item = QListWidgetItem(translated_label(kind))
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            self.kinds.addItem(item)
            editor = CatalogueEditor(store, kind, self.stack)
            editor.changed.connect(self.changed)
            editor.status_message.connect(self.status_message)
            self.editors[kind] = editor
            self.stack.addWidget(editor)
        row.addWidget(self.kinds)
        row.addWidget(self.stack, 1)
        self.kinds.currentRowChanged.connect(self._show_row)
        self.kinds.setCurrentRow(0)

    def show_kind(self, kind: CatalogueKind) -> CatalogueEditor:
        self.kinds.setCurrentRow(list(CatalogueKind).index(kind))
        return self.editors[kind]

    def current_editor(self) -> CatalogueEditor:
        return self.editors[list(CatalogueKind)[self.stack.currentIndex()]]

    def refresh(self) -> None:
        """Read the visible catalogue again (records may have been added on other pages)."""
        self.current_editor().reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            if self.isVisible():
                self.refresh()
