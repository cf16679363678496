"""Crash safety, short run: 20 SIGKILLs of a writer, then every committed record is there, whole.

Runs bench/crash_kill.py (the long version is the same script with --kills 500) and checks its store
again here, independently of the script's own figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.health import check_store
from gender_equality_desk.core.store.opening import open_store

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "crash_kill.py"


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork() and SIGKILL")
def test_twenty_kills_lose_nothing_committed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--kills", "20", "--seed", "11", "--data-dir", str(data_dir), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout)
    assert figures["kills"] == 20 and figures["ok"]
    assert figures["missing_batches"] == 0 and figures["torn_batches"] == 0
    assert figures["integrity_failures"] == 0
    assert figures["committed_batches"] >= 10  # the writers really wrote between kills

    # Our own reading: the app's start-up check passes, and every logged batch is there whole.
    assert check_store(data_dir / "gedesk.sqlite3").integrity == "ok"
    store = open_store(DataLayout(data_dir))
    try:
        with store.engine.connect() as connection:
            titles = set(connection.exec_driver_sql("SELECT title FROM activity").scalars())
    finally:
        store.close()
    logged = [line.split() for line in (data_dir / "committed.log").read_text().splitlines()]
    complete = [(int(parts[0]), int(parts[1])) for parts in logged if len(parts) == 2]  # cut lines: no size
    assert len(complete) == figures["committed_batches"]
    for batch, size in complete:
        for index in range(1, size + 1):
            assert f"Kiểm thử mất điện lô {batch} #{index}/{size}" in titles
