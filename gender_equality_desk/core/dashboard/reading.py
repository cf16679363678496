"""A read-only sqlite3 connection on the store file, one consistent snapshot for a whole dashboard read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from gender_equality_desk.core.store.migrate import HEAD_REVISION

BUSY_TIMEOUT_S = 5.0  # a checkpoint by the app's own writer can hold the file briefly


class DashboardUnreadableError(Exception):
    """The store cannot be read directly: missing, damaged, or of another schema version."""


@contextmanager
def reading_store(path: Path) -> Iterator[sqlite3.Connection]:
    """`path` opened read-only (mode=ro: this connection can never write), inside one read transaction.

    Raises DashboardUnreadableError when the file is missing, is not a readable store, or is not at the schema
    this app version reads (a store still to be migrated is read through the ORM once upgraded)."""
    if not path.is_file():
        raise DashboardUnreadableError(f"no store at {path}")
    try:
        connection = sqlite3.connect(
            f"{sqlite_file_uri(path.resolve().as_posix())}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except sqlite3.Error as error:
        raise DashboardUnreadableError(str(error)) from error
    with closing(connection):
        try:
            connection.execute("BEGIN")  # every query below sees the same committed state
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error as error:
            raise DashboardUnreadableError(str(error)) from error
        if revision is None or revision[0] != HEAD_REVISION:
            raise DashboardUnreadableError(f"schema {revision} is not {HEAD_REVISION}")
        try:
            yield connection
        except sqlite3.Error as error:  # e.g. a damaged page met half-way through
            raise DashboardUnreadableError(str(error)) from error


def sqlite_file_uri(absolute_posix: str) -> str:
    """An absolute path (as_posix) as an SQLite URI: file:///home/…, file:///C:/…, and file:////server/share/…
    for a Windows network folder (Path.as_uri puts the server in the authority, which SQLite refuses).
    Only the characters SQLite reads specially are escaped; Vietnamese letters stay as they are (UTF-8)."""
    escaped = absolute_posix.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return "file://" + (escaped if escaped.startswith("/") else "/" + escaped)


# As SQLAlchemy stores values in SQLite: dates as ISO text, datetimes as naive UTC text with microseconds.


def stored_datetime(moment: datetime) -> str:
    """`moment` as the store keeps it (naive UTC text), for comparisons in SQL."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def read_datetime(stored: str) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def read_date(stored: str | None) -> date | None:
    return None if stored is None else date.fromisoformat(stored)


def read_desk_role(path: Path) -> str | None:
    """The data folder's desk role ("commune" or "province", see core.province.desk_roles) read straight
    from the store file, for the main window to lay out its sidebar before SQLAlchemy is imported; None
    when the file cannot be read that way or no profile was saved yet (the store, once open, tells)."""
    from gender_equality_desk.core.province.desk_roles import known_role

    try:
        with reading_store(path) as connection:
            row = connection.execute(
                "SELECT desk_role FROM commune_profile WHERE is_deleted = 0 ORDER BY id LIMIT 1"
            ).fetchone()
    except DashboardUnreadableError:
        return None
    return None if row is None else known_role(row[0])
