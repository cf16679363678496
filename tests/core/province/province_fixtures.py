"""A province desk for the tests, built from the tables and the file formats alone (no code of the roster,
rounds, receiving or summary features, so one feature's tests never lean on another's code).

- `set_up_province(session)`, `make_province_desk(store, layout)`: this data folder as the Sở's desk (the
  latter also makes its sealing key, for the receiving tests);
- `add_commune`, `add_round`, `add_submission`: roster rows, rounds with their rows, received versions,
  written in the caller's session or, given the store, in a transaction of their own;
- `Commune`: a commune that signs and seals submission files for the province; `receiving_desk`: a desk
  with some of them in its roster and the Action Month round they send files for;
- `fill_province`: a round of 40 communes with late, missing, resubmitted and merged ones;
- `make_province(folder)`: a province elsewhere, as a commune meets it: its data folder and key file.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import text, update
from sqlalchemy.orm import Session

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.province import envelope
from gender_equality_desk.core.province.keys import (
    ProvinceKey,
    own_province_key,
    sealing_private_key,
    write_key_file,
)
from gender_equality_desk.core.province.periods import period_dates
from gender_equality_desk.core.province.round_file import RoundRow
from gender_equality_desk.core.province.submission_file import (
    Submission,
    SubmissionRow,
    submission_bytes,
    write_submission_file,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import CommuneProfile
from gender_equality_desk.core.store.province_models import (
    ProvinceCommune,
    ReceivedFigure,
    ReceivedSubmission,
    ReportingRound,
    RoundIndicator,
)

PROVINCE_PROFILE = ProfileInput(
    commune_name="Sở Nội vụ tỉnh Lạng Sơn",
    province_name="Lạng Sơn",
    place_name="Lạng Sơn",
    issuing_body="SỞ NỘI VỤ",
    receiving_authority="Bộ Nội vụ",
    signer_name="Hoàng Văn Minh",
    signer_title="PHÓ GIÁM ĐỐC",
    signing_authority="KT. GIÁM ĐỐC",
    parent_body="UBND TỈNH LẠNG SƠN",
    officer_name="Lục Thị Hạnh",
    officer_phone="0205 3812 345",
)

# The Action Month round the summary tests add up: groups, sub-rows "Trong đó: Nữ", a share (%).
ROWS = (
    RoundRow("AM", "Hoạt động truyền thông", "I", is_group=True),
    RoundRow("AM01", "Số hoạt động truyền thông đã tổ chức", "1", "Cuộc"),
    RoundRow("AM02", "Số lượt người tham gia", "2", "Lượt người"),
    RoundRow("AM02F", "Trong đó: Nữ", "", "Lượt người", level=1, at_most_code="AM02"),
    RoundRow("AM03", "Băng rôn, khẩu hiệu", "3", "Cái"),
    RoundRow("AM04", "Tỷ lệ thôn có loa truyền thanh", "4", "%"),
    RoundRow("VB", "Phòng, chống bạo lực trên cơ sở giới", "II", is_group=True),
    RoundRow("VB01", "Số nạn nhân được hỗ trợ", "5", "Người"),
    RoundRow("VB01F", "Trong đó: Nữ", "", "Người", level=1, at_most_code="VB01"),
)
FIGURE_CODES = tuple(row.code for row in ROWS if not row.is_group)
SUMMED_CODES = tuple(row.code for row in ROWS if not row.is_group and row.unit != "%")

# The shorter round the receiving tests send files for, and the figures a commune sends for it.
SENT_ROWS = (
    RoundRow("AM", "Hoạt động truyền thông", "I", is_group=True),
    RoundRow("AM01", "Số hoạt động đã tổ chức", "1", "Cuộc"),
    RoundRow("AM02", "Tổng lượt người tham gia", "2", "Lượt người"),
    RoundRow("AM03", "Lượt người tham gia là nữ", "3", "Lượt người", at_most_code="AM02"),
    RoundRow("AM04", "Số hộ gia đình được hỗ trợ", "4", "Hộ"),
)
FIGURES: dict[str, int | None] = {"AM01": 12, "AM02": 300, "AM03": 160, "AM04": 5}
SIGNED = datetime(2026, 12, 16, 3, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 12, 18, 2, 30, tzinfo=UTC)
PDF = b"%PDF-1.4 bao cao thang hanh dong, ban in da ky"

COMMUNE_NAMES = (
    "Xã Hoàng Văn Thụ", "Xã Tân Thành", "Phường Đông Kinh", "Xã Bắc Sơn", "Xã Hữu Lũng", "Xã Chi Lăng",
    "Xã Đồng Đăng", "Xã Tràng Định", "Xã Văn Quan", "Phường Tam Thanh", "Xã Bình Gia", "Xã Đình Lập",
    "Xã Lộc Bình", "Xã Na Sầm", "Xã Cao Lộc", "Xã Thất Khê", "Xã Văn Lãng", "Xã Mẫu Sơn", "Xã Hồng Phong",
    "Xã Quốc Khánh",
)  # fmt: skip
SURNAMES = ("Hoàng", "Lục", "Nông", "Vi", "Lương", "Triệu", "Hà", "Đinh")
GIVEN = ("Thị Hạnh", "Văn Dũng", "Thị Mai", "Văn Hòa", "Thị Lan", "Văn Tuấn", "Thị Nga", "Văn Sơn")


@contextmanager
def _writing(target: Store | Session) -> Iterator[Session]:
    """The caller's session (flushed after), or a transaction of the store's own."""
    if isinstance(target, Session):
        yield target
        target.flush()
    else:
        with target.transaction() as session:
            yield session


# -- the desk -------------------------------------------------------------------------------------------


def set_up_province(session: Session) -> None:
    """The profile saved as the wizard does, then marked a province desk."""
    save_profile(session, PROVINCE_PROFILE)
    session.execute(update(CommuneProfile).values(desk_role="province"))
    session.flush()


def make_province_desk(store: Store, layout: DataLayout) -> bytes:
    """`set_up_province` in its own transaction, and the desk's sealing key; its public bytes."""
    with store.transaction() as session:
        set_up_province(session)
    return envelope._raw(sealing_private_key(layout, create=True).public_key())


def add_commune(
    target: Store | Session,
    code: str,
    name: str,
    *,
    officer: str = "",
    phone: str = "",
    merged_into: str = "",
    merged_on: date | None = None,
    sort_order: int = 0,
    org_unit: str = "",
) -> None:
    with _writing(target) as session:
        session.add(
            ProvinceCommune(
                code=code, name=name, officer_name=officer, officer_phone=phone, merged_into_code=merged_into,
                merged_on=merged_on, sort_order=sort_order, dhis2_org_unit=org_unit,
            )
        )  # fmt: skip


def add_round(
    target: Store | Session,
    *,
    kind: str = "action-month",
    year: int = 2026,
    period: str = "action-month",
    start: date | None = None,
    end: date | None = None,
    deadline: date | None = None,
    rows: Sequence[RoundRow] = ROWS,
    title: str = "",
    uuid: str = "",
) -> int:
    """A round as the province creates it (the period's dates, due 20/12 unless given); its id."""
    default_start, default_end = period_dates(period, year)
    with _writing(target) as session:
        round_row = ReportingRound(
            report_kind=kind, year=year, period=period, period_start=start or default_start,
            period_end=end or default_end, deadline=deadline or date(year, 12, 20), title=title,
            province_name="Lạng Sơn",
        )  # fmt: skip
        if uuid:
            round_row.uuid = uuid
        session.add(round_row)
        session.flush()
        session.add_all(
            RoundIndicator(
                round_id=round_row.id, code=row.code, number=row.number, label=row.label, unit=row.unit,
                level=row.level, is_group=row.is_group, at_most_code=row.at_most_code, sort_order=order,
            )
            for order, row in enumerate(rows)
        )  # fmt: skip
        return round_row.id


def vietnam(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment given in Vietnam's time (UTC+7), as the aware UTC datetime the store keeps."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=7)


def add_submission(
    target: Store | Session,
    round_id: int,
    code: str,
    name: str,
    figures: Mapping[str, int | None],
    *,
    version: int = 1,
    signed_at: datetime | None = None,
    warnings: Sequence[str] = (),
) -> int:
    """A version as receiving keeps it (without opening a file); its id."""
    signed = signed_at or vietnam(date(2026, 12, 16), 9)
    with _writing(target) as session:
        submission = ReceivedSubmission(
            round_id=round_id, commune_code=code, commune_name=name, version=version, signed_at=signed,
            received_at=signed + timedelta(hours=2), key_fingerprint="AB12 CD34 EF56 7890",
            content_sha256=hashlib.sha256(f"{round_id}/{code}/{version}".encode()).hexdigest(),
            warnings=json.dumps(list(warnings), ensure_ascii=False) if warnings else "",
            pdf=b"%PDF-1.4 as printed", figures_json=json.dumps(dict(figures), ensure_ascii=False),
        )  # fmt: skip
        session.add(submission)
        session.flush()
        session.add_all(
            ReceivedFigure(submission_id=submission.id, code=figure_code, value=value)
            for figure_code, value in figures.items()
        )
        return submission.id


# -- communes sending files -----------------------------------------------------------------------------


@dataclass
class Commune:
    code: str
    name: str
    officer: str = ""  # the roster's officer and phone, when `receiving_desk` adds the commune
    phone: str = ""
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
        rows: tuple[RoundRow, ...] = SENT_ROWS,
    ) -> Submission:
        values = FIGURES if figures is None else figures
        default_start, default_end = period_dates(period, year)
        listed = [row for row in rows if row.is_group or row.code in values]
        known = {row.code for row in rows}
        listed += [RoundRow(code, f"Dòng {code} của xã") for code in values if code not in known]
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


# The communes the receiving tests send files from (Cao Lâu's officer is the one the refusals name).
CAO_LAU = Commune("04378", "Xã Cao Lâu", "Nông Thị Hạnh", "0912 345 678")
HOANG_DONG = Commune("04381", "Phường Hoàng Đồng")
MAI_PHA = Commune("04390", "Xã Mai Pha")


def receiving_desk(store: Store, layout: DataLayout, *communes: Commune) -> tuple[bytes, int]:
    """A province desk (make_province_desk) with `communes` in its roster, in that order, and the 2026
    Action Month round of SENT_ROWS; (its sealing key's public bytes, the round's id)."""
    key = make_province_desk(store, layout)
    for order, commune in enumerate(communes, start=1):
        add_commune(
            store, commune.code, commune.name, officer=commune.officer, phone=commune.phone, sort_order=order
        )
    return key, add_round(store, rows=SENT_ROWS)


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


# -- a whole round --------------------------------------------------------------------------------------


def random_figures(chance: random.Random, blank_share: float = 0.1) -> dict[str, int | None]:
    figures: dict[str, int | None] = {}
    for code in FIGURE_CODES:
        if chance.random() < blank_share:
            figures[code] = None
        elif code.endswith("F"):
            total = figures.get(code[:-1])
            figures[code] = chance.randint(0, total) if total is not None else chance.randint(0, 50)
        elif code == "AM04":
            figures[code] = chance.randint(0, 100)
        else:
            figures[code] = chance.randint(0, 400)
    return figures


@dataclass(frozen=True)
class Province:
    """What `fill_province` made: the round and the roster codes in each situation."""

    round_id: int
    reported: tuple[str, ...]
    missing: tuple[str, ...]
    merged_away: tuple[str, ...]  # merged before the period: not expected


def fill_province(store: Store, *, communes: int = 40, seed: int = 15) -> Province:
    """A province desk with `communes` expected communes (random figures, blanks, resubmissions, late
    and missing ones) plus two communes merged away before the period, one of which still sent a file."""
    chance = random.Random(seed)
    reported: list[str] = []
    missing: list[str] = []
    with store.transaction() as session:
        set_up_province(session)
        round_id = add_round(session)
        for index in range(communes):
            code = f"{4000 + index * 7:05d}"
            name = f"{COMMUNE_NAMES[index % len(COMMUNE_NAMES)]}{'' if index < 20 else f' {index // 20 + 1}'}"
            officer = f"{chance.choice(SURNAMES)} {chance.choice(GIVEN)}"
            phone = f"09{chance.randint(10_000_000, 99_999_999)}"
            add_commune(session, code, name, officer=officer, phone=phone, sort_order=index)
            fate = chance.random()
            if fate < 0.15:
                missing.append(code)
                continue
            versions = 1 + (chance.random() < 0.25)
            for version in range(1, versions + 1):
                day = date(2026, 12, chance.choice((16, 18, 20, 20, 21, 22)))
                signed = vietnam(day, chance.choice((8, 15, 23)), chance.choice((0, 59)))
                warnings = ("Nữ lớn hơn tổng ở dòng 2.",) if chance.random() < 0.1 else ()
                add_submission(
                    session, round_id, code, name, random_figures(chance), version=version,
                    signed_at=signed + timedelta(hours=version), warnings=warnings,
                )  # fmt: skip
            reported.append(code)
        add_commune(session, "09990", "Xã Hợp Thành (cũ)", merged_into="04000", merged_on=date(2025, 7, 1))
        add_commune(session, "09991", "Xã Yên Trạch (cũ)", merged_into="04007", merged_on=date(2025, 7, 1))
        add_submission(session, round_id, "09990", "Xã Hợp Thành (cũ)", random_figures(chance))
    return Province(round_id, tuple(reported), tuple(missing), ("09990", "09991"))


# -- a province elsewhere, as a commune meets it --------------------------------------------------------


@dataclass(frozen=True)
class ProvinceDesk:
    layout: DataLayout
    key: ProvinceKey
    key_file: Path

    @property
    def private_key(self) -> X25519PrivateKey:
        """What only the province holds: the key that opens the communes' sealed files."""
        return sealing_private_key(self.layout)


def make_province(folder: Path, province: str = "Lạng Sơn") -> ProvinceDesk:
    """A province desk's own data folder under `folder`, its key pair and the key file it hands out."""
    layout = DataLayout(folder / "tinh")
    key = own_province_key(layout, province, f"Sở Nội vụ tỉnh {province}")
    return ProvinceDesk(layout, key, write_key_file(key, folder / f"khoa-{province}.gedkey"))
