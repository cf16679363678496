"""Consistent copies of the store file with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gender_equality_desk.core.fileio import write_with


def snapshot_store(source: Path, target: Path) -> Path:
    """Copy the live store (including committed WAL content) to `target`, atomically."""

    def _write(tmp: Path) -> None:
        tmp.unlink(missing_ok=True)
        with sqlite3.connect(source) as src, sqlite3.connect(tmp) as dst:
            src.backup(dst)
            # A backup is a single self-contained file: no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        src.close()
        dst.close()

    write_with(target, _write)
    return target
