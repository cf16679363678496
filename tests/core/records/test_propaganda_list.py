from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.propaganda_list import (
    PropagandaColumn,
    PropagandaFilter,
    PropagandaSort,
    count_propaganda,
    propaganda_ids,
    propaganda_rows,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import PropagandaEvent
from gender_equality_desk.core.store.opening import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("plist")))
    generate_demo(store, years=2, scale=1, seed=5, as_of=date(2026, 11, 23))
    yield store
    store.close()


def test_period_filter_keeps_events_that_overlap(demo: Store) -> None:
    flt = PropagandaFilter(date_from=date(2026, 11, 15), date_to=date(2026, 12, 15))
    with demo.reading() as session:
        ids = set(propaganda_ids(session, flt, PropagandaSort()))
        expected = {
            event.id
            for event in session.scalars(select(PropagandaEvent))
            if event.end_date >= date(2026, 11, 15) and event.start_date <= date(2026, 12, 15)
        }
        assert count_propaganda(session, flt) == len(ids)
    assert ids == expected and ids


@pytest.mark.parametrize("column", list(PropagandaColumn))
def test_sorting_each_column(demo: Store, column: PropagandaColumn) -> None:
    with demo.reading() as session:
        ids = list(propaganda_ids(session, PropagandaFilter(), PropagandaSort(column, descending=False)))
        rows = propaganda_rows(session, ids)
    key = {
        PropagandaColumn.DATE: lambda r: r.start_date,
        PropagandaColumn.TITLE: lambda r: r.title,
        PropagandaColumn.KIND: lambda r: r.kind_label,
        PropagandaColumn.PLACES: lambda r: "\n".join(r.places),
        PropagandaColumn.QUANTITY: lambda r: r.quantity,
        PropagandaColumn.MINUTES: lambda r: -1 if r.minutes is None else r.minutes,
        PropagandaColumn.REACH: lambda r: -1 if r.estimated_reach is None else r.estimated_reach,
    }[column]
    values = [key(row) for row in rows]
    assert values == sorted(values)  # type: ignore[type-var]
    assert len(rows) == len(ids) > 50


def test_search_without_diacritics(demo: Store) -> None:
    with demo.reading() as session:
        hits = set(propaganda_ids(session, PropagandaFilter(text="bang ron"), PropagandaSort()))
        expected = {
            event_id
            for event_id, search in session.execute(select(PropagandaEvent.id, PropagandaEvent.search_text))
            if any(w.startswith("bang") for w in search.split())
            and any(w.startswith("ron") for w in search.split())
        }
    assert hits == expected and hits
