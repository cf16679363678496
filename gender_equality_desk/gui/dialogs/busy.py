"""Run a slow job off the GUI thread; after a second, show a progress dialog with a Hủy button.

Cancelling cannot stop reportlab or openpyxl mid-file, so the job's result is simply thrown away when it
arrives: jobs write to a private temporary folder and only a finished, wanted file is moved into place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.workers import BackgroundJobs

SHOW_AFTER_MS = 1000


class BusyRunner(QObject):
    """One job at a time for a page: `run(work, on_done, on_failed, label)`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._jobs = BackgroundJobs(self)
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._cancelled = False
        self._label = ""
        self._on_cancelled: Callable[[Any], None] = lambda _result: None

    def busy(self) -> bool:
        return self._jobs.busy()

    def run(
        self,
        work: Callable[[], object],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        label: str,
        on_cancelled: Callable[[Any], None] = lambda _result: None,
    ) -> None:
        """Run `work` on the worker thread. `on_cancelled(result)` cleans up a result nobody wants."""
        self._cancelled = False
        self._label = label
        self._on_cancelled = on_cancelled
        self._timer.start(SHOW_AFTER_MS)

        def finished(result: object) -> None:
            self._finish()
            if self._cancelled:
                on_cancelled(result)
            else:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._finish()
            if not self._cancelled:
                on_failed(error)

        self._jobs.submit(work, finished, failed)

    def wait(self, msecs: int = -1) -> bool:
        return self._jobs.wait(msecs)

    def progress_dialog(self) -> QProgressDialog | None:
        return self._dialog

    def cancel(self) -> None:
        self._cancelled = True
        self._finish()

    def _show_dialog(self) -> None:
        dialog = QProgressDialog(self._label, translate("BusyRunner", "Hủy"), 0, 0, self._parent)
        dialog.setWindowTitle(translate("BusyRunner", "Đang thực hiện"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    def _finish(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
