"""Restore: round trip with attachments, current store kept first, damaged files set aside, old schemas."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.backup_format import backup_files, read_manifest
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, save_settings
from gender_equality_desk.core.exchange.restore import (
    check_backup,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from gender_equality_desk.core.exchange.rotation import RotationPolicy
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

from .backup_helpers import activity_titles, add_activity, write_photo

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
OLD_STORE = Path(__file__).resolve().parents[2] / "data" / "store_0001.sqlite3"


def blob_files(layout: DataLayout) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in layout.attachments.rglob("*") if p.is_file()}


def test_round_trip_with_attachments(layout: DataLayout, tmp_path: Path) -> None:
    store = open_store(layout)
    add_activity(store, layout, "Lễ phát động", write_photo(tmp_path / "in", "a.png", (200, 0, 0)))
    backup = create_backup(layout, "thu-cong", now=NOW)
    blobs_then = blob_files(layout)
    add_activity(store, layout, "Thêm sau khi sao lưu", write_photo(tmp_path / "in", "b.png", (0, 200, 0)))
    store.close()
    shutil.rmtree(layout.attachments)  # the photos are lost too

    result = restore_backup(layout, backup.path, now=NOW + timedelta(hours=2))

    store = open_store(layout)
    try:
        assert activity_titles(store) == ["Lễ phát động"]
    finally:
        store.close()
    assert blob_files(layout) == blobs_then
    assert result.attachments_copied == 1 and result.attachments_missing == 0
    # The replaced store was backed up first and still holds the later activity.
    assert result.safety_backup is not None and result.safety_backup.name.endswith("-truoc-khoi-phuc.zip")
    assert read_manifest(result.safety_backup).counts["activity"] == 2
    assert result.damaged_kept_at is None


def test_self_contained_backup_restores_on_a_new_pc(layout: DataLayout, tmp_path: Path) -> None:
    store = open_store(layout)
    add_activity(store, layout, "Hội nghị", write_photo(tmp_path / "in", "a.png", (5, 6, 7)))
    store.close()
    out = export_backup(layout, tmp_path / "usb" / "xa.zip", now=NOW).path
    new_pc = DataLayout(tmp_path / "new-pc")

    result = restore_backup(new_pc, out)

    assert result.safety_backup is None and result.attachments_copied == 1
    assert blob_files(new_pc) == blob_files(layout)
    store = open_store(new_pc)
    try:
        assert activity_titles(store) == ["Hội nghị"]
    finally:
        store.close()


def test_an_older_schema_backup_is_upgraded_after_restore(layout: DataLayout, tmp_path: Path) -> None:
    old = DataLayout(tmp_path / "old")
    old.ensure()
    shutil.copyfile(OLD_STORE, old.store)
    backup = create_backup(old, "thu-cong", now=NOW)
    assert read_manifest(backup.path).schema_revision == "0001"
    open_store(layout).close()

    restore_backup(layout, backup.path)
    store = open_store(layout)
    store.close()

    connection = sqlite3.connect(layout.store)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),
        )
        villages = [row[0] for row in connection.execute("SELECT name FROM village ORDER BY id")]
    finally:
        connection.close()
    assert villages == ["Thôn Nà Làng", "Bản Pắc Mòng", "Thôn Khòn Pát"]


def test_a_damaged_store_is_set_aside_not_overwritten(store: Store, layout: DataLayout) -> None:
    add_activity(store, layout, "Một")
    backup = create_backup(layout, "thu-cong", now=NOW)
    store.close()
    garbage = b"\x00 khong con la du lieu \xff" * 500
    layout.store.write_bytes(garbage)

    result = restore_backup(layout, backup.path, now=NOW + timedelta(days=1))

    assert result.safety_backup is None
    assert result.damaged_kept_at is not None and result.damaged_kept_at.read_bytes() == garbage
    assert result.damaged_kept_at.name.startswith("gedesk.sqlite3.hong-")
    reopened = open_store(layout)
    try:
        assert activity_titles(reopened) == ["Một"]
    finally:
        reopened.close()


def _tamper(path: Path, target: Path) -> Path:
    """A copy of the backup whose store bytes changed but whose manifest did not."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name == "store.sqlite3":
                data = data[:-10] + b"x" * 10
            copy.writestr(name, data)
    return target


def test_a_tampered_backup_is_refused_and_nothing_changes(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    add_activity(store, layout, "Một")
    backup = create_backup(layout, "thu-cong", now=NOW)
    store.close()
    before = layout.store.read_bytes()
    bad = _tamper(backup.path, tmp_path / "bad.zip")
    with pytest.raises(UserFacingError, match="bị hỏng"):
        check_backup(bad)
    with pytest.raises(UserFacingError, match="bị hỏng"):
        restore_backup(layout, bad)
    assert layout.store.read_bytes() == before
    assert len(backup_files(layout.backups)) == 1  # not even a safety backup was needed


def test_newest_good_backup_skips_a_broken_newest(store: Store, layout: DataLayout) -> None:
    add_activity(store, layout, "Một")
    good = create_backup(layout, "thu-cong", now=NOW)
    add_activity(store, layout, "Hai")
    newest = create_backup(layout, "thu-cong", now=NOW + timedelta(hours=1))
    assert [info.path for info in list_backups(layout.backups)] == [newest.path, good.path]
    damaged = _tamper(newest.path, newest.path.with_suffix(".tmp"))
    damaged.replace(newest.path)

    found = newest_good_backup(layout)

    assert found is not None and found.path == good.path
    assert found.manifest.counts["activity"] == 1


def test_not_a_backup_is_explained(tmp_path: Path) -> None:
    stray = tmp_path / "bao-cao.zip"
    with zipfile.ZipFile(stray, "w") as archive:
        archive.writestr("readme.txt", "xin chao")
    with pytest.raises(UserFacingError, match="không phải bản sao lưu"):
        read_manifest(stray)


def test_the_backup_being_restored_survives_the_safety_backups_rotation(
    layout: DataLayout, tmp_path: Path
) -> None:
    """Three backups today, keep the newest two: the safety backup taken before restoring the oldest
    must not rotate it away (nor prune its photo) before its files are copied back."""
    save_settings(layout, BackupSettings(policy=RotationPolicy(0, 0, 0, keep_last=2)))
    store = open_store(layout)
    add_activity(store, layout, "Lễ phát động", write_photo(tmp_path / "in", "a.png", (200, 0, 0)))
    oldest = create_backup(layout, "thu-cong", now=NOW).path
    blobs_then = blob_files(layout)
    add_activity(store, layout, "Họp dân", write_photo(tmp_path / "in", "b.png", (0, 200, 0)))
    create_backup(layout, "thu-cong", now=NOW + timedelta(hours=1))
    store.close()
    shutil.rmtree(layout.attachments)

    result = restore_backup(layout, oldest, now=NOW + timedelta(hours=2))

    assert (result.attachments_copied, result.attachments_missing) == (1, 0)
    assert blob_files(layout) == blobs_then
    assert oldest.is_file()  # the next backup's rotation may drop it; this one did not


def test_a_backup_rotated_away_meanwhile_is_explained(layout: DataLayout) -> None:
    open_store(layout).close()
    gone = create_backup(layout, "thu-cong", now=NOW).path
    gone.unlink()  # e.g. a daily backup's rotation between choosing it and restoring
    with pytest.raises(UserFacingError, match="Không tìm thấy tệp sao lưu"):
        restore_backup(layout, gone, now=NOW)
    assert backup_files(layout.backups) == []  # stopped before anything, even the safety backup
    assert layout.store.is_file()
