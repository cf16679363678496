"""Receiving a stick of submissions off the GUI thread, with progress and a stop the core honours.

    runner = ReceiveRunner(parent=self)
    runner.progressed.connect(bar_update)           # (steps done, steps in all), on the GUI thread
    runner.finished.connect(show_outcomes)          # (list[ReceiptOutcome], stopped: bool)
    runner.failed.connect(show_error)               # the exception (e.g. no sealing key on this PC)
    runner.start(lambda progress, stop_asked: receive_files(..., progress=progress, stop_asked=stop_asked))

Unlike BusyRunner's cancel (which throws a finished result away), stopping here is real: the core checks
`stop_asked` between files, so files already accepted stay accepted and the rest are left untouched.
The job opens its own store transactions, never a session of the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], list[Any]]


class _Relay(QObject):
    """Created on the GUI thread, so signals emitted from the worker are queued to it."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # outcomes or None, exception or None


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self._work, self._relay, self._stop = work, relay, stop

    def run(self) -> None:
        try:
            outcomes = self._work(self._relay.progressed.emit, self._stop.is_set)
        except Exception as error:  # handed to `failed` on the GUI thread, never lost in the thread
            self._emit(None, error)
        else:
            self._emit(outcomes, None)

    def _emit(self, outcomes: list[Any] | None, error: Exception | None) -> None:
        with contextlib.suppress(RuntimeError):  # the page was deleted while the job ran
            self._relay.finished.emit(outcomes, error)


class ReceiveRunner(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, bool)  # outcomes, whether the officer stopped it
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._relay: _Relay | None = None

    def busy(self) -> bool:
        return self._relay is not None

    def start(self, work: Work) -> None:
        if self.busy():
            raise RuntimeError("a receiving job is already running")
        self._stop = threading.Event()
        relay = _Relay()
        relay.progressed.connect(self.progressed)
        relay.finished.connect(self._deliver)
        self._relay = relay
        self._pool.start(_Job(work, relay, self._stop))

    def stop(self) -> None:
        """Ask the job to stop before the next file."""
        self._stop.set()

    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the job has run (shutdown, tests); its result is delivered by the event loop."""
        return self._pool.waitForDone(msecs)

    def _deliver(self, outcomes: object, error: object) -> None:
        if self._relay is not None:
            self._relay.deleteLater()
            self._relay = None
        if isinstance(error, BaseException):
            self.failed.emit(error)
        else:
            self.finished.emit(outcomes, self._stop.is_set())
