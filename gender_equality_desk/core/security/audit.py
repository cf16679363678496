"""Append-only audit log, each entry chained to the previous one by SHA-256.

entry_hash = SHA-256(previous entry_hash ‖ canonical JSON of the entry's fields); the first entry chains
to 64 zeros. Editing any stored field, deleting or inserting a line in the middle breaks the chain;
deleting the newest lines leaves a gap against sqlite_sequence (the table uses AUTOINCREMENT, so ids
are never reused and a rolled-back insert leaves no gap). Entries name fields, never their values.

A chain alone holds no secret: whoever can write the file can recompute it. So an entry written by
someone holding the data key also carries a MAC of its hash, and moves the MAC'd anchor to itself
(core/security/integrity.py explains the threat model, audit_anchor.py the anchor, trust_check.py the
checks). `verify_audit_chain` checks the chain without any key; `trust_check.verify_log` the MACs.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.text import nfc
from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.security import integrity
from gender_equality_desk.core.security.audit_anchor import advance_head
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.case_models import AuditEntry
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

GENESIS = "0" * 64


class AuditAction(LabelledEnum):
    SIGN_IN = ("sign_in", QT_TRANSLATE_NOOP("AuditAction", "Đăng nhập"))
    SIGN_OUT = ("sign_out", QT_TRANSLATE_NOOP("AuditAction", "Đăng xuất"))
    SIGN_IN_FAILED = ("sign_in_failed", QT_TRANSLATE_NOOP("AuditAction", "Đăng nhập không thành công"))
    PASSWORD_CHANGED = ("password_changed", QT_TRANSLATE_NOOP("AuditAction", "Đổi mật khẩu"))
    PASSWORD_RECOVERED = (
        "password_recovered",
        QT_TRANSLATE_NOOP("AuditAction", "Đặt lại mật khẩu bằng khóa khôi phục"),
    )
    ACCOUNT_CREATED = ("account_created", QT_TRANSLATE_NOOP("AuditAction", "Tạo tài khoản"))
    ACCOUNT_CHANGED = ("account_changed", QT_TRANSLATE_NOOP("AuditAction", "Sửa tài khoản"))
    SETUP = ("setup", QT_TRANSLATE_NOOP("AuditAction", "Khởi tạo bảo mật"))
    CASE_VIEWED = ("case_viewed", QT_TRANSLATE_NOOP("AuditAction", "Xem hồ sơ"))
    CASE_CREATED = ("case_created", QT_TRANSLATE_NOOP("AuditAction", "Tạo hồ sơ"))
    CASE_CHANGED = ("case_changed", QT_TRANSLATE_NOOP("AuditAction", "Sửa hồ sơ"))
    CASE_CLOSED = ("case_closed", QT_TRANSLATE_NOOP("AuditAction", "Đóng hồ sơ"))
    CASE_REOPENED = ("case_reopened", QT_TRANSLATE_NOOP("AuditAction", "Mở lại hồ sơ"))
    FILE_ADDED = ("file_added", QT_TRANSLATE_NOOP("AuditAction", "Thêm tệp hồ sơ"))
    FILE_OPENED = ("file_opened", QT_TRANSLATE_NOOP("AuditAction", "Mở tệp hồ sơ"))
    EXPORTED = ("exported", QT_TRANSLATE_NOOP("AuditAction", "Xuất dữ liệu"))
    PRINTED = ("printed", QT_TRANSLATE_NOOP("AuditAction", "In"))
    AUDIT_VIEWED = ("audit_viewed", QT_TRANSLATE_NOOP("AuditAction", "Xem nhật ký truy cập"))
    AUDIT_ARCHIVED = ("audit_archived", QT_TRANSLATE_NOOP("AuditAction", "Nhập nhật ký máy cũ"))
    SETTINGS_CHANGED = ("settings_changed", QT_TRANSLATE_NOOP("AuditAction", "Sửa danh mục, cài đặt"))
    TRUST_ANCHORED = (
        "trust_anchored",
        QT_TRANSLATE_NOOP("AuditAction", "Neo nhật ký, vai trò và phân công"),
    )
    TRUST_CONFIRMED = (
        "trust_confirmed",
        QT_TRANSLATE_NOOP("AuditAction", "Xử lý sửa đổi ngoài ứng dụng"),
    )
    SENDER_KEY_REPLACED = (
        "sender_key_replaced",
        QT_TRANSLATE_NOOP("AuditAction", "Chấp nhận khóa ký mới của nơi gửi gói"),
    )


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    # The integrity key when the actor holds the data key: the entry is then MAC'd and anchored.
    integrity_key: bytes | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, auth: AuthSession) -> Actor:
        return cls(auth.user_id, auth.username, auth.integrity_key())


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")


def entry_hash(
    previous_hash: str,
    entry_id: int,
    at: datetime,
    user_id: int | None,
    username: str,
    action: str,
    case_id: int | None,
    case_code: str,
    detail: str,
) -> str:
    body = json.dumps(
        [entry_id, _stamp(at), user_id, username, action, case_id, case_code, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((previous_hash + body).encode("utf-8")).hexdigest()


def record(
    db: Session,
    actor: Actor | None,
    action: AuditAction,
    *,
    case_id: int | None = None,
    case_code: str = "",
    detail: str = "",
    at: datetime | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (so the entry and the change commit together)."""
    moment = at or utc_now()
    last = db.execute(
        select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    previous = last.entry_hash if last else GENESIS
    # The id goes into the hash, so it is chosen here; AUTOINCREMENT would give the same number.
    next_id = db.scalar(
        text("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name='audit_entry'), 0)")
    )
    entry_id = int(next_id or 0) + 1
    user_id = actor.user_id if actor else None
    # Composed before hashing: the store composes every text it keeps (core/store/composed_text.py), and
    # the hash must cover exactly what is kept.
    username = nfc(actor.username) if actor else ""
    case_code, detail = nfc(case_code), nfc(detail)
    hashed = entry_hash(
        previous, entry_id, moment, user_id, username, action.value, case_id, case_code, detail
    )
    key = actor.integrity_key if actor else None
    entry = AuditEntry(
        id=entry_id,
        at=moment,
        user_id=user_id,
        username=username,
        action=action.value,
        case_id=case_id,
        case_code=case_code,
        detail=detail,
        previous_hash=previous,
        entry_hash=hashed,
        mac=integrity.entry_mac(key, hashed) if key else None,
    )
    db.add(entry)
    db.flush()
    if key:
        advance_head(db, key, entry_id, hashed)
    return entry


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    entries: int
    first_bad_id: int | None
    message: str  # Vietnamese, one line, for `gender-equality-desk check` and the admin screen


class ChainRow(Protocol):
    """One stored line of a chain: an audit_entry row, or a line of an old PC's archived log."""

    @property
    def id(self) -> int: ...
    @property
    def at(self) -> datetime: ...
    @property
    def user_id(self) -> int | None: ...
    @property
    def username(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def case_id(self) -> int | None: ...
    @property
    def case_code(self) -> str: ...
    @property
    def detail(self) -> str: ...
    @property
    def previous_hash(self) -> str: ...
    @property
    def entry_hash(self) -> str: ...


@dataclass(frozen=True)
class ChainBreak:
    bad_id: int
    what: str  # "dòng số 5 đã bị sửa", for the verdict


def walk_chain(
    rows: Iterable[ChainRow], edited: Callable[[ChainRow], bool] = lambda _row: False
) -> tuple[int, ChainBreak | None]:
    """How many lines hold, from the first (ids 1, 2, 3…, each hashing onto the one before, the first onto
    GENESIS), and the first break if any; `edited` flags a line as changed beyond what its hash covers.
    Stops reading `rows` at the break."""
    previous, expected_id, count = GENESIS, 1, 0
    for row in rows:
        if row.id != expected_id:
            return count, ChainBreak(expected_id, f"thiếu dòng số {expected_id} (đã bị xóa)")
        if row.previous_hash != previous:
            what = f"dòng số {row.id} không nối với dòng trước (dòng trước bị sửa hoặc xóa)"
            return count, ChainBreak(row.id, what)
        computed = entry_hash(previous, row.id, row.at, row.user_id, row.username, row.action, row.case_id,
                              row.case_code, row.detail)  # fmt: skip
        if computed != row.entry_hash or edited(row):
            return count, ChainBreak(row.id, f"dòng số {row.id} đã bị sửa")
        previous, expected_id, count = row.entry_hash, expected_id + 1, count + 1
    return count, None


def verify_audit_chain(db: Session) -> AuditCheck:
    """Recompute the whole chain. Reads in id order, one row at a time."""
    rows = db.execute(
        select(
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
        ).order_by(AuditEntry.id)
    )
    count, found = walk_chain(rows)
    if found is not None:
        return _broken(count, found.bad_id, found.what)
    sequence = db.scalar(
        text("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name='audit_entry'), 0)")
    )
    if int(sequence or 0) > count:
        return _broken(count, count + 1, f"thiếu các dòng cuối từ số {count + 1} (đã bị xóa)")
    return AuditCheck(True, count, None, f"TỐT: nhật ký truy cập nguyên vẹn ({count} dòng, chuỗi băm khớp).")


def _broken(count: int, bad_id: int, what: str) -> AuditCheck:
    return AuditCheck(False, count, bad_id, f"LỖI: nhật ký truy cập đã bị can thiệp: {what}.")


def check_audit_file(path: Path) -> AuditCheck:
    """verify_audit_chain on a store file opened read-only (for the `check` command)."""
    if not path.exists():
        return AuditCheck(False, 0, None, f"LỖI: không có tệp dữ liệu tại {path}.")
    engine: Engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    )
    try:
        with Session(engine) as db:
            tables = set(db.scalars(text("SELECT name FROM sqlite_master WHERE type='table'")))
            if "audit_entry" not in tables:
                return AuditCheck(True, 0, None, "TỐT: chưa có nhật ký truy cập (lược đồ cũ).")
            return verify_audit_chain(db)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime
    username: str
    action: AuditAction | None
    action_label: str
    case_code: str
    detail: str


def list_entries(auth: AuthSession, *, limit: int = 500, before_id: int | None = None) -> list[AuditLine]:
    """The newest entries first, for the administrator's screen and export."""
    auth.require_role(Role.ADMIN)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    with auth.store.reading() as db:
        lines = []
        for entry in db.scalars(query):
            try:
                action: AuditAction | None = AuditAction.of(entry.action)
            except ValueError:
                action = None
            lines.append(
                AuditLine(
                    entry.id,
                    entry.at,
                    entry.username,
                    action,
                    action.label if action else entry.action,
                    entry.case_code,
                    entry.detail,
                )
            )
    return lines


def record_event(
    auth: AuthSession,
    action: AuditAction,
    *,
    case_id: int | None = None,
    case_code: str = "",
    detail: str = "",
) -> None:
    """Log an export or a print done by the GUI or a report (detail says what, e.g. the report name)."""
    auth.require_open()
    with auth.store.transaction() as db:
        record(db, Actor.of(auth), action, case_id=case_id, case_code=case_code, detail=detail)
