"""A read-only store or data folder is explained as such, never called damaged (issue 19). The tests run
as root on CI, where permissions do not stop anything, so SQLite's and the OS's refusals are simulated at
the call that receives them."""

from __future__ import annotations

import errno
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from gender_equality_desk.core.errors import StoreError
from gender_equality_desk.core.folder_lock import FolderLock, FolderNotWritableError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import health
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.health import StoreDamagedError, check_at_start, check_store

from ..reports.handmade import make_commune  # noqa: TID252

REAL_CONNECT = sqlite3.connect


def refuse_writable_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite on a read-only folder: the file may only be opened as immutable."""

    def connect(database: str, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if "immutable=1" not in str(database):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return REAL_CONNECT(database, *args, **kwargs)

    monkeypatch.setattr(health.sqlite3, "connect", connect)


def test_check_calls_a_read_only_store_read_only_not_damaged(
    store: Store, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_commune(store)
    store.close()
    refuse_writable_opening(monkeypatch)

    report = check_store(layout.store)

    assert not report.ok
    assert "chỉ cho phép đọc" in report.verdict and "không bị hỏng" in report.verdict
    assert "bị hỏng hoặc" not in report.verdict


def test_the_start_explains_a_read_only_store_and_offers_no_restore(
    store: Store, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_commune(store)
    store.close()
    refuse_writable_opening(monkeypatch)

    with pytest.raises(StoreError, match="chỉ cho phép đọc") as caught:
        check_at_start(layout, now=datetime.now(UTC))
    assert not isinstance(caught.value, StoreDamagedError)  # no "restore a backup" for a permission


def test_a_data_folder_that_cannot_be_written_is_said_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("gender_equality_desk.core.folder_lock.os.open", refuse)
    with pytest.raises(FolderNotWritableError, match="Không ghi được vào thư mục dữ liệu") as caught:
        FolderLock(tmp_path / "du-lieu").acquire()
    assert "cấp quyền ghi" in str(caught.value) and str(tmp_path / "du-lieu") in str(caught.value)
