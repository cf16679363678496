"""A second copy reaches a first copy that takes the folder at once but listens only once its window shows."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gender_equality_desk.gui.single_instance import TIMEOUT_MS, SingleInstance

# The first copy, in its own process as on a real PC: the folder now, the local server 400 ms later.
FIRST_COPY = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gender_equality_desk.gui.single_instance import SingleInstance

app = QApplication(sys.argv[:1])
first = SingleInstance(Path(sys.argv[1]))
assert first.acquire()
print("folder taken", flush=True)
time.sleep(0.4)  # the window is still being painted
first.listen()
first.activation_requested.connect(lambda: (print("raised", flush=True), app.quit()))
QTimer.singleShot(5000, app.quit)
app.exec()
first.release()
"""


def test_a_copy_still_starting_is_waited_for_and_raised(qapp: QApplication, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", FIRST_COPY, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env
    ) as first:
        assert first.stdout is not None and first.stdout.readline().strip() == "folder taken"
        second = SingleInstance(tmp_path)
        assert not second.acquire()
        started = time.monotonic()
        assert second.raise_first()  # not listening yet when asked: retried until it is
        assert time.monotonic() - started < TIMEOUT_MS / 1000
        assert first.stdout.readline().strip() == "raised"
        assert first.wait(timeout=10) == 0


def test_nobody_listening_is_given_up_after_the_timeout(qapp: QApplication, tmp_path: Path) -> None:
    holder = SingleInstance(tmp_path)
    assert holder.acquire()  # e.g. a restore in a terminal: the folder is held, nobody answers
    try:
        second = SingleInstance(tmp_path)
        assert not second.acquire()
        started = time.monotonic()
        assert not second.raise_first()
        assert TIMEOUT_MS / 1000 - 0.1 <= time.monotonic() - started < TIMEOUT_MS / 1000 + 1.0
    finally:
        holder.release()
