"""What an attacker with the store file does, through raw sqlite3 and the public chain algorithm, and the
`check` command as the officer runs it (with or without an administrator's password)."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gender_equality_desk.cli import main
from gender_equality_desk.core.security.audit import GENESIS, entry_hash

ADMIN_PASSWORD = "Quan tri 2024"  # make_case_team's administrator "quantri"
TRIGGERS = {
    "audit_entry_no_update": "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END",
    "audit_entry_no_delete": "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END",
}


def tamper(path: Path, *statements: str, rechain: bool = False) -> None:
    """Drop the append-only triggers, run `statements`, optionally recompute the whole chain as the app
    would (SHA-256 needs no secret), and put the triggers back so nothing looks touched."""
    connection = sqlite3.connect(path)
    with connection:
        for name in TRIGGERS:
            connection.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            connection.execute(statement)
        if rechain:
            _rechain(connection)
        for create in TRIGGERS.values():
            connection.execute(create)
    connection.close()


def _rechain(connection: sqlite3.Connection) -> None:
    rows = connection.execute(
        "SELECT id, at, user_id, username, action, case_id, case_code, detail FROM audit_entry ORDER BY id"
    ).fetchall()
    previous = GENESIS
    for entry_id, at, user_id, username, action, case_id, case_code, detail in rows:
        moment = datetime.fromisoformat(at).replace(tzinfo=UTC)
        hashed = entry_hash(previous, entry_id, moment, user_id, username, action, case_id, case_code, detail)
        connection.execute(
            "UPDATE audit_entry SET previous_hash = ?, entry_hash = ? WHERE id = ?",
            (previous, hashed, entry_id),
        )
        previous = hashed
    last = rows[-1][0] if rows else 0
    connection.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (last,))


def cut_and_renumber(entry_id: int) -> tuple[str, ...]:
    """Statements removing one entry and closing the gap, so the ids run 1, 2, 3… again."""
    return (
        f"DELETE FROM audit_entry WHERE id = {entry_id}",
        f"UPDATE audit_entry SET id = id - 1 WHERE id > {entry_id}",
    )


def has_table(path: Path, table: str) -> bool:
    return bool(query(path, f"SELECT 1 FROM sqlite_master WHERE type='table' AND name='{table}'"))


def wipe_anchor(path: Path) -> None:
    """Whatever anchor the store keeps goes too (a store made before the anchor has none)."""
    if has_table(path, "trust_anchor"):
        tamper(path, "DELETE FROM trust_anchor")


def follow_anchor(path: Path) -> None:
    """A careful attacker also points the anchor's head at the rebuilt chain (its MAC cannot be redone)."""
    if not has_table(path, "trust_anchor"):
        return
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "UPDATE trust_anchor SET head_id = (SELECT max(id) FROM audit_entry) "
            "WHERE head_id > (SELECT max(id) FROM audit_entry)"
        )
        connection.execute(
            "UPDATE trust_anchor SET head_hash = (SELECT entry_hash FROM audit_entry WHERE id = head_id)"
        )
    connection.close()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def run_check(
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    user: str | None = None,
    password: str = ADMIN_PASSWORD,
) -> tuple[int, str]:
    """`gender-equality-desk check [--user NAME]`, the password given on stdin as a script would."""
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    argv = ["check", "--data-dir", str(data_dir)] + (["--user", user] if user else [])
    code = main(argv)
    return code, capsys.readouterr().out
