"""Hoạt động: the list of campaign activities (any size, paged on demand) and the form to add, edit,
duplicate and delete them, keyboard first.

Ctrl+N new · Enter edit · Ctrl+D duplicate · Delete to Thùng rác · Ctrl+Z undo · Ctrl+F search ·
Ctrl+P the activity log of the selected rows (or of the whole filtered list).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from gender_equality_desk.core.catalogues import CatalogueEntry, CatalogueKind, list_entries
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.activity_list import (
    ActivityColumn,
    ActivityFilter,
    ActivitySort,
    activity_ids,
)
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import Deletion, move_to_trash, trash_count, undo
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.gui.dialogs.activity_log_dialog import ActivityLogLauncher
from gender_equality_desk.gui.dialogs.trash_dialog import TrashDialog
from gender_equality_desk.gui.forms.activity_form import ActivityForm
from gender_equality_desk.gui.forms.lookups import campaign_choices
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.models.activity_table import COLUMN_WIDTHS, COLUMNS, activity_table_model
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.widgets.basics import card, styled_label
from gender_equality_desk.gui.widgets.filter_bar import FilterBar, FilterValues

ROW_HEIGHT = 28
TITLE_COLUMN = 1


class ActivitiesPage(Page):
    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stale = True  # read the store when first shown, not while the main window is built
        self._select_after_load: int | None = None
        self._row_after_load: int | None = None
        self.last_deletion: Deletion | None = None
        self.form: ActivityForm | None = None
        self.trash_dialog: TrashDialog | None = None
        self.log_launcher = ActivityLogLauncher(services.store, services.today, self)
        self.log_launcher.problem.connect(self._show_problem)

        self.add_button = self._button(
            "addButton", translate("ActivitiesPage", "Thêm hoạt động"), "Ctrl+N", self.add
        )
        self.add_button.setProperty("primary", True)
        self.edit_button = self._button(
            "editButton", translate("ActivitiesPage", "Sửa"), "Enter", self.edit_selected
        )
        self.duplicate_button = self._button(
            "duplicateButton", translate("ActivitiesPage", "Nhân bản"), "Ctrl+D", self.duplicate_selected
        )
        self.delete_button = self._button(
            "deleteButton", translate("ActivitiesPage", "Xóa"), "Delete", self.delete_selected
        )
        self.trash_button = self._button(
            "trashButton", translate("ActivitiesPage", "Thùng rác"), "", self.open_trash
        )
        self.print_log_button = self._button(
            "printLogButton", translate("ActivitiesPage", "In nhật ký"), "Ctrl+P", self.print_log
        )
        tools = QHBoxLayout()
        tools.setSpacing(8)
        for button in (self.add_button, self.edit_button, self.duplicate_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.print_log_button)
        tools.addWidget(self.trash_button)

        statuses = [(status, translated_label(status)) for status in ActivityStatus]
        self.filter_bar = FilterBar(
            kind_caption=translate("ActivitiesPage", "Tất cả loại hoạt động"), statuses=statuses
        )
        self.filter_bar.changed.connect(self._filter_changed)

        self.undo_bar = card(name="undoBar")
        self.undo_text = styled_label("")
        self.undo_text.setObjectName("undoText")
        self.undo_button = QPushButton(translate("ActivitiesPage", "Hoàn tác (Ctrl+Z)"), self.undo_bar)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(12, 4, 8, 4)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.model = activity_table_model(services.store, parent=self)
        self.model.loaded.connect(self._list_loaded)
        self.model.failed.connect(self._show_count)
        self.model.modelReset.connect(self._update_buttons)
        self.table = self._build_table()
        self.count_label = styled_label("", "muted")
        self.count_label.setObjectName("countLabel")

        self.body_layout.addLayout(tools)
        self.body_layout.addWidget(self.filter_bar)
        self.body_layout.addWidget(self.undo_bar)
        self.body_layout.addWidget(self.table, 1)
        self.body_layout.addWidget(self.count_label)
        self.body_layout.setContentsMargins(20, 12, 20, 8)
        self.body_layout.setSpacing(8)

        self._shortcut("Ctrl+N", self.add)
        self._shortcut("Ctrl+D", self.duplicate_selected)
        self._shortcut("Ctrl+Z", self.undo_delete)
        self._shortcut("Ctrl+F", self.filter_bar.focus_search)
        self._shortcut("Ctrl+P", self.print_log)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in the search box edits text
        delete.activated.connect(self.delete_selected)
        self._update_buttons()

    def title(self) -> str:
        return translate("ActivitiesPage", "Hoạt động")

    def subtitle(self) -> str:
        return translate(
            "ActivitiesPage",
            "Các hoạt động đã tổ chức hoặc dự kiến, với số người tham gia chia theo nam, nữ.",
        )

    def icon_name(self) -> str:
        return "activities"

    # -- refreshing --------------------------------------------------------------------------------

    def activated(self) -> None:
        self._reload_if_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_if_stale()

    def on_data_changed(self, change: DataChange) -> None:
        if change in (DataChange.CATALOGUES, DataChange.EVERYTHING, DataChange.ACTIVITIES,
                      DataChange.CAMPAIGNS):  # fmt: skip
            # Labels and pickers come from the catalogues; read again now if shown, else when shown.
            self._stale = True
            if self.isVisible():
                self._reload_if_stale()

    def reload(self) -> None:
        """Read the pickers and the list again."""
        with self._services.store.reading() as session:
            campaigns = campaign_choices(session)
            kinds = list_entries(session, CatalogueKind.ACTIVITY_KIND)
            villages = list_entries(session, CatalogueKind.VILLAGE)
        self._stale = False
        self.filter_bar.blockSignals(True)  # one list query below, not one per picker
        self.filter_bar.set_choices(campaigns=campaigns, kinds=_labels(kinds), villages=_labels(villages))
        self.filter_bar.blockSignals(False)
        self.model.set_filter(self._core_filter(self.filter_bar.values()))
        self._update_trash_button()

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def _changed(self, select_id: int | None = None, select_row: int | None = None) -> None:
        """After a save, delete or restore: the list again (the saved record, or the row where the
        deleted one was, selected), and every other page told."""
        self._select_after_load = select_id
        self._row_after_load = select_row
        self.model.refresh()
        self._update_trash_button()
        self.data_changed.emit(DataChange.ACTIVITIES)

    # -- the officer's actions ---------------------------------------------------------------------

    def add(self) -> None:
        self._open_form()

    def edit_selected(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            self._open_form(activity_id=chosen[0])

    def duplicate_selected(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            self._open_form(duplicate_of=chosen[0])

    def delete_selected(self) -> None:
        """Move the selected activities to Thùng rác at once; "Hoàn tác" brings them back."""
        chosen = self.selected_ids()
        if not chosen:
            return
        try:
            with self._services.store.transaction() as session:
                deletion = move_to_trash(session, RecordType.ACTIVITY, chosen)
        except UserFacingError as problem:
            self._show_problem(str(problem))
            return
        self.last_deletion = deletion
        self.undo_text.setText(
            translate("ActivitiesPage", "{what} Bấm “Hoàn tác” nếu xóa nhầm.").format(
                what=deletion.describe()
            )
        )
        self.undo_bar.show()
        self._changed(select_row=self.table.currentIndex().row())

    def undo_delete(self) -> None:
        deletion = self.last_deletion
        if deletion is None:
            return
        with self._services.store.transaction() as session:
            undo(session, deletion)
        self.last_deletion = None
        self.undo_bar.hide()
        self._changed(select_id=deletion.ids[0] if deletion.ids else None)

    def open_trash(self) -> None:
        dialog = TrashDialog(self._services.store, self._services.layout, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._trash_changed)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.trash_dialog = dialog
        dialog.open()

    def print_log(self) -> None:
        """The activity log of the selected rows; of the whole filtered list when none is selected."""
        ids = self._explicitly_selected_ids()
        if ids:
            self.log_launcher.launch(ids)
            return
        with self._services.store.reading() as session:
            every = list(activity_ids(session, self.model.filter, ActivitySort(ActivityColumn.DATE)))
        if not every:
            self._show_problem(translate("ActivitiesPage", "Không có hoạt động nào để in nhật ký."))
            return
        self.log_launcher.launch(every, whole_list=True)

    def _explicitly_selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.record_id(row) for row in rows) if i is not None]

    def selected_ids(self) -> list[int]:
        """The selected activities, top to bottom (the current one when nothing is selected)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = (self.model.record_id(row) for row in rows)
        return [record_id for record_id in ids if record_id is not None]

    # -- internals ---------------------------------------------------------------------------------

    def _open_form(self, *, activity_id: int | None = None, duplicate_of: int | None = None) -> None:
        services = self._services
        form = ActivityForm(
            services.store,
            services.layout,
            services.today,
            activity_id=activity_id,
            duplicate_of=duplicate_of,
            parent=self,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda saved_id: self._changed(select_id=saved_id))
        form.finished.connect(lambda _result: self._dialog_closed(form))
        self.form = form
        form.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        # Another form may have been opened since (the closed one is deleted a moment later).
        if self.form is dialog:
            self.form = None
        if self.trash_dialog is dialog:
            self.trash_dialog = None
        self.table.setFocus()  # the keyboard goes on from the list

    def _trash_changed(self) -> None:
        self.last_deletion = None  # what was restored or purged can no longer be "undone"
        self.undo_bar.hide()
        self._changed()

    def _filter_changed(self, values: FilterValues) -> None:
        self.model.set_filter(self._core_filter(values))

    def _core_filter(self, values: FilterValues) -> ActivityFilter:
        # Qt hands the combo's string enum back as a plain str.
        status = None if values.status is None else ActivityStatus.of(str(values.status))
        return ActivityFilter(
            campaign_id=values.campaign_id,
            kind_id=values.kind_id,
            village_id=values.village_id,
            status=status,
            date_from=values.date_from,
            date_to=values.date_to,
            text=values.text,
        )

    def _list_loaded(self, count: int) -> None:
        if self._select_after_load is not None:
            row = self.model.row_of(self._select_after_load)
            self._select_after_load = None
            if row is not None:
                self._select_row(row)
        if self._row_after_load is not None:
            self._select_row(min(self._row_after_load, self.model.rowCount() - 1))
            self._row_after_load = None
        self._show_count()

    def _show_count(self, problem: str = "") -> None:
        count = self.model.rowCount()
        if problem:
            text = problem
        elif not self.model.is_complete():
            text = translate("ActivitiesPage", "Đang đếm…")
        elif count == 0 and self.filter_bar.values().is_empty:
            text = translate(
                "ActivitiesPage",
                "Chưa có hoạt động nào. Bấm “Thêm hoạt động” (Ctrl+N) để ghi hoạt động đầu tiên.",
            )
        elif count == 0:
            text = translate(
                "ActivitiesPage", "Không có hoạt động nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả."
            )
        elif self.filter_bar.values().is_empty:
            text = translate("ActivitiesPage", "{n} hoạt động").format(n=format_number(count))
        else:
            text = translate("ActivitiesPage", "Tìm thấy {n} hoạt động").format(n=format_number(count))
        self.count_label.setText(text)
        self._update_buttons()

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)

    def _update_trash_button(self) -> None:
        with self._services.store.reading() as session:
            count = trash_count(session)
        text = translate("ActivitiesPage", "Thùng rác")
        self.trash_button.setText(f"{text} ({format_number(count)})" if count else text)

    def _show_problem(self, text: str) -> None:
        self.count_label.setText(text)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("activityTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = table.verticalHeader()
        rows.hide()
        # Fixed heights: the view never measures a million rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for section, column in enumerate(COLUMNS):
            if column.key in COLUMN_WIDTHS:
                header.resizeSection(section, COLUMN_WIDTHS[column.key])
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        sorted_by, descending = self.model.sort_order
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(sorted_by, order)
        table.setSortingEnabled(True)  # the model asks the core for the new order
        table.activated.connect(lambda _index: self.edit_selected())  # Enter or double-click
        table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        return table

    def _button(self, name: str, text: str, keys: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(f"{text} ({keys})" if keys else text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> None:
        QShortcut(QKeySequence(keys), self).activated.connect(slot)


def _labels(entries: Sequence[CatalogueEntry]) -> list[tuple[int, str]]:
    """Pickers of a filter list every entry: old records may use one no longer in use."""
    return [
        (
            entry.id,
            entry.label
            if entry.is_active
            else translate("activities", "{label} (ngừng dùng)").format(label=entry.label),
        )
        for entry in entries
    ]
