"""Architecture rule: nothing under core/ imports Qt (or the GUI package)."""

from __future__ import annotations

import ast
from pathlib import Path

import gender_equality_desk

PACKAGE_DIR = Path(gender_equality_desk.__file__).resolve().parent
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "gender_equality_desk.gui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def qt_imports_under_core() -> dict[str, set[str]]:
    offenders: dict[str, set[str]] = {}
    for path in sorted((PACKAGE_DIR / "core").rglob("*.py")):
        bad = {name for name in imported_modules(path) if name.startswith(FORBIDDEN)}
        if bad:
            offenders[str(path.relative_to(PACKAGE_DIR))] = bad
    return offenders


def test_core_never_imports_qt() -> None:
    assert qt_imports_under_core() == {}


def test_the_check_detects_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)


def test_core_modules_exist_to_be_checked() -> None:
    assert len(list((PACKAGE_DIR / "core").rglob("*.py"))) > 10
