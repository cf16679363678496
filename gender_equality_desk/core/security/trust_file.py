"""The `check` command's trust lines: the store file opened read-only, checked without a key and, when an
account's password is given (`check --user`), with the integrity key (core/security/trust_check.py).
Nothing is written: no sign-in entry, no anchoring."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from gender_equality_desk.core.security.accounts import unlock_data_key
from gender_equality_desk.core.security.audit_anchor import is_anchored, load_anchor
from gender_equality_desk.core.security.integrity import integrity_key
from gender_equality_desk.core.security.trust_check import binding_findings, structural_findings, verify_log
from gender_equality_desk.core.store.case_models import AuditEntry, SupportCase, UserAccount

NEEDS_KEY = (
    "Chú ý: chưa kiểm tra mã xác thực của nhật ký, vai trò và phân công hồ sơ (cần mật khẩu): chạy lại với "
    "--user <tên đăng nhập quản trị viên>."
)
NOT_ANCHORED = (
    "Chú ý: kho dữ liệu chưa được neo (chưa có quản trị viên đăng nhập từ khi nâng cấp hoặc nhận hồ sơ từ "
    "máy cũ): nhật ký, vai trò và phân công chưa được bảo vệ bằng mã xác thực. Hãy đăng nhập Hồ sơ hỗ trợ "
    "bằng tài khoản quản trị viên."
)


@dataclass(frozen=True)
class TrustLines:
    lines: tuple[str, ...]  # Vietnamese, "TỐT: …", "LỖI: …" or "Chú ý: …"
    ok: bool


@contextmanager
def _read_only(path: Path) -> Iterator[Session | None]:
    """A session on `path` opened read-only; None for a store older than the anchor (schema < 0013)."""
    engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    )
    try:
        with Session(engine) as db:
            tables = set(db.scalars(text("SELECT name FROM sqlite_master WHERE type='table'")))
            yield db if "trust_anchor" in tables else None
    finally:
        engine.dispose()


def _has_security(db: Session) -> bool:
    """Accounts, cases or log entries: a store never set up for cases has nothing to anchor yet."""
    return any(
        db.scalar(select(func.count()).select_from(model)) for model in (UserAccount, SupportCase, AuditEntry)
    )


def check_trust_file(path: Path, username: str | None = None, password: str = "") -> TrustLines:
    """Keyless findings, then — with `username` — the MACs of the log, the accounts and the cases.
    SignInError (Vietnamese) for a wrong name or password."""
    with _read_only(path) as db:
        if db is None or not _has_security(db):
            return TrustLines((), True)
        lines = [f"LỖI: {finding.what}." for finding in structural_findings(db)]
        ok = not lines
        if not is_anchored(load_anchor(db)):
            lines.append(NOT_ANCHORED)
        if username is None:
            if ok:
                lines.append(
                    "TỐT: không thấy dấu hiệu nhật ký, vai trò hay phân công bị sửa (chưa xác thực)."
                )
            lines.append(NEEDS_KEY)
            return TrustLines(tuple(lines), ok)
        _account, data_key = unlock_data_key(db, username, password)
        key = integrity_key(data_key)
        verdict = verify_log(db, key)
        lines.append(verdict.message)
        bindings = binding_findings(db, key)
        lines += [f"LỖI: {finding.what}." for finding in bindings]
        if not bindings and not is_anchored(load_anchor(db)):
            lines.append(
                "TỐT: không có dấu xác thực nào của tài khoản, hồ sơ bị sửa (chưa neo, chưa gắn dấu)."
            )
        elif not bindings:
            accounts = db.scalar(select(func.count()).select_from(UserAccount)) or 0
            cases = db.scalar(select(func.count()).select_from(SupportCase)) or 0
            lines.append(f"TỐT: vai trò {accounts} tài khoản và phân công {cases} hồ sơ khớp mã xác thực.")
        return TrustLines(tuple(lines), ok and verdict.ok and not bindings)
