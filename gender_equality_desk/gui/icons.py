"""Icons drawn for the app (resources/icons/*.svg)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from gender_equality_desk.core.paths import resources_dir


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; an empty icon if the file is missing (never fatal)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")
