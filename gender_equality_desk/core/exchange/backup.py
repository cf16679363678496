"""Taking backups of the store: a zip with an online-backup snapshot, a manifest, attachments, case files.

The file format is described in `backup_format`. `create_backup` writes a pooled backup into the data
folder's ``backups/`` (at start, at exit, daily, by hand), copies only the attachments and sealed case
files (`backup_case_files`) the pools lack, rotates old backups and mirrors the result to a chosen folder
when it is present (`backup_pool`). `export_backup` writes one self-contained file anywhere
(``backup --out FILE``), the case files inside still sealed. Both carry the received statistics and banner
logos (`backup_data_files`). Every file is written atomically.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import tempfile
import zipfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gender_equality_desk import __version__
from gender_equality_desk.core import disk_space
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange import backup_case_files as case_files
from gender_equality_desk.core.exchange.backup_data_files import describe_data_files, write_data_files
from gender_equality_desk.core.exchange.backup_format import (
    ATTACHMENT_PREFIX,
    CASE_FILE_PREFIX,
    CASE_POOL_DIRNAME,
    MANIFEST_ENTRY,
    STORE_ENTRY,
    Manifest,
    backup_files,
    backup_name,
    read_manifest,
    referenced_attachments,
    referenced_case_files,
    schema_revision,
    table_counts,
)
from gender_equality_desk.core.exchange.backup_lock import backup_folder_lock
from gender_equality_desk.core.exchange.backup_pool import fill_pool, mirror_backup, rotate_folder
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, load_settings
from gender_equality_desk.core.exchange.leftovers import remove_leftovers
from gender_equality_desk.core.exchange.usb import copy_verified
from gender_equality_desk.core.fileio import file_sha256, write_with
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments.files import blob_path
from gender_equality_desk.core.store.commit_stamp import saves_in
from gender_equality_desk.core.store.health import sqlite_uri
from gender_equality_desk.core.store.snapshot import snapshot_store

DAILY_INTERVAL = timedelta(hours=24)
# Taken whatever happened since the newest backup; the others are skipped when nothing changed.
ALWAYS_WRITTEN = frozenset({"truoc-nang-cap", "truoc-khoi-phuc", "thu-cong"})


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    created: bool  # False: the store was identical to the newest backup, which `path` names
    new_attachments: int = 0
    missing_attachments: int = 0  # referenced by the store but absent from the data folder
    removed_by_rotation: int = 0
    mirrored_to: Path | None = None
    mirror_problem: str | None = None  # Vietnamese; None when mirroring worked or is not configured
    new_case_files: int = 0
    missing_case_files: int = 0  # referenced by the store but absent from case_files/


def _take_snapshot(layout: DataLayout, folder: Path) -> Path:
    if not layout.store.is_file():
        raise UserFacingError(f"Không có tệp dữ liệu tại {layout.store} để sao lưu.")
    target = folder / STORE_ENTRY
    try:
        snapshot_store(layout.store, target)
    except (OSError, sqlite3.DatabaseError) as error:
        if isinstance(error, OSError) or _disk_full(error):  # the data disk, not the data file: say so
            full = error if isinstance(error, OSError) else OSError(errno.ENOSPC, str(error))
            raise disk_space.explain(full, folder, "bản sao lưu", layout.store.stat().st_size) from error
        raise UserFacingError(
            f"Không sao lưu được: tệp dữ liệu không đọc được ({error}). "
            "Dữ liệu không bị thay đổi; hãy khôi phục từ bản sao lưu gần nhất."
        ) from error
    return target


def _disk_full(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(error).lower()


def _describe(
    layout: DataLayout,
    snapshot: Path,
    reason: str,
    now: datetime,
    *,
    self_contained: bool,
    previous: tuple[Path, Manifest] | None = None,
) -> tuple[Manifest, int]:
    """The manifest of `snapshot` and the number of its case files missing from the data folder."""
    connection = sqlite3.connect(sqlite_uri(snapshot, "ro"), uri=True)
    try:
        counts = table_counts(connection)
        revision = schema_revision(connection)
        attachments = referenced_attachments(connection)
        blob_names = referenced_case_files(connection)
        commits = saves_in(connection)
    finally:
        connection.close()
    known, pool_folder = ({}, None) if previous is None else (previous[1].case_files, previous[0].parent)
    sealed, missing = case_files.describe_case_files(layout, blob_names, known, pool_folder)
    manifest = Manifest(
        created_at=now,
        reason=reason,
        app_version=__version__,
        schema_revision=revision,
        counts=counts,
        store_sha256=file_sha256(snapshot),
        store_bytes=snapshot.stat().st_size,
        attachments=attachments,
        self_contained=self_contained,
        case_files=sealed,
        data_files=describe_data_files(layout.root),
        commits=commits,
    )
    return manifest, missing


def _write_zip(
    target: Path,
    layout: DataLayout,
    snapshot: Path,
    manifest: Manifest,
    inside: Mapping[str, Path],
    sealed_inside: Mapping[str, Path] | None = None,
) -> None:
    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.write(snapshot, STORE_ENTRY)
            for sha256, source in inside.items():  # photos and PDFs are compressed already
                archive.write(source, ATTACHMENT_PREFIX + sha256, compress_type=zipfile.ZIP_STORED)
            for sha256, source in (sealed_inside or {}).items():  # ciphertext does not compress
                archive.write(source, CASE_FILE_PREFIX + sha256, compress_type=zipfile.ZIP_STORED)
            write_data_files(archive, layout.root, manifest.data_files)  # small: inside every backup
            archive.writestr(MANIFEST_ENTRY, manifest.to_json())  # last: a readable manifest means whole

    write_with(target, write)


def _local_blobs(layout: DataLayout, wanted: Mapping[str, int]) -> dict[str, Path]:
    return {sha256: blob_path(layout, sha256) for sha256 in wanted}


def _newest(folder: Path) -> tuple[Path, Manifest] | None:
    for path in reversed(backup_files(folder)):
        with contextlib.suppress(UserFacingError):
            return path, read_manifest(path)
    return None


def _same_content(old: Manifest, new: Manifest) -> bool:
    """Nothing to back up: same store, case files, statistics and logos (a backup from before these were
    carried does not count as holding them, so the first start after the upgrade backs them up)."""
    return (
        old.store_sha256 == new.store_sha256
        and old.case_files == new.case_files
        and old.data_files == new.data_files
    )


def newest_backup_time(layout: DataLayout) -> datetime | None:
    found = _newest(layout.backups)
    return None if found is None else found[1].created_at


def daily_backup_due(layout: DataLayout, now: datetime | None = None) -> bool:
    newest = newest_backup_time(layout)
    return newest is None or (now or datetime.now(UTC)) - newest >= DAILY_INTERVAL


def create_backup(
    layout: DataLayout,
    reason: str,
    *,
    now: datetime | None = None,
    settings: BackupSettings | None = None,
    also_keep: Collection[Path] = (),
) -> BackupResult:
    """Back the store up into ``backups/`` (pooled attachments), rotate, then mirror when configured.

    `also_keep`: backups rotation must not delete this time (the one a restore is about to read)."""
    settings = settings or load_settings(layout)
    now = now or datetime.now(UTC)
    with backup_folder_lock(layout.backups):  # a rotation meanwhile would prune the files we pool
        return _create_backup(layout, reason, now, settings, also_keep)


def _create_backup(
    layout: DataLayout, reason: str, now: datetime, settings: BackupSettings, also_keep: Collection[Path]
) -> BackupResult:
    remove_leftovers(layout)  # of a backup or restore a crash or a full disk stopped (we hold the lock)
    with tempfile.TemporaryDirectory(prefix=".snapshot-", dir=layout.backups) as scratch:
        snapshot = _take_snapshot(layout, Path(scratch))
        newest = _newest(layout.backups)
        manifest, sealed_missing = _describe(
            layout, snapshot, reason, now, self_contained=False, previous=newest
        )
        if reason not in ALWAYS_WRITTEN and newest and _same_content(newest[1], manifest):
            return BackupResult(newest[0], newest[1], created=False)
        copied, missing = fill_pool(
            layout.backups, _local_blobs(layout, manifest.attachments), manifest.attachments
        )
        sealed_copied, sealed_damaged = fill_pool(
            layout.backups,
            case_files.case_file_sources(layout, manifest.case_files),
            case_files.wanted_sizes(manifest.case_files),
            CASE_POOL_DIRNAME,
        )
        target = _free_name(layout.backups, backup_name(now, reason))
        _write_zip(target, layout, snapshot, manifest, {})
    removed = rotate_folder(layout.backups, settings.policy, also_keep=also_keep)
    mirrored_to, problem = mirror_backup(layout, target, manifest, settings, also_keep=also_keep)
    return BackupResult(
        target, manifest, True, copied, missing, removed, mirrored_to, problem,
        sealed_copied, sealed_missing + sealed_damaged,
    )  # fmt: skip


def export_backup(layout: DataLayout, out: Path, *, now: datetime | None = None) -> BackupResult:
    """One self-contained backup file at `out` (attachments inside), e.g. to carry on a USB stick.

    The zip is made on the data disk and only then copied to `out`, after its free room is checked:
    a full stick gets "còn trống X MB, cần Y MB" and nothing half-written."""
    now = now or datetime.now(UTC)
    out.parent.mkdir(parents=True, exist_ok=True)
    with (
        backup_folder_lock(layout.backups),  # not while a restore swaps the store and its files
        tempfile.TemporaryDirectory(prefix=".snapshot-", dir=layout.backups) as scratch,
    ):
        remove_leftovers(layout, export_to=out)
        snapshot = _take_snapshot(layout, Path(scratch))
        manifest, sealed_missing = _describe(layout, snapshot, "thu-cong", now, self_contained=True)
        present = {
            sha256: path
            for sha256, path in _local_blobs(layout, manifest.attachments).items()
            if path.is_file() and file_sha256(path) == sha256
        }
        sealed = case_files.case_file_sources(layout, manifest.case_files)  # hashed just now by _describe
        staged = Path(scratch) / out.name
        try:
            _write_zip(staged, layout, snapshot, manifest, present, sealed)
        except OSError as error:
            raise disk_space.explain(error, layout.backups, "bản sao lưu") from error
        copy_verified(staged, out.parent, out.name, private=True)
    missing = len(manifest.attachments) - len(present)
    result = BackupResult(out, manifest, True, len(present), missing)
    return replace(result, new_case_files=len(sealed), missing_case_files=sealed_missing)


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    counter = 2
    while target.exists():
        target = folder / name.replace(".zip", f"-{counter}.zip")
        counter += 1
    return target
