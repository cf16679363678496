"""Benchmark: a year's reports over a large store against raw sqlite3, openpyxl and reportlab baselines.

    .venv/bin/python bench/bench_reports.py --data-dir /tmp/gedesk-bench-reports

The store at --data-dir is used as it is; when it holds no activity it is first filled with
generate_demo(years=1, scale=--scale) ending at --as-of (scale 500: 100,000 activities, 200 × scale a
year, and about 60 × scale propaganda events a full year; the actual counts are printed). Then, for the
year --year (default: --as-of's year), each figure as ours / raw baseline / ratio:

1. Aggregation: period_figures over the year against plain sqlite3 GROUP BY queries on the same file
   (activities by kind with participants by sex and budget, propaganda by kind with quantity and
   minutes, budget by source). Both must give the same numbers, checked before timing. Best of 3.
2. XLSX: render_xlsx of the activity log (sổ nhật ký) of the year against raw openpyxl write-only
   appending the same cells (no styles, merges, formulas or document sheet).
3. PDF: render_pdf of the same log cut to its first --pdf-rows rows (the whole year is thousands of
   pages) against a raw reportlab LongTable of the same strings (same font, size, margins and grid;
   no wrapping, no Decree 30 header or signature).
4. The whole pipeline — build_report, render_pdf and render_xlsx — of the Action Month report and of the
   annual gender-equality report. Best of 3; no baseline.

Building the log content is timed separately and not counted in 2 and 3. Prints figures only; timings
are never asserted.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib import colors
from reportlab.platypus import LongTable, SimpleDocTemplate

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.domain.clock import local_midnight_utc
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.render.pdf.fonts import BOLD, REGULAR, register_fonts
from gender_equality_desk.core.render.pdf.styles import PageSetup, decree30_styles
from gender_equality_desk.core.render.pdf.tables import cell_text, column_widths, wrap_text
from gender_equality_desk.core.render.xlsx import render_xlsx, uses_write_only
from gender_equality_desk.core.reports.activity_log import activity_log_report
from gender_equality_desk.core.reports.content import ReportContent, Table
from gender_equality_desk.core.reports.figures import Period, PeriodFigures, period_figures
from gender_equality_desk.core.reports.registry import ReportKind, ReportRequest, build_report
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

Figures = dict[str, dict[str | None, tuple[int, ...]]]


def ensure_data(store: Store, scale: int, seed: int, as_of: date) -> None:
    with sqlite3.connect(store.path) as connection:
        (existing,) = connection.execute("SELECT count(*) FROM activity").fetchone()
    if existing:
        return
    print(
        f"empty store: generate_demo(years=1, scale={scale}, seed={seed}, as_of={as_of}) …", file=sys.stderr
    )
    started = time.perf_counter()
    generate_demo(store, years=1, scale=scale, seed=seed, as_of=as_of)
    print(f"  generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def print_counts(path: Path, year: int) -> None:
    start, end = _bounds(year)
    with sqlite3.connect(path) as connection:
        (activities,) = connection.execute("SELECT count(*) FROM activity WHERE is_deleted = 0").fetchone()
        (in_year,) = connection.execute(
            "SELECT count(*) FROM activity WHERE is_deleted = 0 AND status = 'done' "
            "AND start_at >= ? AND start_at < ?",
            (start, end),
        ).fetchone()
        (events,) = connection.execute(
            "SELECT count(*) FROM propaganda_event WHERE is_deleted = 0"
        ).fetchone()
        (events_in_year,) = connection.execute(
            "SELECT count(*) FROM propaganda_event WHERE is_deleted = 0 AND start_date BETWEEN ? AND ?",
            (f"{year}-01-01", f"{year}-12-31"),
        ).fetchone()
    print(
        f"store: {activities:,} activities ({in_year:,} done in {year}), {events:,} propaganda events "
        f"({events_in_year:,} in {year})"
    )


def _bounds(year: int) -> tuple[str, str]:
    """The year's UTC bounds as the store writes datetimes (naive UTC text with microseconds)."""

    def text(moment: datetime) -> str:
        return moment.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")

    return text(local_midnight_utc(date(year, 1, 1))), text(local_midnight_utc(date(year + 1, 1, 1)))


def our_figures(store: Store, year: int) -> PeriodFigures:
    with store.reading() as session:
        return period_figures(session, Period(date(year, 1, 1), date(year, 12, 31)))


def as_comparable(figures: PeriodFigures) -> Figures:
    """Non-zero rows only: period_figures also lists every catalogue kind with zeros."""
    activities: dict[str | None, tuple[int, ...]] = {
        row.kind_code: (
            row.count,
            row.participants_total,
            row.participants_female,
            row.participants_male,
            row.sex_unrecorded,
            row.children,
            row.ethnic_minority,
            row.budget_vnd,
        )
        for row in figures.activities
        if row.count
    }
    propaganda: dict[str | None, tuple[int, ...]] = {
        row.kind_code: (row.events, row.quantity, row.minutes, row.estimated_reach)
        for row in figures.propaganda
        if row.events
    }
    budget: dict[str | None, tuple[int, ...]] = {
        source.value if source else None: (amount,) for source, amount in figures.budget_by_source if amount
    }
    return {"activities": activities, "propaganda": propaganda, "budget": budget}


ACTIVITY_SQL = """
SELECT k.code, count(*), coalesce(sum(a.participants_total), 0), coalesce(sum(a.participants_female), 0),
       coalesce(sum(a.participants_male), 0),
       coalesce(sum(CASE WHEN a.participants_female IS NULL OR a.participants_male IS NULL
                         THEN a.participants_total END), 0),
       coalesce(sum(a.participants_children), 0), coalesce(sum(a.participants_ethnic_minority), 0),
       coalesce(sum(a.budget_vnd), 0)
FROM activity a JOIN activity_kind k ON k.id = a.kind_id
WHERE a.is_deleted = 0 AND a.status = 'done' AND a.start_at >= ? AND a.start_at < ?
GROUP BY a.kind_id
"""
PROPAGANDA_SQL = """
SELECT k.code, count(*), coalesce(sum(e.quantity), 0), coalesce(sum(e.minutes), 0),
       coalesce(sum(e.estimated_reach), 0)
FROM propaganda_event e JOIN propaganda_kind k ON k.id = e.kind_id
WHERE e.is_deleted = 0 AND e.start_date BETWEEN ? AND ?
GROUP BY e.kind_id
"""
BUDGET_SQL = """
SELECT budget_source, sum(budget_vnd) FROM activity
WHERE is_deleted = 0 AND status = 'done' AND start_at >= ? AND start_at < ? AND budget_vnd > 0
GROUP BY budget_source
"""


def raw_figures(path: Path, year: int) -> Figures:
    start, end = _bounds(year)
    connection = sqlite3.connect(path)
    try:
        activities = {code: tuple(rest) for code, *rest in connection.execute(ACTIVITY_SQL, (start, end))}
        days = (f"{year}-01-01", f"{year}-12-31")
        propaganda = {code: tuple(rest) for code, *rest in connection.execute(PROPAGANDA_SQL, days)}
        budget = {source: (amount,) for source, amount in connection.execute(BUDGET_SQL, (start, end))}
    finally:
        connection.close()
    return {"activities": activities, "propaganda": propaganda, "budget": budget}


def raw_xlsx(table: Table, target: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Nhật ký")
    sheet.append([column.label for column in table.columns])
    for row in table.rows:
        sheet.append(row.cells)
    workbook.save(target)


def raw_pdf(table: Table, target: Path) -> None:
    setup = PageSetup(landscape=True)
    size = decree30_styles(landscape_page=True).table_text.size
    data = [[column.label for column in table.columns]]
    data += [
        [cell_text(value, column.kind) for value, column in zip(row.cells, table.columns, strict=True)]
        for row in table.rows
    ]
    grid = LongTable(
        data,
        colWidths=column_widths(table.columns, setup.frame_width),
        repeatRows=1,
        style=[
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ],
    )
    document = SimpleDocTemplate(
        str(target),
        pagesize=setup.size,
        leftMargin=setup.left,
        rightMargin=setup.right,
        topMargin=setup.top,
        bottomMargin=setup.bottom,
    )
    document.build([grid])


def cut_log(content: ReportContent, rows: int) -> ReportContent:
    """The log with its table cut to the first `rows` rows (the rest of the content unchanged)."""
    blocks = tuple(
        replace(block, rows=block.rows[:rows]) if isinstance(block, Table) else block
        for block in content.blocks
    )
    return replace(content, blocks=blocks)


def best_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def line(name: str, ours: float, raw: float, note: str = "") -> None:
    print(f"{name:<12} ours {ours:8.3f} s   raw {raw:8.3f} s   ratio {ours / raw:6.2f}×  {note}".rstrip())


def pipeline(store: Store, request: ReportRequest, folder: Path) -> None:
    with store.reading() as session:
        content = build_report(session, request)
    render_pdf(content, folder / f"{request.kind.value}.pdf")
    render_xlsx(content, folder / f"{request.kind.value}.xlsx")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="a store; filled with demo data when empty"
    )
    parser.add_argument(
        "--scale", type=int, default=500, help="demo scale when generating (200 × scale activities)"
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 12, 31))
    parser.add_argument("--year", type=int, help="the report year (default: the year of --as-of)")
    parser.add_argument("--pdf-rows", type=int, default=5_000, help="log rows rendered to PDF")
    parser.add_argument("--repeat", type=int, default=1, help="best of N for the XLSX and PDF renders")
    args = parser.parse_args()
    year = args.year or args.as_of.year

    store = open_store(DataLayout(args.data_dir))
    try:
        ensure_data(store, args.scale, args.seed, args.as_of)
        print_counts(store.path, year)

        ours_result = as_comparable(our_figures(store, year))
        raw_result = raw_figures(store.path, year)
        if ours_result != raw_result:
            raise SystemExit(f"figures differ:\nours {ours_result}\nraw  {raw_result}")
        ours = best_of(3, lambda: our_figures(store, year))
        raw = best_of(3, lambda: raw_figures(store.path, year))
        line("aggregation", ours, raw, "(period_figures vs sqlite3 GROUP BY; same numbers checked)")

        started = time.perf_counter()
        with store.reading() as session:
            log = activity_log_report(session, date(year, 1, 1), date(year, 12, 31))
        (table,) = log.tables()
        print(
            f"activity log content: {len(table.rows):,} rows built in {time.perf_counter() - started:.2f} s "
            f"(not counted below)"
        )

        register_fonts()
        with tempfile.TemporaryDirectory(prefix="gedesk-bench-reports-") as tmp:
            folder = Path(tmp)
            ours = best_of(args.repeat, lambda: render_xlsx(log, folder / "ours.xlsx"))
            raw = best_of(args.repeat, lambda: raw_xlsx(table, folder / "raw.xlsx"))
            mode = "write-only" if uses_write_only(log) else "normal"
            line("xlsx", ours, raw, f"({len(table.rows):,} rows, {mode} mode)")

            short = cut_log(log, args.pdf_rows)
            (short_table,) = short.tables()

            def ours_pdf() -> None:
                wrap_text.cache_clear()  # every run pays for wrapping, as the first render in the app does
                render_pdf(short, folder / "ours.pdf")

            ours = best_of(args.repeat, ours_pdf)
            raw = best_of(args.repeat, lambda: raw_pdf(short_table, folder / "raw.pdf"))
            line("pdf", ours, raw, f"({len(short_table.rows):,} rows)")

            for kind in (ReportKind.ACTION_MONTH, ReportKind.GENDER_EQUALITY):
                request = ReportRequest(kind, year, day=date(year, 12, 10))
                spent = best_of(3, lambda: pipeline(store, request, folder))  # noqa: B023 (runs at once)
                print(f"{kind.value:<16} build_report + render_pdf + render_xlsx: {spent:6.3f} s")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
