"""Fuzzing every write service and import path, short run: hostile numbers, dates and texts are either
saved (and read back sane) or refused with a Vietnamese message, never an OverflowError or the like.

Runs bench/fuzz_inputs.py (the long version is the same script with --trials 6000) with Python warnings
as errors, as the test suite runs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "fuzz_inputs.py"


def test_fuzzed_inputs_are_saved_or_refused_with_a_message() -> None:
    result = subprocess.run(
        [sys.executable, "-W", "error", str(SCRIPT), "--trials", "320", "--seed", "19", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout)
    assert figures["failures"] == 0, figures["examples"]
    assert figures["trials"] == 320
    targets = {"activity", "propaganda", "plan", "slogan/catalogue/deadline", "case", "case support",
               "excel import", "package import"}  # fmt: skip
    assert set(figures["by_target"]) == targets
    # Both outcomes really happen for every target: the fuzzer reaches the store and the checks.
    for target in targets - {"excel import"}:  # an Excel file with wrong rows still imports its good ones
        assert 0 < figures["accepted_targets"][target] < figures["by_target"][target], target
    assert figures["refused"] > 0
