"""The English translation built from the .ts files as they are now (not a possibly stale app_en.qm)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def build_translations_tool() -> ModuleType:
    """installer/build_translations.py imported by path: installer/ holds scripts, not a package."""
    path = ROOT / "installer" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_english(folder: Path) -> Path:
    """Compile resources/translations/en/*.ts into `folder`/app_en.qm; returns the folder."""
    build_translations_tool().build(folder / "app_en.qm")
    return folder
