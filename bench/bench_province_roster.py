"""Benchmark: the Danh bạ xã page of a province desk holding 168 communes and 10 years of rounds and
received reports, against a bare window and a raw sqlite3 read of the same rows.

    .venv/bin/python bench/bench_province_roster.py                      # builds the store in a temp folder
    .venv/bin/python bench/bench_province_roster.py --data-dir /tmp/tinh  # keep (and reuse) it

The store: a province desk with 168 communes (a few merged, most keys pinned), five rounds a year for
--years years (Tháng hành động, bình đẳng giới 6 tháng and năm, bạo lực gia đình 6 tháng and năm) with
every indicator row, and from every commune one report per round — a second version for one in five —
each with its figures and a PDF of --pdf-kb kilobytes: what ten years of a large province look like.

What is timed, each the best of --repeat runs (warm cache, as when the officer clicks the entry again):

* page: ProvinceRosterPage built on the open store, its rows read (activated) and painted at 1366×768
  — what the officer waits for after clicking "Danh bạ xã" (issue 15: ≤ 300 ms); the first click, which
  also imports the page's modules, is printed on its own;
* bare: an empty QWidget of the same size shown and painted — what Qt costs for any window;
* raw: the roster's rows (code, name, officer, phone, merger, key) read with sqlite3 on a fresh
  connection, in the page's order.

Prints the figures and page / (bare + raw). Timings are never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import insert

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.desk import province_desk_profile, set_up_province_desk
from gender_equality_desk.core.province.roster import CommuneInput, add_commune
from gender_equality_desk.core.province.rounds import RoundInput, create_round
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.province_models import (
    ProvinceCommune,
    ReceivedFigure,
    ReceivedSubmission,
    RoundIndicator,
)
from gender_equality_desk.core.store.report_models import ReportIndicator
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.theme import apply_theme

COMMUNES = 168
SIZE = (1366 - 232, 768 - 60)  # the page's share of a 1366×768 window (sidebar, status bar)
ROSTER_SQL = """SELECT code, name, officer_name, officer_phone, merged_into_code, merged_on, public_key,
    key_pinned_at FROM province_commune WHERE is_deleted = 0 ORDER BY sort_order, code"""
ROUNDS_A_YEAR = (
    ("action-month", "action-month"),
    ("gender-equality", "h1"),
    ("gender-equality", "year"),
    ("dv-statistics", "h1"),
    ("dv-statistics", "year"),
)
ACTION_MONTH_ROWS = (
    ("AM_01", "Số hoạt động hưởng ứng", "activities.count"),
    ("AM_02", "Lượt người tham gia", "activities.participants_total"),
    ("AM_03", "Trong đó nữ", "activities.participants_female"),
)


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def build(store: Store, years: int, pdf_kb: int, seed: int) -> str:
    """Fill an empty store as the module doc says; returns a one-line summary."""
    rng = random.Random(seed)
    pdf = b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(pdf_kb * 1024))
    with store.transaction() as session:
        set_up_province_desk(session, province_desk_profile("Lạng Sơn", signer="Hoàng Văn Nam"))
        for order, (code, label, source) in enumerate(ACTION_MONTH_ROWS, start=1):
            session.add(
                ReportIndicator(
                    report_kind="action-month", code=code, label=label, source=source, sort_order=order
                )
            )
        for index in range(COMMUNES):
            add_commune(
                session,
                CommuneInput(
                    f"{6000 + 7 * index:05d}", f"Xã Số {index + 1}", f"Cán bộ {index + 1}", f"09{index:08d}"
                ),
            )
        rows = session.query(ProvinceCommune).all()
        pinned = datetime(2026 - years, 1, 5, tzinfo=UTC)
        for row in rows[: COMMUNES - 10]:
            row.public_key, row.key_pinned_at = "A" * 43 + "=", pinned
        for row in rows[-4:]:
            row.merged_into_code, row.merged_on = rows[0].code, date(2025, 7, 1)
        codes = [row.code for row in rows]
    submissions = figures = 0
    first_year = 2026 - years
    for year in range(first_year, 2026):
        with store.transaction() as session:
            for kind, period in ROUNDS_A_YEAR:
                created = create_round(session, RoundInput(kind, year, period))
                indicator_codes = [
                    code for (code,) in session.query(RoundIndicator.code).filter_by(round_id=created.id)
                ]
                received = datetime.combine(created.deadline, datetime.min.time(), UTC) - timedelta(days=2)
                for code in codes:
                    for version in range(1, 3 if rng.random() < 0.2 else 2):
                        submission = ReceivedSubmission(
                            round_id=created.id,
                            commune_code=code,
                            commune_name=f"Xã {code}",
                            version=version,
                            signed_at=received,
                            received_at=received,
                            key_fingerprint="AAAA BBBB CCCC DDDD",
                            content_sha256=f"{created.id:08d}{code}{version}".ljust(64, "0"),
                            pdf=pdf,
                            figures_json="{}",
                        )
                        session.add(submission)
                        session.flush()
                        session.execute(
                            insert(ReceivedFigure),
                            [
                                {
                                    "submission_id": submission.id,
                                    "code": indicator,
                                    "value": rng.randint(0, 400),
                                }
                                for indicator in indicator_codes
                            ],
                        )
                        submissions += 1
                        figures += len(indicator_codes)
    return (
        f"{COMMUNES} communes, {years * len(ROUNDS_A_YEAR)} rounds, {submissions:,} received reports, "
        f"{figures:,} figures, PDFs of {pdf_kb} KB".replace(",", ".")
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--pdf-kb", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="gedesk-bench-roster-"))
    layout = DataLayout(root)
    fresh = not layout.store.is_file()
    store = open_store(layout)
    try:
        if fresh:
            started = time.perf_counter()
            summary = build(store, args.years, args.pdf_kb, args.seed)
            print(f"built {summary} in {time.perf_counter() - started:.0f} s at {root}", file=sys.stderr)
        run(store, layout, args.repeat)
    finally:
        store.close()


def run(store: Store, layout: DataLayout, repeat: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    services = PageServices(store, layout, date.today)
    with sqlite3.connect(store.path) as db:
        counts = [
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("province_commune", "reporting_round", "received_submission", "received_figure")
        ]
    size_mb = store.path.stat().st_size / 1e6
    shown = [f"{count:,}".replace(",", ".") for count in counts]
    print(
        f"store: {store.path} ({size_mb:.0f} MB): {shown[0]} communes, {shown[1]} rounds, "
        f"{shown[2]} received reports, {shown[3]} figures"
    )

    def page() -> None:
        from gender_equality_desk.gui.pages.province_roster import ProvinceRosterPage

        built = ProvinceRosterPage(services)
        built.resize(*SIZE)
        built.show()
        built.activated()
        app.processEvents()
        built.grab()  # painted, as the officer sees it
        assert built.table.rowCount() == counts[0]
        built.close()
        built.deleteLater()
        app.processEvents()

    def bare() -> None:
        widget = QWidget()
        widget.resize(*SIZE)
        widget.show()
        app.processEvents()
        widget.grab()
        widget.close()
        widget.deleteLater()
        app.processEvents()

    def raw() -> None:
        with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as db:
            rows = db.execute(ROSTER_SQL).fetchall()
        assert len(rows) == counts[0]

    first_s = best(1, page)  # the page's module imports and first queries, as on the first click
    page_s, bare_s, raw_s = best(repeat, page), best(repeat, bare), best(repeat, raw)
    print(f"page, first click (imports): {first_s * 1000:7.1f} ms")
    print(f"page (built, read, painted): {page_s * 1000:7.1f} ms   (issue 15 budget: 300 ms)")
    print(f"bare window painted:         {bare_s * 1000:7.1f} ms")
    print(f"raw sqlite3 read:            {raw_s * 1000:7.1f} ms")
    print(f"ratio page / (bare + raw):   {page_s / (bare_s + raw_s):7.1f}×")


if __name__ == "__main__":
    main()
