from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.activity_log import activity_log_report, selected_activities_log
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("log")))
    generate_demo(store, years=1, scale=1, seed=4, as_of=date(2026, 11, 23))
    yield store
    store.close()


def test_log_lists_done_activities_and_events_in_date_order(demo: Store) -> None:
    with demo.reading() as session:
        report = activity_log_report(session, date(2026, 11, 1), date(2026, 11, 30))
    (table,) = report.tables()
    connection = sqlite3.connect(demo.path)
    done = connection.execute(
        "SELECT count(*), sum(budget_vnd) FROM activity WHERE status = 'done' AND is_deleted = 0 "
        "AND start_at >= '2026-10-31 17:00:00' AND start_at < '2026-11-30 17:00:00'"
    ).fetchone()
    events = connection.execute(
        "SELECT count(*) FROM propaganda_event WHERE is_deleted = 0 "
        "AND start_date BETWEEN '2026-11-01' AND '2026-11-30'"
    ).fetchone()[0]
    connection.close()
    assert len(table.rows) == done[0] + events > 0
    assert [row.cells[0] for row in table.rows] == list(range(1, len(table.rows) + 1))
    days = [row.cells[1] for row in table.rows]
    assert all(isinstance(day, date) for day in days) and days == sorted(days)  # type: ignore[type-var]
    assert table.totals()[-1] == done[1]
    assert report.landscape and report.file_stem == "NhatKy_HoatDong_20261101_20261130_XaCaoLau"


def test_wrong_period_is_explained(demo: Store) -> None:
    with pytest.raises(UserFacingError, match="trước ngày bắt đầu"), demo.reading() as session:
        activity_log_report(session, date(2026, 11, 30), date(2026, 11, 1))


def test_a_selection_logs_the_chosen_done_activities_and_counts_the_others(demo: Store) -> None:
    connection = sqlite3.connect(demo.path)
    chosen = [
        row
        for status in ("done", "planned")
        for row in connection.execute(
            "SELECT id, title, status FROM activity WHERE is_deleted = 0 AND status = ? "
            "ORDER BY start_at DESC LIMIT 3",
            (status,),
        ).fetchall()
    ]
    connection.close()
    done = [title for _, title, status in chosen if status == "done"]
    assert len(done) == 3 and len(chosen) == 6
    with demo.reading() as session:
        log = selected_activities_log(session, [row[0] for row in chosen])
        everything = selected_activities_log(session, [row[0] for row in chosen], include_not_done=True)
    (table,) = log.content.tables()
    assert sorted(str(row.cells[2]) for row in table.rows) == sorted(done)
    assert [row.cells[0] for row in table.rows] == list(range(1, len(done) + 1))
    assert log.left_out == len(chosen) - len(done)

    (all_rows,) = everything.content.tables()
    expected = [title if status == "done" else f"{title} (Dự kiến)" for _, title, status in chosen]
    assert sorted(str(row.cells[2]) for row in all_rows.rows) == sorted(expected)
    assert everything.left_out == 0


def test_a_selection_that_was_deleted_meanwhile_is_explained(demo: Store) -> None:
    with pytest.raises(UserFacingError, match="không còn"), demo.reading() as session:
        selected_activities_log(session, [10**9])
