"""Who may see which case: administrators all, case officers theirs, viewers none (statistics only).

A case's creator and assignee decide who opens it, so they are bound by a MAC (core/security/
bindings.py): a case whose assignment was changed outside the app is opened by nobody — administrators
included, so that no save could bind the change as if it were the app's — until an administrator
deals with it (Tài khoản → Kiểm tra phân quyền, core/security/trust_repair.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, true
from sqlalchemy.orm import Session

from gender_equality_desk.core.security.accounts import case_workers
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.audit_anchor import is_anchored, load_anchor
from gender_equality_desk.core.security.bindings import case_holds, case_parties
from gender_equality_desk.core.security.session import AccessDeniedError, AuthSession, Role
from gender_equality_desk.core.store.case_models import SupportCase, UserAccount

VIEWER_REFUSAL = (
    "Tài khoản lãnh đạo / người xem chỉ xem được số liệu thống kê đã ẩn danh, không mở được hồ sơ hỗ trợ. "
    "Hãy liên hệ cán bộ phụ trách hồ sơ."
)


def require_case_worker(auth: AuthSession) -> None:
    """Refuse viewers (and closed sessions) before any case data is read."""
    auth.require_open()
    if auth.role is Role.VIEWER:
        raise AccessDeniedError(VIEWER_REFUSAL)


def visible_cases(auth: AuthSession) -> ColumnElement[bool]:
    """SQL condition: the cases `auth` may see (live ones only)."""
    require_case_worker(auth)
    live = SupportCase.is_deleted.is_(False)
    if auth.role is Role.ADMIN:
        return live & true()
    return live & or_(SupportCase.created_by_id == auth.user_id, SupportCase.assigned_to_id == auth.user_id)


def case_for(auth: AuthSession, db: Session, case_id: int) -> SupportCase:
    """The case, or AccessDeniedError when it does not exist or is not this user's to see."""
    require_case_worker(auth)
    case = db.get(SupportCase, case_id)
    if case is None or case.is_deleted:
        raise AccessDeniedError("Không tìm thấy hồ sơ này (có thể đã bị xóa).")
    if auth.role is not Role.ADMIN and auth.user_id not in (case.created_by_id, case.assigned_to_id):
        raise AccessDeniedError(
            f"Hồ sơ {case.code} không do bạn tạo hoặc được giao; "
            "chỉ cán bộ phụ trách và quản trị viên được mở."
        )
    _require_bound(auth, db, case)
    return case


def _require_bound(auth: AuthSession, db: Session, case: SupportCase) -> None:
    """Refuse a case whose creator, assignee or code no longer match its MAC (a case not bound yet passes
    only while the store is not anchored: an upgraded store before its first administrator sign-in)."""
    key = auth.integrity_key()
    if key is None:
        return  # no data key: data_key() refuses before anything is decrypted
    (parties,) = case_parties(db, case.id)
    if parties.binding is None and not is_anchored(load_anchor(db)):
        return
    if parties.binding is None or not case_holds(key, parties):
        raise TamperedCaseError(
            f"Không mở được hồ sơ {case.code}: người tạo hoặc cán bộ phụ trách của hồ sơ đã bị sửa ngoài ứng "
            "dụng. Hãy báo quản trị viên xử lý ở Tài khoản → Kiểm tra phân quyền."
        )


class TamperedCaseError(AccessDeniedError):
    """A case's assignment does not match its MAC: opened by nobody until an administrator deals with it."""


def audit_case(
    db: Session, auth: AuthSession, case: SupportCase, action: AuditAction, detail: str = ""
) -> None:
    """Log what the signed-in user did to `case`, by its code only, in the caller's transaction."""
    record(db, Actor.of(auth), action, case_id=case.id, case_code=case.code, detail=detail)


@dataclass(frozen=True)
class Assignee:
    """Someone a case can be given to; the screen names them with their role in the UI language."""

    id: int
    display_name: str
    role: Role | None  # None: the account was locked since the case was given to it


def assignee_choices(auth: AuthSession, current_id: int | None = None) -> list[Assignee]:
    """The active case officers and administrators a case can be given to.

    The case's present worker stays choosable even when their account was locked since (role None),
    otherwise editing any other field of the case would silently move it to someone else.
    """
    choices = [Assignee(row.id, row.display_name, row.role) for row in case_workers(auth)]
    if current_id is not None and all(choice.id != current_id for choice in choices):
        with auth.store.reading() as db:
            worker = db.get(UserAccount, current_id)
            if worker is not None:
                choices.append(Assignee(worker.id, worker.display_name, None))
    return choices
