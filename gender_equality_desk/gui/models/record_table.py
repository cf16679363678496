"""A table model over a record list of any size: it holds the ordered ids, never the table.

How to use it for a list (activities, propaganda events, the trash…):

    columns = [
        Column(ActivityColumn.DATE, QT_TRANSLATE_NOOP("RecordTableModel", "Ngày"), date_text),
        Column(ActivityColumn.BUDGET, QT_TRANSLATE_NOOP("RecordTableModel", "Kinh phí"), money, RIGHT),
        ...
    ]
    source = RecordSource(
        ids=activity_ids,                                   # (session, filter, sort, *, limit) -> ids
        rows=activity_rows,                                 # (session, ids) -> frozen rows with .id
        sort_for=lambda column, descending: ActivitySort(column, descending),
    )
    model = RecordTableModel(store, source, columns, ActivityFilter(), ActivitySort())
    view.setModel(model)
    model.refresh()               # or model.set_filter(ActivityFilter(kind_id=3))

`refresh()` reads the first screenful synchronously (the view paints at once) and the full ordered id
list on a worker thread with its own session; `loaded(count)` is emitted when the full list is in.
Rows are read on demand, a page of PAGE_SIZE ids at a time, and a few pages are kept (LRU). Clicking a
header calls `sort()`, which asks the core for a new order (SQL sorts, Python never does).
`ID_ROLE` gives a row's record id, `ROW_ROLE` its frozen row object.

Headers are Vietnamese source texts translated when shown (column lists are built at import, before the
language is chosen), by default in the "RecordTableModel" context. Mark each literal header as above with
`gui.i18n.QT_TRANSLATE_NOOP` so lupdate extracts it in that context; the English goes in the .ts of the
module declaring the columns. A header taken from a core enum label sets `header_context` to the enum's
class name instead (how core marks its labels), e.g. `Column(ActivityColumn.DATE, ActivityColumn.DATE.label,
..., header_context="ActivityColumn")`.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from sqlalchemy.orm import Session

from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.workers import BackgroundJobs

PAGE_SIZE = 200  # rows read per query; a screen shows about 20
CACHED_PAGES = 16
FIRST_SCREEN = 200  # ids read synchronously before the full list, so the first paint never waits

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)
F = TypeVar("F")
S = TypeVar("S")
K = TypeVar("K")
F_contra = TypeVar("F_contra", contravariant=True)
S_contra = TypeVar("S_contra", contravariant=True)


class IdQuery(Protocol[F_contra, S_contra]):
    """The core's `*_ids(session, filter, sort, *, limit=None)`."""

    def __call__(
        self, session: Session, flt: F_contra, sort: S_contra, *, limit: int | None = None
    ) -> Sequence[int]: ...


@dataclass(frozen=True)
class RecordSource(Generic[R, F, S, K]):
    """The three core functions a list needs."""

    ids: IdQuery[F, S]
    rows: Callable[[Session, Sequence[int]], Sequence[R]]
    sort_for: Callable[[K, bool], S]  # (column key, descending) -> the core's sort value


HEADER_CONTEXT = "RecordTableModel"  # the context column headers are marked and translated in


@dataclass(frozen=True)
class Column(Generic[R, K]):
    """One column, declared once: its sort key (the core's column enum), header and formatting."""

    key: K
    header: str
    text: Callable[[R], str]
    alignment: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[R], str] | None = None  # default: the cell text (long titles are elided)
    sortable: bool = True
    # The context `header` is translated in when shown; a header taken from a core enum label uses the
    # enum's class name, as core marks it (e.g. "ActivityColumn").
    header_context: str = HEADER_CONTEXT


class RecordTableModel(QAbstractTableModel, Generic[R, F, S, K]):
    loaded = Signal(int)  # the full id list is in: the number of matching records
    failed = Signal(str)  # reading the list failed (Vietnamese, for the officer)

    def __init__(
        self,
        store: Store,
        source: RecordSource[R, F, S, K],
        columns: Sequence[Column[R, K]],
        flt: F,
        sort: tuple[int, bool] = (0, True),
        *,
        first_screen: int = FIRST_SCREEN,
        parent: QObject | None = None,
    ) -> None:
        """`sort`: (column index, descending)."""
        super().__init__(parent)
        self._store = store
        self._source = source
        self._columns = list(columns)
        self._filter = flt
        self._sort = sort
        self._first_screen = first_screen
        self._ids: Sequence[int] = array("q")
        self._complete = True
        self._pages: OrderedDict[int, list[R | None]] = OrderedDict()
        self._generation = 0
        self._jobs = BackgroundJobs(self)

    # -- what the page asks --------------------------------------------------------------------------

    @property
    def filter(self) -> F:
        return self._filter

    @property
    def sort_order(self) -> tuple[int, bool]:
        return self._sort

    def is_complete(self) -> bool:
        """False while the full id list is still being read (rowCount is then the first screen)."""
        return self._complete

    def set_filter(self, flt: F) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (after a save, a delete, a filter or sort change)."""
        self._generation += 1
        generation = self._generation
        flt, sort = self._filter, self._core_sort()
        with self._store.reading() as session:
            first = self._source.ids(session, flt, sort, limit=self._first_screen)
        self._replace(first, complete=len(first) < self._first_screen)
        if self._complete:
            self.loaded.emit(len(first))
            return

        def read_all() -> Sequence[int]:
            with self._store.reading() as session:
                return self._source.ids(session, flt, sort)

        self._jobs.submit(
            read_all,
            on_done=lambda ids: self._on_full_list(generation, ids),
            on_failed=lambda error: self._on_failure(generation, error),
            replace_pending=True,
        )

    def wait_until_loaded(self) -> None:
        """Block until the worker is done (tests and benchmarks); the event loop then delivers `loaded`."""
        self._jobs.wait()

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def shown_ids(self) -> Sequence[int]:
        """The ids of every row of the filtered list, in the order shown (complete once is_complete())."""
        return self._ids

    def record(self, row: int) -> R | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // PAGE_SIZE)[row % PAGE_SIZE]

    def row_of(self, record_id: int) -> int | None:
        """Where `record_id` is shown, or None (a scan of the ids: milliseconds for a million)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def column(self, section: int) -> Column[R, K]:
        return self._columns[section]

    # -- Qt model interface ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(column.header_context, column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        if role == ID_ROLE:
            return self.record_id(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ROW_ROLE,
        ):
            return None  # decoration, fonts, colours…: the view's defaults, without reading the row
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        row = self.record(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return column.text(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        wanted = (column, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return  # the view calls sort() when sorting is switched on; no second query
        self._sort = wanted
        self.refresh()

    # -- internals -------------------------------------------------------------------------------------

    def _core_sort(self) -> S:
        column, descending = self._sort
        return self._source.sort_for(self._columns[column].key, descending)

    def _replace(self, ids: Sequence[int], *, complete: bool) -> None:
        self.beginResetModel()
        self._ids = ids
        self._complete = complete
        self._pages.clear()
        self.endResetModel()

    def _on_full_list(self, generation: int, ids: Sequence[int]) -> None:
        if generation != self._generation:
            return  # a newer filter or sort was asked for meanwhile
        shown = len(self._ids)
        if len(ids) >= shown and ids[:shown] == self._ids:
            # The usual case: the first screen is the start of the full list, so the rows already
            # painted (and the selection) stay put and the rest is appended.
            for number in [n for n in self._pages if (n + 1) * PAGE_SIZE > shown]:
                del self._pages[number]  # a partly filled last page
            self._complete = True
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:
            self._replace(ids, complete=True)  # the store changed between the two reads
        self.loaded.emit(len(ids))

    def _on_failure(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._complete = True
        self.failed.emit(
            translate("RecordTableModel", "Không đọc được danh sách: {error}. Vui lòng thử lại.").format(
                error=error
            )
        )

    def _page(self, number: int) -> list[R | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        with self._store.reading() as session:
            rows = self._source.rows(session, ids)
        by_id = {row.id: row for row in rows}
        page = [by_id.get(record_id) for record_id in ids]  # None: removed for good since the list was read
        self._pages[number] = page
        if len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page
