"""Integrity at start: quick check every time, full check weekly, damage described and never modified."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gender_equality_desk.core.exchange.backup import create_backup
from gender_equality_desk.core.exchange.restore import newest_good_backup
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.health import StoreDamagedError, check_at_start, last_full_check
from gender_equality_desk.core.store.opening import open_store

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.fixture
def backed_up(layout: DataLayout) -> DataLayout:
    """A store with one good backup, closed."""
    open_store(layout, backup_at_start=False).close()
    create_backup(layout, "thu-cong", now=NOW)
    return layout


def test_truncated_store_is_detected_and_the_backup_offered(backed_up: DataLayout) -> None:
    data = backed_up.store.read_bytes()
    backed_up.store.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreDamagedError, match="cắt cụt") as raised:
        open_store(backed_up)
    assert "khôi phục từ bản sao lưu" in str(raised.value)
    assert backed_up.store.read_bytes() == data[: len(data) // 2]  # untouched
    offered = newest_good_backup(backed_up)
    assert offered is not None and offered.manifest.reason == "thu-cong"


def test_garbage_store_is_detected(backed_up: DataLayout) -> None:
    garbage = b"\x13\x37 not sqlite" * 2000
    backed_up.store.write_bytes(garbage)
    with pytest.raises(StoreDamagedError, match="ghi đè"):
        open_store(backed_up)
    assert backed_up.store.read_bytes() == garbage
    assert newest_good_backup(backed_up) is not None


def test_corrupt_pages_fail_the_integrity_check(backed_up: DataLayout) -> None:
    data = bytearray(backed_up.store.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)
    backed_up.store.write_bytes(bytes(data))
    with pytest.raises(StoreDamagedError, match="bị hỏng"):
        open_store(backed_up)
    assert backed_up.store.read_bytes() == bytes(data)


def test_an_empty_file_is_damage_when_backups_exist(backed_up: DataLayout, tmp_path: Path) -> None:
    backed_up.store.write_bytes(b"")
    with pytest.raises(StoreDamagedError, match="trống"):
        open_store(backed_up)
    fresh = DataLayout(tmp_path / "fresh")
    fresh.ensure()
    fresh.store.write_bytes(b"")
    assert check_at_start(fresh) is None  # no backups: a store that was never created


def test_full_check_runs_weekly(layout: DataLayout) -> None:
    open_store(layout).close()
    assert last_full_check(layout) is None  # a brand-new store had nothing to check
    check_at_start(layout, now=NOW)
    assert last_full_check(layout) == NOW
    check_at_start(layout, now=NOW + timedelta(days=6))
    assert last_full_check(layout) == NOW  # quick check only
    check_at_start(layout, now=NOW + timedelta(days=7, minutes=1))
    assert last_full_check(layout) == NOW + timedelta(days=7, minutes=1)


def test_backup_at_start_happens_before_the_store_changes(layout: DataLayout) -> None:
    open_store(layout).close()
    open_store(layout, backup_at_start=True, now=NOW).close()
    (backup,) = sorted(layout.backups.glob("sao-luu-*-khoi-dong.zip"))
    assert backup.is_file()
