"""Crash leftovers — scratch folders, half-written zips and copies, in the data folder, backups/, its
pools and on the mirror stick — are removed by the next backup: only our own names, only when older
than a few minutes (a file being written is newer), never someone else's file."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, save_settings
from gender_equality_desk.core.exchange.leftovers import LEFTOVER_AGE
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
SHA = "ab" + "0" * 62
OLD = time.time() - LEFTOVER_AGE.total_seconds() - 60


def _put(path: Path, data: bytes = b"x" * 100, *, old: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if old:
        os.utime(path, (OLD, OLD))
        os.utime(path.parent, (OLD, OLD))
    return path


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "USB"
    folder.mkdir(parents=True)
    return folder


def test_the_next_backup_removes_only_our_old_leftovers(
    store: Store, layout: DataLayout, stick: Path
) -> None:
    save_settings(layout, BackupSettings(mirror_folder=stick))
    mirror = stick / "GenderEqualityDesk-sao-luu"
    backups, root = layout.backups, layout.root
    leftovers = [
        _put(backups / ".snapshot-k2j4h5g6" / "store.sqlite3", b"a whole copy of the store"),
        _put(backups / ".sao-luu-20261119-170000-thoat.zip.k2j4h5g6.tmp"),  # atomic write, 22 MB in life
        _put(backups / "attachments" / "ab" / f".{SHA}.q1w2e3r4.tmp"),  # an evidence file half-pooled
        _put(backups / "case_files" / "cd" / f".{'cd' + '1' * 62}.q1w2e3r4.tmp"),
        _put(root / ".restore-z9x8c7v6" / "store.sqlite3"),
        _put(root / ".gedesk.sqlite3.m1n2b3v4.tmp", b"a restored store, half copied"),
        _put(mirror / ".sao-luu-20261119-170000-thoat.zip.tmp"),  # usb.copy_verified on the stick
        _put(mirror / "attachments" / "ab" / f".{SHA}.p0o9i8u7.tmp"),
    ]
    kept = [
        _put(backups / ".snapshot-young000" / "store.sqlite3", old=False),  # a backup writing it now
        _put(backups / ".sao-luu-20261120-085900-hang-ngay.zip.a1s2d3f4.tmp", old=False),
        _put(root / "ghi-chu.tmp"),  # the officer's own file: not hidden, not ours
        _put(root / "exchange" / ".ledger.json.abcdefgh.tmp"),  # not in a folder we clean
        _put(stick / ".other-app.settings.tmp"),  # on the stick but outside our folder
        _put(mirror / ".notes.txt.tmp"),  # in our mirror folder, but not a backup's name
    ]
    result = create_backup(layout, "thu-cong", now=NOW)
    assert result.mirror_problem is None
    assert [path for path in leftovers if path.exists()] == []
    assert not (backups / ".snapshot-k2j4h5g6").exists() and not (root / ".restore-z9x8c7v6").exists()
    assert [path for path in kept if not path.exists()] == []


def test_backup_out_removes_old_scratch_of_earlier_versions_from_the_stick(
    store: Store, layout: DataLayout, stick: Path
) -> None:
    leftovers = [
        _put(stick / ".snapshot-old12345" / "store.sqlite3", b"the store, left on the stick"),
        _put(stick / ".sao-luu.zip.k2j4h5g6.tmp"),
        _put(stick / ".sao-luu.zip.tmp"),
    ]
    kept = [_put(stick / ".bao-cao.pdf.k2j4h5g6.tmp"), _put(stick / "hoc-sinh.zip")]
    export_backup(layout, stick / "sao-luu.zip", now=NOW)
    assert [path for path in leftovers if path.exists()] == []
    assert [path for path in kept if not path.exists()] == []
    assert sorted(path.name for path in stick.iterdir()) == [".bao-cao.pdf.k2j4h5g6.tmp", "hoc-sinh.zip",
                                                             "sao-luu.zip"]  # fmt: skip
