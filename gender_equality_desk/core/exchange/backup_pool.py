"""The folders that hold pooled backups (``backups/`` and the mirror): the pools, rotation, mirroring.

Beside the zips, attachments and sealed case files live once each, by SHA-256, in their pools (see
`backup_format`). `fill_pool` copies in only what a pool lacks, `rotate_folder` deletes the backups the
policy does not keep and then the pooled files no remaining backup needs, and `mirror_backup` copies a new
backup with its pooled files to the chosen folder (a USB stick) when it is plugged in.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Collection, Mapping
from pathlib import Path

from gender_equality_desk.core import disk_space
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange import backup_case_files as case_files
from gender_equality_desk.core.exchange.backup_format import (
    CASE_POOL_DIRNAME,
    POOL_DIRNAME,
    Manifest,
    backup_files,
    holds_no_data,
    pool_blob,
    read_manifest,
)
from gender_equality_desk.core.exchange.backup_lock import backup_folder_lock
from gender_equality_desk.core.exchange.backup_settings import BackupSettings
from gender_equality_desk.core.exchange.leftovers import clean_backup_folder
from gender_equality_desk.core.exchange.rotation import RotationPolicy, backups_to_keep
from gender_equality_desk.core.exchange.usb import copy_verified
from gender_equality_desk.core.fileio import atomic_path, file_sha256
from gender_equality_desk.core.paths import DataLayout

_CHUNK = 1024 * 1024


def _copy_into_pool(source: Path, target: Path, sha256: str) -> None:
    """Copy one file into a pool, checked by its hash (_MismatchError: nothing left behind)."""
    with atomic_path(target) as tmp:
        with source.open("rb") as reader, tmp.open("wb") as writer:
            shutil.copyfileobj(reader, writer, _CHUNK)
        if file_sha256(tmp) != sha256:
            raise _MismatchError


class _MismatchError(Exception):
    """A file whose content no longer matches its name (a damaged disk): not copied."""


def missing_bytes(folder: Path, wanted: Mapping[str, int], pool: str = POOL_DIRNAME) -> int:
    """How many bytes `fill_pool` would copy into `folder`'s pool."""
    return sum(size for sha256, size in wanted.items() if not _pooled(pool_blob(folder, sha256, pool), size))


def _pooled(target: Path, size: int) -> bool:
    try:
        return target.is_file() and target.stat().st_size == size
    except OSError:
        return False


def fill_pool(
    folder: Path,
    sources: Mapping[str, Path],
    wanted: Mapping[str, int],
    pool: str = POOL_DIRNAME,
    *,
    added: list[Path] | None = None,
) -> tuple[int, int]:
    """Copy into `folder`'s pool the wanted files it lacks; returns (copied, missing or damaged).
    `added` collects the files copied, for a caller that must take them back."""
    copied = missing = 0
    for sha256, size in wanted.items():
        target = pool_blob(folder, sha256, pool)
        if target.is_file() and target.stat().st_size == size:
            continue
        source = sources.get(sha256)
        if source is None or not source.is_file():
            missing += 1
            continue
        try:
            _copy_into_pool(source, target, sha256)
            copied += 1
            if added is not None:
                added.append(target)
        except _MismatchError:
            missing += 1
    return copied, missing


def rotate_folder(folder: Path, policy: RotationPolicy, *, also_keep: Collection[Path] = ()) -> int:
    """Delete the backups the policy does not keep, then pool files no remaining backup refers to.

    A file whose manifest cannot be read is never deleted, and while one exists the pool is not pruned
    (it may need files we cannot see). Returns the number of backups removed. Runs inside the folder's
    backup lock: a backup filling the pool meanwhile has not written the zip that names its new files.
    `also_keep` are kept with their pooled files whatever the policy (the backup a restore is reading).
    """
    protected = {_resolved(path) for path in also_keep}
    with backup_folder_lock(folder):
        return _rotate(folder, policy, protected)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _rotate(folder: Path, policy: RotationPolicy, protected: set[Path]) -> int:
    readable: dict[Path, Manifest] = {}
    unreadable = False
    for path in backup_files(folder):
        try:
            readable[path] = read_manifest(path)
        except UserFacingError:
            unreadable = True
    # Backups of an empty store (a store deleted by mistake and started afresh) are rotated among
    # themselves: however many are taken, they never push out a backup that holds the commune's data.
    empty = {path for path, manifest in readable.items() if holds_no_data(manifest)}
    real = ((path, m.created_at.astimezone()) for path, m in readable.items() if path not in empty)
    keep = backups_to_keep(real, policy)
    newest_empty = sorted(empty, key=lambda path: readable[path].created_at, reverse=True)[:1]
    keep |= set(newest_empty)
    keep |= {path for path in readable if _resolved(path) in protected}
    removed = 0
    for path in readable:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed += 1
    if not unreadable:
        _prune_pool(folder / POOL_DIRNAME, {sha for path in keep for sha in readable[path].attachments})
        kept = [readable[path] for path in keep]
        _prune_pool(folder / CASE_POOL_DIRNAME, case_files.referenced_hashes(kept))
    return removed


def _prune_pool(pool: Path, referenced: set[str]) -> None:
    if not pool.is_dir():
        return
    for shard in pool.iterdir():
        if shard.is_dir():
            for blob in shard.iterdir():
                if blob.name not in referenced:
                    blob.unlink(missing_ok=True)


def mirror_backup(
    layout: DataLayout,
    backup: Path,
    manifest: Manifest,
    settings: BackupSettings,
    *,
    also_keep: Collection[Path] = (),
) -> tuple[Path | None, str | None]:
    """Copy a new backup (and the pooled files it needs) to the mirror folder when it is plugged in."""
    target = settings.mirror_target()
    if target is None or settings.mirror_folder is None:
        return None, None
    if not settings.mirror_folder.is_dir():
        return None, (
            f"Chưa sao lưu sang “{settings.mirror_folder}”: không thấy thư mục này (USB chưa cắm?). "
            "Bản sao lưu vẫn có trong thư mục dữ liệu."
        )
    try:
        with backup_folder_lock(target):  # another data folder may mirror to the same stick
            return _mirror(layout, backup, manifest, settings, target, also_keep), None
    except OSError as error:  # a full or pulled-out stick: a sentence, never "[Errno 28]"
        problem: UserFacingError = disk_space.explain(error, target, "bản sao lưu")
    except UserFacingError as error:
        problem = error
    return None, f"Chưa sao lưu sang “{settings.mirror_folder}”: {problem}"


def _mirror(
    layout: DataLayout,
    backup: Path,
    manifest: Manifest,
    settings: BackupSettings,
    target: Path,
    also_keep: Collection[Path],
) -> Path:
    clean_backup_folder(target)  # what a crash or a full stick left there before (we hold its lock)
    sources = {sha: pool_blob(layout.backups, sha) for sha in manifest.attachments}
    sealed = case_files.wanted_sizes(manifest.case_files)
    needed = (
        missing_bytes(target, manifest.attachments)
        + missing_bytes(target, sealed, CASE_POOL_DIRNAME)
        + backup.stat().st_size
    )
    disk_space.require_space(target, needed, f"bản sao lưu “{backup.name}” và tệp đính kèm của nó")
    added: list[Path] = []
    try:
        fill_pool(target, sources, manifest.attachments, added=added)
        fill_pool(
            target, case_files.pool_sources(layout.backups, manifest.case_files), sealed, CASE_POOL_DIRNAME,
            added=added,
        )  # fmt: skip
        copied = copy_verified(backup, target, backup.name)
    except BaseException:
        shards = {pool_blob(target, sha).parent for sha in manifest.attachments}
        shards |= {pool_blob(target, sha, CASE_POOL_DIRNAME).parent for sha in sealed}
        _take_back(added, shards)  # no backup on the stick names them: they would only fill it
        raise
    rotate_folder(target, settings.policy, also_keep=also_keep)
    return copied


def _take_back(paths: list[Path], shards: set[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):  # the stick is gone: nothing left to clean on it
            path.unlink(missing_ok=True)
    for shard in shards:
        with contextlib.suppress(OSError):  # kept when it holds other files (rmdir needs it empty)
            shard.rmdir()
