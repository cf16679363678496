"""The searchable text of a record and the FTS5 query for what the officer types in the search box."""

from __future__ import annotations

from array import array
from typing import Any

from sqlalchemy import Select, TextClause, text
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.text import fold


def activity_search_text(title: str, place_text: str, organiser: str, result_summary: str) -> str:
    return fold(" ".join((title, place_text, organiser, result_summary)))


def propaganda_search_text(title: str, places: str, notes: str) -> str:
    return fold(" ".join((title, places, notes)))


def fts_query(typed: str) -> str | None:
    """ "Bình đẳng  giới" → '"binh"* "dang"* "gioi"*': every word must begin a word of the record.

    Words are quoted so that FTS5 operators typed by chance (AND, OR, -, *) are plain text. None when
    nothing searchable was typed.
    """
    words = [word.replace('"', "") for word in fold(typed).split()]
    words = [word for word in words if word]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def matching_rowids(fts_table: str, typed: str) -> TextClause | None:
    """A subquery of the rowids whose search text matches what was typed (None: no text filter)."""
    query = fts_query(typed)
    if query is None:
        return None
    return text(f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH :q").bindparams(q=query)


def fetch_ids(session: Session, statement: Select[Any]) -> array[int]:
    """Run a one-column id query into a compact array, reading the driver's cursor directly.

    The ids need no type conversion, and skipping SQLAlchemy's per-row processing makes a million-row
    list about five times faster to (re)build.
    """
    ids: array[int] = array("q")
    result = session.connection().execute(statement)
    cursor = result.cursor
    assert cursor is not None
    try:
        while rows := cursor.fetchmany(50_000):
            ids.extend(row[0] for row in rows)
    finally:
        result.close()
    return ids
