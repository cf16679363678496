"""A backup with one damaged or forged member: checked before the store is swapped, the rest restored,
what is not restored named precisely (issue 19: a flipped byte in one photo restored 0 of 40 files)."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.backup_format import ATTACHMENT_PREFIX, POOL_DIRNAME
from gender_equality_desk.core.exchange.restore import restore_backup
from gender_equality_desk.core.exchange.restore_staging import ATTACHMENT, DAMAGED
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import passwords
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

from .backup_helpers import activity_titles, add_activity, write_photo
from .case_helpers import make_case_team

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
COLOURS = [(200, 0, 0), (0, 200, 0), (0, 0, 200), (200, 200, 0), (0, 200, 200)]


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else {}


def five_photos(store: Store, layout: DataLayout, tmp_path: Path) -> list[str]:
    titles = [f"Buổi sinh hoạt {n}" for n in range(1, 6)]
    for title, colour in zip(titles, COLOURS, strict=True):
        add_activity(
            store, layout, title, write_photo(tmp_path / "in", f"anh-{colour[0]}-{colour[1]}.png", colour)
        )
    return titles


def flip_one_member(backup: Path, target: Path, member: str) -> None:
    """Copy `backup` with one byte of `member` flipped, the zip's own CRC left as it was (bit rot)."""
    with zipfile.ZipFile(backup) as source:
        info = source.getinfo(member)
        data = bytearray(source.read(member))
    shutil.copyfile(backup, target)
    with target.open("r+b") as raw:
        raw.seek(info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + len(data) // 2)
        byte = raw.read(1)
        raw.seek(-1, 1)
        raw.write(bytes([byte[0] ^ 0x01]))


def test_one_bit_rotten_photo_restores_everything_else_and_names_the_photo(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    titles = five_photos(store, layout, tmp_path)
    team = make_case_team(store, tmp_path / "scans")
    assert team.case_ids
    exported = export_backup(layout, tmp_path / "stick" / "sao-luu.zip", now=NOW).path
    photos_then = files_under(layout.attachments)
    cases_then = files_under(layout.root / "case_files")
    with zipfile.ZipFile(exported) as archive:
        members = sorted(n for n in archive.namelist() if n.startswith(ATTACHMENT_PREFIX))
    assert len(members) == 5 and cases_then
    rotten = members[2]
    damaged = tmp_path / "stick" / "sao-luu-hong.zip"
    flip_one_member(exported, damaged, rotten)
    store.close()
    shutil.rmtree(layout.attachments)  # the PC died: photos and case files are gone
    shutil.rmtree(layout.root / "case_files")

    result = restore_backup(layout, damaged, now=NOW + timedelta(hours=1))

    reopened = open_store(layout)
    try:
        assert activity_titles(reopened) == titles
    finally:
        reopened.close()
    rotten_hash = rotten.removeprefix(ATTACHMENT_PREFIX)
    assert files_under(layout.attachments) == {k: v for k, v in photos_then.items() if k != rotten_hash}
    assert files_under(layout.root / "case_files") == cases_then  # all 1 sealed case files came back
    assert (result.attachments_copied, result.attachments_missing) == (4, 1)
    assert result.case_files_missing == 0
    (problem,) = result.problems
    assert (problem.kind, problem.key, problem.reason) == (ATTACHMENT, rotten_hash, DAMAGED)
    assert problem.description.startswith("Tệp đính kèm “anh-") and "Buổi sinh hoạt" in problem.description
    assert problem.description.endswith("ngày 20/11/2026 bị hỏng")
    assert not list(layout.root.glob(".restore-*"))  # the scratch copies went with the restore


def test_a_pooled_photo_overwritten_on_the_stick_is_named_and_not_written(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    five_photos(store, layout, tmp_path)
    backup = create_backup(layout, "thu-cong", now=NOW)
    pooled = sorted(p for p in (layout.backups / POOL_DIRNAME).rglob("*") if p.is_file())
    pooled[0].write_bytes(b"\x00" * pooled[0].stat().st_size)  # same size, other bytes
    store.close()
    shutil.rmtree(layout.attachments)

    result = restore_backup(layout, backup.path, now=NOW + timedelta(hours=1))

    assert (result.attachments_copied, result.attachments_missing) == (4, 1)
    assert [p.key for p in result.problems] == [pooled[0].name]
    assert pooled[0].name not in files_under(layout.attachments)


def test_a_manifest_naming_an_attachment_by_a_path_is_refused_before_anything_changes(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    five_photos(store, layout, tmp_path)
    exported = export_backup(layout, tmp_path / "x.zip", now=NOW).path
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(forged, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["attachments"]["../../gedesk.sqlite3"] = 10
                data = json.dumps(manifest).encode("utf-8")
            copy.writestr(name, data)
    add_activity(store, layout, "Ghi sau khi sao lưu")
    store.close()
    store_then = layout.store.read_bytes()

    with pytest.raises(UserFacingError, match="không phải bản sao lưu"):
        restore_backup(layout, forged, now=NOW + timedelta(hours=1))

    assert layout.store.read_bytes() == store_then
    assert not list(layout.backups.glob("*truoc-khoi-phuc*"))
