"""Demo Action Month plans: drafted from the template and linked, item by item, to the record that carried
each out (the Kế hoạch page's first proposal) — so the demo never shows the launch ceremony it held as
overdue — the same on every run of a seed, and an officer's own plan is never doubled.

Every expectation is computed with plain SQL over the store, not with core.plans.progress."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from gender_equality_desk.core.dashboard.reading import reading_store
from gender_equality_desk.core.dashboard.reminders import DeadlineKind, upcoming_deadlines
from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.demo.plans import generate_demo_plans
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.status import label_from
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

AS_OF = date(2026, 12, 20)  # after 2026's Action Month: 2025's plan is a year old
LOCAL_DAY = "date(a.start_at, '+7 hours')"
IN_WINDOW = (
    "({day} BETWEEN coalesce(pa.start_date, pa.end_date) AND coalesce(pa.end_date, pa.start_date)"
    " OR {day} BETWEEN p.period_start AND p.period_end)"
)
# Each link with whether its record is of the item's kind, done, live and held in the item's time.
LINKS = f"""
SELECT p.year, pa.id, l.activity_id, l.propaganda_event_id,
       CASE WHEN l.activity_id IS NOT NULL
            THEN a.kind_id = pa.kind_id AND a.status = 'done' AND a.is_deleted = 0
                 AND {IN_WINDOW.format(day=LOCAL_DAY)}
            ELSE e.kind_id = pa.propaganda_kind_id AND e.is_deleted = 0
                 AND {IN_WINDOW.format(day="e.start_date")}
       END
FROM planned_activity_link l JOIN planned_activity pa ON pa.id = l.planned_activity_id
JOIN plan p ON p.id = pa.plan_id
LEFT JOIN activity a ON a.id = l.activity_id LEFT JOIN propaganda_event e ON e.id = l.propaganda_event_id
ORDER BY l.id
"""
UNLINKED_ITEMS = """
SELECT p.year, pa.id, pa.title, pa.body, coalesce(pa.end_date, pa.start_date, p.period_end)
FROM planned_activity pa JOIN plan p ON p.id = pa.plan_id
WHERE NOT EXISTS (SELECT 1 FROM planned_activity_link l WHERE l.planned_activity_id = pa.id)
"""
# Records of an unlinked item's kind, in its time, linked to nothing: there must be none.
FREE_SAME_KIND = f"""
SELECT count(*) FROM planned_activity pa JOIN plan p ON p.id = pa.plan_id
WHERE pa.id = ? AND (
    EXISTS (SELECT 1 FROM activity a WHERE a.kind_id = pa.kind_id AND a.status = 'done' AND a.is_deleted = 0
            AND {IN_WINDOW.format(day=LOCAL_DAY)}
            AND a.id NOT IN (SELECT activity_id FROM planned_activity_link WHERE activity_id IS NOT NULL))
    OR EXISTS (SELECT 1 FROM propaganda_event e WHERE e.kind_id = pa.propaganda_kind_id AND e.is_deleted = 0
            AND {IN_WINDOW.format(day="e.start_date")}
            AND e.id NOT IN (SELECT propaganda_event_id FROM planned_activity_link
                             WHERE propaganda_event_id IS NOT NULL)))
"""
LAUNCHES_HELD = f"""
SELECT p.year, count(a.id) FROM plan p JOIN planned_activity pa ON pa.plan_id = p.id
JOIN activity_kind k ON k.id = pa.kind_id AND k.code = 'launch_ceremony'
LEFT JOIN activity a ON a.kind_id = k.id AND a.status = 'done' AND a.is_deleted = 0
     AND {IN_WINDOW.format(day=LOCAL_DAY)}
GROUP BY p.year ORDER BY p.year
"""


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataLayout(tmp_path / "other"))
    yield opened
    opened.close()


def sql(layout: DataLayout, query: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(layout.store)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def test_each_planned_item_is_linked_to_the_record_that_carried_it_out(
    store: Store, layout: DataLayout
) -> None:
    summary = generate_demo(store, years=3, scale=1, seed=11, as_of=AS_OF, with_cases=False)
    assert summary.plans == 3
    assert sql(
        layout,
        "SELECT year, count(*) FROM plan JOIN planned_activity pa ON pa.plan_id = plan.id GROUP BY year",
    ) == [(2024, 4), (2025, 4), (2026, 4)]  # the template plans four a year

    links = sql(layout, LINKS)
    assert links and all(row[4] == 1 for row in links), links  # of its kind, done, in its time
    records = [(row[2], row[3]) for row in links]
    assert len(records) == len(set(records))  # one record carries out one planned item
    assert len({row[1] for row in links}) == len(links)  # one link per planned item
    # Banners and broadcasts (the template's propaganda kinds) are carried out by propaganda events.
    assert {row[0] for row in links if row[3] is not None} == {2024, 2025, 2026}

    unlinked = sql(layout, UNLINKED_ITEMS)
    for _year, planned_id, *_ in unlinked:  # genuinely not done: nothing of its kind was free to link
        assert sql(layout, FREE_SAME_KIND, planned_id) == [(0,)]
    # The commune held its launch ceremony every year: no year's plan leaves it unlinked.
    assert sql(layout, LAUNCHES_HELD) == [(2024, 1), (2025, 1), (2026, 1)]
    launch_items = sql(
        layout,
        "SELECT count(*) FROM planned_activity pa JOIN activity_kind k ON k.id = pa.kind_id "
        "WHERE k.code = 'launch_ceremony' AND EXISTS "
        "(SELECT 1 FROM planned_activity_link l WHERE l.planned_activity_id = pa.id)",
    )
    assert launch_items == [(3,)]

    # Tổng quan: a planned item shows as overdue only when it is genuinely not done.
    with reading_store(layout.store) as connection:
        shown = [
            d.title
            for d in upcoming_deadlines(connection, AS_OF)
            if d.kind is DeadlineKind.PLANNED_ACTIVITY and d.days_left < 0
        ]
    overdue_by_sql = [
        label_from(str(title), str(body))
        for year, _id, title, body, due in unlinked
        if int(str(year)) >= AS_OF.year - 1 and date.fromisoformat(str(due)) < AS_OF
    ]
    assert [title.split(". ", 1)[1] for title in shown] == overdue_by_sql

    assert generate_demo_plans(store, years=[2024, 2025, 2026], as_of=AS_OF) == 0  # kept


def test_same_seed_same_links_and_no_plan_before_november(
    store: Store, layout: DataLayout, other_store: Store, tmp_path: Path
) -> None:
    generate_demo(store, years=2, scale=1, seed=7, as_of=AS_OF, with_cases=False)
    generate_demo(other_store, years=2, scale=1, seed=7, as_of=AS_OF, with_cases=False)
    query = (
        "SELECT p.year, pa.sort_order, a.uuid, e.uuid FROM planned_activity_link l "
        "JOIN planned_activity pa ON pa.id = l.planned_activity_id JOIN plan p ON p.id = pa.plan_id "
        "LEFT JOIN activity a ON a.id = l.activity_id "
        "LEFT JOIN propaganda_event e ON e.id = l.propaganda_event_id ORDER BY l.id"
    )
    links = sql(layout, query)
    assert len(links) == 8  # two plans of four items, all carried out by this seed's records
    assert links == sql(DataLayout(tmp_path / "other"), query)

    assert generate_demo_plans(store, years=[2027], as_of=date(2027, 10, 31)) == 0
