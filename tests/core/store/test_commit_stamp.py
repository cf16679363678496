"""Saves that vanish with a deleted WAL are noticed, and a refused save says why (issue 19)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from gender_equality_desk.core.exchange.backup import create_backup
from gender_equality_desk.core.exchange.restore import restore_backup
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.commit_stamp import StoreRolledBackError, read_stamp, stamp_path
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.health import StoreDamagedError, check_at_start, check_store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.write_failures import StoreWriteError

from ..reports.handmade import add_activity, make_commune  # noqa: TID252

DAY = date(2026, 11, 20)


def saves_in(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def test_each_save_is_counted_in_the_store_and_beside_it(store: Store, layout: DataLayout) -> None:
    make_commune(store)
    before = read_stamp(layout.store)
    assert before is not None
    for n in range(3):
        add_activity(store, "training", DAY, title=f"Tập huấn {n}")
    with store.transaction() as session:  # a unit of work that changed nothing is not a save
        session.execute(text("SELECT 1"))

    assert read_stamp(layout.store) == before + 3
    store.close()
    assert saves_in(layout.store) == before + 3


def test_a_store_that_lost_its_wal_after_a_crash_is_caught_at_start_and_by_check(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    make_commune(store)
    add_activity(store, "training", DAY, title="Trước điểm kiểm")
    with store.engine.connect() as connection:  # what the checkpoint has put in the main file
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(30):
        add_activity(store, "training", DAY, title=f"Sau điểm kiểm {n}")
    crashed = DataLayout(tmp_path / "sau-su-co").ensure()
    shutil.copyfile(layout.store, crashed.store)  # the main file without its -wal: 30 saves only there
    shutil.copyfile(stamp_path(layout.store), stamp_path(crashed.store))
    store.close()

    with pytest.raises(StoreRolledBackError) as caught:
        check_at_start(crashed, now=datetime.now(UTC))
    assert caught.value.expected - caught.value.in_store == 30
    assert "thiếu 30 lần lưu gần nhất" in str(caught.value) and "-wal" in str(caught.value)
    report = check_store(crashed.store)
    assert not report.ok and "thiếu 30 lần lưu" in report.verdict


def test_restoring_an_older_backup_is_not_taken_for_lost_saves(store: Store, layout: DataLayout) -> None:
    make_commune(store)
    backup = create_backup(layout, "thu-cong")
    for n in range(5):
        add_activity(store, "training", DAY, title=f"Sau sao lưu {n}")
    store.close()

    restore_backup(layout, backup.path, now=datetime.now(UTC) + timedelta(minutes=1))

    assert read_stamp(layout.store) == backup.manifest.commits == saves_in(layout.store)
    open_store(layout).close()  # no StoreRolledBackError
    assert check_store(layout.store).ok


def _on_every_connection(store: Store, statement: str) -> None:
    @event.listens_for(store.engine, "connect")
    def _set(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(statement)

    store.engine.dispose()  # new connections from now on


def test_a_read_only_store_refuses_a_save_with_a_sentence_and_keeps_what_was_saved(
    store: Store, layout: DataLayout
) -> None:
    make_commune(store)
    add_activity(store, "training", DAY, title="Đã lưu")
    _on_every_connection(store, "PRAGMA query_only = ON")  # SQLite's "readonly database" refusal

    with pytest.raises(StoreWriteError, match="chỉ cho phép đọc") as caught:
        add_activity(store, "training", DAY, title="Không lưu được")
    assert str(layout.root) in str(caught.value) and "vẫn còn trên màn hình" in str(caught.value)
    store.close()
    assert check_store(layout.store).activities == 1


def test_a_full_disk_refuses_a_save_with_a_sentence(store: Store, layout: DataLayout) -> None:
    make_commune(store)
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    _on_every_connection(store, f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL at the next page

    with pytest.raises(StoreWriteError, match=r"Ổ đĩa chứa dữ liệu .* đã đầy"):
        for n in range(200):
            add_activity(store, "training", DAY, title=f"Hoạt động dài {n} " + "x" * 250)


def test_a_bit_flipped_while_the_app_was_closed_is_caught_at_the_next_start(
    store: Store, layout: DataLayout
) -> None:
    make_commune(store)
    for n in range(20):
        add_activity(store, "training", DAY, title=f"Hoạt động {n}")
    store.close()  # a clean close: the file is sealed beside it
    open_store(layout).close()  # opening and closing again without a save is no alarm
    check_at_start(layout, now=datetime.now(UTC))
    stat = layout.store.stat()
    data = bytearray(layout.store.read_bytes())
    data[len(data) // 2] ^= 0x10  # bit rot on an old USB stick: same size, same time
    layout.store.write_bytes(bytes(data))
    os.utime(layout.store, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    with pytest.raises(StoreDamagedError, match="đã thay đổi trong lúc ứng dụng đóng"):
        check_at_start(layout, now=datetime.now(UTC))
    assert not check_store(layout.store).ok


def test_a_store_changed_by_another_program_is_not_taken_for_bit_rot(
    store: Store, layout: DataLayout
) -> None:
    make_commune(store)
    store.close()
    with sqlite3.connect(layout.store) as db:  # a change the app did not make: its time moves
        db.execute("UPDATE commune_profile SET officer_phone = '0912345678'")
    db.close()
    assert check_at_start(layout, now=datetime.now(UTC)) is not None
