"""Issue 19: backup, restore, export and import stopped at EVERY file-system step leave the data folder,
the backups and the USB stick in a state the app can stand on (tests/stress/crash_scenarios.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gender_equality_desk.core.security import passwords

from .crash_scenarios import SCENARIOS, Scenario, run_scenario


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_a_crash_at_any_step_leaves_a_state_the_app_stands_on(scenario: Scenario, tmp_path: Path) -> None:
    steps, failed = run_scenario(scenario, tmp_path)
    assert steps >= 5  # the injector really saw the operation's file-system steps
    assert [(t.step, t.what, t.problems) for t in failed] == []
