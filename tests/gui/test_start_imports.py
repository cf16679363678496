"""The start path (gui.app, opening a current store, the main window with its dashboard) stays light:
no PDF, Excel or Word library, no Alembic, no cryptography until a page or a migration needs them."""

from __future__ import annotations

import os
import subprocess
import sys

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import save_profile
from gender_equality_desk.core.store.opening import open_store

from .sample_data import PROFILE

NOT_AT_START = ("alembic", "mako", "reportlab", "openpyxl", "docx", "cryptography", "pypdf")

CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.opening import open_store_for_app
from gender_equality_desk.gui import app as gui_app

layout = DataLayout(Path(sys.argv[1]))
app = gui_app._application(sys.argv[:1])
opened = open_store_for_app(layout, defer_start_work=True)
window = gui_app.MainWindow(opened.store, layout)
window.show()
app.processEvents()
assert window.windowTitle() == "Gender Equality Desk", window.windowTitle()
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[2:]))
window.close()
opened.store.close()
print(",".join(loaded) or "none")
"""


def test_starting_imports_no_report_library_nor_alembic(layout: DataLayout) -> None:
    open_store(layout).close()  # a current store: the ordinary start
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(layout.root), *NOT_AT_START],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "none"


def test_the_check_sees_a_library_imported_on_the_start_path(layout: DataLayout) -> None:
    """The same child reports a module that is loaded (so the test above can fail)."""
    open_store(layout).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(layout.root), "sqlalchemy", "PySide6"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "PySide6,sqlalchemy"


def test_the_command_line_entry_imports_no_report_library_nor_crypto() -> None:
    """`gender-equality-desk` with no subcommand parses its arguments before opening the window."""
    code = (
        "import sys\n"
        "from gender_equality_desk import cli\n"
        "cli.build_parser().parse_args([])\n"
        "print(','.join(sorted({n.split('.')[0] for n in sys.modules} & set(sys.argv[1:]))) or 'none')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *NOT_AT_START, "PySide6"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "none"


FRAME_CHILD = """
import sys
from pathlib import Path
from gender_equality_desk import cli
cli.build_parser().parse_args([])
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.gui import app as gui_app

app = gui_app._application(sys.argv[:1])
window = gui_app.MainWindow(None, DataLayout(Path(sys.argv[1])))
assert window.show_dashboard_early(), "Tổng quan read from the store file"
window.show()
app.processEvents()
assert window.isVisible() and window.navigation.isEnabled()
assert window.windowTitle().endswith("Xã Cao Lâu"), window.windowTitle()
print(",".join(sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[2:]))) or "none")
window.close()
"""


def test_the_dashboard_is_painted_before_sqlalchemy_is_imported(layout: DataLayout) -> None:
    store = open_store(layout)  # a current store with its commune: the ordinary start
    with store.transaction() as session:
        save_profile(session, PROFILE)
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", FRAME_CHILD, str(layout.root), "sqlalchemy", *NOT_AT_START, "PySide6"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "PySide6"


def test_the_version_is_read_from_the_package_metadata_only_when_asked() -> None:
    code = (
        "import sys\n"
        "from gender_equality_desk import cli\n"
        "cli.build_parser().parse_args([])\n"
        "from gender_equality_desk.gui import app\n"
        "assert 'importlib.metadata' not in sys.modules, 'read before the first paint'\n"
        "import gender_equality_desk\n"
        "from importlib.metadata import version\n"
        "assert gender_equality_desk.__version__ == version('gender-equality-desk')\n"
        "cli.main(['--version'])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("gender-equality-desk ") and done.stdout.strip().split()[-1][0].isdigit()
