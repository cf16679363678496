"""Benchmark: a province receiving 168 communes' sealed submissions in one go, against a raw baseline.

    .venv/bin/python bench/bench_province_receive.py                 # 168 communes, 40 rows, 150 KB PDFs
    .venv/bin/python bench/bench_province_receive.py --communes 40 --pdf-kb 300

Set-up (untimed): a province desk store with a roster of N communes, last year's and this year's Action
Month rounds (the rows of this year's round, with "Nữ ≤ Tổng" pairs), last year's submissions already
received (so the "5× last year" check reads real rows), and N sealed files signed by N commune keys, each
carrying a PDF of random (incompressible) bytes the size of a printed report.

What is timed:

* receive: `receive_files` on the folder (what the Nhận báo cáo page runs on its worker thread): open and
  verify every file, all the checks, one transaction per accepted file (synchronous=FULL).
* command: `gender-equality-desk receive FOLDER` in a new process on a copy of the same store (what the
  end-to-end test and a province IT person run), including Python's and the app's start.
* raw: the floor for the same work: read each file, unseal it (X25519 + AES-GCM), verify the Ed25519
  signature, parse the statement, and insert the version and its figures with plain sqlite3 into a copy of
  the store's schema (same pragmas, one transaction per file); no checks, no warnings.

Prints figures and ratios only; timings are never asserted. Goal (issue 15): ≤ 30 s for 168 files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import update

from gender_equality_desk.core.exchange.packages_signing import decode
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.province import envelope
from gender_equality_desk.core.province.keys import sealing_private_key
from gender_equality_desk.core.province.periods import period_dates
from gender_equality_desk.core.province.receiving import ReceiptStatus, receive_files
from gender_equality_desk.core.province.submission_file import (
    INNER_MAGIC,
    Submission,
    SubmissionRow,
    write_submission_file,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import CommuneProfile
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.province_models import ProvinceCommune, ReportingRound, RoundIndicator

PROVINCE = ProfileInput(
    commune_name="Sở Nội vụ tỉnh Lạng Sơn", province_name="Lạng Sơn", place_name="Lạng Sơn",
    issuing_body="SỞ NỘI VỤ", receiving_authority="Bộ Nội vụ", signer_name="Hoàng Văn Bình",
    signer_title="GIÁM ĐỐC", signing_authority="GIÁM ĐỐC", parent_body="UBND TỈNH LẠNG SƠN",
)  # fmt: skip
SIGNED = datetime(2026, 12, 16, 3, 0, tzinfo=UTC)


def indicator_rows(count: int) -> list[tuple[str, str, bool, str]]:
    """(code, label, is_group, at_most_code): a group heading every 8 rows, then total / female pairs."""
    rows: list[tuple[str, str, bool, str]] = []
    for number in range(1, count + 1):
        code = f"AM{number:02d}"
        if number % 8 == 1:
            rows.append((code, f"Nhóm chỉ tiêu {number // 8 + 1}", True, ""))
        elif number % 2 == 1:
            rows.append((code, f"Lượt nữ tham gia hoạt động {number}", False, f"AM{number - 1:02d}"))
        else:
            rows.append((code, f"Tổng lượt người tham gia hoạt động {number}", False, ""))
    return rows


def build_province(root: Path, communes: int, rows: int) -> tuple[DataLayout, bytes, list[str]]:
    layout = DataLayout(root)
    store = open_store(layout)
    try:
        with store.transaction() as db:
            save_profile(db, PROVINCE)
            db.execute(update(CommuneProfile).values(desk_role="province"))
            codes = [f"{4000 + index:05d}" for index in range(communes)]
            db.add_all(
                ProvinceCommune(code=code, name=f"Xã Thử Nghiệm {index + 1}", sort_order=index)
                for index, code in enumerate(codes)
            )
            for year in (2025, 2026):
                start, end = period_dates("action-month", year)
                round_ = ReportingRound(
                    report_kind="action-month", year=year, period="action-month", period_start=start,
                    period_end=end, deadline=date(year, 12, 20), province_name="Lạng Sơn",
                )  # fmt: skip
                db.add(round_)
                db.flush()
                db.add_all(
                    RoundIndicator(round_id=round_.id, code=code, label=label, is_group=group,
                                   at_most_code=at_most, sort_order=order)
                    for order, (code, label, group, at_most) in enumerate(indicator_rows(rows))
                )  # fmt: skip
        public = envelope._raw(sealing_private_key(layout, create=True).public_key())
    finally:
        store.close()
    return layout, public, codes


def write_files(
    folder: Path, codes: list[str], keys: dict[str, Ed25519PrivateKey], province: bytes, *, year: int,
    rows: int, pdf_bytes: int,
) -> None:  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    start, end = period_dates("action-month", year)
    for index, code in enumerate(codes):
        values = [
            SubmissionRow(code=row_code, number=str(order), label=label, unit="Lượt người",
                          value=None if group else (40 + index % 37) * (2 if at_most else 3),
                          is_group=group)
            for order, (row_code, label, group, at_most) in enumerate(indicator_rows(rows))
        ]  # fmt: skip
        submission = Submission(
            commune_code=code, commune_name=f"Xã Thử Nghiệm {index + 1}", province="Lạng Sơn",
            report_kind="action-month", year=year, period="action-month", period_start=start, period_end=end,
            round_uuid="", signed_at=SIGNED - timedelta(days=365 * (2026 - year), minutes=index),
            rows=tuple(values), pdf_name=f"BaoCao_{code}.pdf",
        )  # fmt: skip
        pdf = b"%PDF-1.4\n" + os.urandom(pdf_bytes)
        write_submission_file(submission, pdf, keys[code], province, folder / f"{code}.gedsub")


def timed_receive(layout: DataLayout, folder: Path) -> tuple[float, int]:
    store = open_store(layout)
    try:
        started = time.perf_counter()
        outcomes = receive_files(store, layout, [folder])
        elapsed = time.perf_counter() - started
    finally:
        store.close()
    return elapsed, sum(outcome.status is ReceiptStatus.ACCEPTED for outcome in outcomes)


def timed_command(root: Path, folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "gender_equality_desk", "receive", "--data-dir", str(root), str(folder)],
        check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - started


def raw_baseline(schema_from: Path, target: Path, folder: Path, private_pem: bytes) -> float:
    """Unseal, verify, parse and insert with nothing but cryptography, json and sqlite3."""
    source = sqlite3.connect(schema_from)
    statements = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE name IN ('received_submission', 'received_figure') AND sql "
            "NOT NULL"
        )
    ]
    source.close()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE reporting_round (id INTEGER PRIMARY KEY)")
    for sql in statements:
        db.execute(sql)
    db.execute("INSERT INTO reporting_round (id) VALUES (2)")
    private_key = serialization.load_pem_private_key(private_pem, password=None)
    assert isinstance(private_key, X25519PrivateKey)
    started = time.perf_counter()
    for path in sorted(folder.glob("*.gedsub")):
        data = path.read_bytes()
        inner = envelope.unseal(data, private_key)
        at = len(INNER_MAGIC)
        (length,) = struct.unpack(">I", inner[at : at + 4])
        statement = inner[at + 4 : at + 4 + length]
        at += 4 + length
        (length,) = struct.unpack(">I", inner[at : at + 4])
        signature = json.loads(inner[at + 4 : at + 4 + length])
        pdf = inner[at + 4 + length :]
        Ed25519PublicKey.from_public_bytes(decode(signature["public_key"])).verify(
            decode(signature["signature"]), statement
        )
        raw = json.loads(statement)
        assert hashlib.sha256(pdf).hexdigest() == raw["pdf"]["sha256"]
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
        db.execute("BEGIN")
        cursor = db.execute(
            "INSERT INTO received_submission (uuid, created_at, updated_at, is_deleted, round_id, "
            "commune_code, commune_name, version, signed_at, received_at, key_fingerprint, content_sha256, "
            "warnings, pdf, figures_json) VALUES (?, ?, ?, 0, 2, ?, ?, 1, ?, ?, '', ?, '[]', ?, ?)",
            (path.stem, now, now, raw["commune"]["code"], raw["commune"]["name"], raw["signed_at"], now,
             hashlib.sha256(data).hexdigest(), pdf, json.dumps(raw["rows"], ensure_ascii=False)),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO received_figure (submission_id, code, value) VALUES (?, ?, ?)",
            [(cursor.lastrowid, row["code"], row["value"]) for row in raw["rows"] if not row["group"]],
        )
        db.execute("COMMIT")
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--communes", type=int, default=168)
    parser.add_argument("--rows", type=int, default=40, help="indicator rows of the round (with groups)")
    parser.add_argument("--pdf-kb", type=int, default=150, help="size of each commune's PDF")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-receive-") as temp:
        work = Path(temp)
        layout, province, codes = build_province(work / "tinh", args.communes, args.rows)
        keys = {code: Ed25519PrivateKey.generate() for code in codes}
        write_files(
            work / "2025", codes, keys, province, year=2025, rows=args.rows, pdf_bytes=args.pdf_kb * 1024
        )
        store: Store = open_store(layout)
        try:
            receive_files(store, layout, [work / "2025"])  # last year's figures, for the 5× check
        finally:
            store.close()
        usb = work / "usb"
        write_files(usb, codes, keys, province, year=2026, rows=args.rows, pdf_bytes=args.pdf_kb * 1024)
        shutil.copytree(layout.root, work / "tinh-lenh")
        megabytes = sum(path.stat().st_size for path in usb.glob("*.gedsub")) / 1e6

        receive_seconds, accepted = timed_receive(layout, usb)
        command_seconds = timed_command(work / "tinh-lenh", usb)
        pem = (layout.root / "keys" / "province-sealing.pem").read_bytes()
        raw_seconds = raw_baseline(layout.store, work / "raw.sqlite3", usb, pem)

    files = len(codes)
    print(f"{files} tệp, {megabytes:.1f} MB, {args.rows} dòng chỉ tiêu mỗi tệp; nhận được {accepted} tệp")
    per_file = receive_seconds / files * 1000
    print(f"receive_files   {receive_seconds:7.2f} s  ({per_file:6.1f} ms/tệp)  mục tiêu ≤ 30 s")
    print(f"lệnh receive    {command_seconds:7.2f} s  (kể cả khởi động Python và ứng dụng)")
    print(f"raw baseline    {raw_seconds:7.2f} s  ({raw_seconds / files * 1000:6.1f} ms/tệp)")
    print(f"ratio receive_files / raw: {receive_seconds / raw_seconds:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
