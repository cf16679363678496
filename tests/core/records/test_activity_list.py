"""Listing at scale: filters, diacritic-insensitive search and ordering, checked against plain SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select, text

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.domain.clock import local_date
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activity_list import (
    ActivityColumn,
    ActivityFilter,
    ActivitySort,
    activity_ids,
    activity_rows,
    count_activities,
)
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, ActivityKind, Village
from gender_equality_desk.core.store.opening import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("list")))
    generate_demo(store, years=2, scale=1, seed=11, as_of=date(2026, 11, 23))
    yield store
    store.close()


def test_default_order_is_newest_first_and_ids_match_count(demo: Store) -> None:
    with demo.reading() as session:
        ids = activity_ids(session, ActivityFilter(), ActivitySort())
        assert len(ids) == count_activities(session, ActivityFilter()) == 400
        starts = [session.get(Activity, row_id).start_at for row_id in ids[:50]]  # type: ignore[union-attr]
    assert starts == sorted(starts, reverse=True)


@pytest.mark.parametrize("column", list(ActivityColumn))
def test_every_column_sorts_both_ways(demo: Store, column: ActivityColumn) -> None:
    with demo.reading() as session:
        up = list(activity_ids(session, ActivityFilter(), ActivitySort(column, descending=False)))
        down = list(activity_ids(session, ActivityFilter(), ActivitySort(column, descending=True)))
        rows = activity_rows(session, up)
    assert len(up) == len(down) == 400 and set(up) == set(down)
    key = {
        ActivityColumn.DATE: lambda r: r.day,
        ActivityColumn.TITLE: lambda r: r.title,
        ActivityColumn.KIND: lambda r: r.kind_label,
        ActivityColumn.PLACE: lambda r: r.place,
        ActivityColumn.ORGANISER: lambda r: r.organiser,
        ActivityColumn.PARTICIPANTS: lambda r: r.participants_total,
        ActivityColumn.FEMALE: lambda r: r.participants_female or 0,
        ActivityColumn.BUDGET: lambda r: r.budget_vnd,
        ActivityColumn.STATUS: lambda r: r.status.value,
    }[column]
    values = [key(row) for row in rows]
    # SQLite compares text by UTF-8 bytes, which is code-point order, as Python does.
    assert values == sorted(values)  # type: ignore[type-var]
    assert len(set(values)) > 1


def test_search_ignores_diacritics_and_case(demo: Store) -> None:
    with demo.reading() as session:
        plain = set(activity_ids(session, ActivityFilter(text="binh dang"), ActivitySort()))
        accented = set(activity_ids(session, ActivityFilter(text="BÌNH ĐẲNG"), ActivitySort()))
        expected = {
            row_id
            for row_id, search in session.execute(select(Activity.id, Activity.search_text))
            if any(w.startswith("binh") for w in search.split())
            and any(w.startswith("dang") for w in search.split())
        }
    assert plain == accented == expected
    assert plain, "the demo data mention bình đẳng giới"


def test_filters_combine_and_match_plain_sql(demo: Store) -> None:
    with demo.reading() as session:
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == "village_meeting")).one()
        village_id = session.scalars(select(Village.id).order_by(Village.id)).first()
        flt = ActivityFilter(
            kind_id=kind_id,
            status=ActivityStatus.DONE,
            date_from=date(2026, 1, 1),
            date_to=date(2026, 11, 23),
        )
        ids = set(activity_ids(session, flt, ActivitySort()))
        expected = {
            row.id
            for row in session.scalars(select(Activity).where(Activity.kind_id == kind_id))
            if row.status is ActivityStatus.DONE
            and date(2026, 1, 1) <= local_date(row.start_at) <= date(2026, 11, 23)
        }
        by_village = set(activity_ids(session, ActivityFilter(village_id=village_id), ActivitySort()))
        village_sql = set(
            session.scalars(text("SELECT id FROM activity WHERE village_id = :v"), {"v": village_id})
        )
    assert ids == expected and ids
    assert by_village == village_sql and by_village


def test_rows_come_back_in_the_order_asked_and_trash_is_separate(demo: Store) -> None:
    with demo.reading() as session:
        ids = list(activity_ids(session, ActivityFilter(), ActivitySort()))[:5]
    wanted = [ids[3], ids[0], ids[4]]
    with demo.reading() as session:
        assert [row.id for row in activity_rows(session, wanted)] == wanted
    with demo.transaction() as session:
        move_to_trash(session, RecordType.ACTIVITY, [ids[0]])
    with demo.reading() as session:
        assert ids[0] not in set(activity_ids(session, ActivityFilter(), ActivitySort()))
        assert list(activity_ids(session, ActivityFilter(in_trash=True), ActivitySort())) == [ids[0]]
        assert count_activities(session, ActivityFilter()) == 399


def test_first_screenful_is_the_start_of_the_full_list(demo: Store) -> None:
    sort = ActivitySort(ActivityColumn.PARTICIPANTS, descending=True)
    with demo.reading() as session:
        first = list(activity_ids(session, ActivityFilter(), sort, limit=25))
        full = list(activity_ids(session, ActivityFilter(), sort))
    assert first == full[:25] and len(first) == 25
