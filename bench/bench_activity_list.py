"""Benchmark: the Hoạt động list on a big store, against raw sqlite3 queries returning the same rows.

    .venv/bin/python bench/bench_activity_list.py                        # builds ~100,000 activities
    .venv/bin/python bench/bench_activity_list.py --scale 1000           # ~1,000,000 (about 3–5 minutes)
    .venv/bin/python bench/bench_activity_list.py --data-dir /tmp/big    # reuse a store made by
        gender-equality-desk demo --data-dir /tmp/big --years 5 --scale 1000

What is timed, on the real ActivitiesPage shown offscreen at 1366×768:

* open: the page reads its pickers and the first screenful, and the table paints (what the officer waits
  for when clicking "Hoạt động"); raw: one sqlite3 query returning the first screenful's rows, joined.
* per filter/sort scenario: "paint" = filter set → first screenful painted; "all" = filter set → the full
  ordered id list in (read on the worker thread while the officer already sees rows); raw: the sqlite3
  query returning the first screenful's rows, and the query returning every matching id in order.

Each figure is the best of --repeat runs (warm cache, as on an office PC after the first click). Prints
figures and ratios only; timings are never asserted.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.domain.clock import local_midnight_utc
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activity_list import ActivityFilter
from gender_equality_desk.core.records.search import fts_query
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.pages.activities import ActivitiesPage
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.theme import apply_theme

FIRST_SCREEN = 200  # record_table.FIRST_SCREEN: the ids read before the first paint
ROW_SQL = """SELECT a.id, a.start_at, a.title, k.label, coalesce(v.name, a.place_text), a.organiser,
    a.participants_total, a.participants_female, a.participants_male, a.budget_vnd, a.budget_source, a.status
FROM activity a JOIN activity_kind k ON k.id = a.kind_id LEFT JOIN village v ON v.id = a.village_id"""


@dataclass
class Scenario:
    name: str
    flt: ActivityFilter
    where: str = ""  # raw SQL conditions besides "not deleted"
    params: list[Any] = field(default_factory=list)
    sort: tuple[int, bool] = (0, True)  # (list column, descending), as a header click gives
    order: str = "a.start_at DESC, a.id DESC"


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def utc_text(day: date) -> str:
    return local_midnight_utc(day).strftime("%Y-%m-%d %H:%M:%S.%f")


def scenarios(db: sqlite3.Connection) -> list[Scenario]:
    def one(sql: str) -> Any:
        return db.execute(sql).fetchone()[0]

    kind = one("SELECT kind_id FROM activity GROUP BY kind_id ORDER BY count(*) DESC LIMIT 1")
    village = one("SELECT village_id FROM activity WHERE village_id IS NOT NULL GROUP BY village_id LIMIT 1")
    campaign = one("SELECT id FROM campaign WHERE kind = 'action_month' ORDER BY year DESC LIMIT 1")
    last = date.fromisoformat(one("SELECT max(start_at) FROM activity")[:10])
    month = (last - timedelta(days=30), last)
    text = "binh dang"
    fts = "a.id IN (SELECT rowid FROM activity_fts WHERE activity_fts MATCH ?)"
    return [
        Scenario("no filter (newest first)", ActivityFilter()),
        Scenario("kind", ActivityFilter(kind_id=kind), "a.kind_id = ?", [kind]),
        Scenario("village", ActivityFilter(village_id=village), "a.village_id = ?", [village]),
        Scenario("campaign", ActivityFilter(campaign_id=campaign), "a.campaign_id = ?", [campaign]),
        Scenario(
            "status planned", ActivityFilter(status=ActivityStatus.PLANNED), "a.status = ?", ["planned"]
        ),
        Scenario(
            "date range (30 days)",
            ActivityFilter(date_from=month[0], date_to=month[1]),
            "a.start_at >= ? AND a.start_at < ?",
            [utc_text(month[0]), utc_text(month[1] + timedelta(days=1))],
        ),
        Scenario(f"search “{text}”", ActivityFilter(text=text), fts, [fts_query(text)]),
        Scenario(
            "search “hoa giai thon” + village",
            ActivityFilter(text="hòa giải thôn", village_id=village),
            f"{fts} AND a.village_id = ?",
            [fts_query("hòa giải thôn"), village],
        ),
        Scenario(
            "kind + status + search “gia dinh”",
            ActivityFilter(kind_id=kind, status=ActivityStatus.DONE, text="gia dinh"),
            f"a.kind_id = ? AND a.status = ? AND {fts}",
            [kind, "done", fts_query("gia dinh")],
        ),
        Scenario("sort by title A→Z", ActivityFilter(), sort=(1, False), order="a.title ASC, a.id ASC"),
        Scenario(
            "sort by participants",
            ActivityFilter(),
            sort=(5, True),
            order="a.participants_total DESC, a.id DESC",
        ),
    ]


def raw_queries(db: sqlite3.Connection, scenario: Scenario) -> tuple[Callable[[], int], Callable[[], int]]:
    where = "a.is_deleted = 0" + (f" AND {scenario.where}" if scenario.where else "")
    first = f"{ROW_SQL} WHERE {where} ORDER BY {scenario.order} LIMIT {FIRST_SCREEN}"
    every = f"SELECT a.id FROM activity a WHERE {where} ORDER BY {scenario.order}"
    return (
        lambda: len(db.execute(first, scenario.params).fetchall()),
        lambda: len(db.execute(every, scenario.params).fetchall()),
    )


def build_store(scale: int, years: int) -> Path:
    root = Path(tempfile.mkdtemp(prefix="gedesk-bench-"))
    store = open_store(DataLayout(root))
    started = time.perf_counter()
    summary = generate_demo(store, years=years, scale=scale, as_of=date.today())
    store.close()
    print(f"built {summary} in {time.perf_counter() - started:.0f} s at {root}", file=sys.stderr)
    return root


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, help="an existing data folder (skip building)")
    parser.add_argument("--scale", type=int, default=100, help="demo scale when building (100 ≈ 100,000)")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    root = args.data_dir or build_store(args.scale, args.years)

    app = QApplication([])
    apply_theme(app)
    layout = DataLayout(root)
    store = open_store(layout)
    db = sqlite3.connect(layout.store)
    total = db.execute("SELECT count(*) FROM activity WHERE is_deleted = 0").fetchone()[0]
    print(f"store: {layout.store} — {total:,} live activities".replace(",", "."))

    page = ActivitiesPage(PageServices(store, layout))
    page.resize(1366 - 232, 768 - 60)  # the page's share of a 1366×768 main window
    page.show()
    app.processEvents()
    model, viewport = page.model, page.table.viewport()

    def settle() -> None:
        model.wait_until_loaded()
        while not model.is_complete():
            app.processEvents()

    def open_page() -> None:
        page.reload()
        viewport.repaint()

    raw_first, _raw_all = raw_queries(db, Scenario("", ActivityFilter()))

    def open_after_settling() -> float:
        settle()  # the previous full list is in: only the opening is timed
        return best(1, open_page)

    opened = min(open_after_settling() for _ in range(args.repeat))
    raw = best(args.repeat, raw_first)
    print(f"\nopen the page (pickers + first screenful painted): {opened * 1000:7.1f} ms; "
          f"raw first screenful {raw * 1000:6.1f} ms; ratio {opened / raw:5.1f}×")  # fmt: skip

    columns = ("rows", 9), ("paint", 8), ("raw", 7), ("ratio", 6), ("all", 8), ("raw", 7), ("ratio", 6)
    header = f"\n{'scenario':36} " + " ".join(f"{name:>{width}}" for name, width in columns)
    print(header + "\n" + "-" * (len(header) - 1))
    for scenario in scenarios(db):
        raw_first, raw_all = raw_queries(db, scenario)

        timings: list[tuple[float, float]] = []

        def apply(s: Scenario = scenario, timings: list[tuple[float, float]] = timings) -> None:
            settle()
            model.sort(0, Qt.SortOrder.DescendingOrder)
            # Start from another list each time, so nothing is served from the model's cache.
            model.set_filter(ActivityFilter() if s.sort != (0, True) else ActivityFilter(kind_id=-1))
            settle()
            start = time.perf_counter()
            if s.sort == (0, True):
                model.set_filter(s.flt)
            else:
                column, descending = s.sort
                model.sort(
                    column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                )
            viewport.repaint()
            painted = time.perf_counter() - start
            settle()
            timings.append((painted, time.perf_counter() - start))

        for _ in range(args.repeat):
            apply()
        paint = min(t[0] for t in timings)
        every = min(t[1] for t in timings)
        rows = model.rowCount()
        first_raw, all_raw = best(args.repeat, raw_first), best(args.repeat, raw_all)
        assert rows == raw_all(), f"{scenario.name}: the list shows {rows} rows, raw SQL {raw_all()}"
        print(
            f"{scenario.name:36} {rows:>9,} {paint * 1000:6.1f}ms {first_raw * 1000:5.1f}ms "
            f"{paint / first_raw:5.1f}× {every * 1000:6.0f}ms {all_raw * 1000:5.0f}ms {every / all_raw:5.2f}×"
        )
    page.close()
    store.close()


if __name__ == "__main__":
    main()
