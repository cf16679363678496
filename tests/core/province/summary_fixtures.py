"""A province desk's rows for the summary tests, inserted straight through the ORM models (the tables are
the contract between the province modules; no other helper's code is needed to fill them)."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from gender_equality_desk.core.profile import ProfileInput, save_profile
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


@dataclass(frozen=True)
class Row:
    code: str
    number: str
    label: str
    unit: str = ""
    level: int = 0
    is_group: bool = False
    at_most: str = ""


ROWS = (
    Row("AM", "I", "Hoạt động truyền thông", is_group=True),
    Row("AM01", "1", "Số hoạt động truyền thông đã tổ chức", "Cuộc"),
    Row("AM02", "2", "Số lượt người tham gia", "Lượt người"),
    Row("AM02F", "", "Trong đó: Nữ", "Lượt người", level=1, at_most="AM02"),
    Row("AM03", "3", "Băng rôn, khẩu hiệu", "Cái"),
    Row("AM04", "4", "Tỷ lệ thôn có loa truyền thanh", "%"),
    Row("VB", "II", "Phòng, chống bạo lực trên cơ sở giới", is_group=True),
    Row("VB01", "5", "Số nạn nhân được hỗ trợ", "Người"),
    Row("VB01F", "", "Trong đó: Nữ", "Người", level=1, at_most="VB01"),
)
FIGURE_CODES = tuple(row.code for row in ROWS if not row.is_group)
SUMMED_CODES = tuple(row.code for row in ROWS if not row.is_group and row.unit != "%")

COMMUNE_NAMES = (
    "Xã Hoàng Văn Thụ", "Xã Tân Thành", "Phường Đông Kinh", "Xã Bắc Sơn", "Xã Hữu Lũng", "Xã Chi Lăng",
    "Xã Đồng Đăng", "Xã Tràng Định", "Xã Văn Quan", "Phường Tam Thanh", "Xã Bình Gia", "Xã Đình Lập",
    "Xã Lộc Bình", "Xã Na Sầm", "Xã Cao Lộc", "Xã Thất Khê", "Xã Văn Lãng", "Xã Mẫu Sơn", "Xã Hồng Phong",
    "Xã Quốc Khánh",
)  # fmt: skip
SURNAMES = ("Hoàng", "Lục", "Nông", "Vi", "Lương", "Triệu", "Hà", "Đinh")
GIVEN = ("Thị Hạnh", "Văn Dũng", "Thị Mai", "Văn Hòa", "Thị Lan", "Văn Tuấn", "Thị Nga", "Văn Sơn")


def set_up_province(session: Session) -> None:
    save_profile(session, PROVINCE_PROFILE)
    profile = session.query(CommuneProfile).one()
    profile.desk_role = "province"
    session.flush()


def add_commune(
    session: Session,
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
    session.add(
        ProvinceCommune(
            code=code,
            name=name,
            officer_name=officer,
            officer_phone=phone,
            merged_into_code=merged_into,
            merged_on=merged_on,
            sort_order=sort_order,
            dhis2_org_unit=org_unit,
        )
    )
    session.flush()


def add_round(
    session: Session,
    *,
    kind: str = "action-month",
    year: int = 2026,
    period: str = "action-month",
    start: date = date(2026, 11, 15),
    end: date = date(2026, 12, 15),
    deadline: date = date(2026, 12, 20),
    rows: Sequence[Row] = ROWS,
) -> int:
    round_row = ReportingRound(
        report_kind=kind,
        year=year,
        period=period,
        period_start=start,
        period_end=end,
        deadline=deadline,
        title="",
        province_name="Lạng Sơn",
    )
    session.add(round_row)
    session.flush()
    for order, row in enumerate(rows):
        session.add(
            RoundIndicator(
                round_id=round_row.id,
                code=row.code,
                number=row.number,
                label=row.label,
                unit=row.unit,
                level=row.level,
                is_group=row.is_group,
                at_most_code=row.at_most,
                sort_order=order,
            )
        )
    session.flush()
    return round_row.id


def vietnam(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment given in Vietnam's time (UTC+7), as the aware UTC datetime the store keeps."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=7)


def add_submission(
    session: Session,
    round_id: int,
    code: str,
    name: str,
    figures: Mapping[str, int | None],
    *,
    version: int = 1,
    signed_at: datetime | None = None,
    warnings: Sequence[str] = (),
) -> int:
    signed = signed_at or vietnam(date(2026, 12, 16), 9)
    submission = ReceivedSubmission(
        round_id=round_id,
        commune_code=code,
        commune_name=name,
        version=version,
        signed_at=signed,
        received_at=signed + timedelta(hours=2),
        key_fingerprint="AB12 CD34 EF56 7890",
        content_sha256=hashlib.sha256(f"{round_id}/{code}/{version}".encode()).hexdigest(),
        warnings=json.dumps(list(warnings), ensure_ascii=False) if warnings else "",
        pdf=b"%PDF-1.4 as printed",
        figures_json=json.dumps(dict(figures), ensure_ascii=False),
    )
    session.add(submission)
    session.flush()
    for figure_code, value in figures.items():
        session.add(ReceivedFigure(submission_id=submission.id, code=figure_code, value=value))
    session.flush()
    return submission.id


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
