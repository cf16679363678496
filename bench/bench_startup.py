"""Benchmark: cold start to an interactive main window on a 10-year demo store, against a bare PySide6 window.

    .venv/bin/python bench/bench_startup.py [--data-dir /tmp/gedesk-bench-startup] [--runs 5]

The store at --data-dir is used as it is; when it holds no store yet, `gender-equality-desk demo --years
10` fills it first (once; keep the folder to skip that next time). Each run is a fresh Python process
(offscreen Qt unless QT_QPA_PLATFORM says otherwise), so imports, Qt start-up and the store are all cold
for Python; one unmeasured run of each first warms the OS file cache, as when an officer opens the app a
second time, and then the two alternate.

The parent reads time.perf_counter() just before starting the child and passes it in the environment; the
child prints perf_counter() minus that when its window is exposed and the event queue is empty, i.e. the
officer can click. perf_counter is a system-wide monotonic clock on Linux and Windows, so the two readings
compare across processes.

- App: what gui.app.run_gui does before app.exec() — import the entry point and gui.app, build the
  QApplication (theme, translations, icon), take the single-instance lock, read Tổng quan straight from
  the store file (core.dashboard: stdlib sqlite3, no ORM) and show the window with it ("interactive":
  this year's figures, reminders, the commune in the title, the sidebar usable); then open the store in
  a thread (health check, SQLAlchemy and the models, mapper set-up) and attach it ("store": every page
  can be built; a page clicked meanwhile says "Đang mở dữ liệu…" until then), schedule the daily
  backups; the start backup then runs in a thread ("start_backup", not counted).
- Baseline: import PySide6, build a QApplication and an empty QMainWindow of the same size, show it.
- Reference ("Qt floor"): the same Tổng quan shape built from plain widgets with fixed texts — sidebar
  list of the eight pages, eight figure cards, two lists of eight rows, a status bar — and nothing of the
  app (no theme, icons, translations, data). What Qt alone costs to show such a window: no app code can
  start faster than this, which tells how much of the gap to the bare window the app's own code is.

Our package is byte-compiled first (compileall), as an installed app (pip or the PyInstaller bundle)
is; without it each run would compile every module from source (e.g. under PYTHONDONTWRITEBYTECODE).

Prints best and median of --runs for each, the ratios of the app's interactive window and of its
store being attached to the bare window (target ≤ 1.5× for the first) and the app's phases (median).
With --importtime it also lists the slowest imports of one app run (python -X importtime, cumulative).
Figures only; timings are never asserted.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import gender_equality_desk

START_ENV = "GEDESK_BENCH_START"
TARGET_RATIO = 1.5

# Runs in the child. Phases are printed as one JSON line: seconds since the parent started the process.
_WAIT_UNTIL_INTERACTIVE = """
def _wait_until_interactive(app, window):
    handle = window.windowHandle()
    while handle is None or not handle.isExposed():
        app.processEvents()
        handle = window.windowHandle()
    app.processEvents()  # whatever was queued by showing it (first paint, layout) is done too
"""

APP_CHILD = """
import json, os, sys, time
start = float(os.environ["__START_ENV__"])
def since(): return time.perf_counter() - start
phases = {"interpreter": since()}
import gender_equality_desk.cli  # the `gender-equality-desk` entry point, which then calls run_gui
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.gui import app as gui_app, startup
phases["imports"] = since()
layout = DataLayout(__import__("pathlib").Path(sys.argv[1]))
app = gui_app._application(sys.argv[:1])
instance = gui_app.SingleInstance(layout.root)
assert instance.acquire(), "another copy holds the data folder"
phases["qapplication"] = since()
window = gui_app.MainWindow(None, layout)
assert window.show_dashboard_early(), "a current demo store with a profile is read directly"
window.show()
_wait_until_interactive(app, window)
assert window.windowTitle() != "Gender Equality Desk" and window.navigation.isEnabled()
phases["interactive"] = since()
instance.listen()
opened = startup.open_off_gui_thread(layout)
store = opened.store
window.attach_store(store)
gui_app._schedule_daily_backups(window, layout)
start_work = startup.StartWork(opened, layout)
start_work.start()
app.processEvents()
phases["store"] = since()
start_work.wait()
phases["start_backup"] = since()  # after the dashboard, off the GUI thread
print(json.dumps(phases))
window.close()
store.close()
instance.release()
""".replace("__START_ENV__", START_ENV)

FLOOR_CHILD = """
import json, os, sys, time
start = float(os.environ["__START_ENV__"])
def since(): return time.perf_counter() - start
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Gender Equality Desk — Xã Cao Lâu")
window.resize(1280, 720)
central = QWidget()
row = QHBoxLayout(central)
navigation = QListWidget()
navigation.addItems(["Tổng quan", "Kế hoạch", "Hoạt động", "Tuyên truyền", "Hồ sơ hỗ trợ", "Báo cáo",
                     "Băng rôn – Khẩu hiệu", "Cài đặt"])
navigation.setFixedWidth(232)
row.addWidget(navigation)
page = QWidget()
box = QVBoxLayout(page)
box.addWidget(QLabel("Tổng quan"))
grid = QGridLayout()
for index in range(8):
    card = QFrame()
    card_box = QVBoxLayout(card)
    for text in ("Hoạt động đã thực hiện", "1.234", "năm 2026"):
        card_box.addWidget(QLabel(text))
    grid.addWidget(card, index // 4, index % 4)
box.addLayout(grid)
for _list in range(2):
    tree = QTreeWidget()
    tree.setHeaderLabels(["Ngày", "Hoạt động", "Nơi"])
    for _row in range(8):
        QTreeWidgetItem(tree, ["23/11/2026", "Tập huấn kỹ năng phòng, chống bạo lực gia đình", "Thôn 1"])
    box.addWidget(tree)
box.setAlignment(Qt.AlignmentFlag.AlignTop)
stack = QStackedWidget()
stack.addWidget(page)
row.addWidget(stack, 1)
window.setCentralWidget(central)
window.statusBar().showMessage("Thư mục dữ liệu")
navigation.setCurrentRow(0)
window.show()
_wait_until_interactive(app, window)
print(json.dumps({"interactive": since()}))
""".replace("__START_ENV__", START_ENV)

BARE_CHILD = """
import json, os, sys, time
start = float(os.environ["__START_ENV__"])
def since(): return time.perf_counter() - start
phases = {"interpreter": since()}
from PySide6.QtWidgets import QApplication, QMainWindow
phases["imports"] = since()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Gender Equality Desk")
window.resize(1280, 720)
window.show()
_wait_until_interactive(app, window)
phases["interactive"] = since()
print(json.dumps(phases))
""".replace("__START_ENV__", START_ENV)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "gedesk-bench-startup")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--importtime", action="store_true", help="list the slowest imports of one app run")
    args = parser.parse_args()
    data_dir = args.data_dir.resolve()
    _ensure_demo(data_dir)
    compileall.compile_dir(Path(gender_equality_desk.__file__).parent, quiet=1)

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # One unmeasured run each brings the files into the OS cache; then the two alternate, so that
    # whatever else the machine is doing weighs on both alike.
    _run(BARE_CHILD, [], env)
    _run(FLOOR_CHILD, [], env)
    _run(APP_CHILD, [str(data_dir)], env)
    bare: list[dict[str, float]] = []
    floor: list[dict[str, float]] = []
    ours: list[dict[str, float]] = []
    for _ in range(args.runs):
        bare.append(_run(BARE_CHILD, [], env))
        floor.append(_run(FLOOR_CHILD, [], env))
        ours.append(_run(APP_CHILD, [str(data_dir)], env))

    print(
        f"Cold start to an interactive window, {args.runs} fresh processes each "
        f"(QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}):"
    )
    bare_best, bare_median = _summary([run["interactive"] for run in bare])
    print(
        f"  {'bare PySide6 QMainWindow':<34} best {bare_best * 1000:6.0f} ms"
        f"   median {bare_median * 1000:6.0f} ms"
    )
    floor_best, floor_median = _summary([run["interactive"] for run in floor])
    print(
        f"  {'Qt floor: same shape, no app code':<34} best {floor_best * 1000:6.0f} ms"
        f"   median {floor_median * 1000:6.0f} ms   ratio {floor_best / bare_best:.2f}× / "
        f"{floor_median / bare_median:.2f}× (reference)"
    )
    for phase, label in (
        ("interactive", "Tổng quan filled, usable"),
        ("store", "store attached, every page"),
    ):
        ours_best, ours_median = _summary([run[phase] for run in ours])
        ratio_best, ratio_median = ours_best / bare_best, ours_median / bare_median
        verdict = "within" if ratio_median <= TARGET_RATIO else "ABOVE"
        print(
            f"  {label:<34} best {ours_best * 1000:6.0f} ms   median {ours_median * 1000:6.0f} ms"
            f"   ratio {ratio_best:.2f}× / {ratio_median:.2f}× ({verdict} the {TARGET_RATIO}× target)"
        )
    print("App phases (median, cumulative ms since the process was started):")
    for phase in ours[0]:
        print(f"  {phase:<13} {statistics.median(run[phase] for run in ours) * 1000:7.0f}")
    if args.importtime:
        _print_slowest_imports(data_dir, env)
    return 0


def _ensure_demo(data_dir: Path) -> None:
    from gender_equality_desk.core.paths import DataLayout

    if DataLayout(data_dir).store.exists():
        print(f"Using the store in {data_dir}")
        return
    print(f"Generating a 10-year demo store in {data_dir} (once)…", flush=True)
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "gender_equality_desk",
        "demo",
        "--data-dir",
        str(data_dir),
        "--years",
        "10",
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    print(f"  done in {time.perf_counter() - started:.1f} s")


def _run(
    child: str, argv: list[str], env: dict[str, str], extra: list[str] | None = None
) -> dict[str, float]:
    code = _WAIT_UNTIL_INTERACTIVE + child
    # Read as late as possible: just before the process starts.
    env = {**env, START_ENV: repr(time.perf_counter())}
    done = subprocess.run(
        [sys.executable, *(extra or []), "-c", code, *argv],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"The measured process failed:\n{done.stderr}")
    phases: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return phases


def _summary(values: list[float]) -> tuple[float, float]:
    return min(values), statistics.median(values)


def _print_slowest_imports(data_dir: Path, env: dict[str, str], top: int = 30) -> None:
    """Cumulative import time of the top-level packages and of our own modules, slowest first."""
    code = _WAIT_UNTIL_INTERACTIVE + APP_CHILD
    env = {**env, START_ENV: repr(time.perf_counter())}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[tuple[int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line.removeprefix("import time:").split("|")
        module = name.strip()
        # Whole packages (sqlalchemy, reportlab…) wherever first imported, and each of our modules.
        if "." not in module or module.startswith("gender_equality_desk"):
            rows.append((int(cumulative), module))
    print(
        f"Slowest imports of one app run (cumulative ms, counted where first imported; "
        f"packages and our modules, top {top}):"
    )
    for microseconds, module in sorted(rows, reverse=True)[:top]:
        print(f"  {microseconds / 1000:7.1f}  {module}")


if __name__ == "__main__":
    sys.exit(main())
