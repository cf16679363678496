"""Received commune statistics and banner logos travel in every backup and come back with a restore."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.backup_data_files import CARRIED_FOLDERS, DATA_FILE_PREFIX
from gender_equality_desk.core.exchange.backup_format import MANIFEST_ENTRY, read_manifest
from gender_equality_desk.core.exchange.package_statistics import (
    ReceivedStatistics,
    ReceivedTable,
    keep_received_statistics,
    received_statistics,
    statistics_folder,
)
from gender_equality_desk.core.exchange.restore import restore_backup
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.render.banner.logo import LOGO_FOLDER, import_logo
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.audit_archive import (
    ARCHIVE_FOLDER,
    ArchiveSource,
    archive_file,
    exported_log,
    list_archives,
)
from gender_equality_desk.core.store.engine import Store

from .backup_helpers import write_photo

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
NA_LANG = ReceivedStatistics(
    commune="Xã Nà Làng",
    province="Tỉnh Lào Cai",
    period_start=date(2025, 1, 1),
    period_end=date(2025, 12, 31),
    threshold=3,
    total="7",
    tables=(ReceivedTable("survivor_sex", "Giới tính nạn nhân", (("Nữ", "5"), ("Nam", "<3")), "7"),),
)


def _fill(layout: DataLayout, tmp_path: Path) -> tuple[Path, Path]:
    kept = keep_received_statistics(layout, NA_LANG)
    logo = import_logo(write_photo(tmp_path / "in", "logo-xa.png", (10, 120, 30)), layout.root).path
    return kept, logo


def test_the_carried_folders_are_where_the_app_keeps_them(layout: DataLayout) -> None:
    assert (
        statistics_folder(layout).relative_to(layout.root).as_posix(),
        LOGO_FOLDER,
        ARCHIVE_FOLDER,
    ) == CARRIED_FOLDERS


def test_statistics_and_logos_are_zip_members_and_come_back(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    kept, logo = _fill(layout, tmp_path)
    logo_bytes = logo.read_bytes()
    backup = create_backup(layout, "thu-cong", now=NOW).path

    with zipfile.ZipFile(backup) as archive:
        members = {name for name in archive.namelist() if name.startswith(DATA_FILE_PREFIX)}
    assert members == {
        f"{DATA_FILE_PREFIX}exchange/received-statistics/{kept.name}",
        f"{DATA_FILE_PREFIX}banner_logos/{logo.name}",
    }
    assert set(read_manifest(backup).data_files) == {
        f"exchange/received-statistics/{kept.name}",
        f"banner_logos/{logo.name}",
    }

    shutil.rmtree(layout.root / "exchange")  # the disk lost them
    shutil.rmtree(layout.root / LOGO_FOLDER)
    store.close()
    result = restore_backup(layout, backup, now=NOW + timedelta(hours=1))

    assert (result.data_files_restored, result.data_files_missing) == (2, 0)
    assert received_statistics(layout) == [NA_LANG]
    assert logo.read_bytes() == logo_bytes


def test_a_self_contained_backup_brings_them_to_a_new_pc(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    kept, logo = _fill(layout, tmp_path)
    out = export_backup(layout, tmp_path / "usb" / "sao-luu-xa.zip", now=NOW).path
    new_pc = DataLayout(tmp_path / "may-moi")

    result = restore_backup(new_pc, out, now=NOW)

    assert result.data_files_restored == 2
    assert received_statistics(new_pc) == [NA_LANG]
    assert (new_pc.root / LOGO_FOLDER / logo.name).read_bytes() == logo.read_bytes()
    assert (new_pc.root / "exchange" / "received-statistics" / kept.name).read_bytes() == kept.read_bytes()


def test_a_new_logo_alone_is_backed_up_at_exit(store: Store, layout: DataLayout, tmp_path: Path) -> None:
    first = create_backup(layout, "khoi-dong", now=NOW)
    assert not create_backup(layout, "thoat", now=NOW + timedelta(minutes=5)).created  # nothing changed
    _fill(layout, tmp_path)

    later = create_backup(layout, "thoat", now=NOW + timedelta(minutes=10))

    assert later.created and later.path != first.path
    assert len(later.manifest.data_files) == 2


def _without_data_files(backup: Path, target: Path) -> Path:
    """The backup as an app from before statistics and logos were carried wrote it."""
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            if item.filename.startswith(DATA_FILE_PREFIX):
                continue
            data = source.read(item.filename)
            if item.filename == MANIFEST_ENTRY:
                manifest = json.loads(data)
                del manifest["data_files"]
                data = json.dumps(manifest).encode()
            copy.writestr(item, data)
    return target


def test_an_older_backup_restores_as_before_and_leaves_them_alone(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    backup = create_backup(layout, "thu-cong", now=NOW).path
    old = _without_data_files(backup, layout.backups / "sao-luu-20261119-080000-thu-cong.zip")
    assert read_manifest(old).data_files == {}
    kept, logo = _fill(layout, tmp_path)  # received after that backup was made
    store.close()

    result = restore_backup(layout, old, now=NOW + timedelta(hours=1))

    assert (result.data_files_restored, result.data_files_missing) == (0, 0)
    assert kept.is_file() and logo.is_file()  # nothing saved is lost
    assert received_statistics(layout) == [NA_LANG]


def test_a_manifest_naming_a_path_outside_the_folders_is_refused(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    backup = create_backup(layout, "thu-cong", now=NOW).path
    crafted = tmp_path / "sao-luu-la.zip"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(crafted, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == MANIFEST_ENTRY:
                manifest = json.loads(data)
                manifest["data_files"] = {"banner_logos/../gedesk.sqlite3": "0" * 64}
                data = json.dumps(manifest).encode()
            copy.writestr(item, data)

    with pytest.raises(UserFacingError, match="đã bị hỏng"):
        read_manifest(crafted)


def _keep_archive(store: Store, layout: DataLayout, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An old PC's access log kept in the data folder as an import would keep it."""
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))
    accounts.create_first_administrator(store, "quantri", "Nguyễn Văn Quản", "Quan tri 2024")
    with store.reading() as db:
        exported = exported_log(db)
    source = ArchiveSource("CHUYEN-MAY-MOI_goi.zip", "2026-11-19T08:00:00+00:00", "Xã Nà Làng")
    name, data, check = archive_file(exported, source, NOW)
    assert check.ok
    target = layout.root / ARCHIVE_FOLDER / name
    target.parent.mkdir(parents=True)
    target.write_bytes(data)
    return target


def test_an_old_pcs_access_log_travels_in_a_backup_to_the_next_pc(
    store: Store, layout: DataLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = _keep_archive(store, layout, monkeypatch)
    out = export_backup(layout, tmp_path / "usb" / "sao-luu-xa.zip", now=NOW).path
    assert f"{ARCHIVE_FOLDER}/{kept.name}" in read_manifest(out).data_files
    new_pc = DataLayout(tmp_path / "may-moi")

    result = restore_backup(new_pc, out, now=NOW)

    assert result.data_files_restored == 1
    assert (new_pc.root / ARCHIVE_FOLDER / kept.name).read_bytes() == kept.read_bytes()
    [archive] = list_archives(new_pc.root)
    assert archive.name == kept.name and archive.check.ok and archive.check.entries == 2
    assert archive.source is not None and archive.source.commune == "Xã Nà Làng"


def test_a_lost_archive_comes_back_with_a_restore(
    store: Store, layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = _keep_archive(store, layout, monkeypatch)
    original = kept.read_bytes()
    backup = create_backup(layout, "thu-cong", now=NOW).path
    shutil.rmtree(kept.parent)
    store.close()

    result = restore_backup(layout, backup, now=NOW + timedelta(hours=1))

    assert (result.data_files_restored, result.data_files_missing) == (1, 0)
    assert kept.read_bytes() == original
