"""The main store runs with the durability settings the product promises."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind, Slogan, Village

FULL = 2


def test_pragmas_wal_foreign_keys_synchronous_full(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == FULL


def test_a_failed_unit_of_work_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(Village(name="Thôn Bó Củng"))
        session.flush()
        raise RuntimeError("power cut")
    with store.reading() as session:
        assert session.scalars(select(Village.name)).all() == []


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), store.transaction() as session:
        session.execute(
            text("INSERT INTO propaganda_event_slogan (event_id, slogan_id) VALUES (12345, 67890)")
        )


def test_every_record_gets_uuid_and_utc_timestamps(store: Store) -> None:
    with store.transaction() as session:
        village = Village(name="Bản Pắc Mòng")
        session.add(village)
        session.flush()
        assert len(village.uuid) == 36
    with store.reading() as session:
        loaded = session.scalars(select(Village)).one()
        assert loaded.created_at.tzinfo is not None
        assert loaded.created_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        assert loaded.is_deleted is False


def test_reference_catalogues_are_seeded_once(store: Store) -> None:
    with store.reading() as session:
        activity_codes = session.scalars(select(ActivityKind.code)).all()
        propaganda_codes = session.scalars(select(PropagandaKind.code)).all()
        slogans = session.scalars(select(Slogan.text)).all()
    assert {"launch_ceremony", "training", "mediation", "village_meeting"} <= set(activity_codes)
    assert {"banner_slogan", "radio_broadcast", "mobile_vehicle", "leaflet"} <= set(propaganda_codes)
    assert "Chấm dứt bạo lực, vun đắp yêu thương" in slogans
    assert len(activity_codes) == len(set(activity_codes))


def test_reopening_does_not_duplicate_reference_data(store: Store) -> None:
    from gender_equality_desk.core.paths import DataLayout
    from gender_equality_desk.core.store.opening import open_store

    def counts() -> tuple[int, int, int]:
        with store.reading() as session:
            return (
                len(session.scalars(select(ActivityKind.id)).all()),
                len(session.scalars(select(PropagandaKind.id)).all()),
                len(session.scalars(select(Slogan.id)).all()),
            )

    first = counts()
    open_store(DataLayout(store.path.parent)).close()
    assert counts() == first
    assert first[0] >= 10
