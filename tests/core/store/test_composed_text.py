"""The store keeps only composed Unicode (NFC), whichever way a text is written through a session.

Every check reads the stored bytes back with plain sqlite3, not through the ORM that wrote them.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date

from sqlalchemy import String, insert, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.records.activities import ActivityInput, create_activity, update_activity
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind, ResponsibleUnit, Slogan, Village

COMPOSED = "Thôn Đồng Bản – Tuyên truyền bình đẳng giới, phòng chống bạo lực gia đình"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def stored(store: Store, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_test_text_really_is_decomposed() -> None:
    assert DECOMPOSED != COMPOSED and len(DECOMPOSED) > len(COMPOSED)
    assert not unicodedata.is_normalized("NFC", DECOMPOSED)


def test_a_new_object_is_stored_composed_and_so_is_the_object_in_memory(store: Store) -> None:
    with store.transaction() as session:
        village = Village(name=DECOMPOSED)
        session.add(village)
        session.flush()
        assert village.name == COMPOSED  # what the page shows right after saving
    assert stored(store, "SELECT name FROM village") == [(COMPOSED,)]


def test_a_changed_object_is_stored_composed(store: Store) -> None:
    with store.transaction() as session:
        session.add(ResponsibleUnit(name="Tổ hòa giải thôn"))
    with store.transaction() as session:
        query = select(ResponsibleUnit).where(ResponsibleUnit.name == "Tổ hòa giải thôn")
        unit = session.scalars(query).one()
        unit.name = DECOMPOSED
    assert stored(store, "SELECT name FROM responsible_unit WHERE name LIKE 'Thôn%'") == [(COMPOSED,)]


def test_statements_run_through_a_session_are_composed(store: Store) -> None:
    with store.transaction() as session:
        # A Core insert with .values() (as the case transfer writes rows), a bulk insert with a list of
        # rows, and an UPDATE statement.
        session.execute(insert(Slogan.__table__).values(uuid="s-1", text=DECOMPOSED, sort_order=1))
        session.execute(insert(Slogan), [{"uuid": "s-2", "text": DECOMPOSED, "sort_order": 2}])
        session.execute(insert(Slogan.__table__), [{"uuid": "s-3", "text": "x", "sort_order": 3}])
        session.execute(update(Slogan).where(Slogan.uuid == "s-3").values(source=DECOMPOSED))
    assert stored(store, "SELECT uuid, text FROM slogan WHERE uuid LIKE 's-%' ORDER BY uuid") == [
        ("s-1", COMPOSED),
        ("s-2", COMPOSED),
        ("s-3", "x"),
    ]
    assert stored(store, "SELECT source FROM slogan WHERE uuid = 's-3'") == [(COMPOSED,)]


def test_the_same_statement_shape_twice_keeps_each_value(store: Store) -> None:
    """SQLAlchemy caches a compiled statement by its shape: the second run must get its own values."""
    other = unicodedata.normalize("NFD", "Bản Pắc Mòng")
    with store.transaction() as session:
        for uuid, text in (("a", DECOMPOSED), ("b", other), ("c", "Xóm Mới")):
            session.execute(insert(Village.__table__).values(uuid=uuid, name=text))
    assert stored(store, "SELECT uuid, name FROM village ORDER BY uuid") == [
        ("a", COMPOSED),
        ("b", "Bản Pắc Mòng"),
        ("c", "Xóm Mới"),
    ]


class _LaterBase(DeclarativeBase):
    pass


class _TableAddedLater(_LaterBase):
    """A table the app does not have yet: the defence is the session's, not a list of models."""

    __tablename__ = "table_added_later"
    id: Mapped[int] = mapped_column(primary_key=True)
    note: Mapped[str] = mapped_column(String(300))


def test_a_table_added_later_is_covered_without_registering_it(store: Store) -> None:
    _LaterBase.metadata.create_all(store.engine)
    with store.transaction() as session:
        session.add(_TableAddedLater(note=DECOMPOSED))
    assert stored(store, "SELECT note FROM table_added_later") == [(COMPOSED,)]


def _save_activity_as_the_form_does(store: Store) -> None:
    with store.reading() as session:
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == "training")).one()
    typed = ActivityInput(
        kind_id=kind_id,
        title=DECOMPOSED,
        start_at=local_datetime(date(2026, 11, 20), 8),
        end_at=local_datetime(date(2026, 11, 20), 11),
        place_text=unicodedata.normalize("NFD", "Nhà văn hóa thôn Nà Làng"),
        organiser=unicodedata.normalize("NFD", "Hội Liên hiệp Phụ nữ xã"),
        participants_total=30,
    )
    with store.transaction() as session:
        activity_id = create_activity(session, typed, today=date(2026, 11, 23))
    assert stored(store, "SELECT title, place_text, organiser FROM activity") == [
        (COMPOSED, "Nhà văn hóa thôn Nà Làng", "Hội Liên hiệp Phụ nữ xã")
    ]
    summary = unicodedata.normalize("NFD", "Đạt kết quả tốt; 30 người tham dự.")
    with store.transaction() as session:
        update_activity(
            session, activity_id, ActivityInput(**{**typed.__dict__, "result_summary": summary}),
            today=date(2026, 11, 23),
        )  # fmt: skip
    assert stored(store, "SELECT result_summary FROM activity") == [("Đạt kết quả tốt; 30 người tham dự.",)]


def test_a_form_save_of_an_activity_is_stored_composed(store: Store) -> None:
    """What the Hoạt động form does on "Lưu" (create, then edit), typed with Unikey's "Unicode tổ hợp"."""
    _save_activity_as_the_form_does(store)


def test_after_a_form_save_no_text_anywhere_in_the_store_is_decomposed(store: Store) -> None:
    _save_activity_as_the_form_does(store)
    connection = sqlite3.connect(store.path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%'"
        )]  # fmt: skip
        for table in tables:
            for column in [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]:
                texts = f'SELECT "{column}" FROM {table} WHERE typeof("{column}") = \'text\''
                for (value,) in connection.execute(texts):
                    assert unicodedata.is_normalized("NFC", value), (table, column, value)
    finally:
        connection.close()


def test_the_texts_the_app_ships_are_composed() -> None:
    """Catalogues, indicator rows, plan templates, translations and the wording in the code are seeded or
    printed as they are: a decomposed one would print with floating accents, and a decomposed catalogue
    name would not match its composed twin in the store at the next start (and be added again)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    sources = [
        *(root / "gender_equality_desk").rglob("*.py"),
        *(root / "resources").rglob("*.json"),
        *(root / "resources").rglob("*.ts"),
    ]
    assert len(sources) > 100
    decomposed = [
        str(path.relative_to(root))
        for path in sources
        if not unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8"))
    ]
    assert decomposed == []
