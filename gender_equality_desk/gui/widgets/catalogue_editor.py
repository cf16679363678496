"""Editor of one catalogue (villages, activity kinds, propaganda kinds or responsible units).

A table of entries with buttons beside it and a small form under it for adding and renaming. Each
button is one call of core.catalogues inside one transaction: on a UserFacingError the message is shown
in the editor and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from gender_equality_desk.core import catalogues
from gender_equality_desk.core.catalogues import CatalogueEntry, CatalogueKind
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import parse_village_names
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.catalogue_form import CatalogueForm
from gender_equality_desk.gui.widgets.catalogue_model import (
    NAME,
    CatalogueModel,
    kind_noun,
    soft_selection,
)

ADDING = -1  # the form's target while adding a new entry


class CatalogueEditor(QWidget):
    changed = Signal(object)  # CatalogueKind, after anything was saved
    status_message = Signal(str)

    def __init__(self, store: Store, kind: CatalogueKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.kind = kind
        self._target: int | None = None  # None: form closed; ADDING; or the id being renamed
        self.setObjectName(f"catalogueEditor_{kind.value}")

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(styled_label(translated_label(kind), "section"))
        box.addWidget(styled_label(self._description(), "muted", wrap=True))
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self._build_table(), 1)
        row.addLayout(self._build_buttons())
        box.addLayout(row, 1)
        self.form = CatalogueForm(kind)
        self.form.submitted.connect(self.save_form)
        self.form.cancelled.connect(self.cancel_form)
        self.form.hide()
        box.addWidget(self.form)
        # Under the form, next to the name typed; under the table when the form is closed.
        self.message = styled_label("", "error", wrap=True)
        self.message.setObjectName("catalogueMessage")
        self.message.hide()
        box.addWidget(self.message)
        box.addWidget(
            styled_label(
                translate(
                    "CatalogueEditor",
                    "Mục ngừng dùng không còn hiện khi nhập bản ghi mới; các bản ghi cũ vẫn giữ nguyên.\n"
                    "Phím tắt: Ins thêm, F2 sửa tên, Ctrl+↑ / Ctrl+↓ đổi thứ tự.",
                ),
                "muted",
                wrap=True,
            )
        )
        self._shortcut(QKeySequence(Qt.Key.Key_Insert), self.start_add)
        self._shortcut(QKeySequence(Qt.Key.Key_F2), self.start_rename)
        self._shortcut(QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1))
        self._shortcut(QKeySequence("Ctrl+Down"), lambda: self.move_selected(1))
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------------------

    def _description(self) -> str:
        return {
            CatalogueKind.VILLAGE: translate(
                "CatalogueEditor",
                "Dùng để chọn địa điểm của hoạt động, tuyên truyền và để tổng hợp theo thôn, bản.",
            ),
            CatalogueKind.ACTIVITY_KIND: translate(
                "CatalogueEditor", "Dùng để phân loại hoạt động và tổng hợp trong báo cáo."
            ),
            CatalogueKind.PROPAGANDA_KIND: translate(
                "CatalogueEditor",
                "Mỗi hình thức có đơn vị tính số lượng (cái, lượt phát, bản…); "
                "hình thức phát thanh, lưu động có thể tính thêm số phút.",
            ),
            CatalogueKind.RESPONSIBLE_UNIT: translate(
                "CatalogueEditor", "Đơn vị chủ trì hoặc phối hợp tổ chức hoạt động."
            ),
        }[self.kind]

    def _build_table(self) -> QTableView:
        self.model = CatalogueModel(self.kind)
        self.table = QTableView(self)
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        soft_selection(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.start_rename)
        return self.table

    def _build_buttons(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.add_button = self._button(
            translate("CatalogueEditor", "Thêm"),
            translate("CatalogueEditor", "Thêm mục mới (phím Ins)"),
            self.start_add,
        )
        rename = (
            translate("CatalogueEditor", "Sửa")
            if self.kind is CatalogueKind.PROPAGANDA_KIND
            else translate("CatalogueEditor", "Đổi tên")
        )
        self.rename_button = self._button(
            rename, translate("CatalogueEditor", "Sửa tên mục đang chọn (phím F2)"), self.start_rename
        )
        self.toggle_button = self._button(
            translate("CatalogueEditor", "Ngừng dùng"),
            translate(
                "CatalogueEditor", "Ẩn khỏi danh sách chọn khi nhập mới, hoặc dùng lại; bản ghi cũ không đổi"
            ),
            self.toggle_active,
        )
        self.up_button = self._button(
            translate("CatalogueEditor", "Lên"),
            translate("CatalogueEditor", "Đưa lên trên (Ctrl+↑)"),
            lambda: self.move_selected(-1),
        )
        self.down_button = self._button(
            translate("CatalogueEditor", "Xuống"),
            translate("CatalogueEditor", "Đưa xuống dưới (Ctrl+↓)"),
            lambda: self.move_selected(1),
        )
        for button in (self.add_button, self.rename_button, self.toggle_button):
            column.addWidget(button)
        column.addSpacing(12)
        column.addWidget(self.up_button)
        column.addWidget(self.down_button)
        column.addStretch(1)
        return column

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], None]) -> None:
        # Scoped to this editor: the four editors share the page and the same keys.
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- state -----------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the catalogue again, keeping (or moving to) the selected entry."""
        current = self.current_entry()
        keep = select_id if select_id is not None else (current.id if current else None)
        with self._store.reading() as session:
            entries = catalogues.list_entries(session, self.kind)
        self.model.set_entries(entries)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and entries:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def current_entry(self) -> CatalogueEntry | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        row = self.table.selectionModel().currentIndex().row()
        for button in (self.rename_button, self.toggle_button):
            button.setEnabled(entry is not None)
        self.toggle_button.setText(
            translate("CatalogueEditor", "Dùng lại")
            if entry is not None and not entry.is_active
            else translate("CatalogueEditor", "Ngừng dùng")
        )
        self.up_button.setEnabled(entry is not None and row > 0)
        self.down_button.setEnabled(entry is not None and row < self.model.rowCount() - 1)

    def _run(self, action: Callable[[Session], object]) -> bool:
        """One transaction; a problem the officer can fix is shown and nothing is saved."""
        try:
            with self._store.transaction() as session:
                action(session)
        except UserFacingError as error:
            self.message.setText(str(error))
            self.message.show()
            return False
        self.message.hide()
        self.changed.emit(self.kind)
        return True

    # -- actions ---------------------------------------------------------------------------------------

    def start_add(self) -> None:
        self._target = ADDING
        self.message.hide()
        self.form.open_for_add()

    def start_rename(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self._target = entry.id
        self.message.hide()
        self.form.open_for_edit(entry)

    def cancel_form(self) -> None:
        self._target = None
        self.message.hide()
        self.form.hide()
        self.table.setFocus()

    def save_form(self) -> None:
        target = self._target
        if target is None:
            return
        text, unit, minutes = self.form.name(), self.form.unit(), self.form.counts_minutes()
        saved: list[int] = []

        def add(session: Session) -> None:
            # Villages may be pasted as a list (a merged commune has dozens); other names may hold commas.
            names = parse_village_names(text) if self.kind is CatalogueKind.VILLAGE else [text]
            for name in names or [""]:
                saved.append(
                    catalogues.add_entry(session, self.kind, name, unit=unit, counts_minutes=minutes)
                )

        def edit(session: Session) -> None:
            catalogues.rename_entry(session, self.kind, target, text)
            if unit is not None:
                catalogues.set_counting(session, target, unit, minutes)
            saved.append(target)

        if not self._run(add if target == ADDING else edit):
            self.form.mark_invalid(True)
            self.form.name_input.setFocus()
            return
        self.cancel_form()
        self.reload(select_id=saved[-1])
        name = self.model.entry(self.model.row_of(saved[-1])).label
        if target != ADDING:
            message = translate("CatalogueEditor", "Đã lưu “{name}”.").format(name=name)
        elif len(saved) > 1:
            message = translate("CatalogueEditor", "Đã thêm {count} {noun}.").format(
                count=len(saved), noun=kind_noun(self.kind)
            )
        else:
            message = translate("CatalogueEditor", "Đã thêm “{name}”.").format(name=name)
        self.status_message.emit(message)

    def toggle_active(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        active = not entry.is_active
        if not self._run(lambda session: catalogues.set_active(session, self.kind, entry.id, active)):
            return
        self.reload(select_id=entry.id)
        if active:
            self.status_message.emit(
                translate("CatalogueEditor", "Đã dùng lại “{name}”.").format(name=entry.label)
            )
        else:
            self.status_message.emit(
                translate(
                    "CatalogueEditor",
                    "Đã ngừng dùng “{name}”: không còn hiện khi nhập mới, các bản ghi cũ vẫn giữ nguyên.",
                ).format(name=entry.label)
            )

    def move_selected(self, offset: int) -> None:
        entry = self.current_entry()
        row = self.table.selectionModel().currentIndex().row()
        if entry is None or not 0 <= row + offset < self.model.rowCount():
            return
        if self._run(lambda session: catalogues.move_entry(session, self.kind, entry.id, offset)):
            self.reload(select_id=entry.id)
