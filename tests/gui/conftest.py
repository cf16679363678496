"""Fixtures for Qt tests: a fixed 'today' inside the Action Month, a small filled commune, and windows
that are really deleted after each test (closing alone leaves them alive, and every later style
change would have to repolish them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.ui_language import UiLanguage
from gender_equality_desk.gui.gc_guard import install_gui_thread_gc
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.theme import apply_theme
from gender_equality_desk.gui.translations import install_ui_language, uninstall_translations

from .english import build_english
from .sample_data import fill_sample_commune

TODAY = date(2025, 11, 20)
W = TypeVar("W", bound=QWidget)


@pytest.fixture(scope="session", autouse=True)
def _themed(qapp: QApplication) -> None:
    """Tests see the app as the officer does: fonts and sizes affect layout assertions; cyclic garbage
    (windows of earlier tests) is collected on the GUI thread, never in a test's worker thread."""
    apply_theme(qapp)
    install_gui_thread_gc(qapp)


@pytest.fixture(scope="session", autouse=True)
def _clipboard_emptied_before_exit(qapp: QApplication) -> Iterator[None]:
    """A QMimeData a test puts on the clipboard belongs to Qt's clipboard, a static of QtGui destroyed after
    Python has shut down: its Python wrapper then segfaulted the run at exit (exit 139 after every test
    passed). Emptying the clipboard at the end of the session frees it while Python still runs."""
    yield
    qapp.clipboard().clear()


@pytest.fixture(scope="session")
def english_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """app_en.qm compiled once per run from the .ts files as they are now (not a possibly stale build)."""
    return build_english(tmp_path_factory.mktemp("english"))


@pytest.fixture
def english(qapp: QApplication, english_folder: Path) -> Iterator[QApplication]:
    """The application speaking English for one test, Vietnamese again afterwards."""
    assert install_ui_language(qapp, UiLanguage.ENGLISH, english_folder)
    yield qapp
    uninstall_translations(qapp)


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[Callable[[W], W]]:
    """Show a top-level widget for this test and delete it afterwards."""
    created: list[QWidget] = []

    def show(widget: W) -> W:
        qtbot.addWidget(widget)
        created.append(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    yield show
    for widget in created:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def filled_store(store: Store) -> Store:
    fill_sample_commune(store, TODAY)
    return store


@pytest.fixture
def window(shown: Callable[[MainWindow], MainWindow], filled_store: Store, layout: DataLayout) -> MainWindow:
    return shown(MainWindow(filled_store, layout, today=lambda: TODAY))
