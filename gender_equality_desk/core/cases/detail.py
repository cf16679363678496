"""Opening one case: every field, decrypted for an authorised user, and an audit entry saying so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from gender_equality_desk.core.cases.access import audit_case, case_for, require_case_worker
from gender_equality_desk.core.cases.records import CaseInput, input_of
from gender_equality_desk.core.cases.support import open_note
from gender_equality_desk.core.cases.vocabulary import (
    CaseStatus,
    ClosureReason,
    FollowUpKind,
    GbvType,
    MeasureKind,
    MeasureOutcome,
)
from gender_equality_desk.core.security.audit import AuditAction
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.case_models import (
    CaseFollowUp,
    CaseMeasure,
    CaseStatusChange,
    TrustedAddress,
    UserAccount,
)


@dataclass(frozen=True)
class MeasureRow:
    id: int
    kind: MeasureKind
    start_date: date
    end_date: date | None
    provider: str
    trusted_address: str
    trusted_address_id: int | None
    outcome: MeasureOutcome
    note: str


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    kind: FollowUpKind
    due_date: date
    done_on: date | None
    note: str


@dataclass(frozen=True)
class StatusRow:
    on_date: date
    status: CaseStatus
    reason: ClosureReason | None
    by: str
    note: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    code: str
    status: CaseStatus
    gbv_type: GbvType
    closed_on: date | None
    closure_reason: ClosureReason | None
    created_by: str
    assigned_to: str
    data: CaseInput  # includes the decrypted identity
    measures: tuple[MeasureRow, ...]
    follow_ups: tuple[FollowUpRow, ...]
    history: tuple[StatusRow, ...]


def load_case(auth: AuthSession, case_id: int) -> CaseDetail:
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        case = case_for(auth, db, case_id)
        names = {key: value for key, value in db.execute(select(UserAccount.id, UserAccount.display_name))}
        addresses = {key: value for key, value in db.execute(select(TrustedAddress.id, TrustedAddress.name))}
        measures = tuple(
            MeasureRow(
                m.id,
                MeasureKind.of(m.kind),
                m.start_date,
                m.end_date,
                m.provider,
                addresses.get(m.trusted_address_id, "") if m.trusted_address_id else "",
                m.trusted_address_id,
                MeasureOutcome.of(m.outcome),
                open_note(key, "case-measure", m.uuid, m.note_sealed),
            )
            for m in db.scalars(
                select(CaseMeasure)
                .where(CaseMeasure.case_id == case.id, CaseMeasure.is_deleted.is_(False))
                .order_by(CaseMeasure.start_date, CaseMeasure.id)
            )
        )
        follow_ups = tuple(
            FollowUpRow(
                f.id,
                FollowUpKind.of(f.kind),
                f.due_date,
                f.done_on,
                open_note(key, "case-follow-up", f.uuid, f.note_sealed),
            )
            for f in db.scalars(
                select(CaseFollowUp)
                .where(CaseFollowUp.case_id == case.id, CaseFollowUp.is_deleted.is_(False))
                .order_by(CaseFollowUp.due_date, CaseFollowUp.id)
            )
        )
        history = tuple(
            StatusRow(
                h.on_date,
                CaseStatus.of(h.status),
                ClosureReason.of(h.reason) if h.reason else None,
                names.get(h.user_id, "") if h.user_id else "",
                open_note(key, "case-status", h.uuid, h.note_sealed),
            )
            for h in db.scalars(
                select(CaseStatusChange)
                .where(CaseStatusChange.case_id == case.id)
                .order_by(CaseStatusChange.id)
            )
        )
        detail = CaseDetail(
            id=case.id,
            code=case.code,
            status=CaseStatus.of(case.status),
            gbv_type=GbvType.of(case.gbv_type),
            closed_on=case.closed_on,
            closure_reason=ClosureReason.of(case.closure_reason) if case.closure_reason else None,
            created_by=names.get(case.created_by_id, ""),
            assigned_to=names.get(case.assigned_to_id, "") if case.assigned_to_id else "",
            data=input_of(db, case, key),
            measures=measures,
            follow_ups=follow_ups,
            history=history,
        )
        audit_case(db, auth, case, AuditAction.CASE_VIEWED)
    return detail
