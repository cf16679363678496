"""Act on a modal dialog while the code under test sits in its exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_modal(action: Callable[[QDialog], None]) -> list[BaseException]:
    """Run `action` on the modal dialog as soon as it is open (exec() blocks the test until it closes).

    A failure inside `action` closes the dialog (else exec() would never return) and is handed back."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, run)
            return
        try:
            action(dialog)
        except BaseException as failure:
            failures.append(failure)
            dialog.reject()

    QTimer.singleShot(0, run)
    return failures
