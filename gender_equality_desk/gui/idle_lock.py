"""Idle lock: a signal after a stretch without keyboard or mouse input anywhere in the application.

An application-wide event filter sees the input of every window and dialog, so typing in a case form
keeps the session alive just like clicking in the list; a timer restarted by each input fires when the
officer has walked away from the PC.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

IDLE_LIMIT_MS = 10 * 60 * 1000  # issue 4: lock after 10 minutes without input

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Emits `idle` once after `limit_ms` without input while armed; `arm()` after sign-in."""

    idle = Signal()

    def __init__(self, limit_ms: int = IDLE_LIMIT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(limit_ms)
        self._timer.timeout.connect(self._expired)
        self._installed = False

    @property
    def limit_ms(self) -> int:
        return self._timer.interval()

    def set_limit_ms(self, limit_ms: int) -> None:
        self._timer.setInterval(limit_ms)
        if self._timer.isActive():
            self._timer.start()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def arm(self) -> None:
        """Start watching (after sign-in); every input restarts the countdown."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def disarm(self) -> None:
        """Stop watching (after sign-out or lock): nothing to protect while nobody is signed in."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False  # only watching: every event goes on to its widget

    def _expired(self) -> None:
        self.disarm()
        self.idle.emit()
