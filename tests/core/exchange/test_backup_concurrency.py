"""Backups running at the same time (start backup thread, panel or daily job, CLI) never lose pooled files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from gender_equality_desk.core.exchange.backup import create_backup
from gender_equality_desk.core.exchange.backup_format import (
    CASE_POOL_DIRNAME,
    backup_files,
    pool_blob,
    read_manifest,
)
from gender_equality_desk.core.exchange.backup_lock import BackupsBusyError, backup_folder_lock
from gender_equality_desk.core.exchange.backup_pool import rotate_folder
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, save_settings
from gender_equality_desk.core.exchange.restore import restore_backup
from gender_equality_desk.core.exchange.rotation import RotationPolicy
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store

from .backup_helpers import add_activity, write_photo

ROUNDS = 40


def _missing_pooled_files(folder: Path) -> list[str]:
    """Every pooled file a backup in `folder` needs but the pool does not hold."""
    missing = []
    for path in backup_files(folder):
        manifest = read_manifest(path)
        for sha256, size in manifest.attachments.items():
            blob = pool_blob(folder, sha256)
            if not blob.is_file() or blob.stat().st_size != size:
                missing.append(f"{path.name}: attachment {sha256[:8]}")
        for ref in manifest.case_files.values():
            if not pool_blob(folder, ref.sha256, CASE_POOL_DIRNAME).is_file():
                missing.append(f"{path.name}: case file {ref.sha256[:8]}")
    return missing


def _run_together(*works: Callable[[], object]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(len(works))

    def run(work: Callable[[], object]) -> None:
        start.wait()
        try:
            work()
        except BaseException as error:  # reported by the test, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(work,)) for work in works]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_two_backups_at_once_never_leave_a_backup_without_its_files(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    """Backup A fills the pool with a new photo while backup B (of the store as it was a moment earlier)
    rotates: without the lock B prunes A's new photo before A's zip names it."""
    policy = RotationPolicy(keep_daily=1, keep_weekly=0, keep_monthly=0, keep_last=1)
    for round_number in range(ROUNDS):
        photo = write_photo(tmp_path / "in", f"{round_number}.png", (round_number, 7, 200))

        def older_backup() -> None:
            create_backup(layout, "thu-cong")
            rotate_folder(layout.backups, policy)

        def newer_backup(photo: Path = photo, round_number: int = round_number) -> None:
            add_activity(store, layout, f"Họp dân lần {round_number}", photo)
            create_backup(layout, "thu-cong")
            rotate_folder(layout.backups, policy)

        assert _run_together(older_backup, newer_backup) == []
        assert _missing_pooled_files(layout.backups) == []
    assert backup_files(layout.backups)  # rotation kept the newest


def test_the_lock_is_taken_again_by_the_same_thread(layout: DataLayout) -> None:
    """A restore holds the lock and takes its safety backup inside it: the same thread must not wait."""
    with backup_folder_lock(layout.backups), backup_folder_lock(layout.backups):
        pass
    with backup_folder_lock(layout.backups, timeout=0.1):  # released by both exits
        pass


def test_another_thread_waits_for_the_lock(layout: DataLayout) -> None:
    order: list[str] = []
    with backup_folder_lock(layout.backups):
        waiter = threading.Thread(target=lambda: _take_and_note(layout.backups, order))
        waiter.start()
        time.sleep(0.2)
        order.append("first done")
    waiter.join()
    assert order == ["first done", "second took it"]


def _take_and_note(folder: Path, order: list[str]) -> None:
    with backup_folder_lock(folder):
        order.append("second took it")


def test_another_process_is_kept_out_and_told_why(layout: DataLayout) -> None:
    """The CLI runs in its own process: the lock is an OS file lock, not only a thread lock."""
    layout.backups.mkdir(parents=True)
    script = (
        "import sys; from pathlib import Path;"
        "from gender_equality_desk.core.exchange.backup_lock import backup_folder_lock;"
        f"lock = backup_folder_lock(Path({str(layout.backups)!r})); lock.__enter__();"
        "print('held', flush=True); sys.stdin.readline()"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "held"
            with (
                pytest.raises(BackupsBusyError, match="đang sao lưu"),
                backup_folder_lock(layout.backups, timeout=0.3),
            ):
                pass
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(timeout=30)
    with backup_folder_lock(layout.backups, timeout=5):  # free again once the other process let go
        pass


def test_a_restore_while_a_backup_runs_waits_for_it(store: Store, layout: DataLayout, tmp_path: Path) -> None:
    """The GUI restores (and backs up at exit) on its own thread while a panel or daily job may still be
    backing up: each waits for the other, and both end whole."""
    save_settings(layout, BackupSettings(policy=RotationPolicy(keep_last=100)))  # `chosen` stays
    add_activity(store, layout, "Lễ phát động", write_photo(tmp_path / "in", "a.png", (1, 2, 3)))
    chosen = create_backup(layout, "thu-cong").path
    add_activity(store, layout, "Họp dân", write_photo(tmp_path / "in", "b.png", (4, 5, 6)))
    store.close()
    restored: list[str] = []
    for _ in range(10):
        errors = _run_together(
            lambda: create_backup(layout, "thu-cong"),
            lambda: restored.append(restore_backup(layout, chosen).restored.store_sha256),
        )
        assert errors == []
        assert _missing_pooled_files(layout.backups) == []
        check = sqlite3.connect(layout.store)
        try:
            assert check.execute("SELECT count(*) FROM activity").fetchone() == (1,)
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            check.close()
    assert restored == [read_manifest(chosen).store_sha256] * 10
