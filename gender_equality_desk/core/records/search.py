"""The searchable text of a record and the FTS5 query for what the officer types in the search box."""

from __future__ import annotations

from sqlalchemy import TextClause, text

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
