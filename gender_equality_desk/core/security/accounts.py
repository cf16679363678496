"""Account services: first administrator, sign-in with lockout, sign-out, passwords, recovery key.

Every function runs its own unit of work and writes its audit entry in the same transaction.

Roles are checked against what the SQL writer cannot forge (core/security/integrity.py): an
administrator or case officer must unwrap the data key at sign-in (a viewer promoted by SQL has none),
and an account's name, role and state must match its MAC (`binding`), rewritten only by the services
here. A mismatch refuses the sign-in and says what was changed; the printed recovery key puts an
administrator's own account back.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import crypto, passwords
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.audit_anchor import is_anchored, load_anchor
from gender_equality_desk.core.security.bindings import (
    ROLES_WITH_DATA_KEY,
    account_holds,
    authentic_account,
    bind_account,
)
from gender_equality_desk.core.security.integrity import integrity_key
from gender_equality_desk.core.security.session import AuthSession, Role, SignInError
from gender_equality_desk.core.security.trust_anchor import SignInTrust, anchor_at_setup, on_sign_in
from gender_equality_desk.core.security.trust_check import account_finding
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.case_models import KeyRecovery, UserAccount
from gender_equality_desk.core.store.engine import Store

USERNAME_RULE = re.compile(r"[a-z0-9._-]{3,60}")
WRONG_CREDENTIALS = (
    "Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra bàn phím (chữ hoa, bộ gõ tiếng Việt)."
)
RECOVERY_CONTEXT = "recovery"
ASK_ADMIN = (
    "Hãy báo quản trị viên kiểm tra (Hồ sơ hỗ trợ → Tài khoản → Kiểm tra phân quyền); nếu đây là tài "
    "khoản quản trị, dùng khóa khôi phục in lúc cài đặt để lấy lại."
)


def _user_context(account: UserAccount) -> str:
    return f"user/{account.uuid}"


@dataclass(frozen=True)
class AccountRow:
    id: int
    username: str
    display_name: str
    role: Role
    is_active: bool
    last_sign_in_at: datetime | None
    locked_until: datetime | None


@dataclass(frozen=True)
class SetupResult:
    session: AuthSession
    recovery_key: str  # shown once for printing; never stored


def normalise_username(username: str) -> str:
    return username.strip().casefold()


def username_problem(username: str) -> str | None:
    if not USERNAME_RULE.fullmatch(normalise_username(username)):
        return (
            "Tên đăng nhập cần 3–60 ký tự, chỉ gồm chữ không dấu, số và dấu chấm, gạch dưới, gạch ngang "
            "(ví dụ: canbo.vhxh)."
        )
    return None


def _check_new_password(password: str, username: str) -> None:
    problem = passwords.password_problem(password, username)
    if problem:
        raise UserFacingError(problem)


def needs_setup(store: Store) -> bool:
    """True until the first administrator exists."""
    with store.reading() as db:
        return not db.scalar(select(func.count()).select_from(UserAccount))


def _new_account(
    db: Session, username: str, display_name: str, role: Role, password: str, data_key: bytes | None
) -> UserAccount:
    name = normalise_username(username)
    problem = username_problem(name)
    if problem:
        raise UserFacingError(problem)
    if not display_name.strip():
        raise UserFacingError("Chưa nhập họ tên người dùng tài khoản.")
    _check_new_password(password, name)
    if db.scalar(select(UserAccount.id).where(UserAccount.username == name)) is not None:
        raise UserFacingError(f"Tên đăng nhập “{name}” đã có. Hãy chọn tên khác.")
    derived = passwords.hash_password(password)
    account = UserAccount(
        username=name,
        display_name=display_name.strip(),
        role=role.value,
        password_hash=derived.stored_hash,
        password_changed_at=utc_now(),
    )
    db.add(account)
    db.flush()
    # Viewers only see anonymised statistics: they are never given the data key.
    if data_key is not None and role is not Role.VIEWER:
        account.wrapped_data_key = crypto.wrap_key(derived.kek, data_key, _user_context(account))
    return account


def _open_session(
    store: Store, account: UserAccount, data_key: bytes | None, trust: SignInTrust | None = None
) -> AuthSession:
    return AuthSession(
        store=store,
        user_id=account.id,
        username=account.username,
        display_name=account.display_name,
        role=Role.of(account.role),
        signed_in_at=utc_now(),
        _data_key=bytearray(data_key) if data_key is not None and account.role != Role.VIEWER.value else None,
        trust_findings=trust.findings if trust else (),
        trust_note=trust.note if trust else "",
    )


def create_first_administrator(store: Store, username: str, display_name: str, password: str) -> SetupResult:
    """First run: the administrator, the data key and the recovery key (returned once, for printing)."""
    data_key = crypto.new_data_key()
    recovery_text = crypto.new_recovery_key()
    salt = os.urandom(16)
    with store.transaction() as db:
        if db.scalar(select(func.count()).select_from(UserAccount)):
            raise UserFacingError("Đã có tài khoản quản trị; hãy đăng nhập bằng tài khoản đó.")
        account = _new_account(db, username, display_name, Role.ADMIN, password, data_key)
        kek = crypto.recovery_kek(crypto.parse_recovery_key(recovery_text), salt)
        db.add(KeyRecovery(salt=salt, wrapped_data_key=crypto.wrap_key(kek, data_key, RECOVERY_CONTEXT)))
        account.last_sign_in_at = utc_now()
        actor = Actor(account.id, account.username, integrity_key(data_key))
        setup = record(db, actor, AuditAction.SETUP)
        assert actor.integrity_key is not None
        anchor_at_setup(db, actor.integrity_key, account, setup)  # a new store is anchored from its start
        record(db, actor, AuditAction.SIGN_IN)
        session = _open_session(store, account, data_key)
    return SetupResult(session, recovery_text)


_DUMMY_HASH: str | None = None


def _waste_time(password: str) -> None:
    """Spend the time of a real check, so a wrong name answers as slowly as a wrong password."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = passwords.hash_password("dummy-password-0").stored_hash
    passwords.verify_password(password, _DUMMY_HASH)


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None) -> AuthSession:
    """Check the password, unwrap the data key and open a session; SignInError (Vietnamese) otherwise."""
    moment = now or utc_now()
    name = normalise_username(username)
    refusal: str | None = None
    with store.transaction() as db:
        account = db.scalars(
            select(UserAccount).where(UserAccount.username == name, UserAccount.is_deleted.is_(False))
        ).one_or_none()
        if account is None:
            _waste_time(password)
            # The typed name is not logged: it could be anything, even a survivor's name typed by mistake.
            record(db, None, AuditAction.SIGN_IN_FAILED, detail="tên đăng nhập không tồn tại", at=moment)
            refusal = WRONG_CREDENTIALS
        elif account.locked_until is not None and account.locked_until > moment:
            wait = int((account.locked_until - moment).total_seconds()) + 1
            record(
                db,
                Actor(account.id, account.username),
                AuditAction.SIGN_IN_FAILED,
                detail="đang tạm khóa",
                at=moment,
            )
            refusal = (
                f"Đã nhập sai mật khẩu {account.failed_attempts} lần liên tiếp. "
                f"Vui lòng chờ {_duration(wait)} rồi thử lại."
            )
        else:
            kek = passwords.verify_password(password, account.password_hash)
            if kek is None:
                account.failed_attempts += 1
                delay = passwords.lockout_delay(account.failed_attempts)
                account.locked_until = moment + delay if delay else None
                record(
                    db,
                    Actor(account.id, account.username),
                    AuditAction.SIGN_IN_FAILED,
                    detail="sai mật khẩu",
                    at=moment,
                )
                refusal = WRONG_CREDENTIALS
                if delay:
                    refusal += f" Phải chờ {_duration(int(delay.total_seconds()))} trước lần thử tiếp theo."
            else:
                admitted = _admit(store, db, account, kek, moment)
                if isinstance(admitted, AuthSession):
                    return admitted
                refusal = admitted
    raise SignInError(refusal)


def _refused(db: Session, actor: Actor, detail: str, moment: datetime, message: str) -> str:
    record(db, actor, AuditAction.SIGN_IN_FAILED, detail=detail, at=moment)
    return message


def _admit(
    store: Store, db: Session, account: UserAccount, kek: bytes, moment: datetime
) -> AuthSession | str:
    """The password matched: open the session, or the refusal (logged) when the account's role, state or
    key was changed outside the app, or it is disabled."""
    actor = Actor(account.id, account.username)
    data_key = None
    if account.wrapped_data_key is not None:
        try:
            data_key = crypto.unwrap_key(kek, account.wrapped_data_key, _user_context(account))
        except crypto.DecryptionError:
            message = (
                f"Khóa dữ liệu của tài khoản “{account.username}” không mở được bằng mật khẩu này: tài khoản "
                f"đã bị sửa ngoài ứng dụng. Không đăng nhập được. {ASK_ADMIN}"
            )
            return _refused(db, actor, "khóa dữ liệu không mở được", moment, message)
    if account.role in ROLES_WITH_DATA_KEY and data_key is None:
        # Administrators and case officers are given the data key; a role set by SQL comes without it.
        role = Role.of(account.role).label.lower()
        message = (
            f"Tài khoản “{account.username}” được ghi là {role} nhưng không có khóa dữ liệu của vai trò "
            f"này: vai trò đã bị sửa ngoài ứng dụng. Không đăng nhập được. {ASK_ADMIN}"
        )
        return _refused(db, actor, "vai trò không khớp khóa dữ liệu", moment, message)
    key = integrity_key(data_key) if data_key is not None else None
    actor = Actor(account.id, account.username, key)
    if key is not None:
        finding = account_finding(key, account, is_anchored(load_anchor(db)))
        if finding is not None:
            message = f"Không đăng nhập được: {finding.what}. {ASK_ADMIN}"
            return _refused(db, actor, "vai trò hoặc trạng thái bị sửa ngoài ứng dụng", moment, message)
    if not account.is_active:
        message = "Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên."
        return _refused(db, actor, "tài khoản bị vô hiệu hóa", moment, message)
    account.failed_attempts = 0
    account.locked_until = None
    account.last_sign_in_at = moment
    trust = on_sign_in(db, key, account, actor) if key is not None else None
    record(db, actor, AuditAction.SIGN_IN, at=moment)
    return _open_session(store, account, data_key, trust)


def unlock_data_key(db: Session, username: str, password: str) -> tuple[UserAccount, bytes]:
    """The account and its data key, read only (for `check --user`: nothing is written, so no lockout
    either — whoever has the file can try passwords against its hashes offline anyway). SignInError
    (Vietnamese) for a wrong name or password, or an account that holds no data key."""
    account = db.scalars(
        select(UserAccount).where(
            UserAccount.username == normalise_username(username), UserAccount.is_deleted.is_(False)
        )
    ).one_or_none()
    kek = passwords.verify_password(password, account.password_hash) if account is not None else None
    if account is None or kek is None:
        raise SignInError(WRONG_CREDENTIALS)
    if account.wrapped_data_key is None:
        raise SignInError(
            f"Tài khoản “{account.username}” không giữ khóa dữ liệu nên không kiểm tra được mã xác thực; "
            "hãy dùng tài khoản quản trị viên."
        )
    try:
        return account, crypto.unwrap_key(kek, account.wrapped_data_key, _user_context(account))
    except crypto.DecryptionError:
        raise SignInError(
            f"Khóa dữ liệu của tài khoản “{account.username}” không mở được bằng mật khẩu này: tài khoản đã "
            "bị sửa ngoài ứng dụng. Hãy dùng tài khoản quản trị viên khác hoặc khóa khôi phục."
        ) from None


def _duration(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} giây"
    return f"{(seconds + 59) // 60} phút"


def sign_out(auth: AuthSession) -> None:
    """Log the sign-out and forget the data key. Signing out twice is harmless."""
    if not auth.is_open:
        return
    with auth.store.transaction() as db:
        record(db, Actor.of(auth), AuditAction.SIGN_OUT)
    auth.close()


def _account(db: Session, user_id: int) -> UserAccount:
    account = db.get(UserAccount, user_id)
    if account is None or account.is_deleted:
        raise UserFacingError("Không tìm thấy tài khoản này (có thể đã bị xóa).")
    return account


def change_password(auth: AuthSession, old_password: str, new_password: str) -> None:
    """Rewrap the data key under the new password: no case is re-encrypted."""
    auth.require_open()
    with auth.store.transaction() as db:
        account = _account(db, auth.user_id)
        kek = passwords.verify_password(old_password, account.password_hash)
        if kek is None:
            raise UserFacingError("Mật khẩu hiện tại không đúng.")
        _set_password(account, new_password, auth.data_key() if auth.has_data_key else None)
        record(db, Actor.of(auth), AuditAction.PASSWORD_CHANGED)


def _set_password(account: UserAccount, new_password: str, data_key: bytes | None) -> None:
    _check_new_password(new_password, account.username)
    derived = passwords.hash_password(new_password)
    account.password_hash = derived.stored_hash
    account.wrapped_data_key = (
        crypto.wrap_key(derived.kek, data_key, _user_context(account))
        if data_key is not None and account.role != Role.VIEWER.value
        else None
    )
    account.failed_attempts = 0
    account.locked_until = None
    account.password_changed_at = utc_now()


def create_account(auth: AuthSession, username: str, display_name: str, role: Role, password: str) -> int:
    """Administrator only. The new user's copy of the data key is wrapped with the given password."""
    auth.require_role(Role.ADMIN)
    with auth.store.transaction() as db:
        account = _new_account(db, username, display_name, role, password, auth.data_key())
        bind_account(_integrity_key(auth), account)
        record(db, Actor.of(auth), AuditAction.ACCOUNT_CREATED, detail=f"{account.username} ({role.value})")
        return account.id


def _integrity_key(auth: AuthSession) -> bytes:
    key = auth.integrity_key()
    if key is None:
        auth.data_key()  # raises the refusal: this session holds no data key
        raise AssertionError("a session with the data key has an integrity key")
    return key


def _require_untouched(key: bytes, account: UserAccount) -> None:
    """Refuse to rewrite the binding of an account changed outside the app (it would accept that change)."""
    if account.binding is not None and not account_holds(key, account):
        raise UserFacingError(
            f"Tài khoản “{account.username}” đã bị sửa ngoài ứng dụng. Hãy xử lý trước ở Tài khoản → "
            "Kiểm tra phân quyền."
        )


def set_account_active(auth: AuthSession, user_id: int, active: bool) -> None:
    auth.require_role(Role.ADMIN)
    if user_id == auth.user_id and not active:
        raise UserFacingError("Không thể tự vô hiệu hóa tài khoản đang đăng nhập.")
    key = _integrity_key(auth)
    with auth.store.transaction() as db:
        account = _account(db, user_id)
        _require_untouched(key, account)
        account.is_active = active
        bind_account(key, account)
        record(
            db,
            Actor.of(auth),
            AuditAction.ACCOUNT_CHANGED,
            detail=f"{account.username}: {'kích hoạt' if active else 'vô hiệu hóa'}",
        )


def reset_password(auth: AuthSession, user_id: int, new_password: str) -> None:
    """Administrator sets a new password for someone who forgot theirs (and unlocks the account)."""
    auth.require_role(Role.ADMIN)
    with auth.store.transaction() as db:
        account = _account(db, user_id)
        _set_password(account, new_password, auth.data_key())
        record(
            db, Actor.of(auth), AuditAction.ACCOUNT_CHANGED, detail=f"{account.username}: đặt lại mật khẩu"
        )


def recover_with_key(store: Store, recovery_key: str, username: str, new_password: str) -> None:
    """Set a new password with the printed recovery key (e.g. the only administrator forgot theirs)."""
    raw = crypto.parse_recovery_key(recovery_key)
    with store.transaction() as db:
        row = db.scalars(select(KeyRecovery).order_by(KeyRecovery.id.desc()).limit(1)).one_or_none()
        if row is None:
            raise UserFacingError("Kho dữ liệu chưa có khóa khôi phục (chưa khởi tạo bảo mật).")
        try:
            data_key = crypto.unwrap_key(
                crypto.recovery_kek(raw, row.salt), row.wrapped_data_key, RECOVERY_CONTEXT
            )
        except crypto.DecryptionError:
            record(db, None, AuditAction.SIGN_IN_FAILED, detail="khóa khôi phục sai")
            raise UserFacingError(
                "Khóa khôi phục không đúng. Hãy đối chiếu lại từng ký tự với bản in."
            ) from None
        account = db.scalars(
            select(UserAccount).where(
                UserAccount.username == normalise_username(username), UserAccount.is_deleted.is_(False)
            )
        ).one_or_none()
        if account is None:
            raise UserFacingError("Không có tài khoản với tên đăng nhập này.")
        key = integrity_key(data_key)
        # The recovery key is the root of trust: a role changed outside the app goes back to what the app
        # last wrote, and the account is bound again as it now is.
        authentic = authentic_account(key, account)
        if authentic is not None:
            account.role = authentic[0]
        _set_password(account, new_password, data_key)
        account.is_active = True
        bind_account(key, account)
        record(db, Actor(account.id, account.username, key), AuditAction.PASSWORD_RECOVERED)


def replace_recovery_key(auth: AuthSession) -> str:
    """A new recovery key (the old printout stops working). Administrator only; shown once."""
    auth.require_role(Role.ADMIN)
    text = crypto.new_recovery_key()
    salt = os.urandom(16)
    kek = crypto.recovery_kek(crypto.parse_recovery_key(text), salt)
    with auth.store.transaction() as db:
        for old in db.scalars(select(KeyRecovery)):
            db.delete(old)
        db.add(
            KeyRecovery(salt=salt, wrapped_data_key=crypto.wrap_key(kek, auth.data_key(), RECOVERY_CONTEXT))
        )
        record(db, Actor.of(auth), AuditAction.ACCOUNT_CHANGED, detail="tạo khóa khôi phục mới")
    return text


def _row(account: UserAccount) -> AccountRow:
    return AccountRow(
        account.id,
        account.username,
        account.display_name,
        Role.of(account.role),
        account.is_active,
        account.last_sign_in_at,
        account.locked_until,
    )


def list_accounts(auth: AuthSession) -> list[AccountRow]:
    auth.require_role(Role.ADMIN)
    with auth.store.reading() as db:
        query = select(UserAccount).where(UserAccount.is_deleted.is_(False)).order_by(UserAccount.username)
        return [_row(account) for account in db.scalars(query)]


def case_workers(auth: AuthSession) -> list[AccountRow]:
    """Active accounts a case can be assigned to (administrators and case officers)."""
    auth.require_role(Role.ADMIN, Role.CASE_OFFICER)
    with auth.store.reading() as db:
        query = (
            select(UserAccount)
            .where(
                UserAccount.is_deleted.is_(False),
                UserAccount.is_active.is_(True),
                UserAccount.role.in_([Role.ADMIN.value, Role.CASE_OFFICER.value]),
            )
            .order_by(UserAccount.display_name)
        )
        return [_row(account) for account in db.scalars(query)]
