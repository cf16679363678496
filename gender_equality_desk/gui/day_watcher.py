"""Notice when the local date changes while the app stays open, so "quá hạn 3 ngày" does not stay on
screen from yesterday: a single-shot timer set for the next local midnight (set again each time it fires),
and a look at the date whenever the window comes back to the front or the app becomes active — a timer
does not run while the PC sleeps, and the clock may be set by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

AFTER_MIDNIGHT_MS = 1_000  # fire just after midnight, never just before it
SHORTEST_MS = 1_000


class DayWatcher(QObject):
    """`day_changed(date)` once per change of `today()`; `check()` looks at the date now."""

    day_changed = Signal(object)  # the new date

    def __init__(
        self,
        today: Callable[[], date],
        parent: QObject | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.now = now  # the PC's local wall clock, for the time left until midnight
        self._seen = today()
        self.timer = QTimer(self)
        self.timer.setObjectName("midnightTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire an hour early
        self.timer.timeout.connect(self._at_midnight)
        self.arm()

    @property
    def seen(self) -> date:
        return self._seen

    def arm(self) -> None:
        """Set the timer for just after the next local midnight."""
        now = self.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), time(), tzinfo=now.tzinfo)
        left_ms = int((midnight - now).total_seconds() * 1000) + AFTER_MIDNIGHT_MS
        self.timer.start(max(left_ms, SHORTEST_MS))

    @Slot()
    def check(self) -> bool:
        """Whether the date moved since last seen (either way: a clock set back counts too)."""
        current = self._today()
        if current == self._seen:
            return False
        self._seen = current
        self.day_changed.emit(current)
        return True

    @Slot(Qt.ApplicationState)
    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _at_midnight(self) -> None:
        self.check()
        self.arm()
