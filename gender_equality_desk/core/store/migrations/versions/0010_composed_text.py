"""Every text already in the store composed (NFC), once.

Text typed with Unikey's "Unicode tổ hợp" or copied from a PDF arrives decomposed (a letter and its
accents apart); older versions stored it so, and it printed with floating accents and was missed by
comparisons. Every write through a session is now composed (core/store/composed_text.py); this revision
composes what is already there.

Generic over the schema: every column of every ordinary table (read with PRAGMA table_info), every value
SQLite holds as text (typeof = 'text') whatever the column's declared type (JSON paragraphs of plans
included). Nothing else changes: no timestamps (so no record looks "changed since last shared" to the data
package ledger), no ids, no other values. Alembic runs it in the one transaction migrate.upgrade opens.

Left as they are, on purpose:
- audit_entry: append-only (its triggers refuse UPDATE), and each entry's SHA-256 covers its user name,
  case code and detail. Rewriting a line would break the chain; recomputing the chain would erase the
  very evidence of tampering it exists for. Its texts come from the app (action codes, field names,
  ASCII user names), so nothing decomposed is expected there; new entries are composed before hashing.
- The FTS5 search indexes (virtual tables and their shadow tables): they index `search_text`, which is
  fold(…) of the record's text, without accents — the same for composed and decomposed input — so the
  index needs no rebuild. `search_text` itself is composed like any column; should a value change, the
  table's AFTER UPDATE trigger re-indexes that row in the same transaction.
- Sealed values (victims' names, contacts, narratives, case file names) are BLOBs under a key this
  migration does not hold; they are composed when opened and sealed composed on the next save
  (core/security/crypto.py).
- sqlite_* and alembic_version: bookkeeping.
Other hashes are unaffected: attachments' sha256 are of file bytes; password hashes, UUIDs and codes are
ASCII.

Two rows that differ only in encoding under a UNIQUE constraint (a village typed twice, once in each
Unikey mode, slipped past the duplicate check) would collide once composed. UPDATE OR IGNORE leaves that
one value as it was instead of failing the upgrade or merging records behind the officer's back; the
officer still sees both entries, as before, and can rename or retire one.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

import sqlite3

from alembic import op

from gender_equality_desk.core.domain.text import is_composed, nfc

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

LEFT_ALONE = frozenset({"audit_entry", "alembic_version"})


def _decomposed(*values: object) -> bool:
    return any(isinstance(value, str) and not is_composed(value) for value in values)


def _tables(connection: sqlite3.Connection) -> list[str]:
    """Ordinary tables, without virtual tables (FTS5) and the shadow tables they keep."""
    rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return sorted(
        name
        for name, _sql in rows
        if not name.startswith("sqlite_")
        and name not in LEFT_ALONE
        and not any(name == v or name.startswith(f"{v}_") for v in virtual)
    )


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def upgrade() -> None:
    connection = op.get_bind().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    connection.create_function("gedesk_decomposed", -1, _decomposed, deterministic=True)
    for table in _tables(connection):
        _compose_table(connection, table)


def _compose_table(connection: sqlite3.Connection, table: str) -> None:
    """One pass over the table finds the rows holding decomposed text (almost never any); only their
    decomposed values are rewritten. (The 0009 schema has no WITHOUT ROWID table.)"""
    columns = [_quoted(row[1]) for row in connection.execute(f"PRAGMA table_info({_quoted(table)})")]
    # SQLite takes at most 127 arguments per function call.
    condition = " OR ".join(
        f"gedesk_decomposed({', '.join(columns[i : i + 100])})" for i in range(0, len(columns), 100)
    )
    found = connection.execute(f"SELECT rowid, {', '.join(columns)} FROM {_quoted(table)} WHERE {condition}")
    writer = connection.cursor()
    while rows := found.fetchmany(1000):
        for rowid, *values in rows:
            for column, value in zip(columns, values, strict=True):
                if _decomposed(value):
                    writer.execute(
                        f"UPDATE OR IGNORE {_quoted(table)} SET {column} = ? WHERE rowid = ?",
                        (nfc(value), rowid),
                    )
    writer.close()


def downgrade() -> None:
    # Composed text is what older versions expect too: there is nothing to undo.
    pass
