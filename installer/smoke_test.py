"""Smoke test run *inside* the bundle: open the app's real main window on a data folder, check it, close it.

Built into the bundle as `gedesk-smoke-test` only when GEDESK_SMOKE_TEST=1 (see gedesk.spec); it shares
the bundle's Python, Qt plugins and data files with `gender-equality-desk`, so it proves they are there.

    gedesk-smoke-test --data-dir DIR [--screenshot FILE.png] [--timeout SECONDS]

DIR must hold a store with a commune profile (e.g. made by `gender-equality-desk demo`), otherwise the
first-run wizard would open instead of the main window. Prints one line per check; exit 0 when all pass.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gender_equality_desk import APP_TITLE, __version__
from gender_equality_desk.core.paths import DataLayout, resources_dir
from gender_equality_desk.core.store import migrate
from gender_equality_desk.gui.app import run_gui
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.translations import install_translations

SETTLE_MS = 800  # let the first page load its data before looking at the window


class SmokeTest:
    def __init__(self, app: QApplication, screenshot: Path | None) -> None:
        self.app = app
        self.screenshot = screenshot
        self.failures: list[str] = []
        self.window_seen = False

    def check(self, ok: bool, what: str) -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {what}", flush=True)
        if not ok:
            self.failures.append(what)

    def files_in_bundle(self) -> None:
        resources = resources_dir()
        self.check((resources / "catalogues" / "activity_kinds.json").is_file(), f"catalogues in {resources}")
        self.check((resources / "icons" / "app.svg").is_file(), "icons")
        self.check((resources / "translations" / "qtbase_vi.qm").is_file(), "Qt Vietnamese translation")
        self.check(bool(migrate.head_revision()), f"migrations, head {migrate.head_revision()}")

    def poll(self) -> None:
        """Called until the main window is up; then looks at it once and closes it."""
        windows = [w for w in self.app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and not self.window_seen:
            self.window_seen = True
            QTimer.singleShot(SETTLE_MS, lambda: self.inspect(windows[0]))
        elif not windows:
            others = [w.windowTitle() for w in self.app.topLevelWidgets() if w.isVisible() and w.isWindow()]
            if others:
                print(f"waiting for the main window; visible: {others}", flush=True)

    def inspect(self, window: QWidget) -> None:
        self.check(window.windowTitle().startswith(APP_TITLE), f"main window title {window.windowTitle()!r}")
        self.check(not self.app.windowIcon().isNull(), "application icon (SVG icon engine in the bundle)")
        icon_pixels = self.app.windowIcon().pixmap(32, 32).toImage()
        self.check(icon_pixels.pixelColor(16, 4).alpha() > 0, "icon renders")
        self.check(self.app.applicationVersion() == __version__, f"version {__version__}")
        install_translations(self.app)  # no-op when the app already installed it
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        cancel = box.button(QMessageBox.StandardButton.Cancel).text()
        self.check(cancel == "Hủy", f"standard button in Vietnamese: {cancel!r}")
        if self.screenshot is not None:
            self.check(window.grab().save(str(self.screenshot)), f"screenshot {self.screenshot}")
        window.close()  # last window closed: app.exec() returns and run_gui() with it


def main() -> int:
    parser = argparse.ArgumentParser(prog="gedesk-smoke-test")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])  # run_gui() reuses it
    smoke = SmokeTest(app, args.screenshot)
    smoke.files_in_bundle()
    poller = QTimer()
    poller.timeout.connect(smoke.poll)
    poller.start(100)

    def give_up() -> None:
        smoke.check(False, f"main window shown and closed within {args.timeout:.0f} s")
        for widget in app.topLevelWidgets():
            widget.close()
        app.exit(3)

    QTimer.singleShot(int(args.timeout * 1000), give_up)
    code = run_gui(DataLayout(args.data_dir.resolve()), sys.argv[:1])
    smoke.check(smoke.window_seen, "main window opened")
    smoke.check(code == 0, f"app exit code {code}")
    print("smoke test passed" if not smoke.failures else f"smoke test FAILED: {len(smoke.failures)} check(s)")
    return 0 if not smoke.failures else 1


if __name__ == "__main__":
    sys.exit(main())
