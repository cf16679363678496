"""Taking backups of the store: a zip with an online-backup snapshot, a manifest and (some) attachments.

The file format is described in `backup_format`. `create_backup` writes a pooled backup into the data
folder's ``backups/`` (at start, at exit, daily, by hand), copies only attachments the pool lacks, rotates
old backups (`rotation`) and mirrors the result to a chosen folder when it is present. `export_backup`
writes one self-contained file anywhere (``backup --out FILE``). Every file is written atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gender_equality_desk import __version__
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.backup_format import (
    ATTACHMENT_PREFIX,
    MANIFEST_ENTRY,
    POOL_DIRNAME,
    STORE_ENTRY,
    Manifest,
    backup_files,
    backup_name,
    pool_blob,
    read_manifest,
    referenced_attachments,
    schema_revision,
    table_counts,
)
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, load_settings
from gender_equality_desk.core.exchange.rotation import RotationPolicy, backups_to_keep
from gender_equality_desk.core.exchange.usb import copy_verified
from gender_equality_desk.core.fileio import atomic_path, write_with
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments.files import blob_path
from gender_equality_desk.core.store.health import sqlite_uri
from gender_equality_desk.core.store.snapshot import snapshot_store

_CHUNK = 1024 * 1024
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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _take_snapshot(layout: DataLayout, folder: Path) -> Path:
    if not layout.store.is_file():
        raise UserFacingError(f"Không có tệp dữ liệu tại {layout.store} để sao lưu.")
    target = folder / STORE_ENTRY
    try:
        snapshot_store(layout.store, target)
    except sqlite3.DatabaseError as error:
        raise UserFacingError(
            f"Không sao lưu được: tệp dữ liệu không đọc được ({error}). "
            "Dữ liệu không bị thay đổi; hãy khôi phục từ bản sao lưu gần nhất."
        ) from error
    return target


def _describe(snapshot: Path, reason: str, now: datetime, *, self_contained: bool) -> Manifest:
    connection = sqlite3.connect(sqlite_uri(snapshot, "ro"), uri=True)
    try:
        counts = table_counts(connection)
        revision = schema_revision(connection)
        attachments = referenced_attachments(connection)
    finally:
        connection.close()
    return Manifest(
        created_at=now,
        reason=reason,
        app_version=__version__,
        schema_revision=revision,
        counts=counts,
        store_sha256=_sha256(snapshot),
        store_bytes=snapshot.stat().st_size,
        attachments=attachments,
        self_contained=self_contained,
    )


def _write_zip(target: Path, snapshot: Path, manifest: Manifest, inside: Mapping[str, Path]) -> None:
    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.write(snapshot, STORE_ENTRY)
            for sha256, source in inside.items():  # photos and PDFs are compressed already
                archive.write(source, ATTACHMENT_PREFIX + sha256, compress_type=zipfile.ZIP_STORED)
            archive.writestr(MANIFEST_ENTRY, manifest.to_json())  # last: a readable manifest means whole

    write_with(target, write)


def _copy_into_pool(source: Path, target: Path, sha256: str) -> None:
    """Copy one attachment file into a pool, checked by its hash (_MismatchError: nothing left behind)."""
    with atomic_path(target) as tmp:
        with source.open("rb") as reader, tmp.open("wb") as writer:
            shutil.copyfileobj(reader, writer, _CHUNK)
        if _sha256(tmp) != sha256:
            raise _MismatchError


class _MismatchError(Exception):
    """An attachment file whose content no longer matches its name (a damaged disk): not copied."""


def fill_pool(folder: Path, sources: Mapping[str, Path], wanted: Mapping[str, int]) -> tuple[int, int]:
    """Copy into `folder`'s pool the wanted files it lacks; returns (copied, missing or damaged)."""
    copied = missing = 0
    for sha256, size in wanted.items():
        target = pool_blob(folder, sha256)
        if target.is_file() and target.stat().st_size == size:
            continue
        source = sources.get(sha256)
        if source is None or not source.is_file():
            missing += 1
            continue
        try:
            _copy_into_pool(source, target, sha256)
            copied += 1
        except _MismatchError:
            missing += 1
    return copied, missing


def _local_blobs(layout: DataLayout, wanted: Mapping[str, int]) -> dict[str, Path]:
    return {sha256: blob_path(layout, sha256) for sha256 in wanted}


def _newest(folder: Path) -> tuple[Path, Manifest] | None:
    for path in reversed(backup_files(folder)):
        with contextlib.suppress(UserFacingError):
            return path, read_manifest(path)
    return None


def newest_backup_time(layout: DataLayout) -> datetime | None:
    found = _newest(layout.backups)
    return None if found is None else found[1].created_at


def daily_backup_due(layout: DataLayout, now: datetime | None = None) -> bool:
    newest = newest_backup_time(layout)
    return newest is None or (now or datetime.now(UTC)) - newest >= DAILY_INTERVAL


def create_backup(
    layout: DataLayout, reason: str, *, now: datetime | None = None, settings: BackupSettings | None = None
) -> BackupResult:
    """Back the store up into ``backups/`` (pooled attachments), rotate, then mirror when configured."""
    settings = settings or load_settings(layout)
    now = now or datetime.now(UTC)
    layout.backups.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".snapshot-", dir=layout.backups) as scratch:
        snapshot = _take_snapshot(layout, Path(scratch))
        manifest = _describe(snapshot, reason, now, self_contained=False)
        newest = _newest(layout.backups)
        if reason not in ALWAYS_WRITTEN and newest and newest[1].store_sha256 == manifest.store_sha256:
            return BackupResult(newest[0], newest[1], created=False)
        copied, missing = fill_pool(
            layout.backups, _local_blobs(layout, manifest.attachments), manifest.attachments
        )
        target = _free_name(layout.backups, backup_name(now, reason))
        _write_zip(target, snapshot, manifest, {})
    removed = rotate_folder(layout.backups, settings.policy)
    mirrored_to, problem = mirror_backup(layout, target, manifest, settings)
    return BackupResult(target, manifest, True, copied, missing, removed, mirrored_to, problem)


def export_backup(layout: DataLayout, out: Path, *, now: datetime | None = None) -> BackupResult:
    """One self-contained backup file at `out` (attachments inside), e.g. to carry on a USB stick."""
    now = now or datetime.now(UTC)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".snapshot-", dir=out.parent) as scratch:
        snapshot = _take_snapshot(layout, Path(scratch))
        manifest = _describe(snapshot, "thu-cong", now, self_contained=True)
        present = {
            sha256: path
            for sha256, path in _local_blobs(layout, manifest.attachments).items()
            if path.is_file() and _sha256(path) == sha256
        }
        _write_zip(out, snapshot, manifest, present)
    return BackupResult(out, manifest, True, len(present), len(manifest.attachments) - len(present))


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    counter = 2
    while target.exists():
        target = folder / name.replace(".zip", f"-{counter}.zip")
        counter += 1
    return target


def rotate_folder(folder: Path, policy: RotationPolicy) -> int:
    """Delete the backups the policy does not keep, then pool files no remaining backup refers to.

    A file whose manifest cannot be read is never deleted, and while one exists the pool is not pruned
    (it may need files we cannot see). Returns the number of backups removed.
    """
    readable: dict[Path, Manifest] = {}
    unreadable = False
    for path in backup_files(folder):
        try:
            readable[path] = read_manifest(path)
        except UserFacingError:
            unreadable = True
    keep = backups_to_keep(((path, m.created_at.astimezone()) for path, m in readable.items()), policy)
    removed = 0
    for path in readable:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed += 1
    if not unreadable:
        _prune_pool(folder, {sha for path in keep for sha in readable[path].attachments})
    return removed


def _prune_pool(folder: Path, referenced: set[str]) -> None:
    pool = folder / POOL_DIRNAME
    if not pool.is_dir():
        return
    for shard in pool.iterdir():
        if shard.is_dir():
            for blob in shard.iterdir():
                if blob.name not in referenced:
                    blob.unlink(missing_ok=True)


def mirror_backup(
    layout: DataLayout, backup: Path, manifest: Manifest, settings: BackupSettings
) -> tuple[Path | None, str | None]:
    """Copy a new backup (and the attachments it needs) to the mirror folder when it is plugged in."""
    target = settings.mirror_target()
    if target is None or settings.mirror_folder is None:
        return None, None
    if not settings.mirror_folder.is_dir():
        return None, (
            f"Chưa sao lưu sang “{settings.mirror_folder}”: không thấy thư mục này (USB chưa cắm?). "
            "Bản sao lưu vẫn có trong thư mục dữ liệu."
        )
    try:
        target.mkdir(exist_ok=True)
        sources = {sha: pool_blob(layout.backups, sha) for sha in manifest.attachments}
        fill_pool(target, sources, manifest.attachments)
        copied = copy_verified(backup, target, backup.name)
        rotate_folder(target, settings.policy)
    except (UserFacingError, OSError) as error:
        return None, f"Chưa sao lưu sang “{settings.mirror_folder}”: {error}"
    return copied, None
