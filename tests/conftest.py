"""Shared fixtures. Tests never touch a real user folder: data and config dirs point into tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a display; set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gender_equality_desk.core.paths import DATA_DIR_ENV, DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

TESTS_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests under tests/gui need a Qt application: mark them so the pure suite can run alone."""
    gui_dir = TESTS_DIR / "gui"
    for item in items:
        if gui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)


@pytest.fixture
def layout(tmp_path: Path) -> DataLayout:
    return DataLayout(tmp_path / "data")


@pytest.fixture
def store(layout: DataLayout) -> Iterator[Store]:
    """A fresh store at the latest schema with reference data seeded, as the app opens it."""
    opened = open_store(layout)
    yield opened
    opened.close()
