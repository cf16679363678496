"""Backups: what a backup holds, incremental attachments, skipping unchanged stores, mirror, rotation."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gender_equality_desk.core.exchange.backup import create_backup, daily_backup_due, export_backup
from gender_equality_desk.core.exchange.backup_format import POOL_DIRNAME, backup_files, read_manifest
from gender_equality_desk.core.exchange.backup_lock import LOCK_FILENAME
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, load_settings, save_settings
from gender_equality_desk.core.exchange.rotation import RotationPolicy
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import blob_path
from gender_equality_desk.core.store.engine import Store

from .backup_helpers import add_activity, write_photo

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def pool_files(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / POOL_DIRNAME).rglob("*") if p.is_file())


def test_a_backup_holds_a_snapshot_and_a_manifest(store: Store, layout: DataLayout, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "in", "le-phat-dong.png", (200, 10, 10))
    add_activity(store, layout, "Lễ phát động Tháng hành động", photo)
    add_activity(store, layout, "Họp dân thôn Nà Làng")

    result = create_backup(layout, "thu-cong", now=NOW)

    assert result.created and result.path.parent == layout.backups
    assert result.path.name.startswith("sao-luu-") and result.path.name.endswith("-thu-cong.zip")
    with zipfile.ZipFile(result.path) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "store.sqlite3"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["counts"]["activity"] == 2
    assert manifest["counts"]["attachment"] == 1
    assert manifest["created_at"] == "2026-11-20T08:00:00+00:00"
    assert manifest["reason"] == "thu-cong"
    assert len(manifest["attachments"]) == 1
    (sha,) = manifest["attachments"]
    assert pool_files(layout.backups) == [sha]
    assert (layout.backups / POOL_DIRNAME / sha[:2] / sha).read_bytes() == photo.read_bytes()


def test_attachments_are_copied_incrementally(store: Store, layout: DataLayout, tmp_path: Path) -> None:
    add_activity(store, layout, "Một", write_photo(tmp_path / "in", "a.png", (1, 2, 3)))
    first = create_backup(layout, "thu-cong", now=NOW)
    assert first.new_attachments == 1
    add_activity(store, layout, "Hai", write_photo(tmp_path / "in", "b.png", (4, 5, 6)))
    second = create_backup(layout, "thu-cong", now=NOW + timedelta(hours=1))
    assert second.new_attachments == 1  # only the new photo; the first is in the pool already
    assert len(pool_files(layout.backups)) == 2
    assert len(read_manifest(second.path).attachments) == 2


def test_an_unchanged_store_is_not_backed_up_again_at_exit(store: Store, layout: DataLayout) -> None:
    add_activity(store, layout, "Một")
    first = create_backup(layout, "khoi-dong", now=NOW)
    again = create_backup(layout, "thoat", now=NOW + timedelta(hours=3))
    assert not again.created and again.path == first.path
    assert len(backup_files(layout.backups)) == 1
    add_activity(store, layout, "Hai")
    changed = create_backup(layout, "thoat", now=NOW + timedelta(hours=4))
    assert changed.created and len(backup_files(layout.backups)) == 2


def test_daily_backup_is_due_after_a_day(store: Store, layout: DataLayout) -> None:
    assert daily_backup_due(layout, NOW)
    create_backup(layout, "hang-ngay", now=NOW)
    assert not daily_backup_due(layout, NOW + timedelta(hours=23))
    assert daily_backup_due(layout, NOW + timedelta(hours=24))


def test_rotation_deletes_old_backups_and_unused_pool_files(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    policy = RotationPolicy(keep_daily=2, keep_weekly=0, keep_monthly=0, keep_last=1)
    settings = BackupSettings(policy=policy)
    shas = []
    for day in range(4):
        photo = write_photo(tmp_path / "in", f"{day}.png", (day, day, day))
        add_activity(store, layout, f"Ngày {day}", photo)
        with store.transaction() as session:  # each day's photo replaces the last one
            from gender_equality_desk.core.store.models import Attachment

            for row in session.query(Attachment).all():
                if row.original_name != f"{day}.png":
                    session.delete(row)
        result = create_backup(layout, "hang-ngay", now=NOW + timedelta(days=day), settings=settings)
        shas.append(next(iter(read_manifest(result.path).attachments)))
    names = [path.name for path in backup_files(layout.backups)]
    assert len(names) == 2 and names[-1] == result.path.name
    assert pool_files(layout.backups) == sorted(shas[2:])  # the first two days' photos went with them


def test_mirror_copies_backup_and_attachments_when_present(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    save_settings(layout, BackupSettings(mirror_folder=stick))
    assert load_settings(layout).mirror_folder == stick
    add_activity(store, layout, "Một", write_photo(tmp_path / "in", "a.png", (9, 9, 9)))

    absent = create_backup(layout, "thu-cong", now=NOW)
    assert absent.mirrored_to is None
    assert absent.mirror_problem is not None and "USB chưa cắm" in absent.mirror_problem

    stick.mkdir()
    present = create_backup(layout, "thu-cong", now=NOW + timedelta(minutes=5))
    assert present.mirror_problem is None and present.mirrored_to is not None
    mirror = stick / "GenderEqualityDesk-sao-luu"
    assert present.mirrored_to == mirror / present.path.name
    assert present.mirrored_to.read_bytes() == present.path.read_bytes()
    assert pool_files(mirror) == pool_files(layout.backups)


def test_export_is_self_contained(store: Store, layout: DataLayout, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "in", "a.png", (7, 7, 7))
    add_activity(store, layout, "Một", photo)
    out = tmp_path / "usb" / "sao-luu-xa.zip"
    result = export_backup(layout, out, now=NOW)
    assert result.path == out and result.new_attachments == 1
    with zipfile.ZipFile(out) as archive:
        (entry,) = [name for name in archive.namelist() if name.startswith("attachments/")]
        assert archive.read(entry) == photo.read_bytes()
    assert read_manifest(out).self_contained
    # Nothing left in the data folder but the (released) lock that kept other backups out meanwhile.
    assert [path.name for path in layout.backups.iterdir()] == [LOCK_FILENAME]


def test_missing_attachment_file_is_counted_not_fatal(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    add_activity(store, layout, "Một", write_photo(tmp_path / "in", "a.png", (3, 3, 3)))
    (sha,) = {p.name for p in layout.attachments.rglob("*") if p.is_file()}
    blob_path(layout, sha).unlink()
    result = create_backup(layout, "thu-cong", now=NOW)
    assert result.created and result.missing_attachments == 1


def test_no_store_means_a_vietnamese_error(layout: DataLayout) -> None:
    from gender_equality_desk.core.errors import UserFacingError

    layout.ensure()
    with pytest.raises(UserFacingError, match="Không có tệp dữ liệu"):
        create_backup(layout, "thu-cong")
