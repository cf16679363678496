"""A store with an administrator, a case officer and a viewer, and cases with known names (cheap scrypt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from gender_equality_desk.core.cases import files, records, support
from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput
from gender_equality_desk.core.cases.support import MeasureInput
from gender_equality_desk.core.cases.vocabulary import (
    AgeGroup,
    IntakeChannel,
    MeasureKind,
    Relationship,
    RiskLevel,
    Sex,
)
from gender_equality_desk.core.profile import add_villages
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Village

TODAY = date(2025, 12, 20)
ADMIN_PASSWORD = "Quan tri 2024"
SURVIVOR_NAMES = ("Hà Thị Phương Thảo", "Lương Thị Bích Ngọc", "Triệu Thị Hồng Nhung")
PERPETRATOR_NAME = "Nông Văn Quyết"
FILE_TEXT = b"%PDF-1.4\nBien ban cua Ha Thi Phuong Thao\n"


@dataclass
class CaseTeam:
    admin: AuthSession
    officer: AuthSession
    viewer: AuthSession
    recovery_key: str
    case_ids: list[int]


def _case(acts: dict[str, int], village: int, name: str, day: date, sex: Sex) -> CaseInput:
    return CaseInput(
        intake_date=day,
        intake_channel=IntakeChannel.NEIGHBOUR,
        survivor_sex=sex,
        survivor_age_group=AgeGroup.FROM_26,
        perpetrator_relationship=Relationship.HUSBAND,
        perpetrator_sex=Sex.MALE,
        perpetrator_age_group=AgeGroup.FROM_26,
        risk_level=RiskLevel.HIGH,
        act_ids=(acts["a"],),
        village_id=village,
        consent_given=True,
        consent_date=day,
        identity=CaseIdentity(
            survivor_name=name,
            survivor_phone="0987 654 321",
            perpetrator_name=PERPETRATOR_NAME,
            narrative=f"{name} bị chồng đánh, hàng xóm báo trưởng thôn.",
        ),
    )


def make_case_team(store: Store, tmp_path: Path) -> CaseTeam:
    """Three cases in 2025 (two women and one man in March–April), a measure, a follow-up and a file."""
    setup = accounts.create_first_administrator(store, "quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD)
    admin = setup.session
    accounts.create_account(admin, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, "Can bo xa 2024")
    accounts.create_account(admin, "lanhdao", "Hoàng Văn Tú", Role.VIEWER, "Lanh dao 2024")
    with store.transaction() as db:
        ensure_dv_acts(db)
        add_villages(db, ["Thôn Nà Làng"])
    with store.reading() as db:
        acts = {code: act_id for code, act_id in db.execute(select(DvAct.code, DvAct.id))}
        village = db.scalars(select(Village.id).where(Village.name == "Thôn Nà Làng")).one()
    officer = accounts.sign_in(store, "canbo", "Can bo xa 2024")
    days_and_sexes = (
        (date(2025, 3, 14), Sex.FEMALE),
        (date(2025, 3, 20), Sex.FEMALE),
        (date(2025, 4, 2), Sex.MALE),
    )
    ids = []
    for name, (day, sex) in zip(SURVIVOR_NAMES, days_and_sexes, strict=True):
        ids.append(records.create_case(officer, _case(acts, village, name, day, sex), today=TODAY).id)
    support.add_measure(
        officer, ids[0], MeasureInput(MeasureKind.COUNSELLING, date(2025, 3, 15), note=SURVIVOR_NAMES[0])
    )
    tmp_path.mkdir(parents=True, exist_ok=True)
    scan = tmp_path / f"{SURVIVOR_NAMES[0]}.pdf"
    scan.write_bytes(FILE_TEXT)
    files.add_case_file(officer, ids[0], scan)
    return CaseTeam(
        admin, officer, accounts.sign_in(store, "lanhdao", "Lanh dao 2024"), setup.recovery_key, ids
    )
