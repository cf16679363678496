"""Background jobs: run a slow read (a million-row id list) off the GUI thread, get the result back on it.

    jobs = BackgroundJobs(parent=self)
    jobs.submit(lambda: slow_read(store), on_done=self._show, on_failed=self._report)

Jobs run one at a time, in order; `submit(..., replace_pending=True)` drops queued jobs that have not
started (their answer would be stale anyway). A job must open its own `store.reading()` session: SQLite
connections come from SQLAlchemy's pool (QueuePool, `check_same_thread=False` for file databases), so a
connection is never used by two threads at once as long as no session is shared between them.

A job that reports progress and can be stopped takes `JobProgress.report` as its core `progress`
callback: each call is relayed to `progressed` on the GUI thread, and after `cancel()` the next call
raises core.progress.JobCancelled, which ends the job (a job writing in `store.transaction()` is rolled
back whole) and reaches `on_failed`.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from gender_equality_desk.core.progress import JobCancelled

Callback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Carries one job's outcome from the worker thread to the GUI thread (a queued signal)."""

    finished = Signal(int, object, object)  # job number, result, exception or None


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to on_failed on the GUI thread, never lost in the thread
            self._report(None, error)
        else:
            self._report(result, None)

    def _report(self, result: object, error: Exception | None) -> None:
        # RuntimeError: the page or model that asked was deleted while the job ran (the window closed
        # during a long read), so nobody is left to receive the answer.
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit(self._number, result, error)


class BackgroundJobs(QObject):
    """One worker thread for a page or a model. Callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one SQLite reader per list is plenty; keeps results in order
        self._numbers = itertools.count(1)
        self._callbacks: dict[int, tuple[Callback, FailureCallback]] = {}
        self._relays: dict[int, _Relay] = {}

    def submit(
        self,
        work: Callable[[], object],
        on_done: Callback,
        on_failed: FailureCallback,
        *,
        replace_pending: bool = False,
    ) -> None:
        if replace_pending:
            self._pool.clear()
        number = next(self._numbers)
        relay = _Relay()  # created here, so it lives in the GUI thread and its signal is queued
        relay.finished.connect(self._deliver)
        self._callbacks[number] = (on_done, on_failed)
        self._relays[number] = relay
        self._pool.start(_Job(number, work, relay))

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0 or bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (tests, benchmarks and shutdown); results are delivered by the
        event loop afterwards."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: object, error: object) -> None:
        callbacks = self._callbacks.pop(number, None)
        relay = self._relays.pop(number, None)
        if relay is not None:
            relay.deleteLater()
        # Jobs dropped by replace_pending never report; forget their callbacks too.
        for stale in [n for n in self._callbacks if n < number]:
            self._callbacks.pop(stale)
            stale_relay = self._relays.pop(stale, None)
            if stale_relay is not None:
                stale_relay.deleteLater()
        if callbacks is None:
            return
        on_done, on_failed = callbacks
        if isinstance(error, BaseException):
            on_failed(error)
        else:
            on_done(result)


class JobProgress(QObject):
    """One job's progress from its worker thread, and the GUI's request to stop it."""

    progressed = Signal(int, int)  # done, total; delivered on the GUI thread (the object lives there)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._shown = (-1, -1)

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def report(self, done: int, total: int) -> None:
        """The job's core `progress` callback, called on the worker thread."""
        if self._stop.is_set():
            raise JobCancelled
        percent = (100 * done // total if total else 0, 100)
        if percent != self._shown:  # a signal per per-cent, not per row
            self._shown = percent
            with contextlib.suppress(RuntimeError):  # the dialog closed meanwhile
                self.progressed.emit(*percent)
