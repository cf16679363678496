"""Cyclic garbage is collected on the GUI thread only, never in a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication

from gender_equality_desk.gui.gc_guard import install_gui_thread_gc


class _Cycle:
    """Garbage in a reference cycle that notes which thread destroyed it."""

    destroyed_in: list[str] = []  # noqa: RUF012 - shared by design: the record outlives the objects

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.destroyed_in.append(threading.current_thread().name)


def test_a_worker_thread_allocating_never_collects_and_the_gui_thread_does(qapp: QApplication) -> None:
    collector = install_gui_thread_gc(qapp)
    assert install_gui_thread_gc(qapp) is collector  # once per application
    assert not gc.isenabled()
    gc.collect()
    _Cycle.destroyed_in.clear()
    _Cycle()  # unreachable at once, but only the cyclic collector can free it

    def allocate() -> None:
        # Far past every threshold: with automatic collection this thread would free the cycle.
        keep = [[index] for index in range(200_000)]
        assert keep

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert _Cycle.destroyed_in == []

    assert collector.collect_due() == -1  # the worker's objects are freed again: nothing is due
    alive = [[index] for index in range(5_000)]  # past the youngest generation's threshold (700)
    assert collector.collect_due() >= 0 and alive
    gc.collect()  # the cycle may sit in an older generation; the timer would get there in turn
    assert _Cycle.destroyed_in == [threading.current_thread().name] == ["MainThread"]
