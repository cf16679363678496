"""Backups carry the encrypted case files exactly as stored: round trip, pool, older backups, damage."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gender_equality_desk.core.cases import files
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.backup_format import (
    CASE_POOL_DIRNAME,
    case_files_note,
    describe_counts,
    read_manifest,
)
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, save_settings
from gender_equality_desk.core.exchange.restore import restore_backup
from gender_equality_desk.core.exchange.rotation import RotationPolicy
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

from .case_helpers import FILE_TEXT, SURVIVOR_NAMES, CaseTeam, make_case_team

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
OFFICER = ("canbo", "Can bo xa 2024")


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def team(store: Store, tmp_path: Path) -> CaseTeam:
    return make_case_team(store, tmp_path / "scans")


def sealed_files(layout: DataLayout) -> dict[str, bytes]:
    """{blob name: ciphertext} under the data folder's case_files/."""
    return {p.name: p.read_bytes() for p in (layout.root / "case_files").rglob("*") if p.is_file()}


def case_pool(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (folder / CASE_POOL_DIRNAME).rglob("*") if p.is_file()}


def opened_first_file(layout: DataLayout, case_id: int) -> tuple[str, bytes]:
    """Sign the case officer in on the (restored) store and open the case's file, as the page does."""
    store = open_store(layout)
    try:
        officer = accounts.sign_in(store, *OFFICER)
        (row,) = files.list_case_files(officer, case_id)
        opened = files.open_case_file(officer, row.id)
        return opened.name, opened.content
    finally:
        store.close()


def wipe_all_but_backups(layout: DataLayout) -> None:
    for path in layout.root.iterdir():
        if path != layout.backups:
            shutil.rmtree(path) if path.is_dir() else path.unlink()


def test_a_pooled_backup_brings_the_case_file_back_after_the_data_folder_is_lost(
    team: CaseTeam, store: Store, layout: DataLayout
) -> None:
    stored = sealed_files(layout)
    assert len(stored) == 1
    backup = create_backup(layout, "thu-cong", now=NOW)
    assert backup.new_case_files == 1 and backup.missing_case_files == 0
    (blob_name,) = stored
    ref = backup.manifest.case_files[blob_name]
    assert case_pool(layout.backups) == {ref.sha256: stored[blob_name]}  # the ciphertext, byte for byte
    with zipfile.ZipFile(backup.path) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "store.sqlite3"]  # pooled, not inside
    store.close()
    wipe_all_but_backups(layout)  # the disk failed: store, attachments and case_files/ are gone

    result = restore_backup(layout, backup.path, now=NOW + timedelta(hours=1))

    assert result.safety_backup is None
    assert result.case_files_copied == 1 and result.case_files_missing == 0
    assert sealed_files(layout) == stored
    assert opened_first_file(layout, team.case_ids[0]) == (f"{SURVIVOR_NAMES[0]}.pdf", FILE_TEXT)


def test_a_backup_carried_to_another_pc_opens_the_case_file_there(
    team: CaseTeam, store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    out = export_backup(layout, tmp_path / "usb" / "xa.zip", now=NOW)
    assert out.new_case_files == 1 and out.missing_case_files == 0
    store.close()
    shutil.rmtree(layout.root)
    other_pc = DataLayout(tmp_path / "may-moi")

    result = restore_backup(other_pc, out.path)

    assert result.case_files_copied == 1 and result.case_files_missing == 0
    assert opened_first_file(other_pc, team.case_ids[0]) == (f"{SURVIVOR_NAMES[0]}.pdf", FILE_TEXT)


def test_case_files_are_pooled_incrementally_and_never_in_clear(
    team: CaseTeam, store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    first = create_backup(layout, "thu-cong", now=NOW)
    second_scan = tmp_path / "Biên bản hòa giải.pdf"
    second_scan.write_bytes(b"%PDF-1.4\nHoa giai lan 2 " + SURVIVOR_NAMES[1].encode() + b"\n")
    files.add_case_file(team.officer, team.case_ids[1], second_scan)

    second = create_backup(layout, "thu-cong", now=NOW + timedelta(hours=1))

    assert first.new_case_files == 1 and second.new_case_files == 1  # only the new file was copied
    assert len(second.manifest.case_files) == 2
    assert sorted(case_pool(layout.backups).values()) == sorted(sealed_files(layout).values())
    produced = [p.read_bytes() for p in layout.backups.rglob("*") if p.is_file()]
    for clear in (FILE_TEXT, second_scan.read_bytes(), SURVIVOR_NAMES[0].encode(), b"Hoa giai lan 2"):
        assert not any(clear in data for data in produced)


def test_the_restore_preview_counts_case_records_and_files(team: CaseTeam, layout: DataLayout) -> None:
    manifest = read_manifest(create_backup(layout, "thu-cong", now=NOW).path)
    shown = describe_counts(manifest.counts)
    assert "; Hồ sơ hỗ trợ: 3" in shown and "Tệp hồ sơ hỗ trợ: 1" in shown
    assert manifest.carries_case_files and case_files_note(manifest) is None


def as_format_1(backup: Path, target: Path) -> Path:
    """The backup as the app wrote it before case files were carried: manifest version 1, no case_files."""
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(target, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["version"] = 1
                del manifest["case_files"]
                data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            copy.writestr(name, data)
    return target


def test_a_backup_from_before_case_files_still_restores(
    team: CaseTeam, store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    older = as_format_1(export_backup(layout, tmp_path / "x.zip", now=NOW).path, tmp_path / "cu.zip")
    manifest = read_manifest(older)
    assert not manifest.carries_case_files and manifest.case_files == {}
    note = case_files_note(manifest)
    assert note is not None and "1 tệp hồ sơ không có trong bản sao lưu" in note
    stored = sealed_files(layout)
    store.close()

    same_pc = restore_backup(layout, older, now=NOW + timedelta(hours=1))  # case_files/ is left alone
    other_pc = restore_backup(DataLayout(tmp_path / "may-moi"), older)

    assert same_pc.safety_backup is not None and same_pc.case_files_copied == 0
    assert sealed_files(layout) == stored
    assert opened_first_file(layout, team.case_ids[0])[1] == FILE_TEXT
    assert other_pc.attachments_missing == 0 and other_pc.case_files_missing == 0
    with pytest.raises(UserFacingError, match="Không tìm thấy bản lưu của tệp"):
        opened_first_file(DataLayout(tmp_path / "may-moi"), team.case_ids[0])


def test_a_damaged_pooled_case_file_is_counted_not_written(
    team: CaseTeam, store: Store, layout: DataLayout
) -> None:
    backup = create_backup(layout, "thu-cong", now=NOW)
    (pooled,) = (p for p in (layout.backups / CASE_POOL_DIRNAME).rglob("*") if p.is_file())
    pooled.write_bytes(b"\x00" * pooled.stat().st_size)  # same size, other bytes: an old USB stick
    store.close()
    shutil.rmtree(layout.root / "case_files")

    result = restore_backup(layout, backup.path, now=NOW + timedelta(hours=1))

    assert result.case_files_copied == 0 and result.case_files_missing == 1
    assert sealed_files(layout) == {}


def test_a_manifest_naming_a_path_outside_the_folder_is_refused(
    team: CaseTeam, layout: DataLayout, tmp_path: Path
) -> None:
    backup = export_backup(layout, tmp_path / "x.zip", now=NOW).path
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(forged, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                (ref,) = manifest["case_files"].values()
                manifest["case_files"] = {"../../gedesk.sqlite3": ref}
                data = json.dumps(manifest).encode("utf-8")
            copy.writestr(name, data)
    with pytest.raises(UserFacingError, match="không phải bản sao lưu"):
        read_manifest(forged)


def test_rotation_and_mirror_keep_the_case_pool_in_step(
    team: CaseTeam, store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    policy = RotationPolicy(keep_daily=1, keep_weekly=0, keep_monthly=0, keep_last=1)
    settings = BackupSettings(mirror_folder=stick, policy=policy)
    save_settings(layout, settings)
    first = create_backup(layout, "hang-ngay", now=NOW, settings=settings)
    mirror = stick / "GenderEqualityDesk-sao-luu"
    assert case_pool(mirror) == case_pool(layout.backups) and len(case_pool(mirror)) == 1
    connection = sqlite3.connect(layout.store)  # the file is purged for good (not the trash)
    with connection:
        connection.execute("DELETE FROM case_attachment")
    connection.close()

    second = create_backup(layout, "hang-ngay", now=NOW + timedelta(days=1), settings=settings)

    assert not first.path.exists() and second.manifest.case_files == {}
    assert case_pool(layout.backups) == {} and case_pool(mirror) == {}


def test_the_first_start_after_the_upgrade_backs_the_case_files_up(
    team: CaseTeam, store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    """An unchanged store is not backed up again at start, unless the newest backup lacks its case files."""
    current = create_backup(layout, "thu-cong", now=NOW)
    older = as_format_1(current.path, tmp_path / "cu.zip")
    older.replace(current.path)
    shutil.rmtree(layout.backups / CASE_POOL_DIRNAME)

    at_start = create_backup(layout, "khoi-dong", now=NOW + timedelta(hours=1))
    at_exit = create_backup(layout, "thoat", now=NOW + timedelta(hours=2))

    assert at_start.created and at_start.new_case_files == 1
    assert not at_exit.created and at_exit.path == at_start.path
