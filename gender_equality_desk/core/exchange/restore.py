"""Restoring a backup: list and check backups, preview one, then put it in place of the store.

The current store is never simply overwritten: a healthy one is backed up first (reason
``truoc-khoi-phuc``); one that cannot be read is renamed aside (``gedesk.sqlite3.hong-<time>``). A backup
made by an older schema is restored as it is and upgraded by `open_store` (after its own backup).
Attachments and sealed case files are put back from the zip or the pool beside it; a backup made before
case files were carried (format 1) restores the store and attachments and leaves ``case_files/`` alone.
Received statistics and banner logos are written back when the backup carries them (`backup_data_files`).
Every file is copied and checked before the store is replaced (`restore_staging`): a damaged member no
longer leaves a store swapped in and its files not; what could not be restored is listed precisely.
The store must be closed while restoring (the GUI restarts its window around it).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.backup import create_backup
from gender_equality_desk.core.exchange.backup_format import (
    STORE_ENTRY,
    Manifest,
    backup_files,
    holds_no_data,
    read_manifest,
)
from gender_equality_desk.core.exchange.backup_lock import backup_folder_lock
from gender_equality_desk.core.exchange.backup_settings import load_settings
from gender_equality_desk.core.exchange.restore_staging import (
    ATTACHMENT,
    CASE_FILE,
    DATA_FILE,
    MemberProblem,
    describe_problems,
    put_in_place,
    stage_members,
)
from gender_equality_desk.core.fileio import atomic_path, file_sha256, fsync_directory
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.commit_stamp import saves_in, write_stamp
from gender_equality_desk.core.store.health import sqlite_uri

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: Manifest

    @property
    def size_bytes(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


@dataclass(frozen=True)
class RestoreResult:
    restored: Manifest
    safety_backup: Path | None  # the backup of the store that was replaced
    damaged_kept_at: Path | None  # the unreadable store, renamed aside
    attachments_copied: int
    attachments_missing: int
    case_files_copied: int = 0
    case_files_missing: int = 0  # listed by the backup but absent or damaged in it and its pool
    data_files_restored: int = 0  # received statistics and banner logos written back
    data_files_missing: int = 0
    # Every file not restored (damaged or absent), described for the officer; empty when all came back.
    problems: tuple[MemberProblem, ...] = ()


def list_backups(*folders: Path) -> list[BackupInfo]:
    """Readable backups in the given folders, newest first (unreadable files are left out)."""
    found: list[BackupInfo] = []
    for folder in folders:
        for path in backup_files(folder):
            with contextlib.suppress(UserFacingError):
                found.append(BackupInfo(path, read_manifest(path)))
    return sorted(found, key=lambda info: info.manifest.created_at, reverse=True)


def _extract_store(path: Path, folder: Path) -> Path:
    target = folder / STORE_ENTRY
    try:
        with (
            zipfile.ZipFile(path) as archive,
            archive.open(STORE_ENTRY) as reader,
            target.open("wb") as writer,
        ):
            shutil.copyfileobj(reader, writer, _CHUNK)  # zipfile checks the CRC at the end of the entry
    except FileNotFoundError:
        if path.is_file():  # the scratch folder went away, not the backup
            raise
        raise UserFacingError(
            f"Không tìm thấy tệp sao lưu “{path.name}” (có thể vừa được xoá khi xoay vòng bản sao lưu cũ). "
            "Hãy mở lại danh sách bản sao lưu rồi chọn bản khác."
        ) from None
    except (OSError, KeyError, EOFError, zipfile.BadZipFile, zlib.error) as error:
        raise UserFacingError(
            f"Bản sao lưu “{path.name}” bị hỏng, không đọc được dữ liệu ({error})."
        ) from error
    return target


def _verify_snapshot(path: Path, snapshot: Path, manifest: Manifest) -> None:
    if file_sha256(snapshot) != manifest.store_sha256:
        raise UserFacingError(f"Bản sao lưu “{path.name}” bị hỏng (dữ liệu không khớp mã kiểm tra).")
    try:
        connection = sqlite3.connect(sqlite_uri(snapshot, "ro"), uri=True)
        try:
            verdict = "; ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        verdict = str(error)
    if verdict != "ok":
        raise UserFacingError(f"Bản sao lưu “{path.name}” bị hỏng ({verdict[:160]}).")
    if manifest.schema_revision is not None and manifest.schema_revision not in migrate.known_revisions():
        raise UserFacingError(
            f"Bản sao lưu “{path.name}” được tạo bởi phiên bản mới hơn của ứng dụng. "
            "Hãy cài phiên bản mới nhất của Gender Equality Desk rồi khôi phục."
        )


def check_backup(path: Path) -> Manifest:
    """The manifest of a backup whose data is whole and readable; UserFacingError (Vietnamese) otherwise."""
    manifest = read_manifest(path)
    with tempfile.TemporaryDirectory(prefix="gedesk-check-") as scratch:
        _verify_snapshot(path, _extract_store(path, Path(scratch)), manifest)
    return manifest


def newest_good_backup(layout: DataLayout) -> BackupInfo | None:
    """The newest backup (data folder, then mirror) that passes `check_backup`, or None."""
    mirror = load_settings(layout).mirror_target()
    folders = [layout.backups] + ([mirror] if mirror is not None else [])
    backups = list_backups(*folders)
    # The empty store's own start and exit backups are newer than the commune's real ones: offered last.
    for info in sorted(backups, key=lambda info: holds_no_data(info.manifest)):  # stable: newest first
        with contextlib.suppress(UserFacingError, OSError):
            check_backup(info.path)
            return info
    return None


def _store_is_readable(store: Path) -> bool:
    try:
        connection = sqlite3.connect(sqlite_uri(store, "rw"), uri=True)
        try:
            return bool(connection.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def _set_aside(layout: DataLayout, now: datetime) -> Path:
    """Rename the store and its journal files aside; the renamed store is returned."""
    stamp = f"{now.astimezone():%Y%m%d-%H%M%S}"
    aside = layout.store.with_name(f"{layout.store.name}.hong-{stamp}")
    for suffix in ("-wal", "-shm", "-journal"):
        companion = layout.store.with_name(layout.store.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    layout.store.replace(aside)
    return aside


def restore_backup(layout: DataLayout, path: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace the (closed) store with the backup `path`, keeping the current store as said above.

    Runs inside the backups folder's lock (a backup thread still running waits, or makes this wait),
    and inside the mirror's when the backup comes from there (its pooled files must not be pruned)."""
    now = now or datetime.now(UTC)
    layout.ensure()
    mirror = load_settings(layout).mirror_target()
    with contextlib.ExitStack() as locks:
        locks.enter_context(backup_folder_lock(layout.backups))  # always first, as create_backup does
        if mirror is not None and _same_folder(path.parent, mirror):
            locks.enter_context(backup_folder_lock(mirror))
        return _restore(layout, path, now)


def _count_saves_from(snapshot: Path, layout: DataLayout) -> None:
    """The restored store is older on purpose: its own save count is the one to compare against now."""
    connection = sqlite3.connect(sqlite_uri(snapshot, "ro"), uri=True)
    try:
        write_stamp(layout.store, saves_in(connection))
    finally:
        connection.close()


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _restore(layout: DataLayout, path: Path, now: datetime) -> RestoreResult:
    """Check the store and every file first; only then replace the store and move the files in."""
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=layout.root) as scratch:
        snapshot = _extract_store(path, Path(scratch))
        manifest = read_manifest(path)
        _verify_snapshot(path, snapshot, manifest)
        try:
            staged = stage_members(path, layout, manifest, Path(scratch) / "files")
        except (OSError, zipfile.BadZipFile) as error:  # the zip itself became unreadable meanwhile
            raise UserFacingError(
                f"Bản sao lưu “{path.name}” bị hỏng, không đọc được các tệp kèm theo ({error}). "
                "Dữ liệu hiện tại được giữ nguyên."
            ) from error
        problems = tuple(describe_problems(snapshot, staged.problems))
        safety = damaged = None
        if layout.store.exists():
            if layout.store.stat().st_size > 0 and _store_is_readable(layout.store):
                # Its rotation must not delete the backup being restored (nor prune its pooled files).
                safety = create_backup(layout, "truoc-khoi-phuc", now=now, also_keep=(path,)).path
            damaged = None if safety else _set_aside(layout, now)
        # Order for a crash at any step: the backup's files first (new names, or data files the old store
        # does not depend on), its save count next (lower: never a false "saves lost"), the store last.
        put_in_place(staged)
        _count_saves_from(snapshot, layout)
        with atomic_path(layout.store) as tmp:
            shutil.copyfile(snapshot, tmp)
            for suffix in ("-wal", "-shm", "-journal"):  # a stale journal would be replayed into the new file
                layout.store.with_name(layout.store.name + suffix).unlink(missing_ok=True)
        fsync_directory(layout.root)
    return RestoreResult(
        manifest,
        safety,
        damaged,
        staged.counts[ATTACHMENT],
        staged.missing(ATTACHMENT),
        staged.counts[CASE_FILE],
        staged.missing(CASE_FILE),
        staged.counts[DATA_FILE],
        staged.missing(DATA_FILE),
        problems,
    )
