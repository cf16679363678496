"""Backups made the real way hold no seeded PII: pooled backups/ zips, the attachment pool, `backup --out`.

Every byte of every file the backups produce is searched, zip members decompressed too, for the seeded
names, phones, narrative and attachment name in UTF-8 and UTF-16 (NFC/NFD, upper/casefold). A marker put
in a field that is deliberately NOT encrypted (consent scope) must be found, so the search can fail.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from gender_equality_desk.cli import main as cli_main
from gender_equality_desk.core.cases import files, records, support
from gender_equality_desk.core.cases.records import CaseIdentity
from gender_equality_desk.core.cases.support import FollowUpInput, MeasureInput
from gender_equality_desk.core.cases.vocabulary import FollowUpKind, MeasureKind
from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.backup_format import POOL_DIRNAME
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store

from ..exchange.backup_helpers import add_activity, write_photo  # noqa: TID252 (shared fixture data)
from .conftest import PERPETRATOR_NAME, SURVIVOR_NAME, SURVIVOR_PHONE, TODAY, Team, sample_case
from .test_no_plaintext import encodings

NARRATIVE = "Đêm 12/3 ông Đinh Công Trứ dọa đốt nhà, bà Lưu Thị Ngần chạy sang nhà hàng xóm."
SECOND_SURVIVOR = "Ma Thị Huyền Trang"
SECOND_PHONE = "0912 345 678"
ATTACHMENT_NAME = f"Đơn trình báo của {SECOND_SURVIVOR}.pdf"
SECRETS = (
    SURVIVOR_NAME,
    SURVIVOR_PHONE,
    SURVIVOR_PHONE.replace(" ", ""),
    PERPETRATOR_NAME,
    SECOND_SURVIVOR,
    SECOND_PHONE.replace(" ", ""),
    "Đinh Công Trứ",
    "Lưu Thị Ngần",
    "dọa đốt nhà",
    ATTACHMENT_NAME,
)
# Consent scope is stored in clear on purpose (statistics and referral lists read it): the canary.
PLAIN_MARKER = "Chia sẻ với Tổ hòa giải Khuổi Xỏm"


def byte_blobs(path: Path) -> list[tuple[str, bytes]]:
    """The file's raw bytes and, for a zip, every member decompressed (nested zips opened too)."""
    data = path.read_bytes()
    found = [(str(path), data)]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                found.append((f"{path}!{member}", archive.read(member)))
    return found


def search(paths: list[Path], needles: tuple[str, ...]) -> list[tuple[str, str]]:
    hits = []
    for path in paths:
        for where, data in byte_blobs(path):
            hits += [(where, text) for text in needles if any(form in data for form in encodings(text))]
    return hits


def seed_cases(team: Team, tmp_path: Path) -> None:
    first = records.create_case(team.officer, sample_case(team, consent_scope=PLAIN_MARKER), today=TODAY)
    support.add_measure(
        team.officer,
        first.id,
        MeasureInput(MeasureKind.COUNSELLING, TODAY, note=f"Gọi {SURVIVOR_PHONE} cho {SURVIVOR_NAME}"),
    )
    support.add_follow_up(
        team.officer, first.id, FollowUpInput(FollowUpKind.PHONE, TODAY, note=SURVIVOR_PHONE)
    )
    second = records.create_case(
        team.officer,
        sample_case(
            team,
            identity=CaseIdentity(
                survivor_name=SECOND_SURVIVOR,
                survivor_phone=SECOND_PHONE,
                perpetrator_name="Đinh Công Trứ",
                narrative=NARRATIVE,
            ),
        ),
        today=TODAY,
    )
    scan = tmp_path / "scans" / ATTACHMENT_NAME
    scan.parent.mkdir()
    scan.write_bytes(f"%PDF-1.4\n{SECOND_SURVIVOR} {SECOND_PHONE} {NARRATIVE}\n".encode() + b"\0" * 4000)
    files.add_case_file(team.officer, second.id, scan)


@pytest.fixture
def backups(team: Team, store: Store, layout: DataLayout, tmp_path: Path) -> list[Path]:
    """A pooled backup, a self-contained export and a `backup --out` file of a store holding cases."""
    seed_cases(team, tmp_path)
    photo = write_photo(tmp_path / "photos", "hop-dan.png", (10, 120, 40))
    add_activity(store, layout, "Họp dân thôn Nà Làng", photo)  # so the attachment pool is not empty
    pooled = create_backup(layout, "thu-cong")
    exported = export_backup(layout, tmp_path / "out" / "xuat.zip")
    assert (
        cli_main(["backup", "--data-dir", str(layout.root), "--out", str(tmp_path / "cli" / "usb.zip")]) == 0
    )
    produced = sorted(p for p in layout.backups.rglob("*") if p.is_file())
    produced += [exported.path, tmp_path / "cli" / "usb.zip"]
    assert pooled.path in produced
    assert any(POOL_DIRNAME in p.parts for p in produced), "the attachment pool must be searched too"
    return produced


def test_backups_hold_none_of_the_seeded_pii(backups: list[Path]) -> None:
    assert search(backups, SECRETS) == []


def test_the_search_finds_a_plaintext_marker_in_every_backup(backups: list[Path]) -> None:
    """Consent scope is not encrypted: each backup's store snapshot shows it, so a leak would be seen."""
    zips = [path for path in backups if path.suffix == ".zip"]
    assert len(zips) == 3
    hits = {where for where, _ in search(zips, (PLAIN_MARKER,))}
    assert hits == {f"{path}!store.sqlite3" for path in zips}


def test_a_self_contained_backup_carries_the_sealed_case_files(
    backups: list[Path], layout: DataLayout
) -> None:
    sealed = {p.read_bytes() for p in (layout.root / "case_files").rglob("*") if p.is_file()}
    assert len(sealed) == 1
    inside = {data for path in backups if path.suffix == ".zip" for _, data in byte_blobs(path)[1:]}
    assert sealed <= inside
