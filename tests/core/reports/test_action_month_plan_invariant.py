"""The Action Month report never prints as "not done" a planned activity whose kind has a done record in its
time that no other planned activity claims — an activity of its activity kind, a propaganda event of its
propaganda kind — checked by plain SQL over demo stores of several seeds, as the demo links them and as an
officer who never links anything leaves them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import delete

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.status import label_from
from gender_equality_desk.core.reports.action_month import action_month_report
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle
from gender_equality_desk.core.reports.plan_gaps import SECTION_TITLE
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.plan_models import PlannedActivityLink

from .handmade import sql

AS_OF = date(2026, 12, 20)
# Activities that carried out some planned activity of a live plan (a link to a trashed record is none).
LINKED = (
    "SELECT l.activity_id FROM planned_activity_link l "
    "JOIN planned_activity pa ON pa.id = l.planned_activity_id JOIN plan p ON p.id = pa.plan_id "
    "WHERE l.activity_id IS NOT NULL AND pa.is_deleted = 0 AND p.is_deleted = 0"
)
DONE_LINK = (
    "EXISTS (SELECT 1 FROM planned_activity_link l LEFT JOIN activity a ON a.id = l.activity_id "
    "LEFT JOIN propaganda_event e ON e.id = l.propaganda_event_id WHERE l.planned_activity_id = pa.id AND "
    "((a.id IS NOT NULL AND a.is_deleted = 0 AND a.status = 'done') "
    "OR (e.id IS NOT NULL AND e.is_deleted = 0)))"
)
LINKED_EVENTS = (
    "SELECT l.propaganda_event_id FROM planned_activity_link l "
    "JOIN planned_activity pa ON pa.id = l.planned_activity_id JOIN plan p ON p.id = pa.plan_id "
    "WHERE l.propaganda_event_id IS NOT NULL AND pa.is_deleted = 0 AND p.is_deleted = 0"
)
LOCAL_DAY = "date(ra.start_at, '+7 hours')"


@pytest.fixture(scope="module", params=[(3, True), (21, True), (58, True), (21, False), (58, False)])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    seed, linked = request.param
    store = open_store(DataLayout(tmp_path_factory.mktemp(f"plans{seed}")))
    generate_demo(store, years=2, scale=1, seed=seed, as_of=AS_OF, with_cases=False)
    if not linked:  # the officer of the issue: records typed in, none linked to the plan
        with store.transaction() as session:
            session.execute(delete(PlannedActivityLink))
    yield store
    store.close()


def _in_time(day: str) -> str:
    return (
        f"({day} BETWEEN coalesce(pa.start_date, pa.end_date) AND coalesce(pa.end_date, pa.start_date) "
        f"OR {day} BETWEEN p.period_start AND p.period_end)"
    )


def unclaimed_same_kind(store: Store, year: int) -> dict[str, set[str]]:
    """Per planned activity (label) with nothing done linked: the titles of the records of its kind done
    within its own dates or the plan's period, not linked to any planned activity."""
    planned = (
        "FROM planned_activity pa JOIN plan p ON p.id = pa.plan_id "
        "WHERE p.is_deleted = 0 AND pa.is_deleted = 0 AND p.kind = 'action_month' AND p.year = ? "
        f"AND NOT {DONE_LINK}"
    )
    rows = sql(
        store,
        "SELECT pa.title, pa.body, ra.title "
        + planned.replace(
            "WHERE",
            "JOIN activity ra ON ra.kind_id = pa.kind_id AND ra.status = 'done' AND ra.is_deleted = 0 WHERE",
            1,
        )
        + f" AND ra.id NOT IN ({LINKED}) AND {_in_time(LOCAL_DAY)} "
        "UNION ALL SELECT pa.title, pa.body, re.title "
        + planned.replace(
            "WHERE",
            "JOIN propaganda_event re ON re.kind_id = pa.propaganda_kind_id AND re.is_deleted = 0 WHERE",
            1,
        )
        + f" AND re.id NOT IN ({LINKED_EVENTS}) AND {_in_time('re.start_date')}",
        year,
        year,
    )
    found: dict[str, set[str]] = {}
    for title, body, record_title in rows:
        label = label_from(str(title), str(body))  # the label the report prints for a planned activity
        found.setdefault(label, set()).add(str(record_title))
    return found


@pytest.mark.parametrize("year", [2025, 2026])
def test_nothing_printed_as_not_done_has_an_unclaimed_done_activity_of_its_kind(
    demo: Store, year: int
) -> None:
    with demo.reading() as session:
        content = action_month_report(session, year, day=AS_OF)
    not_done = next((t for t in content.tables() if t.title.endswith(SECTION_TITLE)), None)
    printed = [str(row.cells[1]) for row in not_done.rows] if not_done else []
    bullets = [
        b.text for b in content.blocks if isinstance(b, Paragraph) and b.style is ParagraphStyle.BULLET
    ]
    pattern = r"^(.*): (?:đã tổ chức|đã thực hiện) “(.*)” ngày"
    cited = {m.group(1): m.group(2) for b in bullets if (m := re.match(pattern, b))}

    candidates = unclaimed_same_kind(demo, year)
    claimed_by_others = set(cited.values())
    for label in printed:
        assert label not in cited
        free = candidates.get(label, set()) - claimed_by_others
        assert not free, f"{label!r} printed as not done while {free} of its kind was done"
    for label, title in cited.items():  # each named record is of its kind, in its time, unclaimed
        assert title in candidates[label]
    assert len(cited) == len(set(cited.values()))  # one record stands for one planned activity
