"""An archived old-PC log, read and checked on its own: the viewing is logged, only for administrators,
a shifted time zone counts as an edit, and only names the app makes are listed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit import AuditAction, list_entries
from gender_equality_desk.core.security.audit_archive import (
    ARCHIVE_FOLDER,
    ARCHIVE_NAME,
    ArchiveSource,
    archive_file,
    exported_log,
    has_archives,
    list_archives,
    view_archives,
)
from gender_equality_desk.core.security.session import AccessDeniedError, Role
from gender_equality_desk.core.store.engine import Store

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _archive(store: Store) -> Path:
    setup = accounts.create_first_administrator(store, "quantri", "Nguyễn Văn Quản", "Quan tri 2024")
    accounts.create_account(setup.session, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, "Can bo xa 2024")
    with store.reading() as db:
        exported = exported_log(db)
    name, data, _ = archive_file(exported, ArchiveSource("goi.zip", "2026-11-19", "Xã Nà Làng"), NOW)
    target = store.path.parent / ARCHIVE_FOLDER / name
    target.parent.mkdir()
    target.write_bytes(data)
    return target


def test_the_name_is_the_last_entrys_utc_time_and_eight_hex(store: Store) -> None:
    path = _archive(store)
    assert ARCHIVE_NAME.fullmatch(path.name)
    [archive] = list_archives(store.path.parent)
    assert [line.action for line in archive.lines] == [
        AuditAction.SETUP, AuditAction.SIGN_IN, AuditAction.ACCOUNT_CREATED
    ]  # fmt: skip
    assert path.name.startswith(archive.lines[-1].at.astimezone(UTC).strftime("%Y%m%d%H%M%S") + "-")


def test_viewing_is_logged_and_only_for_an_administrator(store: Store) -> None:
    path = _archive(store)
    officer = accounts.sign_in(store, "canbo", "Can bo xa 2024")
    with pytest.raises(AccessDeniedError):
        view_archives(officer)
    admin = accounts.sign_in(store, "quantri", "Quan tri 2024")

    [archive] = view_archives(admin)

    assert archive.check.ok and archive.check.entries == 3
    newest = list_entries(admin, limit=1)[0]
    assert newest.action is AuditAction.AUDIT_VIEWED
    assert newest.detail == f"xem nhật ký máy cũ: {path.name}"


def test_a_shifted_time_zone_counts_as_an_edit(store: Store) -> None:
    path = _archive(store)
    document = json.loads(path.read_bytes())
    first = document["entries"][0]
    first["at"] = first["at"].replace("+00:00", "+07:00")  # same clock digits, another moment
    path.write_text(json.dumps(document), encoding="utf-8")

    [archive] = list_archives(store.path.parent)

    assert archive.check.message == "LỖI: nhật ký máy cũ đã bị can thiệp: dòng số 1 đã bị sửa."


def test_only_names_the_app_makes_are_listed(store: Store) -> None:
    folder = store.path.parent / ARCHIVE_FOLDER
    assert not has_archives(store.path.parent) and list_archives(store.path.parent) == []
    folder.mkdir()
    (folder / "ghi-chu.json").write_text("{}", encoding="utf-8")
    (folder / ".20261120080000-1a2b3c4d.json.x1.tmp").write_text("{}", encoding="utf-8")
    assert not has_archives(store.path.parent)
    (folder / "20261120080000-1a2b3c4d.json").write_text("[1, 2]", encoding="utf-8")

    [damaged] = list_archives(store.path.parent)

    assert damaged.problem == "tệp bị hỏng hoặc không phải nhật ký máy cũ"
    assert damaged.check.message == (
        "LỖI: không đọc được nhật ký máy cũ “20261120080000-1a2b3c4d.json”: tệp bị hỏng hoặc không phải "
        "nhật ký máy cũ."
    )
