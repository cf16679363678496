"""Schema history: migrations match the models, upgrade keeps data, and an old store is backed up first."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import StoreError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import make_engine
from gender_equality_desk.core.store.opening import open_store

DATA = Path(__file__).resolve().parents[2] / "data"
FIRST_REVISION_STORE = DATA / "store_0001.sqlite3"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def columns(path: Path, table: str) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    finally:
        connection.close()


@pytest.fixture
def old_layout(tmp_path: Path) -> DataLayout:
    layout = DataLayout(tmp_path / "data").ensure()
    shutil.copyfile(FIRST_REVISION_STORE, layout.store)
    return layout


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fresh.sqlite3")
    migrate.upgrade(engine)
    assert migrate.pending_model_changes(engine) == []
    engine.dispose()


def test_migrations_go_down_and_up_again(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "s.sqlite3")
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_committed_store_is_at_first_revision() -> None:
    assert rows(FIRST_REVISION_STORE, "SELECT version_num FROM alembic_version") == [("0001",)]


def test_upgrading_a_first_revision_store_loses_nothing(old_layout: DataLayout) -> None:
    tables = ("commune_profile", "village", "campaign", "activity_kind", "propaganda_kind", "slogan")
    old_columns = {table: ", ".join(columns(old_layout.store, table)) for table in tables}
    before = {
        table: rows(old_layout.store, f"SELECT {old_columns[table]} FROM {table} ORDER BY id")
        for table in tables
    }

    store = open_store(old_layout)
    store.close()

    assert rows(old_layout.store, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)]
    for table in ("commune_profile", "village", "campaign"):
        assert (
            rows(old_layout.store, f"SELECT {old_columns[table]} FROM {table} ORDER BY id") == before[table]
        )
        assert len(before[table]) >= 1
    # Catalogue rows keep the officer's edits; seeding only adds what was missing.
    after_kinds = rows(old_layout.store, "SELECT code, label, is_active FROM activity_kind ORDER BY id")
    assert after_kinds[:2] == [
        ("launch_ceremony", "Lễ phát động, mít tinh (đã sửa)", 1),
        ("old_kind", "Loại cũ", 0),
    ]
    assert len(after_kinds) > 2
    assert rows(old_layout.store, "SELECT text, is_favourite FROM slogan WHERE id = 1") == [
        ("Chấm dứt bạo lực, vun đắp yêu thương", 1)
    ]
    # The new tables exist and are usable.
    assert rows(old_layout.store, "SELECT count(*) FROM activity") == [(0,)]


def test_upgrade_takes_a_backup_of_the_old_store_first(old_layout: DataLayout) -> None:
    store = open_store(old_layout)
    store.close()
    backups = sorted(old_layout.backups.glob("sao-luu-*-truoc-nang-cap.zip"))
    assert len(backups) == 1
    with zipfile.ZipFile(backups[0]) as archive:
        copy = old_layout.root / "copy.sqlite3"
        copy.write_bytes(archive.read("store.sqlite3"))
    assert rows(copy, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert rows(copy, "SELECT name FROM village ORDER BY id") == [
        ("Thôn Nà Làng",),
        ("Bản Pắc Mòng",),
        ("Thôn Khòn Pát",),
    ]


def test_opening_a_current_store_takes_no_backup(layout: DataLayout) -> None:
    open_store(layout).close()
    open_store(layout).close()
    assert list(layout.backups.iterdir()) == []


def test_store_from_a_newer_version_is_refused_and_untouched(old_layout: DataLayout) -> None:
    connection = sqlite3.connect(old_layout.store)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = old_layout.store.read_bytes()
    with pytest.raises(StoreError, match="phiên bản mới hơn"):
        open_store(old_layout)
    assert old_layout.store.read_bytes() == before


def test_damaged_store_is_refused_and_untouched(layout: DataLayout) -> None:
    layout.ensure()
    garbage = b"this is not a database" * 100
    layout.store.write_bytes(garbage)
    with pytest.raises(StoreError, match="bị hỏng"):
        open_store(layout)
    assert layout.store.read_bytes() == garbage


def test_upgrade_from_0002_backfills_search_text_and_index(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    engine = make_engine(path)
    migrate.upgrade(engine, "0002")
    engine.dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO campaign (year, kind, name, start_date, end_date, uuid) "
            "VALUES (2024, 'action_month', 'TH', '2024-11-15', '2024-12-15', 'c1')"
        )
        connection.execute(
            "INSERT INTO activity_kind (code, label, uuid) VALUES ('training', 'Tập huấn', 'k1')"
        )
        connection.execute(
            "INSERT INTO activity (campaign_id, kind_id, title, start_at, end_at, place_text, organiser, "
            "participants_total, participants_female, participants_male, status, uuid) VALUES "
            "(1, 1, 'Tập huấn Bình đẳng giới', '2024-11-20 01:00:00', '2024-11-20 04:00:00', "
            "'Hội trường UBND xã', 'Đoàn Thanh niên', 40, 25, 15, 'done', 'a1')"
        )
    connection.close()

    engine = make_engine(path)
    migrate.upgrade(engine)
    engine.dispose()

    assert rows(path, "SELECT search_text, participants_female, participants_male FROM activity") == [
        ("tap huan binh dang gioi hoi truong ubnd xa doan thanh nien", 25, 15)
    ]
    assert rows(path, 'SELECT rowid FROM activity_fts WHERE activity_fts MATCH \'"binh"* "doan"*\'') == [(1,)]


def test_search_index_follows_inserts_updates_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    engine = make_engine(path)
    migrate.upgrade(engine)
    engine.dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO campaign (year, kind, name, start_date, end_date, uuid) "
            "VALUES (2024, 'action_month', 'TH', '2024-11-15', '2024-12-15', 'c1')"
        )
        connection.execute(
            "INSERT INTO propaganda_kind (code, label, unit, uuid) VALUES ('b', 'B', 'piece', 'k')"
        )
        connection.execute(
            "INSERT INTO propaganda_event (campaign_id, kind_id, title, start_date, end_date, search_text, "
            "uuid) VALUES (1, 1, 'x', '2024-11-20', '2024-11-20', 'treo bang ron', 'p1')"
        )

        def matches(term: str) -> list[tuple[object, ...]]:
            sql = "SELECT rowid FROM propaganda_event_fts WHERE propaganda_event_fts MATCH ?"
            return connection.execute(sql, (term,)).fetchall()

        assert matches('"bang"*') == [(1,)]
        connection.execute("UPDATE propaganda_event SET search_text = 'phat thanh loa' WHERE id = 1")
        assert matches('"bang"*') == []
        assert matches('"loa"*') == [(1,)]
        connection.execute("DELETE FROM propaganda_event WHERE id = 1")
        assert matches('"loa"*') == []
    connection.close()


def test_this_issues_migrations_go_down_and_up_on_a_full_store_losing_nothing(tmp_path: Path) -> None:
    """0009–0011 on a store with cases, acts, plans and their links: a table rebuild would drop dv_act
    (refused, support_case_act points at it) or cascade-delete links; nothing may be lost either way."""
    from datetime import date

    from gender_equality_desk.core.demo.generator import generate_demo

    layout = DataLayout(tmp_path / "data")
    store = open_store(layout)
    generate_demo(store, years=1, scale=1, seed=5, as_of=date(2026, 12, 7))
    store.close()
    tables = ("support_case_act", "planned_activity_link", "dv_act", "case_measure", "report_indicator")
    before = {table: rows(layout.store, f"SELECT * FROM {table} ORDER BY 1, 2") for table in tables}
    assert all(before[table] for table in tables)
    engine = make_engine(layout.store)
    migrate.downgrade(engine, "0008")
    migrate.upgrade(engine)
    engine.dispose()
    for table in ("support_case_act", "planned_activity_link", "case_measure"):
        assert rows(layout.store, f"SELECT * FROM {table} ORDER BY 1, 2") == before[table]
    assert len(rows(layout.store, "SELECT * FROM dv_act")) == len(before["dv_act"])
