"""The old PC's access log travels sealed with the cases and is kept read-only on the new PC; a failed
import leaves no archive, and a package from before the log travelled still imports."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange import package_cases
from gender_equality_desk.core.exchange.package_cases import (
    TRANSFER_PART,
    case_transfer_part,
    import_case_transfer,
    open_case_transfer,
)
from gender_equality_desk.core.exchange.package_cases_seal import TransferCodeError
from gender_equality_desk.core.exchange.packages import VerifiedPackage, export_package, open_package
from gender_equality_desk.core.exchange.packages_format import EXTENSION_PREFIX
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.audit import AuditAction, list_entries, verify_audit_chain
from gender_equality_desk.core.security.audit_archive import ARCHIVE_FOLDER, ARCHIVE_NAME, list_archives
from gender_equality_desk.core.store.case_models import AuditEntry
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

from .case_helpers import ADMIN_PASSWORD, CaseTeam, make_case_team


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def team(store: Store, tmp_path: Path) -> CaseTeam:
    return make_case_team(store, tmp_path)


@pytest.fixture
def new_pc(tmp_path: Path) -> Iterator[Store]:
    other = open_store(DataLayout(tmp_path / "new-pc"))
    yield other
    other.close()


def _package(store: Store, layout: DataLayout, team: CaseTeam, target: Path) -> tuple[VerifiedPackage, str]:
    part = case_transfer_part(team.admin)
    with store.reading() as session:
        export_package(session, layout, date(2025, 1, 1), date(2025, 12, 31), target, extensions=[part])
    assert part.transfer_code is not None
    return open_package(target), part.transfer_code


def _old_rows(store: Store) -> list[tuple[object, ...]]:
    with store.reading() as db:
        return [
            (e.id, e.at, e.user_id, e.username, e.action, e.case_id, e.case_code, e.detail, e.previous_hash,
             e.entry_hash)
            for e in db.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]  # fmt: skip


def _archive_folder(store: Store) -> Path:
    return store.path.parent / ARCHIVE_FOLDER


def test_the_old_log_arrives_whole_as_an_intact_archive_and_the_import_is_logged(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package, code = _package(store, layout, team, tmp_path / "goi.zip")
    old_rows = _old_rows(store)
    assert len(old_rows) >= 10
    with zipfile.ZipFile(package.path) as archive:  # nothing of it in clear
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"canbo" not in everything and b"entry_hash" not in everything

    import_case_transfer(new_pc, package, code=code)

    [path] = list(_archive_folder(new_pc).iterdir())
    assert ARCHIVE_NAME.fullmatch(path.name)
    [kept] = list_archives(new_pc.path.parent)
    assert kept.problem is None
    assert kept.check.ok and kept.check.entries == len(old_rows)
    assert kept.check.message == f"TỐT: nhật ký máy cũ nguyên vẹn ({len(old_rows)} dòng, chuỗi băm khớp)."
    assert [(line.id, line.at, line.username, line.action_label, line.case_code, line.detail)
            for line in kept.lines] == [(r[0], r[1], r[3], AuditAction.of(str(r[4])).label, r[6], r[7])
                                        for r in old_rows]  # fmt: skip
    document = json.loads(path.read_bytes())
    columns = ("id", "at", "user_id", "username", "action", "case_id", "case_code", "detail", "previous_hash",
               "entry_hash")  # fmt: skip
    stored = [
        tuple(datetime.fromisoformat(r[c]) if c == "at" else r[c] for c in columns)
        for r in document["entries"]
    ]
    assert stored == old_rows
    assert kept.source is not None and kept.source.package_name == "goi.zip"
    assert kept.source.package_created_at == package.created_at and kept.source.commune == package.commune
    assert document["export_check"]["ok"] is True
    # this PC's own chain names the archive, still holds, and does not contain the old rows
    admin = accounts.sign_in(new_pc, "quantri", ADMIN_PASSWORD)
    [entry] = [e for e in list_entries(admin) if e.action is AuditAction.AUDIT_ARCHIVED]
    assert entry.detail == (
        f"nhập nhật ký truy cập máy cũ: {len(old_rows)} dòng, chuỗi băm khớp "
        f"(tệp {path.name}, băm cuối {str(old_rows[-1][9])[:16]})"
    )
    with new_pc.reading() as db:
        assert verify_audit_chain(db).ok
        assert db.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) < len(old_rows)


def _rewrite(path: Path, change: object) -> None:
    document = json.loads(path.read_bytes())
    change(document["entries"])  # type: ignore[operator]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_an_edited_line_and_a_removed_middle_line_are_named(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package, code = _package(store, layout, team, tmp_path / "goi.zip")
    import_case_transfer(new_pc, package, code=code)
    [path] = list(_archive_folder(new_pc).iterdir())
    original = path.read_bytes()

    _rewrite(path, lambda rows: rows[4].update(detail="sửa lén"))
    [kept] = list_archives(new_pc.path.parent)
    assert (kept.check.ok, kept.check.first_bad_id) == (False, 5)
    assert kept.check.message == "LỖI: nhật ký máy cũ đã bị can thiệp: dòng số 5 đã bị sửa."
    assert kept.lines[4].detail == "sửa lén"  # still shown, so the inspector sees what was changed

    path.write_bytes(original)
    _rewrite(path, lambda rows: rows.pop(6))
    [kept] = list_archives(new_pc.path.parent)
    assert (kept.check.ok, kept.check.first_bad_id) == (False, 7)
    assert kept.check.message == "LỖI: nhật ký máy cũ đã bị can thiệp: thiếu dòng số 7 (đã bị xóa)."

    path.write_bytes(original)
    _rewrite(path, lambda rows: rows.pop())
    [kept] = list_archives(new_pc.path.parent)
    assert not kept.check.ok and "thiếu các dòng cuối" in kept.check.message

    path.write_bytes(original[: len(original) // 2])  # cut short: listed with its reason, no crash
    [kept] = list_archives(new_pc.path.parent)
    assert kept.problem == "tệp bị hỏng hoặc không phải nhật ký máy cũ"
    assert not kept.check.ok and kept.lines == ()


def _without_case_file(package: VerifiedPackage, tmp_path: Path) -> VerifiedPackage:
    short = tmp_path / "thieu-tep.zip"
    with zipfile.ZipFile(package.path) as source, zipfile.ZipFile(short, "w") as target:
        for name in source.namelist():
            if not name.startswith(f"{EXTENSION_PREFIX}case-files/"):
                target.writestr(name, source.read(name))
    return dataclasses.replace(package, path=short)


def test_a_failed_import_leaves_no_archive(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    package, code = _package(store, layout, team, tmp_path / "goi.zip")
    with pytest.raises(TransferCodeError):
        import_case_transfer(new_pc, package, code="22222-33333-44444-55555")
    with pytest.raises(UserFacingError, match="sai định dạng"):
        import_case_transfer(new_pc, _without_case_file(package, tmp_path), code=code)
    assert not _archive_folder(new_pc).exists()

    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("COMMIT", {}, Exception("database is locked"))

    monkeypatch.setattr(package_cases, "record", locked)  # after the archive is written, before the commit
    with pytest.raises(UserFacingError, match="Dữ liệu đang bận"):  # explained by the store
        import_case_transfer(new_pc, package, code=code)
    assert list(_archive_folder(new_pc).iterdir()) == []
    assert list_archives(new_pc.path.parent) == []


def test_a_package_from_before_the_log_travelled_imports_without_an_archive(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package, code = _package(store, layout, team, tmp_path / "goi.zip")
    transfer = open_case_transfer(package, code)
    assert transfer is not None
    content = dict(transfer.content)
    del content["audit_log"]
    data = dict(package.extension_data)
    data[EXTENSION_PREFIX + TRANSFER_PART] = json.dumps(content).encode("utf-8")  # unsealed, old format
    old = dataclasses.replace(package, extension_data=data)

    assert import_case_transfer(new_pc, old) == 3

    assert not _archive_folder(new_pc).exists()
    assert list_archives(new_pc.path.parent) == []
    admin = accounts.sign_in(new_pc, "quantri", ADMIN_PASSWORD)
    assert [e for e in list_entries(admin) if e.action is AuditAction.AUDIT_ARCHIVED] == []


def test_a_log_already_broken_on_the_old_pc_arrives_saying_so(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    connection = sqlite3.connect(store.path)  # someone with the old PC's file: drop the guard, then edit
    with connection:
        connection.execute("DROP TRIGGER audit_entry_no_update")
        connection.execute("UPDATE audit_entry SET detail = 'sửa lén' WHERE id = 3")
    connection.close()
    package, code = _package(store, layout, team, tmp_path / "goi.zip")

    import_case_transfer(new_pc, package, code=code)

    [kept] = list_archives(new_pc.path.parent)
    assert kept.check.message == (
        "LỖI: nhật ký máy cũ đã bị can thiệp: dòng số 3 đã bị sửa. "
        "Lỗi này đã có trên máy cũ khi tạo gói chuyển máy."
    )
    admin = accounts.sign_in(new_pc, "quantri", ADMIN_PASSWORD)
    [entry] = [e for e in list_entries(admin) if e.action is AuditAction.AUDIT_ARCHIVED]
    assert "chuỗi băm KHÔNG khớp từ dòng số 3" in entry.detail
