"""Checks of what core/security/integrity.py protects, with and without the integrity key.

- `structural_findings(db)`: no key. What a wiped log, a cut tail or a role given by SQL cannot hide: an
  empty log beside accounts or cases, the anchored head gone or changed, an administrator or case
  officer without a data key, unbound accounts and cases, an entry after the anchoring that should
  carry a MAC and does not. Cheap (a handful of queries), for `check`.
- `verify_log(db, key)`: the whole chain and every MAC, for `check --user` and the administrator's
  log screen (about 30 µs an entry).
- `quick_log_findings(db, key)`: at sign-in, only the anchor and the entries written since
  the last data-key holder's entry (failed sign-ins, a viewer's visits), so its cost does not grow
  with the log.
- `binding_findings(db, key)`: every account and case against its MAC, naming the authentic values.

A finding before an administrator's confirmation (AuditAction.TRUST_CONFIRMED, MAC'd) is marked
`acknowledged`: the log keeps its evidence, the verdict no longer counts it as an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.security import integrity
from gender_equality_desk.core.security.audit import GENESIS, AuditAction, ChainRow, entry_hash
from gender_equality_desk.core.security.audit_anchor import anchor_holds, is_anchored, load_anchor
from gender_equality_desk.core.security.bindings import (
    ROLES_WITH_DATA_KEY,
    CaseParties,
    account_holds,
    authentic_account,
    authentic_parties,
    case_holds,
    case_parties,
)
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.case_models import AuditEntry, SupportCase, UserAccount
from gender_equality_desk.core.store.trust_models import TrustAnchor

OUTSIDE = "ngoài ứng dụng"
ANCHORING_ACTIONS = (
    AuditAction.SETUP.value,
    AuditAction.TRUST_ANCHORED.value,
    AuditAction.TRUST_CONFIRMED.value,
)
_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.user_id,
    AuditEntry.username,
    AuditEntry.action,
    AuditEntry.case_id,
    AuditEntry.case_code,
    AuditEntry.detail,
    AuditEntry.previous_hash,
    AuditEntry.entry_hash,
    AuditEntry.mac,
)


@dataclass(frozen=True)
class Finding:
    what: str  # Vietnamese, no final period
    entry_id: int | None = None
    acknowledged: bool = False


class MacRow(ChainRow, Protocol):
    @property
    def mac(self) -> str | None: ...


def _role_label(role: str) -> str:
    try:
        return Role.of(role).label.lower()
    except ValueError:
        return f"“{role}”"


def _action_label(action: str) -> str:
    try:
        return AuditAction.of(action).label
    except ValueError:
        return action


def _roles(db: Session) -> dict[int, str]:
    return {row_id: role for row_id, role in db.execute(select(UserAccount.id, UserAccount.role))}


def _needs_mac(action: str, user_id: int | None, roles: dict[int, str]) -> bool:
    """An entry that only a session holding the data key writes: everything but a failed sign-in and
    what a viewer (never given the data key) does."""
    if action == AuditAction.SIGN_IN_FAILED.value:
        return False
    return user_id is None or roles.get(user_id) != Role.VIEWER.value


def _missing_mac(row: MacRow) -> Finding:
    who = row.username or "không rõ"
    return Finding(
        f"dòng số {row.id} ({who}, {_action_label(row.action)}) thiếu mã xác thực: dòng bị thêm hoặc sửa "
        f"{OUTSIDE}",
        row.id,
    )


def _bad_mac(row_id: int) -> Finding:
    return Finding(
        f"dòng số {row_id} không khớp mã xác thực: nhật ký đã bị sửa, chèn hoặc viết lại {OUTSIDE}", row_id
    )


def _computed(row: ChainRow, previous: str) -> str:
    return entry_hash(
        previous,
        row.id,
        row.at,
        row.user_id,
        row.username,
        row.action,
        row.case_id,
        row.case_code,
        row.detail,
    )


def earlier_anchoring(db: Session, key: bytes) -> int | None:
    """The id of an entry proving this store was anchored under this key (a MAC'd setup, anchoring or
    confirmation), or None."""
    query = select(AuditEntry.id, AuditEntry.entry_hash, AuditEntry.mac).where(
        AuditEntry.action.in_(ANCHORING_ACTIONS), AuditEntry.mac.is_not(None)
    )
    for entry_id, hashed, stored in db.execute(query.order_by(AuditEntry.id)):
        if integrity.matches(key, stored, integrity.AUDIT_ENTRY, hashed):
            return int(entry_id)
    return None


def confirmed_until(db: Session, key: bytes) -> int:
    """The id of the newest administrator's confirmation whose MAC holds (0: none)."""
    query = select(AuditEntry.id, AuditEntry.entry_hash, AuditEntry.mac).where(
        AuditEntry.action == AuditAction.TRUST_CONFIRMED.value
    )
    for entry_id, hashed, stored in db.execute(query.order_by(AuditEntry.id.desc())):
        if integrity.matches(key, stored, integrity.AUDIT_ENTRY, hashed):
            return int(entry_id)
    return 0


# -- without a key -----------------------------------------------------------------------------------


def _anchor_shape(db: Session, anchor: TrustAnchor | None) -> list[Finding]:
    if anchor is None:
        return [Finding(f"mất dấu neo của nhật ký truy cập (đã bị xóa {OUTSIDE})")]
    if not is_anchored(anchor) or anchor.head_id == 0:
        return []
    stored = db.scalar(select(AuditEntry.entry_hash).where(AuditEntry.id == anchor.head_id))
    if stored is None:
        return [
            Finding(
                f"thiếu dòng số {anchor.head_id} mà dấu neo ghi nhận: các dòng cuối của nhật ký đã bị "
                f"xóa {OUTSIDE}",
                anchor.head_id,
            )
        ]
    if stored != anchor.head_hash:
        return [
            Finding(
                f"dòng số {anchor.head_id} không còn như lúc được neo: nhật ký đã bị viết lại {OUTSIDE}",
                anchor.head_id,
            )
        ]
    return []


def _without_key(username: str, role: str) -> Finding:
    return Finding(
        f"tài khoản “{username}” mang vai trò {_role_label(role)} nhưng không có khóa dữ liệu của vai "
        f"trò này: vai trò đã bị sửa {OUTSIDE}"
    )


def _accounts_without_key(db: Session) -> list[Finding]:
    query = select(UserAccount.username, UserAccount.role).where(
        UserAccount.is_deleted.is_(False),
        UserAccount.role.in_(ROLES_WITH_DATA_KEY),
        UserAccount.wrapped_data_key.is_(None),
    )
    return [_without_key(name, role) for name, role in db.execute(query.order_by(UserAccount.username))]


def _unbound(db: Session) -> list[Finding]:
    accounts = db.scalars(
        select(UserAccount.username).where(UserAccount.is_deleted.is_(False), UserAccount.binding.is_(None))
    )
    cases = db.scalars(select(SupportCase.code).where(SupportCase.binding.is_(None)).order_by(SupportCase.id))
    return [
        *(
            Finding(f"tài khoản “{name}” không có dấu xác thực vai trò: bị thêm hoặc sửa {OUTSIDE}")
            for name in accounts
        ),
        *(
            Finding(f"hồ sơ {code} không có dấu xác thực phân công: bị thêm hoặc sửa {OUTSIDE}")
            for code in cases
        ),
    ]


def _first_unsealed(db: Session, after: int) -> Finding | None:
    """The first entry after `after` that should carry a MAC and does not (by the roles stored now)."""
    viewers = select(UserAccount.id).where(UserAccount.role == Role.VIEWER.value)
    row = db.execute(
        select(*_COLUMNS)
        .where(
            AuditEntry.id > after,
            AuditEntry.mac.is_(None),
            AuditEntry.action != AuditAction.SIGN_IN_FAILED.value,
            AuditEntry.user_id.is_(None) | AuditEntry.user_id.not_in(viewers),
        )
        .order_by(AuditEntry.id)
        .limit(1)
    ).first()
    return None if row is None else _missing_mac(row)


def structural_findings(db: Session) -> list[Finding]:
    """What needs no key (see the module docstring). Empty for a store older than the anchor."""
    anchor = load_anchor(db)
    entries = db.scalar(select(func.count()).select_from(AuditEntry)) or 0
    accounts = db.scalar(select(func.count()).select_from(UserAccount)) or 0
    cases = db.scalar(select(func.count()).select_from(SupportCase)) or 0
    findings: list[Finding] = []
    if entries == 0 and (accounts or cases):
        findings.append(
            Finding(
                f"nhật ký truy cập trống trong khi kho có {accounts} tài khoản và {cases} hồ sơ: "
                f"toàn bộ nhật ký đã bị xóa {OUTSIDE}"
            )
        )
    findings += _anchor_shape(db, anchor)
    findings += _accounts_without_key(db)
    if is_anchored(anchor):
        findings += _unbound(db)
    if anchor is not None:
        # Without the key a confirmation's MAC cannot be checked; one that carries a MAC is taken at its
        # word here (a forged one still fails `check --user`).
        confirmed = db.scalar(
            select(func.coalesce(func.max(AuditEntry.id), 0)).where(
                AuditEntry.action == AuditAction.TRUST_CONFIRMED.value, AuditEntry.mac.is_not(None)
            )
        )
        unsealed = _first_unsealed(db, max(anchor.legacy_until, int(confirmed or 0)))
        if unsealed is not None:
            findings.append(unsealed)
    return findings


# -- with the integrity key ---------------------------------------------------------------------------


def _walk(
    rows: Iterable[MacRow], key: bytes, legacy_until: int, roles: dict[int, str], previous: str, expected: int
) -> tuple[int, list[Finding]]:
    """Every row from `expected` on: links, hashes and MACs. Goes on past a problem (so a later one is
    found too) by taking each stored hash as the next link. (rows read, findings)."""
    findings: list[Finding] = []
    count = 0
    for row in rows:
        if row.id != expected:
            findings.append(Finding(f"thiếu dòng số {expected} (đã bị xóa {OUTSIDE})", expected))
        if row.previous_hash != previous:
            findings.append(
                Finding(f"dòng số {row.id} không nối với dòng trước (dòng trước bị sửa hoặc xóa)", row.id)
            )
        elif _computed(row, previous) != row.entry_hash:
            findings.append(Finding(f"dòng số {row.id} đã bị sửa {OUTSIDE}", row.id))
        elif row.id > legacy_until:
            if row.mac is not None:
                if not integrity.matches(key, row.mac, integrity.AUDIT_ENTRY, row.entry_hash):
                    findings.append(_bad_mac(row.id))
            elif _needs_mac(row.action, row.user_id, roles):
                findings.append(_missing_mac(row))
        previous, expected, count = row.entry_hash, row.id + 1, count + 1
    return count, findings


def _anchor_findings(db: Session, key: bytes, anchor: TrustAnchor | None) -> list[Finding]:
    if anchor is None or not is_anchored(anchor):
        first = earlier_anchoring(db, key) if anchor is not None else None
        if anchor is not None and first is not None:
            return [Finding(f"nhật ký đã được neo (dòng số {first}) nhưng dấu neo đã bị gỡ {OUTSIDE}", first)]
        return _anchor_shape(db, anchor)
    if not anchor_holds(db, key, anchor):
        shape = _anchor_shape(db, anchor)
        return shape or [Finding(f"dấu neo của nhật ký không khớp mã xác thực: đã bị sửa {OUTSIDE}")]
    later = db.scalar(
        select(func.min(AuditEntry.id)).where(AuditEntry.id > anchor.head_id, AuditEntry.mac.is_not(None))
    )
    if later is not None:
        return [
            Finding(
                f"dòng số {later} ghi sau dấu neo nhưng dấu neo không theo kịp: dấu neo đã bị đặt lại "
                f"{OUTSIDE}",
                int(later),
            )
        ]
    return []


def _acknowledge(findings: list[Finding], until: int) -> list[Finding]:
    return [
        Finding(f.what, f.entry_id, True) if f.entry_id is not None and f.entry_id <= until else f
        for f in findings
    ]


@dataclass(frozen=True)
class LogVerdict:
    entries: int
    findings: tuple[Finding, ...]
    legacy: int = 0  # entries written before the store was anchored (no MAC to check)

    @property
    def problems(self) -> list[Finding]:
        return [finding for finding in self.findings if not finding.acknowledged]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def message(self) -> str:
        problems = self.problems
        if problems:
            more = f" (và {len(problems) - 1} chỗ khác)" if len(problems) > 1 else ""
            return f"LỖI: nhật ký truy cập bị can thiệp, mã xác thực cho thấy: {problems[0].what}{more}."
        notes = []
        if self.legacy:
            notes.append(f"{self.legacy} dòng ghi trước khi neo chưa có mã xác thực")
        if self.findings:
            notes.append(f"{len(self.findings)} chỗ bị sửa trước đây đã được quản trị viên xử lý")
        note = "".join(f"; {text}" for text in notes)
        return f"TỐT: nhật ký truy cập khớp mã xác thực ({self.entries} dòng{note})."


def verify_log(db: Session, key: bytes) -> LogVerdict:
    """The whole chain and every MAC (see the module docstring)."""
    anchor = load_anchor(db)
    legacy = anchor.legacy_until if anchor is not None else 0
    rows = db.execute(select(*_COLUMNS).order_by(AuditEntry.id))
    count, findings = _walk(rows, key, legacy, _roles(db), GENESIS, 1)
    entries = db.scalar(select(func.count()).select_from(AuditEntry)) or 0
    accounts = db.scalar(select(func.count()).select_from(UserAccount)) or 0
    if entries == 0 and accounts:
        findings.append(
            Finding(
                f"nhật ký truy cập trống trong khi kho có {accounts} tài khoản: toàn bộ nhật ký "
                f"đã bị xóa {OUTSIDE}"
            )
        )
    findings += _anchor_findings(db, key, anchor)
    legacy = min(legacy, count)
    return LogVerdict(count, tuple(_acknowledge(findings, confirmed_until(db, key))), legacy)


def quick_log_findings(db: Session, key: bytes) -> list[Finding]:
    """At sign-in: the anchor, and the entries since its head (see the module docstring)."""
    anchor = load_anchor(db)
    findings = _anchor_findings(db, key, anchor)
    if findings or anchor is None or not is_anchored(anchor):
        return findings
    previous = db.scalar(select(AuditEntry.previous_hash).where(AuditEntry.id == anchor.head_id))
    if previous is None:  # head_id 0: nothing MAC'd yet
        return findings
    # From the head itself: its MAC, then every entry written since without the data key.
    rows = db.execute(select(*_COLUMNS).where(AuditEntry.id >= anchor.head_id).order_by(AuditEntry.id))
    _count, walked = _walk(rows, key, anchor.legacy_until, _roles(db), previous, anchor.head_id)
    return walked


def _describe_account(key: bytes, account: UserAccount) -> str:
    found = authentic_account(key, account)
    if found is None:
        return f"tài khoản “{account.username}”: tên đăng nhập, vai trò hoặc trạng thái đã bị sửa {OUTSIDE}"
    role, active = found
    changes = []
    if role != account.role:
        changes.append(f"vai trò (gốc: {_role_label(role)}, nay: {_role_label(account.role)})")
    if active != bool(account.is_active):
        state = {True: "đang hoạt động", False: "đã vô hiệu hóa"}
        changes.append(f"trạng thái (gốc: {state[active]}, nay: {state[bool(account.is_active)]})")
    return f"tài khoản “{account.username}”: {' và '.join(changes)} đã bị sửa {OUTSIDE}"


def account_finding(key: bytes, account: UserAccount, anchored: bool) -> Finding | None:
    """Why `account` is not as the app last wrote it, or None (an unbound account passes only while the
    store is not anchored yet)."""
    if account.binding is None:
        if not anchored:
            return None
        return Finding(
            f"tài khoản “{account.username}” không có dấu xác thực vai trò: bị thêm hoặc sửa {OUTSIDE}"
        )
    if account_holds(key, account):
        return None
    return Finding(_describe_account(key, account))


def binding_findings(db: Session, key: bytes) -> list[Finding]:
    """Every live account and every case against its MAC, naming the authentic values where found."""
    anchored = is_anchored(load_anchor(db))
    findings: list[Finding] = []
    for account in db.scalars(
        select(UserAccount).where(UserAccount.is_deleted.is_(False)).order_by(UserAccount.username)
    ):
        if account.role in ROLES_WITH_DATA_KEY and account.wrapped_data_key is None:
            findings.append(_without_key(account.username, account.role))
            continue
        found = account_finding(key, account, anchored)
        if found is not None:
            findings.append(found)
    names = {row_id: name for row_id, name in db.execute(select(UserAccount.id, UserAccount.display_name))}
    for parties in case_parties(db):
        if parties.binding is None:
            if anchored:
                findings.append(
                    Finding(
                        f"hồ sơ {parties.code} không có dấu xác thực phân công: bị thêm hoặc sửa {OUTSIDE}"
                    )
                )
            continue
        if case_holds(key, parties):
            continue
        findings.append(Finding(case_mismatch(db, key, parties, names)))
    return findings


def case_mismatch(db: Session, key: bytes, parties: CaseParties, names: dict[int, str]) -> str:
    """What was changed in a case's assignment, with the authentic accounts when they can be found."""
    found = authentic_parties(db, key, parties)
    if found is None:
        return f"hồ sơ {parties.code}: mã hồ sơ hoặc phân công đã bị sửa {OUTSIDE}"

    def name(account_id: int | None) -> str:
        return names.get(account_id, "không rõ") if account_id is not None else "chưa giao"

    creator, assignee = found
    changes = []
    if assignee != parties.assigned_to_id:
        changes.append(f"cán bộ phụ trách (gốc: {name(assignee)}, nay: {name(parties.assigned_to_id)})")
    if creator != parties.created_by_id:
        changes.append(f"người tạo (gốc: {name(creator)}, nay: {name(parties.created_by_id)})")
    return f"hồ sơ {parties.code}: {' và '.join(changes)} đã bị sửa {OUTSIDE}"
