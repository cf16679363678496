"""Tuyên truyền: the list of propaganda events (paged over the store, sortable, filtered) and the form.

Keyboard first: Ctrl+N adds, Enter (or a double click) opens the selected event, Ctrl+D duplicates it
(a repeated broadcast is one key and one Enter), Delete moves the selection to the trash and Ctrl+Z or
"Hoàn tác" brings it back, Ctrl+F goes to the search box and Down from there back into the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from gender_equality_desk.core.catalogues import CatalogueKind, list_entries
from gender_equality_desk.core.records import trash
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.propaganda_list import (
    PropagandaColumn,
    PropagandaFilter,
    PropagandaListRow,
    PropagandaSort,
    propaganda_ids,
    propaganda_rows,
)
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.gui.dialogs.trash_dialog import TrashDialog
from gender_equality_desk.gui.forms.lookups import campaign_choices
from gender_equality_desk.gui.forms.propaganda_form import PropagandaForm
from gender_equality_desk.gui.i18n import QT_TRANSLATE_NOOP, translate, translated_label
from gender_equality_desk.gui.models.record_table import (
    RIGHT,
    Column,
    RecordSource,
    RecordTableModel,
)
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.widgets.basics import card, styled_label
from gender_equality_desk.gui.widgets.filter_bar import FilterBar, FilterValues

Model = RecordTableModel[PropagandaListRow, PropagandaFilter, PropagandaSort, PropagandaColumn]
COLUMN_WIDTHS = {
    PropagandaColumn.DATE: 136, PropagandaColumn.KIND: 180, PropagandaColumn.PLACES: 170,
    PropagandaColumn.QUANTITY: 104, PropagandaColumn.MINUTES: 72, PropagandaColumn.REACH: 118,
}  # fmt: skip
PICKER_CHANGES = {DataChange.CATALOGUES, DataChange.SLOGANS, DataChange.CAMPAIGNS}


def _days(row: PropagandaListRow) -> str:
    if row.end_date == row.start_date:
        return f"{row.start_date:%d/%m/%Y}"
    if row.end_date.year == row.start_date.year:
        return f"{row.start_date:%d/%m} – {row.end_date:%d/%m/%Y}"
    return f"{row.start_date:%d/%m/%Y} – {row.end_date:%d/%m/%Y}"


def _optional(value: int | None) -> str:
    return "" if value is None else format_number(value)


# Headers are translated when shown (this list is built at import), in this page's context.
COLUMNS: list[Column[PropagandaListRow, PropagandaColumn]] = [
    Column(
        PropagandaColumn.DATE,
        QT_TRANSLATE_NOOP("PropagandaPage", "Ngày"),
        _days,
        header_context="PropagandaPage",
    ),
    Column(
        PropagandaColumn.TITLE,
        QT_TRANSLATE_NOOP("PropagandaPage", "Nội dung"),
        lambda row: row.title,
        header_context="PropagandaPage",
    ),
    Column(
        PropagandaColumn.KIND,
        QT_TRANSLATE_NOOP("PropagandaPage", "Hình thức"),
        lambda row: row.kind_label,
        header_context="PropagandaPage",
    ),
    Column(
        PropagandaColumn.PLACES,
        QT_TRANSLATE_NOOP("PropagandaPage", "Địa điểm"),
        lambda row: ", ".join(row.places),
        tooltip=lambda row: "\n".join(row.places),
        header_context="PropagandaPage",
    ),
    Column(
        PropagandaColumn.QUANTITY,
        QT_TRANSLATE_NOOP("PropagandaPage", "Số lượng"),
        lambda row: f"{format_number(row.quantity)} {translated_label(row.unit)}",
        RIGHT,
        header_context="PropagandaPage",
    ),
    Column(
        PropagandaColumn.MINUTES,
        QT_TRANSLATE_NOOP("PropagandaPage", "Số phút"),
        lambda row: _optional(row.minutes),
        RIGHT,
        header_context="PropagandaPage",
    ),
    Column(
        PropagandaColumn.REACH,
        QT_TRANSLATE_NOOP("PropagandaPage", "Người tiếp cận"),
        lambda row: _optional(row.estimated_reach),
        RIGHT,
        header_context="PropagandaPage",
    ),
]
SOURCE: RecordSource[PropagandaListRow, PropagandaFilter, PropagandaSort, PropagandaColumn] = RecordSource(
    ids=propaganda_ids,
    rows=propaganda_rows,
    sort_for=lambda column, descending: PropagandaSort(column, descending),
)


def _core_filter(values: FilterValues) -> PropagandaFilter:
    return PropagandaFilter(
        campaign_id=values.campaign_id,
        kind_id=values.kind_id,
        village_id=values.village_id,
        date_from=values.date_from,
        date_to=values.date_to,
        text=values.text,
    )


class PropagandaPage(Page):
    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._last_deletion: trash.Deletion | None = None
        self._stale = False  # another page changed what the list shows while it was hidden
        self._select_when_loaded: list[int] = []
        self.form: PropagandaForm | None = None
        self.trash_dialog: TrashDialog | None = None

        self.body_layout.addLayout(self._build_toolbar())
        self.filter_bar = FilterBar(kind_caption=translate("PropagandaPage", "Tất cả hình thức"), parent=self)
        self.filter_bar.changed.connect(lambda values: self.model.set_filter(_core_filter(values)))
        self.filter_bar.search_box.installEventFilter(self)
        self.body_layout.addWidget(self.filter_bar)
        self.body_layout.addWidget(self._build_undo_bar())

        self.model: Model = RecordTableModel(self._services.store, SOURCE, COLUMNS, PropagandaFilter())
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._show_failure)
        self.model.modelReset.connect(self._update_buttons)
        self.table = self._build_table()
        self.body_layout.addWidget(self.table, 1)
        self.count_label = styled_label("", "muted")
        self.count_label.setObjectName("propagandaCount")
        self.body_layout.addWidget(self.count_label)
        self._build_shortcuts()

        self._read_pickers()
        self.model.refresh()
        self._update_trash_button()

    def title(self) -> str:
        return translate("PropagandaPage", "Tuyên truyền")

    def subtitle(self) -> str:
        return translate(
            "PropagandaPage",
            "Băng rôn, khẩu hiệu, phát thanh, tin bài, tờ rơi… đã thực hiện: số lượng, số phút phát, "
            "khẩu hiệu đã dùng và minh chứng. Ctrl+N thêm, Enter mở, Ctrl+D nhân bản, Delete xóa.",
        )

    def icon_name(self) -> str:
        return "propaganda"

    # -- building -------------------------------------------------------------------------------------

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _build_toolbar(self) -> QHBoxLayout:
        self.add_button = self._button(
            translate("PropagandaPage", "Thêm sự kiện"),
            "addEvent",
            translate("PropagandaPage", "Ghi sự kiện mới (Ctrl+N)"),
        )
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_event)
        self.edit_button = self._button(
            translate("PropagandaPage", "Sửa"),
            "editEvent",
            translate("PropagandaPage", "Mở sự kiện đang chọn (Enter)"),
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button = self._button(
            translate("PropagandaPage", "Nhân bản"),
            "duplicateEvent",
            translate("PropagandaPage", "Ghi thêm một lần giống sự kiện đang chọn (Ctrl+D)"),
        )
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = self._button(
            translate("PropagandaPage", "Xóa"),
            "deleteEvent",
            translate("PropagandaPage", "Chuyển các sự kiện đang chọn vào Thùng rác (Delete)"),
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.trash_button = self._button(
            translate("PropagandaPage", "Thùng rác"),
            "trashButton",
            translate("PropagandaPage", "Xem, khôi phục hoặc dọn sạch các mục đã xóa"),
        )
        self.trash_button.clicked.connect(self.open_trash)
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in (self.add_button, self.edit_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.trash_button)
        return row

    def _build_undo_bar(self) -> QWidget:
        self.undo_bar = card(self, "undoBar")
        box = QHBoxLayout(self.undo_bar)
        box.setContentsMargins(12, 4, 6, 4)
        self.undo_label = styled_label("")
        self.undo_label.setObjectName("undoMessage")
        self.undo_button = self._button(
            translate("PropagandaPage", "Hoàn tác"),
            "undoButton",
            translate("PropagandaPage", "Đưa các sự kiện vừa xóa trở lại (Ctrl+Z)"),
        )
        self.undo_button.clicked.connect(self.undo_delete)
        box.addWidget(self.undo_label, 1)
        box.addWidget(self.undo_button)
        self.undo_bar.hide()
        return self.undo_bar

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("propagandaTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            COLUMNS.index(_column(PropagandaColumn.TITLE)), QHeaderView.ResizeMode.Stretch
        )
        header.setHighlightSections(False)
        for index, column in enumerate(COLUMNS):
            width = COLUMN_WIDTHS.get(column.key)
            if width is not None:
                table.setColumnWidth(index, width)
        table.activated.connect(lambda _index: self.edit_selected())
        table.selectionModel().selectionChanged.connect(lambda _new, _old: self._update_buttons())
        return table

    def _build_shortcuts(self) -> None:
        bindings = [
            ("Ctrl+N", self.add_event),
            ("Ctrl+F", self.filter_bar.focus_search),
            ("Ctrl+D", self.duplicate_selected),
            ("Ctrl+Z", self.undo_delete),
        ]
        for keys, slot in bindings:
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        # Delete only from the list: in a text box it deletes a character, as everywhere else.
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    # -- reading --------------------------------------------------------------------------------------

    def _read_pickers(self) -> None:
        """Fill the filter pickers; old records may use a kind or village no longer offered, so the
        filters list them all (marked) to find those records too."""
        with self._services.store.reading() as session:
            campaigns = campaign_choices(session)
            kinds = list_entries(session, CatalogueKind.PROPAGANDA_KIND)
            villages = list_entries(session, CatalogueKind.VILLAGE)
        stopped = translate("PropagandaPage", "{label} (ngừng dùng)")
        self.filter_bar.set_choices(
            campaigns=campaigns,
            kinds=[(e.id, e.label if e.is_active else stopped.format(label=e.label)) for e in kinds],
            villages=[(e.id, e.label if e.is_active else stopped.format(label=e.label)) for e in villages],
        )

    def reload(self) -> None:
        """Read everything again: pickers, list and trash counter."""
        self._stale = False
        self._read_pickers()
        self.model.refresh()
        self._update_trash_button()

    def activated(self) -> None:
        if self._stale:
            self.reload()
        self.table.setFocus()

    def on_data_changed(self, change: DataChange) -> None:
        if change in PICKER_CHANGES or change is DataChange.EVERYTHING or change is DataChange.PROPAGANDA:
            # Renamed kinds and villages show in the list too, so the list is read again with them.
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
        elif change is DataChange.ACTIVITIES:
            self._update_trash_button()  # activities share the trash

    def _on_loaded(self, count: int) -> None:
        if count:
            text = translate("PropagandaPage", "{n} sự kiện").format(n=format_number(count))
        elif self.filter_bar.values().is_empty:
            text = translate(
                "PropagandaPage",
                "Chưa có sự kiện tuyên truyền nào. Bấm “Thêm sự kiện” (Ctrl+N) để ghi sự kiện đầu tiên.",
            )
        else:
            text = translate(
                "PropagandaPage", "Không có sự kiện nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả."
            )
        self.count_label.setProperty("role", "muted")
        self.count_label.setText(text)
        self.count_label.style().polish(self.count_label)
        wanted, self._select_when_loaded = self._select_when_loaded, []
        if wanted:
            self._select_ids(wanted)
        elif self.table.currentIndex().row() < 0 and count:
            self._select_ids([self.model.record_id(0) or 0])

    def _show_failure(self, message: str) -> None:
        self.count_label.setProperty("role", "error")
        self.count_label.style().polish(self.count_label)
        self.count_label.setText(message)

    def _update_trash_button(self) -> None:
        with self._services.store.reading() as session:
            count = trash.trash_count(session)
        self.trash_button.setText(
            translate("PropagandaPage", "Thùng rác ({n})").format(n=format_number(count))
            if count
            else translate("PropagandaPage", "Thùng rác")
        )

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids())
        self.edit_button.setEnabled(selected)
        self.duplicate_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # -- selection ------------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [record_id for row in rows if (record_id := self.model.record_id(row)) is not None]

    def current_id(self) -> int | None:
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return self.model.record_id(current.row())
        selected = self.selected_ids()
        return selected[0] if selected else None

    def _select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)
        self._update_buttons()

    def _refresh_selecting(self, ids: list[int]) -> None:
        """Read the list again and select `ids`: now when they are in the first screen, otherwise when
        the full list is in (an old event saved while the newest are shown first)."""
        self._select_when_loaded = list(ids)
        self.model.refresh()
        if any(self.model.row_of(record_id) is not None for record_id in ids):
            self._select_when_loaded = []
            self._select_ids(ids)

    # -- actions --------------------------------------------------------------------------------------

    def add_event(self) -> PropagandaForm:
        return self._open_form()

    def edit_selected(self) -> PropagandaForm | None:
        event_id = self.current_id()
        return self._open_form(event_id=event_id) if event_id is not None else None

    def duplicate_selected(self) -> PropagandaForm | None:
        event_id = self.current_id()
        return self._open_form(duplicate_of=event_id) if event_id is not None else None

    def _open_form(self, *, event_id: int | None = None, duplicate_of: int | None = None) -> PropagandaForm:
        """The form is window-modal and opened without a nested event loop (tests drive it too)."""
        services = self._services
        form = PropagandaForm(
            services.store, services.layout, services.today,
            event_id=event_id, duplicate_of=duplicate_of, parent=self,
        )  # fmt: skip
        form.setWindowModality(Qt.WindowModality.WindowModal)
        form.saved.connect(self._on_saved)
        form.finished.connect(lambda _result: self._form_closed(form))
        self.form = form
        form.open()
        return form

    def _form_closed(self, form: PropagandaForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()
        self.table.setFocus()

    def _on_saved(self, event_id: int) -> None:
        self._refresh_selecting([event_id])
        self.data_changed.emit(DataChange.PROPAGANDA)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        next_row = min(self.model.row_of(ids[0]) or 0, max(self.model.rowCount() - len(ids) - 1, 0))
        with self._services.store.transaction() as session:
            deletion = trash.move_to_trash(session, RecordType.PROPAGANDA_EVENT, ids)
        self._last_deletion = deletion
        self.undo_label.setText(
            translate("PropagandaPage", "{what} Bấm “Hoàn tác” (Ctrl+Z) nếu xóa nhầm.").format(
                what=deletion.describe()
            )
        )
        self.undo_bar.show()
        self.model.refresh()
        following = self.model.record_id(next_row)
        if following is not None:
            self._select_ids([following])
        self._update_trash_button()
        self.data_changed.emit(DataChange.PROPAGANDA)

    def undo_delete(self) -> None:
        deletion = self._last_deletion
        if deletion is None:
            return
        with self._services.store.transaction() as session:
            trash.undo(session, deletion)
        self._last_deletion = None
        self.undo_bar.hide()
        self._refresh_selecting(list(deletion.ids))
        self._update_trash_button()
        self.data_changed.emit(DataChange.PROPAGANDA)

    def open_trash(self) -> TrashDialog:
        dialog = TrashDialog(self._services.store, self._services.layout, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.changed.connect(self._on_trash_changed)
        dialog.finished.connect(lambda _result: self._trash_closed(dialog))
        self.trash_dialog = dialog
        dialog.open()
        return dialog

    def _trash_closed(self, dialog: TrashDialog) -> None:
        if self.trash_dialog is dialog:
            self.trash_dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def _on_trash_changed(self) -> None:
        # Restored or purged records: the undo of the last delete no longer means what it says.
        self._last_deletion = None
        self.undo_bar.hide()
        self.model.refresh()
        self._update_trash_button()
        # The trash holds activities too: their page reads its list again as well.
        self.data_changed.emit(DataChange.PROPAGANDA)
        self.data_changed.emit(DataChange.ACTIVITIES)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes to the list, so search → pick → Enter needs no mouse.
        if (
            watched is self.filter_bar.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.filter_bar.apply_now()
            self.table.setFocus()
            if not self.selected_ids() and self.model.rowCount():
                self._select_ids([self.model.record_id(0) or 0])
            return True
        return super().eventFilter(watched, event)


def _column(key: PropagandaColumn) -> Column[PropagandaListRow, PropagandaColumn]:
    return next(column for column in COLUMNS if column.key is key)
