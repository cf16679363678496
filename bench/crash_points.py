"""Crash points, the long run: backup, `backup --out`, restore, package export and import, each stopped at
every file-system step on a bigger data folder; prints the trials and the failures (nothing is timed).

    .venv/bin/python bench/crash_points.py --records 40

The short run (3 records) is tests/stress/test_crash_points.py; both use tests/stress/crash_scenarios.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gender_equality_desk.core.security import passwords  # noqa: E402
from tests.stress import crash_scenarios  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=40, help="activities with a photo each, before")
    args = parser.parse_args()
    passwords.current_cost = passwords.KdfCost(log2_n=10, r=8, p=1)
    crash_scenarios.BEFORE[:] = [f"Trước {n:03d}" for n in range(1, args.records + 1)]
    total_trials = total_failed = 0
    for scenario in crash_scenarios.SCENARIOS:
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="crash-points-") as scratch:
            steps, failed = crash_scenarios.run_scenario(scenario, Path(scratch))
        total_trials += steps
        total_failed += len(failed)
        seconds = time.perf_counter() - started
        print(f"{scenario.name:16} {steps:4d} crash points, {len(failed)} failed  ({seconds:.0f} s)")
        for trial in failed:
            print(f"    step {trial.step} ({trial.what}): {'; '.join(trial.problems)}")
    print(f"total: {total_trials} trials, {total_failed} failures")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
