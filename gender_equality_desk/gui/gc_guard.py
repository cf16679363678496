"""Cyclic garbage is collected on the GUI thread only.

The app runs Python in worker threads (opening the store, the start backup, report exports). Python's
cyclic collector runs in whichever thread happens to allocate when a threshold is crossed; if that is a
worker and the garbage holds a Qt window or dialog owned by Python, its C++ object is destroyed off the
GUI thread and the app crashes (seen as a rare segfault while the store opened in a thread). So the
automatic collector is switched off and a timer on the GUI thread collects with the same thresholds.
Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    """Owns the timer; keep it alive as long as the application (give it the app as parent)."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is crossed, as gc would; returns it (-1: none)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = -1
        for generation in range(3):
            if counts[generation] > thresholds[generation]:
                due = generation
        if due >= 0:
            gc.collect(due)
        return due


def install_gui_thread_gc(app: QObject) -> GuiThreadGarbageCollector:
    """Once per application; later calls return the collector already installed."""
    existing = app.findChild(GuiThreadGarbageCollector)
    return existing if existing is not None else GuiThreadGarbageCollector(app)
