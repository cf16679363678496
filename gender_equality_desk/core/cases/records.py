"""Case services: check, create, update and list victim-support cases.

Names, dates of birth, addresses, phones, ID numbers and the narrative (CaseIdentity) are sealed with
the session's data key before they reach the store. Lists show the anonymous code, never a name.
Every create and change writes an audit entry naming the changed fields, never their values.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.access import audit_case, case_for, require_case_worker, visible_cases
from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.cases.vocabulary import (
    AgeGroup,
    CaseStatus,
    GbvType,
    IntakeChannel,
    Relationship,
    RiskLevel,
    Sex,
    decide_gbv_type,
)
from gender_equality_desk.core.domain import ranges, validation
from gender_equality_desk.core.domain.clock import today_local
from gender_equality_desk.core.domain.text import nfc_all
from gender_equality_desk.core.records.checks import CheckResult, InvalidRecordError
from gender_equality_desk.core.security import crypto
from gender_equality_desk.core.security.audit import AuditAction
from gender_equality_desk.core.security.bindings import bind_case
from gender_equality_desk.core.security.integrity import integrity_key
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.base import new_uuid
from gender_equality_desk.core.store.case_models import CaseFollowUp, DvAct, SupportCase, UserAccount
from gender_equality_desk.core.store.models import Village

CODE_PREFIX = "BL"
TEXT_MAX = 300
NARRATIVE_MAX = 20_000


@dataclass(frozen=True)
class CaseIdentity:
    """Who the people are. Only ever stored sealed; shown only to a case's authorised users."""

    survivor_name: str = ""
    survivor_birth_date: str = ""  # text: the officer often knows only the year
    survivor_address: str = ""
    survivor_phone: str = ""
    survivor_id_number: str = ""
    perpetrator_name: str = ""
    perpetrator_birth_date: str = ""
    perpetrator_address: str = ""
    perpetrator_phone: str = ""
    perpetrator_id_number: str = ""
    narrative: str = ""


@dataclass(frozen=True)
class CaseInput:
    intake_date: date | None
    intake_channel: IntakeChannel
    survivor_sex: Sex
    survivor_age_group: AgeGroup
    perpetrator_relationship: Relationship
    perpetrator_sex: Sex
    perpetrator_age_group: AgeGroup
    risk_level: RiskLevel
    act_ids: tuple[int, ...] = ()
    village_id: int | None = None
    survivor_ethnicity: str = ""
    survivor_disability: bool | None = None
    consent_given: bool = False
    consent_date: date | None = None
    consent_scope: str = ""
    assigned_to_id: int | None = None
    identity: CaseIdentity = field(default_factory=CaseIdentity)


FIELD_LABELS = {
    "intake_date": "ngày tiếp nhận",
    "intake_channel": "nguồn tiếp nhận",
    "survivor_sex": "giới tính nạn nhân",
    "survivor_age_group": "nhóm tuổi nạn nhân",
    "perpetrator_relationship": "quan hệ của người gây bạo lực",
    "perpetrator_sex": "giới tính người gây bạo lực",
    "perpetrator_age_group": "nhóm tuổi người gây bạo lực",
    "risk_level": "mức độ nguy cơ",
    "act_ids": "hành vi bạo lực",
    "village_id": "thôn",
    "survivor_ethnicity": "dân tộc",
    "survivor_disability": "khuyết tật",
    "consent_given": "đồng ý chia sẻ thông tin",
    "consent_date": "ngày đồng ý",
    "consent_scope": "phạm vi đồng ý",
    "assigned_to_id": "cán bộ phụ trách",
    "survivor_name": "họ tên nạn nhân",
    "survivor_birth_date": "ngày sinh nạn nhân",
    "survivor_address": "địa chỉ nạn nhân",
    "survivor_phone": "điện thoại nạn nhân",
    "survivor_id_number": "số giấy tờ nạn nhân",
    "perpetrator_name": "họ tên người gây bạo lực",
    "perpetrator_birth_date": "ngày sinh người gây bạo lực",
    "perpetrator_address": "địa chỉ người gây bạo lực",
    "perpetrator_phone": "điện thoại người gây bạo lực",
    "perpetrator_id_number": "số giấy tờ người gây bạo lực",
    "narrative": "diễn biến vụ việc",
}


@dataclass(frozen=True)
class CaseRow:
    """One line of a case list: nothing that identifies a person."""

    id: int
    code: str
    intake_date: date
    village: str
    gbv_type: GbvType
    risk_level: RiskLevel
    status: CaseStatus
    assigned_to: str
    next_follow_up: date | None


def identity_context(case: SupportCase) -> str:
    return f"case-identity/{case.uuid}"


def seal_identity(key: bytes, case: SupportCase, identity: CaseIdentity) -> bytes:
    return crypto.seal_json(key, asdict(identity), identity_context(case))


def open_identity(key: bytes, case: SupportCase) -> CaseIdentity:
    stored = crypto.unseal_json(key, case.identity_sealed, identity_context(case))
    known = {f.name for f in fields(CaseIdentity)}
    return CaseIdentity(**{name: value for name, value in stored.items() if name in known})


def check_case(
    db: Session, data: CaseInput, *, today: date, current_assignee: int | None = None
) -> CheckResult:
    result = CheckResult()
    result.error("intake_date", ranges.day_in_range("Ngày tiếp nhận", data.intake_date, today=today))
    result.error("consent_date", ranges.day_in_range("Ngày đồng ý", data.consent_date, today=today))
    if data.intake_date is None:
        result.error("intake_date", "Chưa nhập ngày tiếp nhận hồ sơ.")
    elif data.intake_date > today:
        result.error("intake_date", "Ngày tiếp nhận ở tương lai. Hãy kiểm tra lại ngày.")
    if not data.act_ids:
        result.error("act_ids", "Chưa chọn hành vi bạo lực gia đình nào. Hãy chọn ít nhất một hành vi.")
    else:
        found = set(db.scalars(select(DvAct.id).where(DvAct.id.in_(data.act_ids))))
        if found != set(data.act_ids):
            result.error("act_ids", "Có hành vi không còn trong danh mục. Hãy chọn lại.")
    if data.village_id is not None and db.get(Village, data.village_id) is None:
        result.error("village_id", "Thôn đã chọn không còn trong danh mục. Hãy chọn lại.")
    if data.consent_given and data.consent_date is None:
        result.error("consent_date", "Nạn nhân đã đồng ý chia sẻ thông tin: hãy nhập ngày đồng ý.")
    if data.consent_date is not None and data.consent_date > today:
        result.error("consent_date", "Ngày đồng ý ở tương lai. Hãy kiểm tra lại ngày.")
    result.error(
        "consent_scope", validation.max_length("Phạm vi đồng ý", data.consent_scope.strip(), TEXT_MAX)
    )
    result.error("survivor_ethnicity", validation.max_length("Dân tộc", data.survivor_ethnicity.strip(), 60))
    for name, value in asdict(data.identity).items():
        limit = NARRATIVE_MAX if name == "narrative" else TEXT_MAX
        result.error(name, validation.max_length(FIELD_LABELS[name].capitalize(), value.strip(), limit))
    if data.assigned_to_id is not None and data.assigned_to_id != current_assignee:
        worker = db.get(UserAccount, data.assigned_to_id)
        if worker is None or not worker.is_active or worker.role == "viewer":
            result.error("assigned_to_id", "Người được giao phải là cán bộ phụ trách hồ sơ đang hoạt động.")
    return result


def _gbv_type(db: Session, act_ids: tuple[int, ...]) -> GbvType:
    types = {GbvType.of(value) for value in db.scalars(select(DvAct.gbv_type).where(DvAct.id.in_(act_ids)))}
    decided = decide_gbv_type(types)
    assert decided is not None, "check_case requires at least one act"
    return decided


def _apply(db: Session, case: SupportCase, data: CaseInput, key: bytes) -> None:
    assert data.intake_date is not None
    case.intake_date = data.intake_date
    case.intake_channel = data.intake_channel.value
    case.survivor_sex = data.survivor_sex.value
    case.survivor_age_group = data.survivor_age_group.value
    case.survivor_ethnicity = data.survivor_ethnicity.strip()
    case.survivor_disability = data.survivor_disability
    case.perpetrator_relationship = data.perpetrator_relationship.value
    case.perpetrator_sex = data.perpetrator_sex.value
    case.perpetrator_age_group = data.perpetrator_age_group.value
    case.village_id = data.village_id
    case.risk_level = data.risk_level.value
    case.consent_given = data.consent_given
    case.consent_date = data.consent_date
    case.consent_scope = data.consent_scope.strip()
    case.gbv_type = _gbv_type(db, data.act_ids).value
    case.acts = list(db.scalars(select(DvAct).where(DvAct.id.in_(data.act_ids))))
    stripped = CaseIdentity(**{name: value.strip() for name, value in asdict(data.identity).items()})
    case.identity_sealed = seal_identity(key, case, stripped)


def next_code(db: Session, year: int) -> tuple[int, str]:
    """The next number of `year` and its code, BL-2024-0007 (numbers are never reused)."""
    last = db.scalar(select(func.max(SupportCase.number)).where(SupportCase.year == year)) or 0
    return last + 1, f"{CODE_PREFIX}-{year}-{last + 1:04d}"


def create_case(auth: AuthSession, data: CaseInput, *, today: date | None = None) -> CaseRow:
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        ensure_dv_acts(db)
        result = check_case(db, data, today=today or today_local())
        if not result.ok:
            raise InvalidRecordError(result)
        assert data.intake_date is not None
        number, code = next_code(db, data.intake_date.year)
        case = SupportCase(
            uuid=new_uuid(),
            code=code,
            year=data.intake_date.year,
            number=number,
            status=CaseStatus.OPEN.value,
            created_by_id=auth.user_id,
            assigned_to_id=data.assigned_to_id or auth.user_id,
        )
        _apply(db, case, data, key)
        db.add(case)
        bind_case(db, integrity_key(key), case)
        audit_case(db, auth, case, AuditAction.CASE_CREATED)
        return _row(db, case)


def input_of(db: Session, case: SupportCase, key: bytes) -> CaseInput:
    return CaseInput(
        intake_date=case.intake_date,
        intake_channel=IntakeChannel.of(case.intake_channel),
        survivor_sex=Sex.of(case.survivor_sex),
        survivor_age_group=AgeGroup.of(case.survivor_age_group),
        perpetrator_relationship=Relationship.of(case.perpetrator_relationship),
        perpetrator_sex=Sex.of(case.perpetrator_sex),
        perpetrator_age_group=AgeGroup.of(case.perpetrator_age_group),
        risk_level=RiskLevel.of(case.risk_level),
        act_ids=tuple(sorted(act.id for act in case.acts)),
        village_id=case.village_id,
        survivor_ethnicity=case.survivor_ethnicity,
        survivor_disability=case.survivor_disability,
        consent_given=case.consent_given,
        consent_date=case.consent_date,
        consent_scope=case.consent_scope,
        assigned_to_id=case.assigned_to_id,
        identity=open_identity(key, case),
    )


def changed_fields(before: CaseInput, after: CaseInput) -> list[str]:
    """Names (labels) of what differs; the identity is compared field by field."""
    changed = []
    for item in fields(CaseInput):
        if item.name == "identity":
            continue
        old, new = getattr(before, item.name), getattr(after, item.name)
        if item.name == "act_ids":
            old, new = set(old), set(new)
        if isinstance(old, str) and isinstance(new, str):
            old, new = old.strip(), new.strip()
        if old != new:
            changed.append(FIELD_LABELS[item.name])
    old_identity, new_identity = asdict(before.identity), asdict(after.identity)
    changed += [
        FIELD_LABELS[name]
        for name in old_identity
        if old_identity[name].strip() != new_identity[name].strip()
    ]
    return changed


def update_case(auth: AuthSession, case_id: int, data: CaseInput, *, today: date | None = None) -> list[str]:
    """Save the edited case; returns the labels of the changed fields (also written to the audit log)."""
    require_case_worker(auth)
    key = auth.data_key()
    data = nfc_all(data)  # as it will be stored, so retyping the same words in "Unicode tổ hợp" is no change
    with auth.store.transaction() as db:
        case = case_for(auth, db, case_id)
        result = check_case(db, data, today=today or today_local(), current_assignee=case.assigned_to_id)
        if not result.ok:
            raise InvalidRecordError(result)
        changed = changed_fields(input_of(db, case, key), data)
        if not changed:
            return []
        _apply(db, case, data, key)
        case.assigned_to_id = data.assigned_to_id or case.assigned_to_id
        bind_case(db, integrity_key(key), case)  # case_for checked the old binding: this change is the app's
        audit_case(db, auth, case, AuditAction.CASE_CHANGED, "sửa: " + ", ".join(changed))
        return changed


def _row(db: Session, case: SupportCase) -> CaseRow:
    worker = db.get(UserAccount, case.assigned_to_id) if case.assigned_to_id else None
    next_due = db.scalar(
        select(func.min(CaseFollowUp.due_date)).where(
            CaseFollowUp.case_id == case.id,
            CaseFollowUp.done_on.is_(None),
            CaseFollowUp.is_deleted.is_(False),
        )
    )
    return CaseRow(
        id=case.id,
        code=case.code,
        intake_date=case.intake_date,
        village=case.village.name if case.village else "",
        gbv_type=GbvType.of(case.gbv_type),
        risk_level=RiskLevel.of(case.risk_level),
        status=CaseStatus.of(case.status),
        assigned_to=worker.display_name if worker else "",
        next_follow_up=next_due,
    )


def list_cases(
    auth: AuthSession, *, status: CaseStatus | None = None, year: int | None = None
) -> list[CaseRow]:
    """The cases this user may see, newest intake first. Lists carry no personal data: not audited."""
    condition = visible_cases(auth)
    query = (
        select(SupportCase).where(condition).order_by(SupportCase.intake_date.desc(), SupportCase.id.desc())
    )
    if status is not None:
        query = query.where(SupportCase.status == status.value)
    if year is not None:
        query = query.where(SupportCase.year == year)
    with auth.store.reading() as db:
        return [_row(db, case) for case in db.scalars(query)]
