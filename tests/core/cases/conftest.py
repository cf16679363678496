"""Case tests: a store with an administrator, two case officers and a viewer (cheap scrypt cost)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput
from gender_equality_desk.core.cases.vocabulary import AgeGroup, IntakeChannel, Relationship, RiskLevel, Sex
from gender_equality_desk.core.profile import add_villages
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Village

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@dataclass
class Team:
    admin: AuthSession
    officer: AuthSession
    other_officer: AuthSession
    viewer: AuthSession
    recovery_key: str
    acts: dict[str, int]
    villages: dict[str, int]


@pytest.fixture
def team(store: Store) -> Team:
    setup = accounts.create_first_administrator(store, "quantri", "Nguyễn Văn Quản", "Quan tri 2024")
    admin = setup.session
    accounts.create_account(admin, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, "Can bo xa 2024")
    accounts.create_account(admin, "canbo2", "Vi Văn Thắng", Role.CASE_OFFICER, "Can bo hai 2024")
    accounts.create_account(admin, "lanhdao", "Hoàng Văn Tú", Role.VIEWER, "Lanh dao 2024")
    with store.transaction() as db:
        ensure_dv_acts(db)
        add_villages(db, ["Thôn Nà Làng", "Bản Pắc Mòng"])
    with store.reading() as db:
        acts = {key: value for key, value in db.execute(select(DvAct.code, DvAct.id))}
        villages = {key: value for key, value in db.execute(select(Village.name, Village.id))}
    return Team(
        admin,
        accounts.sign_in(store, "canbo", "Can bo xa 2024"),
        accounts.sign_in(store, "canbo2", "Can bo hai 2024"),
        accounts.sign_in(store, "lanhdao", "Lanh dao 2024"),
        setup.recovery_key,
        acts,
        villages,
    )


SURVIVOR_NAME = "Hà Thị Phương Thảo"
SURVIVOR_PHONE = "0987 654 321"
PERPETRATOR_NAME = "Nông Văn Quyết"


def sample_case(team: Team, **changes: object) -> CaseInput:
    base = CaseInput(
        intake_date=date(2026, 3, 14),
        intake_channel=IntakeChannel.NEIGHBOUR,
        survivor_sex=Sex.FEMALE,
        survivor_age_group=AgeGroup.FROM_26,
        perpetrator_relationship=Relationship.HUSBAND,
        perpetrator_sex=Sex.MALE,
        perpetrator_age_group=AgeGroup.FROM_26,
        risk_level=RiskLevel.HIGH,
        act_ids=(team.acts["a"], team.acts["b"]),
        village_id=team.villages["Thôn Nà Làng"],
        survivor_ethnicity="Tày",
        consent_given=True,
        consent_date=date(2026, 3, 14),
        consent_scope="Chia sẻ với Công an xã và Trạm Y tế",
        identity=CaseIdentity(
            survivor_name=SURVIVOR_NAME,
            survivor_phone=SURVIVOR_PHONE,
            survivor_address="Nhà số 12, thôn Nà Làng",
            perpetrator_name=PERPETRATOR_NAME,
            narrative="Chồng say rượu đánh vợ, hàng xóm báo trưởng thôn lúc 21 giờ.",
        ),
    )
    return base.__class__(**{**base.__dict__, **changes})
