"""A province desk with a roster, rounds and communes that sign and seal submissions, built from the tables
and file formats alone (no code of the roster, rounds or submit features), for the receiving tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text, update

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.province import envelope
from gender_equality_desk.core.province.keys import sealing_private_key
from gender_equality_desk.core.province.periods import period_dates
from gender_equality_desk.core.province.submission_file import (
    Submission,
    SubmissionRow,
    submission_bytes,
    write_submission_file,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import CommuneProfile
from gender_equality_desk.core.store.province_models import ProvinceCommune, ReportingRound, RoundIndicator

PROVINCE = ProfileInput(
    commune_name="Sở Nội vụ tỉnh Lạng Sơn",
    province_name="Lạng Sơn",
    place_name="Lạng Sơn",
    issuing_body="SỞ NỘI VỤ",
    receiving_authority="Bộ Nội vụ",
    signer_name="Hoàng Văn Bình",
    signer_title="GIÁM ĐỐC",
    signing_authority="GIÁM ĐỐC",
    parent_body="UBND TỈNH LẠNG SƠN",
)


@dataclass(frozen=True)
class Row:
    code: str
    label: str
    number: str = ""
    unit: str = ""
    is_group: bool = False
    at_most: str = ""


ROWS = (
    Row("AM", "Hoạt động truyền thông", "I", is_group=True),
    Row("AM01", "Số hoạt động đã tổ chức", "1", "Cuộc"),
    Row("AM02", "Tổng lượt người tham gia", "2", "Lượt người"),
    Row("AM03", "Lượt người tham gia là nữ", "3", "Lượt người", at_most="AM02"),
    Row("AM04", "Số hộ gia đình được hỗ trợ", "4", "Hộ"),
)
FIGURES: dict[str, int | None] = {"AM01": 12, "AM02": 300, "AM03": 160, "AM04": 5}
SIGNED = datetime(2026, 12, 16, 3, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 12, 18, 2, 30, tzinfo=UTC)
PDF = b"%PDF-1.4 bao cao thang hanh dong, ban in da ky"


def make_province_desk(store: Store, layout: DataLayout) -> bytes:
    """Profile saved as the wizard does, then marked a province desk; the sealing key's public bytes."""
    with store.transaction() as db:
        save_profile(db, PROVINCE)
        db.execute(update(CommuneProfile).values(desk_role="province"))
    return envelope._raw(sealing_private_key(layout, create=True).public_key())


def add_commune(
    store: Store,
    code: str,
    name: str,
    *,
    officer: str = "",
    phone: str = "",
    merged_into: str = "",
    merged_on: date | None = None,
    order: int = 0,
) -> None:
    with store.transaction() as db:
        db.add(
            ProvinceCommune(
                code=code, name=name, officer_name=officer, officer_phone=phone,
                merged_into_code=merged_into, merged_on=merged_on, sort_order=order,
            )
        )  # fmt: skip


def add_round(
    store: Store,
    *,
    kind: str = "action-month",
    year: int = 2026,
    period: str = "action-month",
    start: date | None = None,
    end: date | None = None,
    rows: tuple[Row, ...] = ROWS,
    title: str = "",
) -> tuple[int, str]:
    """A round as the province creates it; (id, uuid)."""
    default_start, default_end = period_dates(period, year)
    with store.transaction() as db:
        round_ = ReportingRound(
            report_kind=kind, year=year, period=period, period_start=start or default_start,
            period_end=end or default_end, deadline=date(year, 12, 20), title=title,
            province_name="Lạng Sơn",
        )  # fmt: skip
        db.add(round_)
        db.flush()
        for order, row in enumerate(rows):
            db.add(
                RoundIndicator(
                    round_id=round_.id, code=row.code, number=row.number, label=row.label, unit=row.unit,
                    is_group=row.is_group, at_most_code=row.at_most, sort_order=order,
                )
            )  # fmt: skip
        return round_.id, round_.uuid


@dataclass
class Commune:
    code: str
    name: str
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)

    def submission(
        self,
        figures: dict[str, int | None] | None = None,
        *,
        year: int = 2026,
        kind: str = "action-month",
        period: str = "action-month",
        round_uuid: str = "",
        signed_at: datetime = SIGNED,
        start: date | None = None,
        end: date | None = None,
        rows: tuple[Row, ...] = ROWS,
    ) -> Submission:
        values = FIGURES if figures is None else figures
        default_start, default_end = period_dates(period, year)
        listed = [row for row in rows if row.is_group or row.code in values]
        known = {row.code for row in rows}
        listed += [Row(code, f"Dòng {code} của xã") for code in values if code not in known]
        return Submission(
            commune_code=self.code, commune_name=self.name, province="Lạng Sơn", report_kind=kind, year=year,
            period=period, period_start=start or default_start, period_end=end or default_end,
            round_uuid=round_uuid, signed_at=signed_at,
            rows=tuple(
                SubmissionRow(row.code, row.number, row.label, row.unit,
                              None if row.is_group else values[row.code], is_group=row.is_group)
                for row in listed
            ),
            pdf_name=f"BaoCao_{self.code}.pdf",
        )  # fmt: skip

    def send(self, folder: Path, province_key: bytes, name: str = "", **kwargs: Any) -> Path:
        """Write a sealed file for the province into `folder` (as `submit --out` would)."""
        submission = self.submission(**kwargs)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / (name or f"{self.code}_{submission.signed_at:%Y%m%d%H%M%S}.gedsub")
        return write_submission_file(submission, PDF, self.key, province_key, target)

    def sealed(self, province_key: bytes, **kwargs: Any) -> bytes:
        return submission_bytes(self.submission(**kwargs), PDF, self.key, province_key)


TABLES = ("received_submission", "received_figure", "audit_entry")


def row_counts(store: Store) -> dict[str, object]:
    """Rows of every table receiving writes, and the pinned keys: compared before and after a refusal."""
    with store.reading() as db:
        counts: dict[str, object] = {
            table: int(db.scalar(text(f"SELECT count(*) FROM {table}")) or 0) for table in TABLES
        }
        pinned = db.execute(text("SELECT code, public_key, key_pinned_at FROM province_commune ORDER BY 1"))
        counts["pinned keys"] = [tuple(row) for row in pinned]
    return counts
