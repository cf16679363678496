"""Where to save a file the officer exports: Qt's save dialog, and the extension a typed name lacks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget, title: str, suggested_name: str, file_filter: str, *, folder: Path | None = None
) -> Path | None:
    """The path chosen in a save dialog opened on `folder` (default: home) with `suggested_name`; None if
    the officer cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str((folder or Path.home()) / suggested_name), file_filter
    )
    return Path(chosen) if chosen else None


def with_extension(target: Path, suffix: str) -> Path:
    """`target` with `suffix` (".pdf") added when the typed name does not already end so, in any case:
    "bao-cao" → "bao-cao.pdf", "bao-cao.PDF" stays, "bao-cao.v2" → "bao-cao.v2.pdf"."""
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)
