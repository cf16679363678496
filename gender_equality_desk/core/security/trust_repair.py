"""An administrator deals with what was changed outside the app (Tài khoản → Kiểm tra phân quyền).

`review` lists every finding of core/security/trust_check.py with the integrity key (the log's chain,
MACs and anchor; every account and case). `repair` then, in one transaction:

- puts back what the MACs still tell: an account's role and state, a case's creator and assignee, as
  the app last wrote them (bindings.authentic_*);
- where they cannot be told (the name or code was changed too), keeps what is stored — except that an
  administrator or case officer without the data key becomes a viewer, the only role it can hold — and
  binds it as it is now;
- writes a MAC'd TRUST_CONFIRMED entry saying what was put back and accepted, and anchors the log at it.
  The log's own evidence stays: a rewritten or forged line keeps failing its MAC, and is from then on
  reported as dealt with (trust_check.confirmed_until) rather than as a new error.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.audit_anchor import load_anchor, set_head
from gender_equality_desk.core.security.bindings import (
    ROLES_WITH_DATA_KEY,
    account_binding,
    account_holds,
    authentic_account,
    authentic_parties,
    bind_account,
    bind_case,
    case_binding,
    case_holds,
    case_parties,
    store_bindings,
)
from gender_equality_desk.core.security.session import AccessDeniedError, AuthSession, Role
from gender_equality_desk.core.security.trust_check import binding_findings, verify_log
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.case_models import SupportCase, UserAccount
from gender_equality_desk.core.store.trust_models import TrustAnchor

ANCHOR_ID = 1
DETAIL_LIMIT = 1500  # the entry says what was done; the full list is on screen and in `check --user`


@dataclass(frozen=True)
class TrustReview:
    """Problems found (Vietnamese lines, none when all holds) and the log's verdict line."""

    log_message: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RepairResult:
    restored: tuple[str, ...]  # put back as the app last wrote it
    accepted: tuple[str, ...]  # kept as found (nothing to tell what it was)


def _key(auth: AuthSession) -> bytes:
    auth.require_role(Role.ADMIN)
    key = auth.integrity_key()
    if key is None:
        raise AccessDeniedError("Phiên làm việc không có khóa dữ liệu. Vui lòng đăng nhập lại.")
    return key


def review(auth: AuthSession) -> TrustReview:
    """Everything checked with the key (administrator only); reads only."""
    key = _key(auth)
    with auth.store.reading() as db:
        verdict = verify_log(db, key)
        problems = [finding.what for finding in verdict.problems]
        problems += [finding.what for finding in binding_findings(db, key)]
    return TrustReview(verdict.message, tuple(problems))


def _repair_accounts(db: Session, key: bytes, restored: list[str], accepted: list[str]) -> None:
    bindings: list[tuple[int, str]] = []
    for account in db.scalars(select(UserAccount).where(UserAccount.is_deleted.is_(False))):
        without_key = account.role in ROLES_WITH_DATA_KEY and account.wrapped_data_key is None
        if account.binding is not None and account_holds(key, account) and not without_key:
            continue
        found = authentic_account(key, account)
        if found is not None and (
            found[0] not in ROLES_WITH_DATA_KEY or account.wrapped_data_key is not None
        ):
            account.role, account.is_active = found
            restored.append(
                f"tài khoản “{account.username}”: {Role.of(found[0]).label.lower()}, "
                f"{'đang hoạt động' if found[1] else 'đã vô hiệu hóa'}"
            )
        elif without_key:
            account.role = Role.VIEWER.value
            accepted.append(
                f"tài khoản “{account.username}”: hạ xuống {Role.VIEWER.label.lower()} "
                "(không có khóa dữ liệu)"
            )
        else:
            accepted.append(
                f"tài khoản “{account.username}”: giữ như hiện có ({Role.of(account.role).label.lower()})"
            )
            bindings.append((account.id, account_binding(key, account)))  # nothing else changes
            continue
        bind_account(key, account)
    store_bindings(db, UserAccount, bindings)


def _repair_cases(db: Session, key: bytes, restored: list[str], accepted: list[str]) -> None:
    names = {row_id: name for row_id, name in db.execute(select(UserAccount.id, UserAccount.display_name))}
    bindings: list[tuple[int, str]] = []
    for parties in case_parties(db):
        if parties.binding is not None and case_holds(key, parties):
            continue
        found = authentic_parties(db, key, parties)
        if found is None:
            accepted.append(f"hồ sơ {parties.code}: giữ phân công như hiện có")
            bindings.append((parties.case_id, case_binding(key, parties)))  # nothing else changes
            continue
        case = db.get(SupportCase, parties.case_id)
        assert case is not None
        case.created_by_id, case.assigned_to_id = found
        assignee = names.get(found[1], "chưa giao") if found[1] is not None else "chưa giao"
        restored.append(f"hồ sơ {case.code}: cán bộ phụ trách {assignee}")
        bind_case(db, key, case)
    store_bindings(db, SupportCase, bindings)


def repair(auth: AuthSession) -> RepairResult:
    """Put back what can be told, accept the rest, confirm in the log (see the module docstring)."""
    key = _key(auth)
    restored: list[str] = []
    accepted: list[str] = []
    with auth.store.transaction() as db:
        log_problems = [finding.what for finding in verify_log(db, key).problems]
        _repair_accounts(db, key, restored, accepted)
        _repair_cases(db, key, restored, accepted)
        parts = []
        if restored:
            parts.append("khôi phục " + "; ".join(restored))
        if accepted:
            parts.append("chấp nhận " + "; ".join(accepted))
        if log_problems:
            parts.append(f"nhật ký: {len(log_problems)} chỗ bị sửa ({log_problems[0]})")
        detail = ". ".join(parts) or "không có gì bị sửa"
        if len(detail) > DETAIL_LIMIT:
            detail = detail[: DETAIL_LIMIT - 1] + "…"
        entry = record(db, Actor.of(auth), AuditAction.TRUST_CONFIRMED, detail=detail)
        anchor = load_anchor(db)
        if anchor is None:
            anchor = TrustAnchor(id=ANCHOR_ID, legacy_until=0)
            db.add(anchor)
        anchor.anchored_at = anchor.anchored_at or utc_now()
        set_head(key, anchor, entry.id, entry.entry_hash)
    return RepairResult(tuple(restored), tuple(accepted))
