"""The paging table model, checked without a view: Qt's model tester, the worker thread that reads the
full id list, sorting and filtering through the core, and rows read a page at a time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from gender_equality_desk.core.catalogues import CatalogueKind, active_choices
from gender_equality_desk.core.records.activity_list import (
    ActivityColumn,
    ActivityFilter,
    ActivityListRow,
    ActivitySort,
    activity_ids,
    activity_rows,
    count_activities,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.models.record_table import (
    ID_ROLE,
    PAGE_SIZE,
    RIGHT,
    ROW_ROLE,
    Column,
    RecordSource,
    RecordTableModel,
)

Model = RecordTableModel[ActivityListRow, ActivityFilter, ActivitySort, ActivityColumn]
COLUMNS: list[Column[ActivityListRow, ActivityColumn]] = [
    Column(ActivityColumn.DATE, "Ngày", lambda row: f"{row.day:%d/%m/%Y}"),
    Column(ActivityColumn.TITLE, "Tên hoạt động", lambda row: row.title),
    Column(ActivityColumn.PARTICIPANTS, "Tham gia", lambda row: str(row.participants_total), RIGHT),
]


class CountingRows:
    """activity_rows, remembering how many ids each call asked for."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, session: Session, ids: Sequence[int]) -> list[ActivityListRow]:
        self.calls.append(len(ids))
        return activity_rows(session, ids)


@pytest.fixture
def rows_spy() -> CountingRows:
    return CountingRows()


@pytest.fixture
def model(filled_store: Store, rows_spy: CountingRows, qtbot: QtBot) -> Iterator[Model]:
    source = RecordSource(
        ids=activity_ids, rows=rows_spy, sort_for=lambda column, descending: ActivitySort(column, descending)
    )
    # A first screen of 7 rows, so the rest of the 40 comes from the worker thread as with a big store.
    made: Model = RecordTableModel(filled_store, source, COLUMNS, ActivityFilter(), (0, True), first_screen=7)
    yield made
    made.wait_until_loaded()


def ids_in_store(store: Store, flt: ActivityFilter, sort: ActivitySort) -> list[int]:
    with store.reading() as session:
        return list(activity_ids(session, flt, sort))


def shown_ids(model: Model) -> list[int]:
    return [model.data(model.index(row, 0), ID_ROLE) for row in range(model.rowCount())]


def test_first_screen_then_the_full_list_from_the_worker(
    qtbot: QtBot, model: Model, filled_store: Store
) -> None:
    with qtbot.waitSignal(model.loaded, timeout=5000) as blocker:
        model.refresh()
        assert model.rowCount() == 7  # painted before the worker is done
        assert not model.is_complete()
    with filled_store.reading() as session:
        total = count_activities(session, ActivityFilter())
    assert blocker.args == [total]
    assert model.rowCount() == total and model.is_complete()
    assert shown_ids(model) == ids_in_store(filled_store, ActivityFilter(), ActivitySort())


def test_passes_qt_model_tester(qtbot: QtBot, model: Model, qtmodeltester: ModelTester) -> None:
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    qtmodeltester.check(model)
    # The tester also watches later changes: a filter, a sort and a refresh with the worker.
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.sort(1, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(ActivityFilter(text="hop dan"))


def test_cells_roles_and_headers(qtbot: QtBot, model: Model, filled_store: Store) -> None:
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    first = model.index(0, 0)
    row = model.data(first, ROW_ROLE)
    assert isinstance(row, ActivityListRow)
    assert model.data(first, ID_ROLE) == row.id
    assert model.data(first) == f"{row.day:%d/%m/%Y}"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == row.title
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Tên hoạt động"
    assert model.rowCount(first) == 0
    assert model.row_of(row.id) == 0
    assert model.row_of(-5) is None


def test_sort_asks_the_core_for_the_new_order(qtbot: QtBot, model: Model, filled_store: Store) -> None:
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.sort(2, Qt.SortOrder.AscendingOrder)
    expected = ids_in_store(filled_store, ActivityFilter(), ActivitySort(ActivityColumn.PARTICIPANTS, False))
    assert shown_ids(model) == expected
    assert model.sort_order == (2, False)


def test_filter_re_queries(qtbot: QtBot, model: Model, filled_store: Store) -> None:
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    with filled_store.reading() as session:
        kinds = [kind_id for kind_id, _label in active_choices(session, CatalogueKind.ACTIVITY_KIND)]
        used = next(k for k in kinds if count_activities(session, ActivityFilter(kind_id=k)) > 1)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(ActivityFilter(kind_id=used))
    assert model.filter == ActivityFilter(kind_id=used)
    assert shown_ids(model) == ids_in_store(filled_store, ActivityFilter(kind_id=used), ActivitySort())
    assert 1 < model.rowCount() < 40
    assert model.is_complete()
    assert list(model.shown_ids()) == shown_ids(model)  # what "In nhật ký" of the whole list uses


def test_rows_are_read_a_page_at_a_time(qtbot: QtBot, model: Model, rows_spy: CountingRows) -> None:
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()
    for row in range(model.rowCount()):
        model.data(model.index(row, 1))
    assert rows_spy.calls and max(rows_spy.calls) <= PAGE_SIZE
    assert len(rows_spy.calls) == 1  # 40 rows: one page, then served from the cache
    assert model.data(QModelIndex()) is None


class ContextTranslator(QTranslator):
    """Translates only the texts of `context`, so a header looked up in the wrong context stays Vietnamese."""

    def __init__(self, context: str, texts: dict[str, str]) -> None:
        super().__init__()
        self._context, self._texts = context, texts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) means "no translation here": Qt then returns the source text.
        return self._texts.get(source) if context == self._context else None

    def isEmpty(self) -> bool:
        return False


def test_headers_are_translated_when_shown_in_their_context(qtbot: QtBot, filled_store: Store) -> None:
    columns: list[Column[ActivityListRow, ActivityColumn]] = [
        Column(ActivityColumn.DATE, "Ngày", lambda row: f"{row.day:%d/%m/%Y}"),
        Column(ActivityColumn.TITLE, "Tên hoạt động", lambda row: row.title, header_context="ActivityColumn"),
    ]
    source: RecordSource[ActivityListRow, ActivityFilter, ActivitySort, ActivityColumn] = RecordSource(
        ids=activity_ids,
        rows=activity_rows,
        sort_for=lambda column, descending: ActivitySort(column, descending),
    )
    made: Model = RecordTableModel(filled_store, source, columns, ActivityFilter(), (0, True))
    horizontal = Qt.Orientation.Horizontal
    app = QCoreApplication.instance()
    assert app is not None
    english = ContextTranslator("RecordTableModel", {"Ngày": "Date", "Tên hoạt động": "Activity"})
    app.installTranslator(english)
    try:
        # The default context is translated; a column that names another context is looked up there only.
        assert made.headerData(0, horizontal) == "Date"
        assert made.headerData(1, horizontal) == "Tên hoạt động"
    finally:
        app.removeTranslator(english)
    assert made.headerData(0, horizontal) == "Ngày"  # Vietnamese again without the translation
    made.wait_until_loaded()
