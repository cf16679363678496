"""Benchmark: generate_demo against a raw sqlite3 executemany of the same rows.

    .venv/bin/python bench/bench_demo_insert.py --activities 200000

1. generate_demo on a fresh temporary store, sized (years=5, scale=⌈N/1000⌉) to reach about N activities;
   timed end to end: generating the rows, SQLAlchemy Core binding and SQLite writing.
2. Raw baseline: an empty database with the identical schema (copied from the generated store's
   sqlite_master), the same pragmas (WAL, foreign keys, synchronous=FULL) and the reference rows copied
   untimed; then the very rows generate_demo wrote are inserted with plain sqlite3 executemany, in chunks of
   the same size with one transaction per chunk. Only the inserts are timed, so the ratio is the price of
   generating the data and going through SQLAlchemy.

Prints figures only; timings are never asserted.
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from gender_equality_desk.core.demo import generator
from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.opening import open_store

RECORD_TABLES = ("activity", "propaganda_event", "propaganda_event_slogan")


def run_demo(root: Path, activities: int, years: int, seed: int, as_of: date) -> tuple[Path, float, int]:
    scale = max(1, math.ceil(activities / (generator.ACTIVITIES_PER_YEAR * years)))
    store = open_store(DataLayout(root))
    last_report = time.perf_counter()

    def progress(done: int, total: int) -> None:
        nonlocal last_report
        if time.perf_counter() - last_report > 5 or done == total:
            print(f"  … {done:,}/{total:,} records", file=sys.stderr)
            last_report = time.perf_counter()

    try:
        started = time.perf_counter()
        summary = generate_demo(store, years=years, scale=scale, seed=seed, as_of=as_of, progress=progress)
        elapsed = time.perf_counter() - started
    finally:
        store.close()
    rows = summary.activities + summary.propaganda_events + summary.slogan_links
    print(
        f"generate_demo   years={years} scale={scale}: {summary.activities:,} activities, "
        f"{summary.propaganda_events:,} propaganda events, {summary.slogan_links:,} slogan links "
        f"= {rows:,} rows in {elapsed:.2f} s"
    )
    return store.path, elapsed, rows


def run_raw(source_path: Path, target_path: Path) -> tuple[float, int, float]:
    """Returns (seconds spent inserting, rows, activity seconds)."""
    source = sqlite3.connect(source_path)
    target = sqlite3.connect(target_path, isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA foreign_keys=ON")
    target.execute("PRAGMA synchronous=FULL")
    schema = source.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY type = 'table' DESC, rowid"
    ).fetchall()
    for (sql,) in schema:
        target.execute(sql)
    tables = [
        name
        for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
        if name not in RECORD_TABLES and not name.startswith("sqlite_")
    ]
    target.execute("BEGIN")
    for table in tables:  # reference rows, untimed: the records point at them
        data = source.execute(f"SELECT * FROM {table}").fetchall()
        if data:
            marks = ",".join("?" * len(data[0]))
            target.executemany(f"INSERT INTO {table} VALUES ({marks})", data)
    target.execute("COMMIT")
    spent = 0.0
    activity_spent = 0.0
    rows = 0
    for table in RECORD_TABLES:
        cursor = source.execute(f"SELECT * FROM {table} ORDER BY rowid")
        marks = ",".join("?" * len(cursor.description))
        statement = f"INSERT INTO {table} VALUES ({marks})"
        while chunk := cursor.fetchmany(generator.CHUNK_ROWS):
            started = time.perf_counter()
            target.execute("BEGIN")
            target.executemany(statement, chunk)
            target.execute("COMMIT")
            took = time.perf_counter() - started
            spent += took
            if table == "activity":
                activity_spent += took
            rows += len(chunk)
    source.close()
    target.close()
    return spent, rows, activity_spent


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--activities", type=int, default=200_000, help="about how many activities")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 23))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gedesk-bench-") as tmp:
        root = Path(tmp)
        demo_path, demo_seconds, demo_rows = run_demo(
            root / "demo", args.activities, args.years, args.seed, args.as_of
        )
        raw_seconds, raw_rows, _ = run_raw(demo_path, root / "raw.sqlite3")
        print(f"raw sqlite3     executemany of the same {raw_rows:,} rows in {raw_seconds:.2f} s")
        demo_rate = demo_rows / demo_seconds
        raw_rate = raw_rows / raw_seconds
        print(f"generate_demo   {demo_rate:,.0f} rows/s")
        print(f"raw sqlite3     {raw_rate:,.0f} rows/s")
        print(f"ratio           raw is {raw_rate / demo_rate:.2f}× faster than generate_demo")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
