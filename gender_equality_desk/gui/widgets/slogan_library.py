"""Thư viện khẩu hiệu: the slogan library as a table the officer searches, adds to, edits, hides slogans
from and marks favourites in (★ first in every picker). Every write is one store transaction through
core/slogans; `changed` tells the page so the other pickers read the library again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core import slogans
from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.slogans import SloganChoice, SloganInput
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import read_only_table, styled_label
from gender_equality_desk.gui.widgets.slogan_dialog import SloganDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_COLUMN, YEAR_COLUMN, SOURCE_COLUMN, THEME_COLUMN, STAR_COLUMN = range(5)


class SloganLibrary(QWidget):
    changed = Signal()

    def __init__(self, store: Store, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._rows: list[SloganChoice] = []
        self.dialog: SloganDialog | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(
            translate("SloganLibrary", "Tìm theo nội dung, nguồn hoặc chủ đề (không cần dấu)…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.show_hidden = QCheckBox(translate("SloganLibrary", "Hiện cả khẩu hiệu đã ẩn"), self)
        self.show_hidden.setObjectName("showHiddenSlogans")
        self.show_hidden.toggled.connect(lambda _on: self.refresh())
        self.table = read_only_table(
            "sloganTable",
            [
                translate("SloganLibrary", "Khẩu hiệu"),
                translate("SloganLibrary", "Năm"),
                translate("SloganLibrary", "Nguồn"),
                translate("SloganLibrary", "Chủ đề"),
                "★",
            ],
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (YEAR_COLUMN, STAR_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(SOURCE_COLUMN, 240)
        self.table.setColumnWidth(THEME_COLUMN, 170)
        # Row heights follow the final column widths (computed while hidden they came out far too tall).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(self._on_double_click)

        self.add_button = QPushButton(translate("SloganLibrary", "Thêm khẩu hiệu…"), self)
        self.add_button.setObjectName("addSlogan")
        self.add_button.clicked.connect(self.open_add)
        self.edit_button = QPushButton(translate("SloganLibrary", "Sửa…"), self)
        self.edit_button.setObjectName("editSlogan")
        self.edit_button.clicked.connect(self.open_edit)
        self.favourite_button = QPushButton(self)
        self.favourite_button.setObjectName("favouriteSlogan")
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.hide_button = QPushButton(self)
        self.hide_button.setObjectName("hideSlogan")
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.status = styled_label("", "muted", wrap=True)
        self.status.setObjectName("libraryStatus")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_hidden)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.favourite_button, self.hide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addWidget(self.status)
        self.refresh()

    # reading ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        with self._store.reading() as session:
            self._rows = slogans.list_slogans(
                session, self._today().year, include_hidden=self.show_hidden.isChecked()
            )
        self.table.setRowCount(len(self._rows))
        muted = QBrush(self.palette().placeholderText().color())
        for row, choice in enumerate(self._rows):
            hidden = translate("SloganLibrary", " (đã ẩn)") if choice.is_hidden else ""
            cells = (
                choice.text + hidden,
                str(choice.year or ""),
                choice.source,
                choice.theme_group,
                "★" if choice.is_favourite else "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, choice.id)
                if column == TEXT_COLUMN:
                    item.setToolTip(choice.text)
                if column in (YEAR_COLUMN, STAR_COLUMN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if choice.is_hidden:
                    item.setForeground(muted)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._filter(self.search.text())
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row, choice in enumerate(self._rows):
            key = fold(f"{choice.text} {choice.source} {choice.theme_group}")
            self.table.setRowHidden(row, not all(word in key for word in words))

    def visible_texts(self) -> list[str]:
        return [choice.text for row, choice in enumerate(self._rows) if not self.table.isRowHidden(row)]

    def selected(self) -> SloganChoice | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._rows[min(rows)] if rows and min(rows) < len(self._rows) else None

    def select(self, slogan_id: int) -> None:
        for row, choice in enumerate(self._rows):
            if choice.id == slogan_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.favourite_button.setEnabled(chosen is not None and not chosen.is_hidden)
        self.hide_button.setEnabled(chosen is not None)
        favourite = chosen is not None and chosen.is_favourite
        self.favourite_button.setText(
            translate("SloganLibrary", "Bỏ hay dùng")
            if favourite
            else translate("SloganLibrary", "★ Đánh dấu hay dùng")
        )
        self.hide_button.setText(
            translate("SloganLibrary", "Hiện lại")
            if chosen is not None and chosen.is_hidden
            else translate("SloganLibrary", "Ẩn khỏi danh sách chọn")
        )

    # writing ----------------------------------------------------------------------------------------

    def _themes(self) -> list[str]:
        with self._store.reading() as session:
            return slogans.theme_groups(session)

    def open_add(self) -> SloganDialog:
        return self._open(None)

    def open_edit(self) -> SloganDialog | None:
        chosen = self.selected()
        return self._open(chosen) if chosen is not None else None

    def _open(self, current: SloganChoice | None) -> SloganDialog:
        """Window-modal and not blocking, so the page stays testable; saving happens inside the dialog."""
        year = self._today().year

        def save(data: SloganInput) -> None:
            with self._store.transaction() as session:
                if current is None:
                    new_id = slogans.add_slogan(session, data, year)
                else:
                    slogans.edit_slogan(session, current.id, data, year)
                    new_id = current.id
            self._after_write(new_id, translate("SloganLibrary", "Đã lưu khẩu hiệu."))

        self.dialog = SloganDialog(save, self._themes(), year, current, self)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def toggle_favourite(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._write(
            lambda session: slogans.set_favourite(session, chosen.id, not chosen.is_favourite),
            chosen.id,
            translate("SloganLibrary", "Đã bỏ đánh dấu hay dùng.")
            if chosen.is_favourite
            else translate(
                "SloganLibrary", "Đã đánh dấu hay dùng: khẩu hiệu này sẽ đứng đầu danh sách chọn."
            ),
        )

    def toggle_hidden(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._write(
            lambda session: slogans.set_hidden(session, chosen.id, not chosen.is_hidden),
            chosen.id,
            translate("SloganLibrary", "Đã hiện lại khẩu hiệu.")
            if chosen.is_hidden
            else translate(
                "SloganLibrary",
                "Đã ẩn khẩu hiệu khỏi danh sách chọn; các hoạt động đã dùng vẫn giữ nguyên.",
            ),
        )

    def _write(self, change: Callable[..., None], slogan_id: int, done: str) -> None:
        try:
            with self._store.transaction() as session:
                change(session)
        except UserFacingError as error:
            self.status.setText(str(error))
            return
        self._after_write(slogan_id, done)

    def _after_write(self, slogan_id: int, done: str) -> None:
        self.refresh()
        self.select(slogan_id)
        self.status.setText(done)
        self.changed.emit()

    def _on_double_click(self, row: int, column: int) -> None:
        if column == STAR_COLUMN:
            self.toggle_favourite()
        else:
            self.open_edit()
