"""Demo victim-support cases and accounts, stored exactly like real ones (sealed identities, audit log).

Every name, phone number and story here is invented. The categories (dates, acts, measures, villages)
come from a `random.Random` seeded by text, so the same seed gives the same cases; the ciphertexts,
salts and audit timestamps differ on every run, as they must for real data.

Demo accounts (documented in the README):
  quantri / "demo2026qt"  administrator
  canbo   / "demo2026cb"    case officer (creates the demo cases)
  lanhdao / "demo2026ld"  viewer / leader (anonymised statistics only)
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from gender_equality_desk.core.cases import records, support, trusted
from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput
from gender_equality_desk.core.cases.vocabulary import (
    AgeGroup,
    ClosureReason,
    FollowUpKind,
    IntakeChannel,
    MeasureKind,
    MeasureOutcome,
    Relationship,
    RiskLevel,
    Sex,
)
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.store.engine import Store

CASES_PER_YEAR = 12  # at scale 1: a commune of ~1,500 households records about one case a month
DEMO_ACCOUNTS = (
    ("quantri", "Quản trị viên (mẫu)", Role.ADMIN, "demo2026qt"),
    ("canbo", "Cán bộ Văn hóa – Xã hội (mẫu)", Role.CASE_OFFICER, "demo2026cb"),
    ("lanhdao", "Phó Chủ tịch UBND xã (mẫu)", Role.VIEWER, "demo2026ld"),
)
FAMILY = ("Hoàng", "Lường", "Nông", "Lăng", "Triệu", "Mông", "Hà", "Chu", "Lộc", "Đinh")
MIDDLE_F, MIDDLE_M = ("Thị", "Thị Thu", "Thị Hồng", "Thị Minh"), ("Văn", "Đức", "Văn Quang", "Ngọc")
GIVEN_F = ("Dung", "Hiền", "Nhàn", "Thơm", "Lụa", "Huế", "Mến", "Thắm", "Xuyến", "Quyên")
GIVEN_M = ("Pháo", "Khánh", "Thuận", "Chiến", "Toàn", "Hưởng", "Lực", "Bình", "Sáng", "Tuấn")
# Registered trusted addresses (Law 13/2022/QH15 Art. 36): (name, kind, capacity, contact).
TRUSTED_ADDRESSES = (
    ("Nhà văn hóa thôn (phòng tạm lánh)", "Nhà văn hóa thôn", 2, "Trưởng thôn"),
    ("Trụ sở Hội Liên hiệp Phụ nữ xã", "Trụ sở Hội Phụ nữ", 3, "Chủ tịch Hội Phụ nữ xã"),
    ("Nhà người có uy tín trong thôn", "Hộ gia đình", 1, "Người có uy tín thôn"),
)
SHELTER_SHARE = 0.15  # of cases, a few days at a trusted address
STORIES = (
    "Người gây bạo lực uống rượu về muộn, quát mắng và đánh nạn nhân; hàng xóm nghe tiếng kêu nên báo.",
    "Nạn nhân bị chồng kiểm soát toàn bộ tiền bán ngô, không cho về thăm bố mẹ đẻ.",
    "Con trai thường xuyên chửi mắng, đòi tiền và đập phá đồ đạc trong nhà.",
    "Mâu thuẫn về đất đai; người gây bạo lực đe dọa đuổi nạn nhân ra khỏi nhà.",
    "Nạn nhân bị ép bỏ học để đi làm thuê, bị đánh khi không đưa đủ tiền.",
)


@dataclass(frozen=True)
class DemoCases:
    cases: int
    accounts: tuple[str, ...]  # usernames created (empty when the store already had accounts)


def _name(rng: random.Random, sex: Sex) -> str:
    female = sex is Sex.FEMALE
    middle, given = (MIDDLE_F, GIVEN_F) if female else (MIDDLE_M, GIVEN_M)
    return f"{rng.choice(FAMILY)} {rng.choice(middle)} {rng.choice(given)}"


def _phone(rng: random.Random) -> str:
    return f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def generate_demo_cases(
    store: Store, *, years: Sequence[int], village_ids: Sequence[int], seed: int, as_of: date, scale: int = 1
) -> DemoCases:
    """Demo accounts and CASES_PER_YEAR × scale cases per year up to as_of. Skipped (0 cases) when the
    store already has accounts: the officer's own security setup is never touched."""
    if not accounts.needs_setup(store):
        return DemoCases(0, ())
    username, display, _, password = DEMO_ACCOUNTS[0]
    admin = accounts.create_first_administrator(store, username, display, password).session
    for username, display, role, password in DEMO_ACCOUNTS[1:]:
        accounts.create_account(admin, username, display, role, password)
    officer = accounts.sign_in(store, DEMO_ACCOUNTS[1][0], DEMO_ACCOUNTS[1][3])
    with store.transaction() as db:
        ensure_dv_acts(db)
    with store.reading() as db:
        acts = {code: act_id for code, act_id in db.execute(select(DvAct.code, DvAct.id))}
    rng = random.Random(f"gedesk-demo/{seed}/cases")
    # A separate stream, so adding shelters did not change the cases an existing seed gives.
    shelter_rng = random.Random(f"gedesk-demo/{seed}/shelters")
    addresses = _trusted_addresses(officer, village_ids, date(min(years, default=as_of.year), 1, 1), as_of)
    created = 0
    for year in years:
        first, last = date(year, 1, 1), min(date(year, 12, 31), as_of - timedelta(days=1))
        if last < first:
            continue
        days = sorted(
            first + timedelta(days=rng.randint(0, (last - first).days)) for _ in range(CASES_PER_YEAR * scale)
        )
        for intake in days:
            case_id = _one_case(officer, rng, acts, village_ids, intake, as_of)
            if addresses and shelter_rng.random() < SHELTER_SHARE:
                _shelter(officer, shelter_rng, case_id, shelter_rng.choice(addresses), intake, as_of)
            created += 1
    accounts.sign_out(officer)
    accounts.sign_out(admin)
    return DemoCases(created, tuple(name for name, _, _, _ in DEMO_ACCOUNTS))


def _one_case(
    officer: AuthSession,
    rng: random.Random,
    acts: dict[str, int],
    village_ids: Sequence[int],
    intake: date,
    as_of: date,
) -> int:
    survivor_sex = Sex.FEMALE if rng.random() < 0.85 else Sex.MALE
    relationship = rng.choices(
        (
            Relationship.HUSBAND,
            Relationship.CHILD,
            Relationship.FATHER,
            Relationship.PARENT_IN_LAW,
            Relationship.SIBLING,
        ),
        weights=(70, 10, 8, 7, 5),
    )[0]
    if relationship is Relationship.HUSBAND and survivor_sex is Sex.MALE:
        relationship = Relationship.WIFE
    perpetrator_sex = Sex.FEMALE if relationship in (Relationship.WIFE,) else Sex.MALE
    chosen = {rng.choices(("a", "b", "o", "e", "n", "i", "d", "l"), weights=(40, 30, 10, 6, 5, 3, 4, 2))[0]}
    if rng.random() < 0.5:
        chosen.add("b")
    village = rng.choice(village_ids) if village_ids and rng.random() < 0.95 else None
    consent = rng.random() < 0.8
    data = CaseInput(
        intake_date=intake,
        intake_channel=rng.choice(list(IntakeChannel)),
        survivor_sex=survivor_sex,
        survivor_age_group=rng.choice(
            (
                AgeGroup.FROM_18,
                AgeGroup.FROM_26,
                AgeGroup.FROM_26,
                AgeGroup.FROM_41,
                AgeGroup.FROM_12,
                AgeGroup.FROM_60,
            )
        ),
        perpetrator_relationship=relationship,
        perpetrator_sex=perpetrator_sex,
        perpetrator_age_group=rng.choice((AgeGroup.FROM_26, AgeGroup.FROM_41, AgeGroup.FROM_18)),
        risk_level=rng.choices(list(RiskLevel), weights=(45, 40, 15))[0],
        act_ids=tuple(sorted(acts[code] for code in chosen)),
        village_id=village,
        survivor_ethnicity=rng.choice(("Tày", "Nùng", "Kinh", "Dao", "Tày")),
        survivor_disability=rng.random() < 0.05,
        consent_given=consent,
        consent_date=intake if consent else None,
        consent_scope="Chia sẻ với Công an xã, Trạm Y tế và Hội Phụ nữ xã để hỗ trợ" if consent else "",
        identity=CaseIdentity(
            survivor_name=_name(rng, survivor_sex),
            survivor_birth_date=str(intake.year - rng.randint(18, 60)),
            survivor_address=f"Số {rng.randint(1, 80)}, xóm {rng.randint(1, 6)}",
            survivor_phone=_phone(rng),
            perpetrator_name=_name(rng, perpetrator_sex),
            perpetrator_phone=_phone(rng) if rng.random() < 0.6 else "",
            narrative=rng.choice(STORIES),
        ),
    )
    case = records.create_case(officer, data, today=as_of)
    kinds = rng.sample(
        (
            MeasureKind.COUNSELLING,
            MeasureKind.STOP_ORDER,
            MeasureKind.MEDIATION,
            MeasureKind.COMMUNITY_CRITICISM,
            MeasureKind.BEHAVIOUR_CHANGE,
            MeasureKind.MEDICAL,
            MeasureKind.LEGAL_AID,
        ),
        k=rng.randint(1, 3),
    )
    for kind in kinds:
        start = min(intake + timedelta(days=rng.randint(0, 5)), as_of)
        done = start + timedelta(days=rng.randint(1, 30))
        outcome = MeasureOutcome.DONE if done < as_of else MeasureOutcome.ONGOING
        support.add_measure(
            officer,
            case.id,
            support.MeasureInput(kind, start, done if done < as_of else None, "UBND xã", None, outcome),
        )
    due = intake + timedelta(days=rng.choice((14, 30, 45)))
    follow_up = support.add_follow_up(
        officer, case.id, support.FollowUpInput(rng.choice(list(FollowUpKind)), due)
    )
    if due < as_of - timedelta(days=60):
        support.complete_follow_up(officer, follow_up, due)
        support.close_case(
            officer,
            case.id,
            rng.choice((ClosureReason.SAFE, ClosureReason.SAFE, ClosureReason.REFERRED)),
            due,
        )
    return case.id


def _trusted_addresses(
    officer: AuthSession, village_ids: Sequence[int], registered_on: date, as_of: date
) -> list[int]:
    """The commune's registered trusted addresses, so shelter stays and the Địa chỉ tin cậy tab show."""
    return [
        trusted.save_trusted_address(
            officer,
            trusted.TrustedAddressInput(
                name=name,
                capacity=capacity,
                kind=kind,
                village_id=village_ids[index % len(village_ids)] if village_ids else None,
                contact=contact,
                registered_on=min(registered_on, as_of),
            ),
            today=as_of,
        )
        for index, (name, kind, capacity, contact) in enumerate(TRUSTED_ADDRESSES)
    ]


def _shelter(
    officer: AuthSession, rng: random.Random, case_id: int, address_id: int, intake: date, as_of: date
) -> None:
    """A stay of 2–10 days from the intake; still ongoing when it reaches `as_of`."""
    end = intake + timedelta(days=rng.randint(2, 10))
    support.add_measure(
        officer,
        case_id,
        support.MeasureInput(
            MeasureKind.SHELTER,
            intake,
            end if end < as_of else None,
            "Địa chỉ tin cậy",
            address_id,
            MeasureOutcome.DONE if end < as_of else MeasureOutcome.ONGOING,
        ),
    )
