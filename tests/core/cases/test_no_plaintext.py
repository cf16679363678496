"""Seeded names and phones appear nowhere on disk: not in the store, its WAL, or the case files folder."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

from gender_equality_desk.core.cases import files, records, support
from gender_equality_desk.core.cases.support import FollowUpInput, MeasureInput
from gender_equality_desk.core.cases.vocabulary import ClosureReason, FollowUpKind, MeasureKind
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit import AuditAction, record_event
from gender_equality_desk.core.store.engine import Store

from .conftest import PERPETRATOR_NAME, SURVIVOR_NAME, SURVIVOR_PHONE, TODAY, Team, sample_case

SECRETS = (SURVIVOR_NAME, SURVIVOR_PHONE, SURVIVOR_PHONE.replace(" ", ""), PERPETRATOR_NAME, "Phương Thảo")


def encodings(text: str) -> list[bytes]:
    forms = [variant for form in ("NFC", "NFD") for variant in (unicodedata.normalize(form, text),)]
    forms += [form.upper() for form in forms] + [form.casefold() for form in forms]
    return [form.encode(codec) for form in forms for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def leaks(paths: list[Path]) -> list[tuple[str, str]]:
    found = []
    for path in paths:
        data = path.read_bytes()
        for secret in SECRETS:
            if any(needle in data for needle in encodings(secret)):
                found.append((path.name, secret))
    return found


def fill(team: Team, tmp_path: Path) -> None:
    case = records.create_case(team.officer, sample_case(team), today=TODAY)
    support.add_measure(
        team.officer,
        case.id,
        MeasureInput(MeasureKind.COUNSELLING, TODAY, note=f"Đã gọi {SURVIVOR_PHONE} cho {SURVIVOR_NAME}"),
    )
    support.add_follow_up(
        team.officer, case.id, FollowUpInput(FollowUpKind.PHONE, TODAY, note=SURVIVOR_PHONE)
    )
    scan = tmp_path / f"Biên bản {SURVIVOR_NAME}.pdf"
    scan.write_bytes(
        f"%PDF-1.4\n{SURVIVOR_NAME} {SURVIVOR_PHONE} {PERPETRATOR_NAME}\n".encode() + b"\0" * 2000
    )
    files.add_case_file(team.officer, case.id, scan)
    assert files.open_case_file(
        team.officer, files.list_case_files(team.officer, case.id)[0].id
    ).content.startswith(b"%PDF-1.4\n" + SURVIVOR_NAME.encode())
    assert files.list_case_files(team.officer, case.id)[0].name == scan.name
    support.close_case(team.officer, case.id, ClosureReason.SAFE, TODAY, note=f"{SURVIVOR_NAME} an toàn")
    record_event(team.officer, AuditAction.PRINTED, case_code=case.code, detail="phiếu tiếp nhận")


def test_the_sample_secrets_are_found_when_present(tmp_path: Path) -> None:
    """The search itself works: a plain file holding them is caught in every encoding."""
    plain = tmp_path / "plain.txt"
    plain.write_bytes(SURVIVOR_NAME.encode("utf-16-le"))
    plain_nfd = tmp_path / "nfd.txt"
    plain_nfd.write_bytes(unicodedata.normalize("NFD", PERPETRATOR_NAME).encode("utf-8"))
    assert leaks([plain, plain_nfd]) == [
        ("plain.txt", SURVIVOR_NAME),
        ("plain.txt", "Phương Thảo"),
        ("nfd.txt", PERPETRATOR_NAME),
    ]


def test_store_wal_and_case_files_hold_no_plaintext(team: Team, store: Store, tmp_path: Path) -> None:
    fill(team, tmp_path)
    data_dir = store.path.parent
    case_files = sorted(p for p in (data_dir / "case_files").rglob("*") if p.is_file())
    assert len(case_files) == 1
    # Look while the store is open (committed pages still in the WAL) …
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert leaks([store.path, wal, *case_files]) == []
    # … and after a checkpoint has copied everything into the main file.
    for session in (team.admin, team.officer, team.other_officer, team.viewer):
        accounts.sign_out(session)
    store.close()
    connection = sqlite3.connect(store.path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    everything = sorted(p for p in data_dir.rglob("*") if p.is_file())
    assert store.path in everything
    assert leaks(everything) == []
