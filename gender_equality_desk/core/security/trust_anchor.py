"""Anchoring a store, and what a data-key holder's sign-in checks (core/security/integrity.py).

A store is anchored once: at setup (the first administrator), or — for a store upgraded to schema 0013
or one that just received encrypted cases from another PC — at the first administrator sign-in. The
migration cannot do it: it runs without a password, so without a key. Anchoring binds every account
and case as found, writes a MAC'd TRUST_ANCHORED entry and points the anchor at it; the administrator is
shown what was accepted (accounts by role, cases, older entries), because anything changed before that
moment is accepted with it.

A store that looks "not anchored yet" although a MAC'd setup, anchoring or confirmation entry under
this very key is in its log had its anchor removed: that is reported, never anchored over.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.audit_anchor import is_anchored, load_anchor, set_head
from gender_equality_desk.core.security.bindings import (
    account_binding,
    bind_account,
    case_binding,
    case_holds,
    case_parties,
    store_bindings,
)
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.security.trust_check import (
    Finding,
    account_finding,
    binding_findings,
    case_mismatch,
    earlier_anchoring,
    quick_log_findings,
)
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.case_models import AuditEntry, SupportCase, UserAccount
from gender_equality_desk.core.store.trust_models import TrustAnchor

ANCHOR_ID = 1


@dataclass(frozen=True)
class SignInTrust:
    """What a data-key holder's sign-in found: problems (Vietnamese) and, once, what anchoring accepted."""

    findings: tuple[str, ...] = ()
    note: str = ""


def _accounts_by_role(db: Session) -> str:
    names: dict[str, list[str]] = defaultdict(list)
    for username, role in db.execute(
        select(UserAccount.username, UserAccount.role)
        .where(UserAccount.is_deleted.is_(False))
        .order_by(UserAccount.username)
    ):
        names[role].append(username)
    parts = []
    for role in Role:
        if names.get(role.value):
            parts.append(f"{role.label.lower()}: {', '.join(names[role.value])}")
    return "; ".join(parts)


def _bind_unbound(db: Session, key: bytes) -> list[Finding]:
    """Bind every account and case that has no binding yet; those whose binding does not hold are
    reported, not re-bound (they were bound before: someone changed them since)."""
    findings: list[Finding] = []
    accounts: list[tuple[int, str]] = []
    for account in db.scalars(select(UserAccount).where(UserAccount.is_deleted.is_(False))):
        if account.binding is None:
            accounts.append((account.id, account_binding(key, account)))
        elif (found := account_finding(key, account, anchored=True)) is not None:
            findings.append(found)
    store_bindings(db, UserAccount, accounts)
    names = {row_id: name for row_id, name in db.execute(select(UserAccount.id, UserAccount.display_name))}
    cases: list[tuple[int, str]] = []
    for parties in case_parties(db):
        if parties.binding is None:
            cases.append((parties.case_id, case_binding(key, parties)))
        elif not case_holds(key, parties):
            findings.append(Finding(case_mismatch(db, key, parties, names)))
    store_bindings(db, SupportCase, cases)
    return findings


def anchor_store(db: Session, key: bytes, actor: Actor, anchor: TrustAnchor) -> tuple[str, list[Finding]]:
    """Anchor a store not anchored yet (see the module docstring): (what was accepted, problems)."""
    findings = _bind_unbound(db, key)
    legacy = db.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= anchor.legacy_until)
    )
    cases = db.scalar(select(func.count()).select_from(SupportCase)) or 0
    accounts = _accounts_by_role(db)
    detail = f"{legacy or 0} dòng nhật ký chưa có mã xác thực; tài khoản: {accounts}; {cases} hồ sơ"
    entry = record(db, actor, AuditAction.TRUST_ANCHORED, detail=detail)
    anchor.anchored_at = utc_now()
    set_head(key, anchor, entry.id, entry.entry_hash)
    note = (
        "Từ nay nhật ký truy cập, vai trò tài khoản và phân công hồ sơ được bảo vệ bằng mã xác thực: sửa "
        "chúng bằng công cụ ngoài ứng dụng sẽ bị phát hiện. Hiện trạng được ghi nhận như sau — hãy kiểm tra "
        f"ngay, nhất là danh sách quản trị viên. Tài khoản: {accounts}. Hồ sơ: {cases}. "
        f"Nhật ký: {legacy or 0} dòng ghi trước lúc này được giữ nguyên, chưa có mã xác thực."
    )
    return note, findings


def anchor_at_setup(db: Session, key: bytes, account: UserAccount, setup_entry: AuditEntry) -> None:
    """The first administrator of a store: bound, and the anchor points at the setup entry."""
    bind_account(key, account)
    anchor = load_anchor(db)
    if anchor is None:
        anchor = TrustAnchor(id=ANCHOR_ID, legacy_until=setup_entry.id - 1)
        db.add(anchor)
    anchor.anchored_at = utc_now()
    set_head(key, anchor, setup_entry.id, setup_entry.entry_hash)


def unanchor_after_transfer(db: Session) -> None:
    """Encrypted cases and accounts came from another PC: the data key is now that PC's, so this log's
    MACs (under the key just replaced) can no longer be checked. Everything written so far counts as
    before anchoring; the next administrator sign-in anchors again."""
    last = db.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0
    anchor = load_anchor(db)
    if anchor is None:
        anchor = TrustAnchor(id=ANCHOR_ID)
        db.add(anchor)
    anchor.legacy_until = int(last)
    anchor.anchored_at = None
    anchor.head_id, anchor.head_hash, anchor.mac = 0, "", None


def on_sign_in(db: Session, key: bytes, account: UserAccount, actor: Actor) -> SignInTrust:
    """For a data-key holder signing in (in the sign-in's transaction, before its own entry): anchor a
    store not anchored yet when an administrator signs in, otherwise check the anchor and what was
    written since; an administrator also gets every account and case checked."""
    anchor = load_anchor(db)
    admin = account.role == Role.ADMIN.value
    if anchor is not None and not is_anchored(anchor) and admin and earlier_anchoring(db, key) is None:
        note, findings = anchor_store(db, key, actor, anchor)
        return SignInTrust(tuple(f.what for f in findings), note)
    found = quick_log_findings(db, key)
    if admin:
        found += binding_findings(db, key)
    return SignInTrust(tuple(f.what for f in found if not f.acknowledged))
