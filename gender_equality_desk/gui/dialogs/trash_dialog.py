"""Thùng rác: what was deleted from the Hoạt động and Tuyên truyền pages, to restore or remove for good.

Opened from both pages; `changed` tells them to refresh their lists and trash counters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import collect_garbage
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import (
    UNKNOWN_DELETION_TIME,
    TrashItem,
    empty_trash,
    restore,
    trash_items,
)
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import styled_label

KIND_COLUMN, TITLE_COLUMN, DAY_COLUMN, DELETED_COLUMN = range(4)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
DIALOG_SIZE = (820, 480)  # leaves room around it on a 1366×768 screen


class TrashDialog(QDialog):
    """Lists the trash, restores the selected records, empties it after a confirmation."""

    changed = Signal()  # something was restored or removed: pages reload their lists

    def __init__(self, store: Store, layout: DataLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        self.setWindowTitle(translate("TrashDialog", "Thùng rác"))
        self.resize(*DIALOG_SIZE)

        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(10)
        self.summary = styled_label("", "muted", wrap=True)
        self.summary.setObjectName("trashSummary")
        box.addWidget(self.summary)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("TrashDialog", "Loại"),
                translate("TrashDialog", "Nội dung"),
                translate("TrashDialog", "Ngày"),
                translate("TrashDialog", "Xóa lúc"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(translate("TrashDialog", "Khôi phục"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(
            translate("TrashDialog", "Đưa các mục đang chọn trở lại danh sách (Ctrl+R).")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(translate("TrashDialog", "Dọn sạch thùng rác"))
        self.empty_button.setObjectName("emptyTrashButton")
        self.empty_button.setToolTip(
            translate("TrashDialog", "Xóa vĩnh viễn mọi mục trong thùng rác và tệp minh chứng của chúng.")
        )
        self.empty_button.clicked.connect(self.empty)
        close_button = QPushButton(translate("TrashDialog", "Đóng"))
        close_button.clicked.connect(self.accept)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(close_button)
        box.addLayout(buttons)
        restore_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        restore_shortcut.activated.connect(self.restore_selected)

        self.reload()
        self.table.setFocus()

    # -- reading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        with self._store.reading() as session:
            items = trash_items(session)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [translated_label(item.record_type), item.title, item.day, self._deleted_text(item)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == TITLE_COLUMN:
                    cell.setToolTip(text)
                cell.setData(ITEM_ROLE, item)
                self.table.setItem(row, column, cell)
        if items:
            self.summary.setText(
                translate(
                    "TrashDialog",
                    "{n} mục đã xóa. Chọn mục (giữ Ctrl hoặc Shift để chọn nhiều) rồi bấm Khôi phục.",
                ).format(n=format_number(len(items)))
            )
            self.table.selectRow(0)
        else:
            self.summary.setText(translate("TrashDialog", "Thùng rác trống."))
        self._update_buttons()

    def items(self) -> list[TrashItem]:
        """Every item shown, top to bottom."""
        return [self._item_at(row) for row in range(self.table.rowCount())]

    def selected_items(self) -> list[TrashItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._item_at(row) for row in rows]

    def _item_at(self, row: int) -> TrashItem:
        cell = self.table.item(row, KIND_COLUMN)
        item = cell.data(ITEM_ROLE) if cell is not None else None
        assert isinstance(item, TrashItem)
        return item

    def _deleted_text(self, item: TrashItem) -> str:
        if item.deleted_at == UNKNOWN_DELETION_TIME:
            return "—"
        return f"{item.deleted_at.astimezone(LOCAL_TZ):%d/%m/%Y %H:%M}"

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty_button.setEnabled(self.table.rowCount() > 0)

    # -- changing ---------------------------------------------------------------------------------

    def restore_selected(self) -> int:
        """Bring the selected records back; returns how many were restored."""
        chosen = self.selected_items()
        if not chosen:
            return 0
        restored = self._run(lambda: self._restore(chosen))
        if restored is None:
            return 0
        self.reload()
        self.summary.setText(
            translate("TrashDialog", "Đã khôi phục {n} mục.").format(n=format_number(restored))
        )
        self.changed.emit()
        return restored

    def _restore(self, chosen: Sequence[TrashItem]) -> int:
        by_type: dict[RecordType, list[int]] = defaultdict(list)
        for item in chosen:
            by_type[item.record_type].append(item.id)
        with self._store.transaction() as session:
            return sum(restore(session, record_type, ids) for record_type, ids in by_type.items())

    def empty(self) -> int:
        """Delete everything in the trash for good, after the officer confirms; returns the count."""
        count = self.table.rowCount()
        if count == 0 or not self._confirm_empty(count):
            return 0
        removed = self._run(self._empty)
        if removed is None:
            return 0
        self.reload()
        self.summary.setText(
            translate("TrashDialog", "Đã xóa vĩnh viễn {n} mục.").format(n=format_number(removed))
        )
        self.changed.emit()
        return removed

    def _empty(self) -> int:
        # The files of attachments nobody refers to any more go too, once the transaction commits.
        with self._store.transaction() as session:
            return empty_trash(session, collect_garbage=lambda s: collect_garbage(s, self._layout))

    def _confirm_empty(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            translate("TrashDialog", "Dọn sạch thùng rác"),
            translate("TrashDialog", "Xóa vĩnh viễn {n} mục? Không thể hoàn tác.").format(
                n=format_number(count)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, job: Callable[[], int]) -> int | None:
        """Run a store job; a problem the officer must see is shown, not raised."""
        try:
            return job()
        except UserFacingError as error:
            QMessageBox.warning(self, translate("TrashDialog", "Thùng rác"), str(error))
            return None
