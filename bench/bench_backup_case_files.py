"""Benchmark: backing up and restoring encrypted case files, against copying the case_files/ folder raw.

    .venv/bin/python bench/bench_backup_case_files.py [--files 200] [--kib 256] [--folder DIR]

Builds a store with an administrator and a case officer, one case and --files case files of --kib KiB each
(random bytes, sealed by core.cases.files exactly as the app stores them), then times:

- baseline: shutil.copytree of case_files/ (what any backup must at least read and write once);
- first: the first pooled backup (every sealed file hashed and copied into the pool);
- incremental: a backup after one more file was added (only that file read: the others are known);
- unchanged: the backup at exit with nothing changed (skipped);
- export: a self-contained ``backup --out`` zip;
- restore: restoring that zip into an empty data folder.

Prints seconds and the ratio of each to the baseline. copytree does not fsync; the backup writes every
pooled or restored file atomically (temp file, fsync, rename), which dominates with many small files.
Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gender_equality_desk.core.cases import files, records
from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput
from gender_equality_desk.core.cases.vocabulary import AgeGroup, IntakeChannel, Relationship, RiskLevel, Sex
from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.restore import restore_backup
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.store.opening import open_store

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def add_file(officer: AuthSession, case_id: int, scratch: Path, index: int, size: int) -> None:
    source = scratch / f"tep-{index}.pdf"
    source.write_bytes(b"%PDF-1.4\n" + os.urandom(size))
    files.add_case_file(officer, case_id, source)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--kib", type=int, default=256)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    root = args.folder or Path(tempfile.mkdtemp(prefix="gedesk-bench-cf-"))
    shutil.rmtree(root, ignore_errors=True)
    passwords.current_cost = passwords.KdfCost(log2_n=10, r=8, p=1)  # set-up speed only
    layout = DataLayout(root / "data")
    store = open_store(layout)
    admin = accounts.create_first_administrator(store, "quantri", "Quản trị", "Quan tri 2024").session
    accounts.create_account(admin, "canbo", "Cán bộ", Role.CASE_OFFICER, "Can bo xa 2024")
    with store.transaction() as db:
        ensure_dv_acts(db)
    with store.reading() as db:
        act = db.query(DvAct.id).first()
    assert act is not None
    officer = accounts.sign_in(store, "canbo", "Can bo xa 2024")
    case = records.create_case(
        officer,
        CaseInput(
            intake_date=NOW.date(),
            intake_channel=IntakeChannel.NEIGHBOUR,
            survivor_sex=Sex.FEMALE,
            survivor_age_group=AgeGroup.FROM_26,
            perpetrator_relationship=Relationship.HUSBAND,
            perpetrator_sex=Sex.MALE,
            perpetrator_age_group=AgeGroup.FROM_26,
            risk_level=RiskLevel.HIGH,
            act_ids=(act[0],),
            identity=CaseIdentity(survivor_name="Người thử nghiệm"),
        ),
        today=NOW.date(),
    )
    scratch = root / "nguon"
    scratch.mkdir()
    size = args.kib * 1024
    for index in range(args.files):
        add_file(officer, case.id, scratch, index, size)

    baseline = timed(lambda: shutil.copytree(layout.root / "case_files", root / "raw-copy"))
    first = timed(lambda: create_backup(layout, "thu-cong", now=NOW))
    add_file(officer, case.id, scratch, args.files, size)
    incremental = timed(lambda: create_backup(layout, "hang-ngay", now=NOW + timedelta(hours=1)))
    unchanged = timed(lambda: create_backup(layout, "thoat", now=NOW + timedelta(hours=2)))
    out = root / "usb" / "xa.zip"
    export = timed(lambda: export_backup(layout, out, now=NOW + timedelta(hours=3)))
    store.close()
    restore = timed(lambda: restore_backup(DataLayout(root / "may-moi"), out))

    total_mib = (args.files + 1) * size / 1024 / 1024
    print(f"{args.files + 1} case files of {args.kib} KiB ({total_mib:.0f} MiB sealed) in {root}")
    print(f"{'baseline copytree':<20}{baseline:8.3f} s")
    for name, seconds in (
        ("first backup", first),
        ("incremental", incremental),
        ("unchanged (skipped)", unchanged),
        ("export --out", export),
        ("restore", restore),
    ):
        print(f"{name:<20}{seconds:8.3f} s  {seconds / baseline:6.2f}× baseline")


if __name__ == "__main__":
    main()
