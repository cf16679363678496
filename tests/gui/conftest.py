"""Fixtures for Qt tests: a fixed 'today' inside the Action Month and a small filled commune."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.theme import apply_theme

from .sample_data import fill_sample_commune

TODAY = date(2025, 11, 20)


@pytest.fixture(autouse=True)
def _themed(qapp: object) -> None:
    """Tests see the app exactly as the officer does (fonts and sizes affect layout assertions)."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    apply_theme(qapp)


@pytest.fixture
def filled_store(store: Store) -> Store:
    fill_sample_commune(store, TODAY)
    return store


@pytest.fixture
def window(qtbot: QtBot, filled_store: Store, layout: DataLayout) -> Iterator[MainWindow]:
    main = MainWindow(filled_store, layout, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
