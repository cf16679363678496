"""What the record list pages (Hoạt động, Tuyên truyền) share: a paged table over the store, the filter
bar, add / edit / duplicate / delete with Thùng rác and "Hoàn tác", the keyboard, and keeping the list,
its selection and the trash counter right after every change.

A page gives its model, filter bar, buttons, form and wording (see the hooks below) and calls
`_assemble`; the wording stays the page's own, in its own translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from gender_equality_desk.core.catalogues import CatalogueEntry, CatalogueKind, list_entries
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import Deletion, move_to_trash, trash_count, undo
from gender_equality_desk.gui.dialogs.trash_dialog import TrashDialog
from gender_equality_desk.gui.forms.lookups import campaign_choices
from gender_equality_desk.gui.forms.record_dialog import RecordDialog
from gender_equality_desk.gui.models.record_table import RecordTableModel
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.widgets.basics import set_role, styled_label
from gender_equality_desk.gui.widgets.filter_bar import FilterBar, FilterValues
from gender_equality_desk.gui.widgets.record_table_view import RecordTableView
from gender_equality_desk.gui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from gender_equality_desk.core.store.engine import Store

# Thùng rác holds both kinds: a restore or purge from either page changes both lists.
TRASH_SHARED = (DataChange.ACTIVITIES, DataChange.PROPAGANDA)
AnyModel = RecordTableModel[Any, Any, Any, Any]


class RecordListPage(Page):
    """A list page; subclasses set the class values, build their parts and call `_assemble`."""

    change: ClassVar[DataChange]  # what a save, delete or restore here changes
    reads_again_on: ClassVar[frozenset[DataChange]]  # other changes that alter pickers or labels
    record_type: ClassVar[RecordType]
    kind_catalogue: ClassVar[CatalogueKind]
    row_height: ClassVar[int] = 28
    title_column: ClassVar[int] = 1  # takes the width the others leave
    select_first_row: ClassVar[bool] = False  # a fresh list starts on its first row
    button_focus: ClassVar[Qt.FocusPolicy] = Qt.FocusPolicy.StrongFocus

    # Built by the subclass before `_assemble`.
    add_button: QPushButton
    edit_button: QPushButton
    duplicate_button: QPushButton
    delete_button: QPushButton
    undo_button: QPushButton

    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stale = True  # read the store when first shown, not while the main window is built
        self.last_deletion: Deletion | None = None
        self.form: RecordDialog | None = None
        self.trash_dialog: TrashDialog | None = None

    # -- what each page gives ------------------------------------------------------------------------

    def make_form(self, *, record_id: int | None, duplicate_of: int | None) -> RecordDialog:
        raise NotImplementedError

    def form_services(self) -> tuple[Store, DataLayout, Callable[[], date]]:
        """What every record form is opened with, in its order: store, data folder, today."""
        return self._services.store, self._services.layout, self._services.today

    def core_filter(self, values: FilterValues) -> Any:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """The line under a loaded list of `count` records (may read the filter bar)."""
        raise NotImplementedError

    def undo_message(self, deletion: Deletion) -> str:
        raise NotImplementedError

    def trash_caption(self, count: int) -> str:
        raise NotImplementedError

    def inactive_template(self) -> str:
        """How a picker marks a catalogue entry no longer offered; "{label}" is the entry."""
        raise NotImplementedError

    # -- building ------------------------------------------------------------------------------------

    def _tool_button(
        self, name: str, text: str, slot: Callable[[], object], *, keys: str = "", tip: str = ""
    ) -> QPushButton:
        button = QPushButton(f"{text} ({keys})" if keys else text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.setFocusPolicy(self.button_focus)
        button.clicked.connect(slot)
        return button

    def _assemble(
        self,
        model: AnyModel,
        filter_bar: FilterBar,
        *,
        table_name: str,
        count_name: str,
        undo_label_name: str,
        column_widths: Mapping[Any, int],
        extra_buttons: Sequence[QPushButton] = (),
        undo_right_margin: int = 8,
    ) -> None:
        """Lay out tools, filters, the undo bar, the table and the count line, and wire the keyboard."""
        self.model = model
        # The view first: it reselects on `loaded` before the page counts and updates its buttons.
        self.table = RecordTableView(
            model, table_name, row_height=self.row_height, column_widths=column_widths,
            stretch_column=self.title_column, parent=self,
        )  # fmt: skip
        model.loaded.connect(self._on_loaded)
        model.failed.connect(lambda message: self.show_status(message, "error"))
        model.modelReset.connect(self._update_buttons)
        self.filter_bar = filter_bar
        filter_bar.changed.connect(lambda values: self.model.set_filter(self.core_filter(values)))
        self.trash_button = self._tool_button("trashButton", self.trash_caption(0), self.open_trash)
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter or double-click
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.count_label = styled_label("", "muted")
        self.count_label.setObjectName(count_name)

        self.body_layout.addLayout(self._toolbar(extra_buttons))
        self.body_layout.addWidget(filter_bar)
        self.undo_bar = UndoBar(
            self.undo_button, undo_label_name, right_margin=undo_right_margin, parent=self
        )
        self.undo_label = self.undo_bar.label
        self.body_layout.addWidget(self.undo_bar)
        self.body_layout.addWidget(self.table, 1)
        self.body_layout.addWidget(self.count_label)

        for keys, slot in (
            ("Ctrl+N", self.add),
            ("Ctrl+D", self.duplicate_selected),
            ("Ctrl+Z", self.undo_delete),
            ("Ctrl+F", filter_bar.focus_search),
        ):
            self._shortcut(keys, slot)
        # Delete only from the list: in a text box it deletes a character, as everywhere else.
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self._update_buttons()

    def _toolbar(self, extra_buttons: Sequence[QPushButton]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in (self.add_button, self.edit_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (*extra_buttons, self.trash_button):
            row.addWidget(button)
        return row

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        QShortcut(QKeySequence(keys), self).activated.connect(slot)

    # -- reading -------------------------------------------------------------------------------------

    def activated(self) -> None:
        self._reload_if_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_if_stale()

    def on_data_changed(self, change: DataChange) -> None:
        if change in self.reads_again_on or change in (DataChange.EVERYTHING, self.change):
            # Renamed kinds and villages show in the list too: read it again now if shown, else when shown.
            self._stale = True
            if self.isVisible():
                self._reload_if_stale()
        elif change in TRASH_SHARED:
            self._update_trash_button()

    def reload(self) -> None:
        """Read everything again: pickers, list and trash counter."""
        self._stale = False
        with self._services.store.reading() as session:
            campaigns = campaign_choices(session)
            kinds = list_entries(session, self.kind_catalogue)
            villages = list_entries(session, CatalogueKind.VILLAGE)
        self.filter_bar.blockSignals(True)  # one list query below, not one per picker
        self.filter_bar.set_choices(
            campaigns=campaigns, kinds=self._labels(kinds), villages=self._labels(villages)
        )
        self.filter_bar.blockSignals(False)
        self.model.set_filter(self.core_filter(self.filter_bar.values()))
        self._update_trash_button()

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def _labels(self, entries: Sequence[CatalogueEntry]) -> list[tuple[int, str]]:
        """Pickers of a filter list every entry: old records may use one no longer offered."""
        stopped = self.inactive_template()
        return [(e.id, e.label if e.is_active else stopped.format(label=e.label)) for e in entries]

    def _after_change(self, *, select: Sequence[int] = (), row: int | None = None) -> None:
        """After a save, delete or restore: the list again with `select` (or the record now at `row`)
        selected, and every other page told."""
        self.table.refresh_selecting(select, row=row)
        self._update_trash_button()
        self.data_changed.emit(self.change)

    def _on_loaded(self, count: int) -> None:
        self.show_status(self.count_text(count))
        if self.select_first_row and self.table.currentIndex().row() < 0 and count:
            self.table.select_row(0)
        self._update_buttons()

    def show_status(self, text: str, role: str = "muted") -> None:
        set_role(self.count_label, role)
        self.count_label.setText(text)

    def _update_trash_button(self) -> None:
        with self._services.store.reading() as session:
            count = trash_count(session)
        self.trash_button.setText(self.trash_caption(count))

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)

    def selected_ids(self) -> list[int]:
        """The selected records, top to bottom."""
        return self.table.selected_ids()

    def current_id(self) -> int | None:
        """The record Enter and Ctrl+D act on: the current row when selected, else the first selected."""
        return self.table.current_id()

    # -- the officer's actions -----------------------------------------------------------------------

    def add(self) -> RecordDialog:
        return self._open_form()

    def edit_selected(self) -> RecordDialog | None:
        record_id = self.current_id()
        return None if record_id is None else self._open_form(record_id=record_id)

    def duplicate_selected(self) -> RecordDialog | None:
        record_id = self.current_id()
        return None if record_id is None else self._open_form(duplicate_of=record_id)

    def delete_selected(self) -> None:
        """Move the selection to Thùng rác at once; "Hoàn tác" brings it back."""
        ids = self.selected_ids()
        if not ids:
            return
        first_row = min((row for i in ids if (row := self.model.row_of(i)) is not None), default=0)
        try:
            with self._services.store.transaction() as session:
                deletion = move_to_trash(session, self.record_type, ids)
        except UserFacingError as problem:
            self.show_status(str(problem), "error")
            return
        self.last_deletion = deletion
        self.undo_bar.show_message(self.undo_message(deletion))
        self._after_change(row=first_row)  # the next record, ready for Delete again

    def undo_delete(self) -> None:
        deletion = self.last_deletion
        if deletion is None:
            return
        with self._services.store.transaction() as session:
            undo(session, deletion)
        self.last_deletion = None
        self.undo_bar.hide()
        self._after_change(select=deletion.ids)

    def open_trash(self) -> TrashDialog:
        dialog = TrashDialog(self._services.store, self._services.layout, self)
        dialog.changed.connect(self._on_trash_changed)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.trash_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop (tests drive it too)
        return dialog

    def _open_form(self, *, record_id: int | None = None, duplicate_of: int | None = None) -> RecordDialog:
        form = self.make_form(record_id=record_id, duplicate_of=duplicate_of)
        form.saved.connect(lambda saved_id: self._after_change(select=[saved_id]))
        form.finished.connect(lambda _result: self._dialog_closed(form))
        self.form = form
        form.open()
        return form

    def _dialog_closed(self, dialog: QDialog) -> None:
        # Another form may have been opened since.
        if self.form is dialog:
            self.form = None
        if self.trash_dialog is dialog:
            self.trash_dialog = None
        dialog.deleteLater()
        self.table.setFocus()  # the keyboard goes on from the list

    def _on_trash_changed(self) -> None:
        # Restored or purged records: the undo of the last delete no longer means what it says.
        self.last_deletion = None
        self.undo_bar.hide()
        self._after_change()
        for other in TRASH_SHARED:
            if other is not self.change:
                self.data_changed.emit(other)
