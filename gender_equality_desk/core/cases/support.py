"""Measures and referrals, follow-ups (with the overdue list for the dashboard), closing and reopening.

Free-text notes are sealed like the identity; kinds, dates, providers and outcomes stay countable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.access import audit_case, case_for, require_case_worker, visible_cases
from gender_equality_desk.core.cases.vocabulary import (
    NO_CONTACT_MAX_DAYS,
    CaseStatus,
    ClosureReason,
    FollowUpKind,
    MeasureKind,
    MeasureOutcome,
)
from gender_equality_desk.core.domain import ranges, validation
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.checks import CheckResult, InvalidRecordError
from gender_equality_desk.core.security import crypto
from gender_equality_desk.core.security.audit import AuditAction
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.base import new_uuid
from gender_equality_desk.core.store.case_models import (
    CaseFollowUp,
    CaseMeasure,
    CaseStatusChange,
    SupportCase,
    TrustedAddress,
)


@dataclass(frozen=True)
class MeasureInput:
    kind: MeasureKind
    start_date: date | None
    end_date: date | None = None
    provider: str = ""
    trusted_address_id: int | None = None
    outcome: MeasureOutcome = MeasureOutcome.ONGOING
    note: str = ""


@dataclass(frozen=True)
class FollowUpInput:
    kind: FollowUpKind
    due_date: date | None
    note: str = ""


@dataclass(frozen=True)
class OverdueFollowUp:
    case_id: int
    case_code: str
    follow_up_id: int
    kind: FollowUpKind
    due_date: date
    days_overdue: int


def seal_note(key: bytes, table: str, row_uuid: str, note: str) -> bytes | None:
    note = note.strip()
    return crypto.seal_text(key, note, f"{table}-note/{row_uuid}") if note else None


def open_note(key: bytes, table: str, row_uuid: str, sealed: bytes | None) -> str:
    return "" if sealed is None else crypto.unseal_text(key, sealed, f"{table}-note/{row_uuid}")


def check_measure(db: Session, data: MeasureInput, case: SupportCase) -> CheckResult:
    result = CheckResult()
    result.error("start_date", ranges.day_in_range("Ngày bắt đầu", data.start_date))
    result.error("end_date", ranges.day_in_range("Ngày kết thúc", data.end_date))
    if data.start_date is None:
        result.error("start_date", "Chưa nhập ngày bắt đầu biện pháp.")
    elif data.start_date < case.intake_date:
        result.error("start_date", f"Ngày bắt đầu trước ngày tiếp nhận hồ sơ ({case.intake_date:%d/%m/%Y}).")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        result.error("end_date", "Ngày kết thúc trước ngày bắt đầu. Hãy kiểm tra lại.")
    if (
        data.kind is MeasureKind.NO_CONTACT
        and data.start_date
        and data.end_date
        and (data.end_date - data.start_date).days + 1 > NO_CONTACT_MAX_DAYS
    ):
        result.error(
            "end_date",
            f"Mỗi quyết định cấm tiếp xúc tối đa {NO_CONTACT_MAX_DAYS} ngày; "
            "gia hạn thì nhập một quyết định mới.",
        )
    if data.kind is MeasureKind.SHELTER and data.trusted_address_id is None:
        result.error("trusted_address_id", "Tạm lánh: hãy chọn địa chỉ tin cậy – nhà tạm lánh.")
    if data.trusted_address_id is not None and db.get(TrustedAddress, data.trusted_address_id) is None:
        result.error("trusted_address_id", "Địa chỉ tin cậy đã chọn không còn trong danh sách.")
    result.error("provider", validation.max_length("Đơn vị thực hiện", data.provider.strip(), 200))
    return result


def _apply_measure(measure: CaseMeasure, data: MeasureInput, key: bytes) -> None:
    assert data.start_date is not None
    measure.kind = data.kind.value
    measure.start_date = data.start_date
    measure.end_date = data.end_date
    measure.provider = data.provider.strip()
    measure.trusted_address_id = data.trusted_address_id
    measure.outcome = data.outcome.value
    measure.note_sealed = seal_note(key, "case-measure", measure.uuid, data.note)


def add_measure(auth: AuthSession, case_id: int, data: MeasureInput) -> int:
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        case = case_for(auth, db, case_id)
        result = check_measure(db, data, case)
        if not result.ok:
            raise InvalidRecordError(result)
        measure = CaseMeasure(uuid=new_uuid(), case_id=case.id)
        _apply_measure(measure, data, key)
        db.add(measure)
        db.flush()
        audit_case(db, auth, case, AuditAction.CASE_CHANGED, f"thêm biện pháp: {data.kind.label}")
        return measure.id


def update_measure(auth: AuthSession, measure_id: int, data: MeasureInput) -> None:
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        measure = db.get(CaseMeasure, measure_id)
        if measure is None or measure.is_deleted:
            raise UserFacingError("Không tìm thấy biện pháp này.")
        case = case_for(auth, db, measure.case_id)
        result = check_measure(db, data, case)
        if not result.ok:
            raise InvalidRecordError(result)
        _apply_measure(measure, data, key)
        audit_case(db, auth, case, AuditAction.CASE_CHANGED, f"sửa biện pháp: {data.kind.label}")


def add_follow_up(auth: AuthSession, case_id: int, data: FollowUpInput) -> int:
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        case = case_for(auth, db, case_id)
        if data.due_date is None:
            raise InvalidRecordError(_one("due_date", "Chưa nhập ngày hẹn theo dõi."))
        _refuse_outside("due_date", "Ngày hẹn theo dõi", data.due_date)
        if data.due_date < case.intake_date:
            raise InvalidRecordError(_one("due_date", "Ngày hẹn theo dõi trước ngày tiếp nhận hồ sơ."))
        follow_up = CaseFollowUp(
            uuid=new_uuid(), case_id=case.id, kind=data.kind.value, due_date=data.due_date
        )
        follow_up.note_sealed = seal_note(key, "case-follow-up", follow_up.uuid, data.note)
        db.add(follow_up)
        db.flush()
        audit_case(db, auth, case, AuditAction.CASE_CHANGED, f"thêm lịch theo dõi {data.due_date:%d/%m/%Y}")
        return follow_up.id


def complete_follow_up(auth: AuthSession, follow_up_id: int, done_on: date, note: str = "") -> None:
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        follow_up = db.get(CaseFollowUp, follow_up_id)
        if follow_up is None or follow_up.is_deleted:
            raise UserFacingError("Không tìm thấy lịch theo dõi này.")
        case = case_for(auth, db, follow_up.case_id)
        _refuse_outside("done_on", "Ngày đã theo dõi", done_on)
        follow_up.done_on = done_on
        if note.strip():
            follow_up.note_sealed = seal_note(key, "case-follow-up", follow_up.uuid, note)
        audit_case(db, auth, case, AuditAction.CASE_CHANGED, f"đã theo dõi ngày {done_on:%d/%m/%Y}")


def overdue_follow_ups(auth: AuthSession, today: date) -> list[OverdueFollowUp]:
    """Follow-ups not done by their due date, of open cases this user may see, most overdue first."""
    query = (
        select(CaseFollowUp, SupportCase.code)
        .join(SupportCase, SupportCase.id == CaseFollowUp.case_id)
        .where(
            visible_cases(auth),
            SupportCase.status == CaseStatus.OPEN.value,
            CaseFollowUp.is_deleted.is_(False),
            CaseFollowUp.done_on.is_(None),
            CaseFollowUp.due_date < today,
        )
        .order_by(CaseFollowUp.due_date, SupportCase.code)
    )
    with auth.store.reading() as db:
        return [
            OverdueFollowUp(
                f.case_id, code, f.id, FollowUpKind.of(f.kind), f.due_date, (today - f.due_date).days
            )
            for f, code in db.execute(query)
        ]


def _refuse_outside(name: str, label: str, day: date) -> None:
    outside = ranges.day_in_range(label, day)
    if outside:
        raise InvalidRecordError(_one(name, outside))


def _one(name: str, message: str) -> CheckResult:
    result = CheckResult()
    result.error(name, message)
    return result


def close_case(auth: AuthSession, case_id: int, reason: ClosureReason, on: date, note: str = "") -> None:
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        case = case_for(auth, db, case_id)
        if case.status == CaseStatus.CLOSED.value:
            raise UserFacingError(f"Hồ sơ {case.code} đã đóng từ ngày {case.closed_on:%d/%m/%Y}.")
        _refuse_outside("closed_on", "Ngày đóng hồ sơ", on)
        if on < case.intake_date:
            raise InvalidRecordError(_one("closed_on", "Ngày đóng hồ sơ trước ngày tiếp nhận."))
        case.status, case.closed_on, case.closure_reason = CaseStatus.CLOSED.value, on, reason.value
        _history(db, key, case, auth, CaseStatus.CLOSED, on, reason.value, note)
        audit_case(db, auth, case, AuditAction.CASE_CLOSED, reason.label)


def reopen_case(auth: AuthSession, case_id: int, on: date, note: str = "") -> None:
    """Open a closed case again; its earlier closure stays in the history."""
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        case = case_for(auth, db, case_id)
        if case.status != CaseStatus.CLOSED.value:
            raise UserFacingError(f"Hồ sơ {case.code} đang mở, không cần mở lại.")
        _refuse_outside("on", "Ngày mở lại", on)
        case.status, case.closed_on, case.closure_reason = CaseStatus.OPEN.value, None, None
        _history(db, key, case, auth, CaseStatus.OPEN, on, "", note)
        audit_case(db, auth, case, AuditAction.CASE_REOPENED)


def _history(
    db: Session,
    key: bytes,
    case: SupportCase,
    auth: AuthSession,
    status: CaseStatus,
    on: date,
    reason: str,
    note: str,
) -> None:
    change = CaseStatusChange(
        uuid=new_uuid(), case_id=case.id, on_date=on, status=status.value, reason=reason, user_id=auth.user_id
    )
    change.note_sealed = seal_note(key, "case-status", change.uuid, note)
    db.add(change)
