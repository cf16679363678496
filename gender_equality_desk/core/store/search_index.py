"""FTS5 indexes over the diacritic-free `search_text` columns, kept in sync by triggers.

The tables are "external content" FTS5 tables: they store only the index, the text stays in the record
table. They are not SQLAlchemy models, so Alembic comparisons skip them (see is_search_index_table).
"""

from __future__ import annotations

from alembic import op

SEARCHABLE_TABLES = ("activity", "propaganda_event")
FTS_SUFFIX = "_fts"


def fts_table(table: str) -> str:
    return f"{table}{FTS_SUFFIX}"


def is_search_index_table(name: str) -> bool:
    """True for an FTS5 table or one of its shadow tables (…_fts_data, …_fts_idx, …)."""
    return any(name == fts_table(t) or name.startswith(f"{fts_table(t)}_") for t in SEARCHABLE_TABLES)


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic hook: leave the FTS5 tables out of model/schema comparisons."""
    return not (type_ == "table" and name is not None and is_search_index_table(name))


def create_search_index(table: str) -> None:
    fts = fts_table(table)
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def drop_search_index(table: str) -> None:
    fts = fts_table(table)
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {fts}")
