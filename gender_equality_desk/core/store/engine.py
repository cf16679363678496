"""SQLite engine and transactions for the local store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from gender_equality_desk.core.store import commit_stamp, composed_text
from gender_equality_desk.core.store.write_failures import explain_write_failure


def make_engine(path: Path, *, durable: bool = True) -> Engine:
    """An engine on the SQLite file `path`: WAL, foreign keys on, `synchronous=FULL` when durable.

    pysqlite's own implicit transactions are switched off and SQLAlchemy emits BEGIN itself, so that a
    unit of work is exactly one SQLite transaction (and SAVEPOINTs work).
    """
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": 15})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _changes_so_far(session: Session) -> int:
    """Rows changed by this session's connection since it opened (SQLite's total_changes())."""
    return int(session.execute(text("SELECT total_changes()")).scalar_one())


def _count_this_save(session: Session) -> int:
    """Add this transaction to the store's save count (inside the transaction, so it is lost with it)."""
    commits = int(session.execute(text("PRAGMA user_version")).scalar_one()) + 1
    session.execute(text(f"PRAGMA user_version = {commits}"))
    return commits


class Store:
    """The open local store: an engine plus a factory of units of work."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        composed_text.install(self._sessions)  # every text written is composed Unicode (NFC)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error.

        A unit that changed rows is counted in the store's save count (commit_stamp); a save refused by
        the system (read-only folder, full disk, another program writing) raises StoreWriteError."""
        commits = None
        try:
            with self._sessions.begin() as session:
                before = _changes_so_far(session)
                yield session
                session.flush()
                if _changes_so_far(session) != before:
                    commits = _count_this_save(session)
        except OperationalError as error:
            explained = explain_write_failure(error, self.path)
            if explained is None:
                raise
            raise explained from error
        if commits is not None:
            commit_stamp.write_stamp(self.path, commits)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()  # the last connection closes: SQLite checkpoints and removes the WAL
        commit_stamp.seal_at_close(self.path)
