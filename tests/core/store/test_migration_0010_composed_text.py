"""Revision 0010 composes every decomposed text an older version stored, and changes nothing else.

The store is a realistic one (a demo commune with plans, cases and their access log), taken back to
revision 0009 (migrated down to 0010, which changes no schema) and given decomposed text the way older
versions kept it; it is then opened as the app opens it (up to the newest revision; only the columns of
0010 are compared). Expected values are computed independently: the whole store read with
plain sqlite3 before, every text value composed with unicodedata, except what must stay as it was.
"""

from __future__ import annotations

import sqlite3
import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activity_list import ActivityFilter, ActivitySort, activity_ids
from gender_equality_desk.core.security import passwords
from gender_equality_desk.core.security.audit import GENESIS, check_audit_file, entry_hash
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import make_engine
from gender_equality_desk.core.store.opening import open_store

Dump = dict[str, list[tuple[object, ...]]]
Columns = dict[str, list[str]]
VILLAGE = "Thôn Đồng Tâm"
NOTE = "Cán bộ Tư pháp xã in lại sổ theo dõi"  # an audit line an older version wrote decomposed


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def plain_tables(connection: sqlite3.Connection) -> list[str]:
    """Every ordinary table, without the FTS5 index and its shadow tables."""
    return [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%\\_fts%' ESCAPE '\\' ORDER BY name"
        )
    ]


def columns_of(path: Path) -> Columns:
    connection = connect(path)
    try:
        return {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in plain_tables(connection)
            if table != "alembic_version"
        }
    finally:
        connection.close()


def dump(path: Path, columns: Columns) -> Dump:
    """The rows of every table in `columns`, those columns only (a later revision may add some)."""
    connection = connect(path)
    try:
        return {
            table: connection.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid").fetchall()
            for table, names in columns.items()
        }
    finally:
        connection.close()


@pytest.fixture
def old_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataLayout:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))
    layout = DataLayout(tmp_path / "data")
    store = open_store(layout)
    generate_demo(store, years=1, scale=1, seed=3, as_of=date(2026, 11, 23))
    store.close()
    engine = make_engine(layout.store)
    migrate.downgrade(engine, "0010")
    engine.dispose()
    connection = connect(layout.store)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0009'")
        connection.create_function("nfd", 1, nfd)
        first_village = connection.execute("SELECT name FROM village ORDER BY id LIMIT 1").fetchone()[0]
        connection.execute(
            "UPDATE village SET name = ? WHERE id = (SELECT max(id) FROM village)", (nfd(VILLAGE),)
        )
        # The same village typed again in the other Unikey mode: it slipped past the duplicate check.
        connection.execute(
            "INSERT INTO village (uuid, name, kind, sort_order, is_active, created_at, updated_at, "
            "is_deleted) VALUES ('twin-village', ?, 'thon', 99, 1, '2026-01-05 08:00:00', "
            "'2026-01-05 08:00:00', 0)",
            (nfd(first_village),),
        )
        connection.execute(
            "UPDATE activity SET title = nfd(title), organiser = nfd(organiser) "
            "WHERE id IN (SELECT id FROM activity ORDER BY id LIMIT 5)"
        )
        connection.execute(
            "UPDATE plan SET preamble = ?", (nfd('[["body", "Thực hiện Kế hoạch số 319/KH-UBND"]]'),)
        )
        connection.execute("UPDATE commune_profile SET commune_name = ?", (nfd("Xã Tân Lập"),))
        connection.execute("UPDATE slogan SET text = nfd(text), source = nfd(source) WHERE id <= 3")
        connection.execute("UPDATE support_case SET survivor_ethnicity = ?", (nfd("Nùng"),))
        last_id, last_hash = connection.execute(
            "SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1"
        ).fetchone()
        at = datetime(2026, 11, 23, 9, 30)
        detail = nfd(NOTE)
        hashed = entry_hash(last_hash or GENESIS, last_id + 1, at, None, "", "printed", None, "", detail)
        connection.execute(
            "INSERT INTO audit_entry (id, at, user_id, username, action, case_id, case_code, detail, "
            "previous_hash, entry_hash) VALUES (?, ?, NULL, '', 'printed', NULL, '', ?, ?, ?)",
            (last_id + 1, at.strftime("%Y-%m-%d %H:%M:%S.%f"), detail, last_hash, hashed),
        )
    connection.close()
    assert check_audit_file(layout.store).ok
    return layout


def composed(value: object) -> object:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def test_upgrade_composes_every_text_and_changes_nothing_else(old_store: DataLayout) -> None:
    columns = columns_of(old_store.store)
    before = dump(old_store.store, columns)
    twin = next(row for row in before["village"] if "twin-village" in row)
    expected = {
        table: [
            row if table == "audit_entry" or row is twin else tuple(composed(value) for value in row)
            for row in rows
        ]
        for table, rows in before.items()
    }
    assert expected != before  # the store really held decomposed text

    connection = connect(old_store.store)
    first_id, stored_title = connection.execute(
        "SELECT id, title FROM activity ORDER BY id LIMIT 1"
    ).fetchone()
    connection.close()
    first_title = unicodedata.normalize("NFC", stored_title)
    assert first_title != stored_title
    store = open_store(old_store)
    try:
        with store.reading() as session:
            found = activity_ids(session, ActivityFilter(text=first_title), ActivitySort())
    finally:
        store.close()

    after = dump(old_store.store, columns)
    assert after == expected
    connection = connect(old_store.store)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (migrate.head_revision(),)
        ]
        # The search index still matches the records it indexes, and finds the composed titles.
        connection.execute("INSERT INTO activity_fts(activity_fts) VALUES ('integrity-check')")
        connection.execute(
            "INSERT INTO propaganda_event_fts(propaganda_event_fts) VALUES ('integrity-check')"
        )
    finally:
        connection.close()
    assert first_id in found
    # The access log is untouched and its chain still holds, the old decomposed line included.
    check = check_audit_file(old_store.store)
    assert check.ok, check.message
    assert after["audit_entry"][-1][7] == nfd(NOTE)


def test_upgrade_leaves_no_decomposed_text_but_the_access_log_and_the_twin(old_store: DataLayout) -> None:
    open_store(old_store).close()
    for table, rows in dump(old_store.store, columns_of(old_store.store)).items():
        for row in rows:
            if table == "audit_entry" or "twin-village" in row:
                continue
            for value in row:
                assert not isinstance(value, str) or unicodedata.is_normalized("NFC", value), (table, row)


def test_the_store_is_backed_up_before_the_upgrade(old_store: DataLayout) -> None:
    open_store(old_store).close()
    backups = list(old_store.backups.glob("sao-luu-*-truoc-nang-cap.zip"))
    assert len(backups) == 1, "an older store is backed up before any migration touches it"
    with zipfile.ZipFile(backups[0]) as archive:
        copy = old_store.root / "copy.sqlite3"
        copy.write_bytes(archive.read("store.sqlite3"))
    connection = connect(copy)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0009",)]
    finally:
        connection.close()
