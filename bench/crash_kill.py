"""Crash safety: SIGKILL a writing process at random points, then check that nothing committed is lost.

    .venv/bin/python bench/crash_kill.py --kills 500            # the long run (prints figures)
    .venv/bin/python bench/crash_kill.py --kills 20 --json      # the short run used by the test suite

A writer creates activities through the core services (`open_store`, `store.transaction()`,
`create_activity`): batches of 1–4 activities, one transaction per batch. After each commit returns it
appends "batch size" to a log with one unbuffered write. After a random delay (0–300 ms, counted from the
writer's start for one kill in five and from its store being open for the others, so kills land while opening
the store, in the middle of transactions and between them) the writer is SIGKILLed. Then:

- `PRAGMA integrity_check` must say ok (the file is opened as the app opens it, recovering the WAL);
- every batch in the log must be in the store, whole (all its activities);
- no batch may be in the store partly (a transaction is all or nothing); a batch may be in the store
  without being in the log only when the kill fell between its commit and the log write (≤ 1 per kill).

Forking a fresh Python for each kill would spend most of the time importing; a small "zygote" process
imports everything once and forks a writer on demand (POSIX only). Figures are printed; nothing is timed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

LOG_NAME = "committed.log"
TITLE_PREFIX = "Kiểm thử mất điện"
TODAY = date(2026, 11, 23)
WHILE_WRITING = 0.8  # share of kills timed from the writer's first transaction rather than from its start


@dataclass
class Figures:
    kills: int = 0
    committed_batches: int = 0
    committed_activities: int = 0
    missing_batches: int = 0  # logged as committed but not in the store: must stay 0
    torn_batches: int = 0  # in the store partly: must stay 0
    unlogged_batches: int = 0  # committed, killed before the log write: allowed, ≤ 1 per kill
    integrity_failures: int = 0  # must stay 0
    kills_during_open: int = 0  # the writer had not yet written a batch in that run
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        lost = self.missing_batches or self.torn_batches or self.integrity_failures
        return not lost and self.unlogged_batches <= self.kills


def _title(batch: int, index: int, size: int) -> str:
    return f"{TITLE_PREFIX} lô {batch} #{index}/{size}"


# -- the writer (runs in a process forked by the zygote) ----------------------------------------------


def _write_forever(data_dir: Path, first_batch: int, seed: int) -> None:
    from sqlalchemy import select

    from gender_equality_desk.core.domain.clock import local_datetime
    from gender_equality_desk.core.paths import DataLayout
    from gender_equality_desk.core.records.activities import ActivityInput, create_activity
    from gender_equality_desk.core.store.models import ActivityKind
    from gender_equality_desk.core.store.opening import open_store

    rng = random.Random(seed)
    log = os.open(data_dir / LOG_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    store = open_store(DataLayout(data_dir))
    with store.reading() as session:
        kind_id = session.scalars(select(ActivityKind.id)).first()
    os.write(1, b"ready\n")  # the parent may time its kill from here (shares the zygote's stdout)
    batch = first_batch
    while True:
        size = rng.randint(1, 4)
        with store.transaction() as session:
            for index in range(1, size + 1):
                start = local_datetime(TODAY - timedelta(days=rng.randint(0, 300)), 8)
                data = ActivityInput(
                    kind_id=kind_id,
                    title=_title(batch, index, size),
                    start_at=start,
                    end_at=start + timedelta(hours=2),
                    participants_total=40,
                    participants_female=25,
                    participants_male=15,
                    result_summary="Ghi để kiểm tra an toàn khi mất điện. " * rng.randint(1, 30),
                )
                create_activity(session, data, today=TODAY)
        os.write(log, f"{batch} {size}\n".encode())
        batch += 1


def _zygote(data_dir: Path) -> None:
    """Import once, then fork a writer for each "go FIRST SEED" line; report "pid" and "exit STATUS"."""
    import gender_equality_desk.core.records.activities
    import gender_equality_desk.core.store.opening  # noqa: F401

    for line in sys.stdin:
        _, first, seed = line.split()
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                _write_forever(data_dir, int(first), int(seed))
            finally:
                os._exit(1)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


# -- the checker ----------------------------------------------------------------------------------------


def _logged(data_dir: Path) -> dict[int, int]:
    path = data_dir / LOG_NAME
    if not path.exists():
        return {}
    batches = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:  # a line cut by the kill has no size yet
            batches[int(parts[0])] = int(parts[1])
    return batches


def _stored(store: Path) -> tuple[str, dict[int, tuple[int, int]]]:
    """integrity_check verdict and {batch: (rows found, batch size)} as read back from the store."""
    connection = sqlite3.connect(store)  # read-write: recovers the WAL exactly as the app would
    try:
        verdict = "; ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
        titles = [
            str(row[0])
            for row in connection.execute(
                "SELECT title FROM activity WHERE title LIKE ?", (f"{TITLE_PREFIX}%",)
            )
        ]
    finally:
        connection.close()
    found: Counter[int] = Counter()
    sizes: dict[int, int] = {}
    for title in titles:
        batch_part, index_part = title.removeprefix(f"{TITLE_PREFIX} lô ").split(" #")
        batch = int(batch_part)
        found[batch] += 1
        sizes[batch] = int(index_part.split("/")[1])
    return verdict, {batch: (found[batch], sizes[batch]) for batch in found}


def check(data_dir: Path, figures: Figures) -> int:
    """Compare log and store after a kill; returns the next free batch number."""
    logged = _logged(data_dir)
    verdict, stored = _stored(data_dir / "gedesk.sqlite3")
    if verdict != "ok":
        figures.integrity_failures += 1
        print(f"integrity_check: {verdict[:300]}", file=sys.stderr)
    figures.committed_batches = len(logged)
    figures.committed_activities = sum(logged.values())
    figures.missing_batches = sum(1 for batch, size in logged.items() if stored.get(batch, (0, 0))[0] != size)
    figures.torn_batches = sum(1 for found, size in stored.values() if found != size)
    figures.unlogged_batches = sum(1 for batch in stored if batch not in logged)
    return max([*logged, *stored, 0]) + 1


def run(kills: int, seed: int, data_dir: Path, max_delay: float = 0.3) -> Figures:
    from gender_equality_desk.core.paths import DataLayout
    from gender_equality_desk.core.store.opening import open_store

    open_store(DataLayout(data_dir)).close()  # created (and migrated) once, before the first kill
    rng = random.Random(seed)
    figures = Figures()
    started = time.perf_counter()
    zygote = subprocess.Popen(
        [sys.executable, __file__, "--zygote", str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    try:
        next_batch = 1
        for _ in range(kills):
            before = len(_logged(data_dir))
            zygote.stdin.write(f"go {next_batch} {rng.randrange(1 << 30)}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            # Most kills land while writing (timed from "ready"), the others while opening the store;
            # timing all from the fork would, on a busy machine, kill mostly during the start-up checks.
            if rng.random() < WHILE_WRITING:
                while zygote.stdout.readline().strip() != "ready":
                    pass
            time.sleep(rng.uniform(0, max_delay))
            os.kill(pid, signal.SIGKILL)
            while not (line := zygote.stdout.readline()).startswith("exit"):
                pass
            status = line.split()[1]
            if not os.WIFSIGNALED(int(status)):
                raise RuntimeError(f"the writer stopped by itself (status {status}) before it was killed")
            figures.kills += 1
            next_batch = check(data_dir, figures)
            if len(_logged(data_dir)) == before:
                figures.kills_during_open += 1
            if not figures.ok:
                break
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    figures.seconds = round(time.perf_counter() - started, 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=int(datetime.now().timestamp()))
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="keep the store here (default: temporary)"
    )
    parser.add_argument("--max-delay", type=float, default=0.3, help="longest run before a kill, seconds")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--zygote", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.zygote is not None:
        _zygote(args.zygote)
        return 0
    if sys.platform == "win32":
        print("crash_kill needs fork() and SIGKILL (Linux or macOS).", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="gedesk-crash-") as scratch:
        data_dir = args.data_dir or Path(scratch)
        figures = run(args.kills, args.seed, data_dir, args.max_delay)
    if args.json:
        print(json.dumps({**asdict(figures), "ok": figures.ok, "seed": args.seed}))
    else:
        print(f"seed {args.seed}: {figures.kills} SIGKILLs in {figures.seconds} s")
        activities = figures.committed_activities
        print(f"  committed batches logged     {figures.committed_batches} ({activities} activities)")
        print(f"  missing after a kill         {figures.missing_batches}")
        print(f"  torn (partly written)        {figures.torn_batches}")
        print(f"  committed, kill before log   {figures.unlogged_batches}")
        print(f"  integrity_check failures     {figures.integrity_failures}")
        print(f"  kills before the first write {figures.kills_during_open}")
        print("  verdict                      " + ("OK" if figures.ok else "FAILED"))
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
