"""Printing for real in a child process: the officer's print paths, from the button to a PDF.

A print path that breaks Qt's memory (a printer freed under the preview) kills the process it runs in.
Run inside pytest, that would end the whole run instead of failing one test; so each print test runs one
scenario of `print_scenarios.py` in a fresh Python (offscreen Qt, in Vietnamese as the officer sees it)
and checks its exit code and the PDF it printed.

Both sides live here. The test's side: `run_print_scenario` and `printed_text`. The child's side:
`PreviewDriver` does what the officer does in Qt's print preview once it is open (look at the pages,
press In, confirm Qt's print dialog), with the preview's own printer pointed at a PDF file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget

SCENARIOS = Path(__file__).with_name("print_scenarios.py")
CHILD_TIMEOUT_S = 120  # a hung dialog fails the test instead of blocking the run
POLL_MS = 20
SEGFAULT = -11  # subprocess's return code for a child killed by SIGSEGV (a shell says 139)


# -- the test's side -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintRun:
    returncode: int
    stdout: str
    stderr: str
    facts: dict[str, object]  # what the child saw, from the last line it wrote

    def explain(self) -> str:
        crashed = " (segmentation fault)" if self.returncode == SEGFAULT else ""
        return f"child exited {self.returncode}{crashed}\n--- out\n{self.stdout}\n--- err\n{self.stderr}"


def run_print_scenario(name: str, *args: str | Path) -> PrintRun:
    """Run `print_scenarios.py name args…` in a fresh Python with the offscreen Qt platform."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run(
        [sys.executable, str(SCENARIOS), name, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    facts = json.loads(lines[-1]) if done.returncode == 0 and lines else {}
    return PrintRun(done.returncode, done.stdout, done.stderr, facts)


def printed_text(run: PrintRun, pdf: Path) -> str:
    """The text of the PDF the child printed, words separated by single spaces; fails unless the child
    exited normally and the file is a real PDF."""
    assert run.returncode == 0, run.explain()
    assert pdf.is_file(), f"nothing was printed to {pdf}\n{run.explain()}"
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


# -- the child's side ----------------------------------------------------------------------------------


def wait_until(condition: Callable[[], bool], timeout_s: float = 20) -> None:
    """Let the event loop run until `condition` holds; TimeoutError (the child fails) otherwise."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"still waiting after {timeout_s} s")
        QCoreApplication.processEvents()
        time.sleep(POLL_MS / 1000)


def previews_left(owner: QWidget) -> int:
    """Print previews still alive under `owner` once deferred deletions ran (each print must clean up)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(owner.findChildren(QPrintPreviewDialog))


def report_facts(facts: dict[str, object]) -> None:
    """The child's last line: what the test reads back as PrintRun.facts."""
    print(json.dumps(facts, ensure_ascii=False), flush=True)


class PreviewDriver:
    """Waits, from inside the event loop, for Qt's print preview to be the modal window, then either
    prints it to `pdf` (press In, confirm the print dialog) or closes it as the officer would."""

    def __init__(self, pdf: Path | None) -> None:
        self.pdf = pdf
        self.title = ""
        self.pages = 0
        QTimer.singleShot(0, self._in_preview)

    def _in_preview(self) -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, QPrintPreviewDialog):
            QTimer.singleShot(POLL_MS, self._in_preview)
            return
        self.title = preview.windowTitle()
        widget = preview.findChild(QPrintPreviewWidget)
        self.pages = widget.pageCount() if widget is not None else 0
        if self.pdf is None:
            preview.reject()
            return
        printer = preview.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.pdf))
        press = QCoreApplication.translate("QPrintPreviewDialog", "Print")  # "In" in Vietnamese
        (print_action,) = [action for action in preview.findChildren(QAction) if action.text() == press]
        QTimer.singleShot(0, self._in_print_dialog)
        print_action.trigger()  # Qt asks which printer (QPrintDialog), prints, then accepts the preview

    def _in_print_dialog(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(POLL_MS, self._in_print_dialog)
            return
        dialog.accept()
