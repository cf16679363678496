"""Tuyên truyền: the list of propaganda events (paged over the store, sortable, filtered) and the form.

Keyboard first: Ctrl+N adds, Enter (or a double click) opens the selected event, Ctrl+D duplicates it
(a repeated broadcast is one key and one Enter), Delete moves the selection to the trash and Ctrl+Z or
"Hoàn tác" brings it back, Ctrl+F goes to the search box and Down from there back into the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from gender_equality_desk.core.catalogues import CatalogueKind
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
from gender_equality_desk.gui.forms.propaganda_form import PropagandaForm
from gender_equality_desk.gui.i18n import QT_TRANSLATE_NOOP, translate, translated_label
from gender_equality_desk.gui.models.record_table import RIGHT, Column, RecordSource, RecordTableModel
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.record_list_page import RecordListPage
from gender_equality_desk.gui.widgets.filter_bar import FilterBar, FilterValues
from gender_equality_desk.gui.widgets.filter_fields import filter_fields

Model = RecordTableModel[PropagandaListRow, PropagandaFilter, PropagandaSort, PropagandaColumn]
COLUMN_WIDTHS = {
    PropagandaColumn.DATE: 136, PropagandaColumn.KIND: 180, PropagandaColumn.PLACES: 170,
    PropagandaColumn.QUANTITY: 104, PropagandaColumn.MINUTES: 72, PropagandaColumn.REACH: 118,
}  # fmt: skip


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


class PropagandaPage(RecordListPage):
    change = DataChange.PROPAGANDA
    reads_again_on = frozenset({DataChange.CATALOGUES, DataChange.SLOGANS, DataChange.CAMPAIGNS})
    record_type = RecordType.PROPAGANDA_EVENT
    kind_catalogue = CatalogueKind.PROPAGANDA_KIND
    row_height = 30
    select_first_row = True
    button_focus = Qt.FocusPolicy.TabFocus  # a click leaves the keyboard in the list
    model: Model

    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.add_button = self._tool_button(
            "addEvent",
            translate("PropagandaPage", "Thêm sự kiện"),
            self.add,
            tip=translate("PropagandaPage", "Ghi sự kiện mới (Ctrl+N)"),
        )
        self.add_button.setProperty("primary", True)
        self.edit_button = self._tool_button(
            "editEvent",
            translate("PropagandaPage", "Sửa"),
            self.edit_selected,
            tip=translate("PropagandaPage", "Mở sự kiện đang chọn (Enter)"),
        )
        self.duplicate_button = self._tool_button(
            "duplicateEvent",
            translate("PropagandaPage", "Nhân bản"),
            self.duplicate_selected,
            tip=translate("PropagandaPage", "Ghi thêm một lần giống sự kiện đang chọn (Ctrl+D)"),
        )
        self.delete_button = self._tool_button(
            "deleteEvent",
            translate("PropagandaPage", "Xóa"),
            self.delete_selected,
            tip=translate("PropagandaPage", "Chuyển các sự kiện đang chọn vào Thùng rác (Delete)"),
        )
        self.undo_button = self._tool_button(
            "undoButton",
            translate("PropagandaPage", "Hoàn tác"),
            self.undo_delete,
            tip=translate("PropagandaPage", "Đưa các sự kiện vừa xóa trở lại (Ctrl+Z)"),
        )
        filter_bar = FilterBar(kind_caption=translate("PropagandaPage", "Tất cả hình thức"), parent=self)
        filter_bar.search_box.installEventFilter(self)
        self._assemble(
            RecordTableModel(services.store, SOURCE, COLUMNS, PropagandaFilter()),
            filter_bar,
            table_name="propagandaTable",
            count_name="propagandaCount",
            undo_label_name="undoMessage",
            column_widths=COLUMN_WIDTHS,
            undo_right_margin=6,
        )
        self.trash_button.setToolTip(
            translate("PropagandaPage", "Xem, khôi phục hoặc dọn sạch các mục đã xóa")
        )

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

    def activated(self) -> None:
        super().activated()
        self.table.setFocus()

    # -- the list's own parts -------------------------------------------------------------------------

    def make_form(self, *, record_id: int | None, duplicate_of: int | None) -> PropagandaForm:
        return PropagandaForm(
            *self.form_services(), event_id=record_id, duplicate_of=duplicate_of, parent=self
        )

    def core_filter(self, values: FilterValues) -> PropagandaFilter:
        return PropagandaFilter(**filter_fields(values))

    def count_text(self, count: int) -> str:
        if count:
            return translate("PropagandaPage", "{n} sự kiện").format(n=format_number(count))
        if self.filter_bar.values().is_empty:
            return translate(
                "PropagandaPage",
                "Chưa có sự kiện tuyên truyền nào. Bấm “Thêm sự kiện” (Ctrl+N) để ghi sự kiện đầu tiên.",
            )
        return translate("PropagandaPage", "Không có sự kiện nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả.")

    def undo_message(self, deletion: trash.Deletion) -> str:
        return translate("PropagandaPage", "{what} Bấm “Hoàn tác” (Ctrl+Z) nếu xóa nhầm.").format(
            what=deletion.describe()
        )

    def trash_caption(self, count: int) -> str:
        if count:
            return translate("PropagandaPage", "Thùng rác ({n})").format(n=format_number(count))
        return translate("PropagandaPage", "Thùng rác")

    def inactive_template(self) -> str:
        return translate("PropagandaPage", "{label} (ngừng dùng)")

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
                self.table.select_row(0)
            return True
        return super().eventFilter(watched, event)
