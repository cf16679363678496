"""Accounts: first administrator, sign-in, lockout, password change, recovery key, roles."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import accounts, crypto
from gender_equality_desk.core.security.audit import verify_audit_chain
from gender_equality_desk.core.security.session import AccessDeniedError, Role, SignInError
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.case_models import AuditEntry, UserAccount
from gender_equality_desk.core.store.engine import Store

ADMIN_PASSWORD = "Quan tri 2024"


@pytest.fixture
def setup(store: Store) -> accounts.SetupResult:
    return accounts.create_first_administrator(store, "QuanTri", "Nguyễn Văn Quản", ADMIN_PASSWORD)


def actions(store: Store) -> list[tuple[str, str, str]]:
    with store.reading() as db:
        return [
            (e.action, e.username, e.detail) for e in db.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_first_administrator_gets_a_session_and_a_recovery_key(store: Store) -> None:
    assert accounts.needs_setup(store)
    result = accounts.create_first_administrator(store, "QuanTri", "Nguyễn Văn Quản", ADMIN_PASSWORD)
    assert not accounts.needs_setup(store)
    assert result.session.role is Role.ADMIN and result.session.username == "quantri"
    assert len(result.session.data_key()) == 32
    assert len(result.recovery_key) == 39
    assert [a for a, _, _ in actions(store)] == ["setup", "sign_in"]
    with pytest.raises(UserFacingError, match="Đã có tài khoản quản trị"):
        accounts.create_first_administrator(store, "khac", "Khác", ADMIN_PASSWORD)


def test_weak_password_is_refused_at_setup(store: Store) -> None:
    with pytest.raises(UserFacingError, match="ít nhất 10 ký tự"):
        accounts.create_first_administrator(store, "quantri", "Q", "abc123")
    assert accounts.needs_setup(store)


def test_sign_in_unwraps_the_same_data_key(store: Store, setup: accounts.SetupResult) -> None:
    session = accounts.sign_in(store, " QUANTRI ", ADMIN_PASSWORD)
    assert session.data_key() == setup.session.data_key()
    accounts.sign_out(session)
    assert not session.is_open
    with pytest.raises(AccessDeniedError, match="đăng nhập lại"):
        session.data_key()
    assert [a for a, _, _ in actions(store)][-2:] == ["sign_in", "sign_out"]


def test_wrong_password_and_unknown_name_are_refused_alike(store: Store, setup: accounts.SetupResult) -> None:
    with pytest.raises(SignInError) as wrong_password:
        accounts.sign_in(store, "quantri", "Quan tri 2025")
    with pytest.raises(SignInError) as unknown:
        accounts.sign_in(store, "Nguyen Thi Lan", ADMIN_PASSWORD)
    assert str(wrong_password.value) == str(unknown.value) == accounts.WRONG_CREDENTIALS
    logged = actions(store)[-2:]
    assert logged == [
        ("sign_in_failed", "quantri", "sai mật khẩu"),
        ("sign_in_failed", "", "tên đăng nhập không tồn tại"),
    ]
    assert "nguyen" not in repr(actions(store)).lower()  # a mistyped name is never written down


def test_repeated_failures_lock_for_a_while(store: Store, setup: accounts.SetupResult) -> None:
    now = utc_now()
    for attempt in range(5):
        with pytest.raises(SignInError):
            accounts.sign_in(store, "quantri", f"sai mat khau {attempt}", now=now)
    # The 5th failure starts a 30 s wait: even the right password is refused meanwhile.
    with pytest.raises(SignInError, match="chờ 30 giây"):
        accounts.sign_in(store, "quantri", ADMIN_PASSWORD, now=now + timedelta(seconds=1))
    session = accounts.sign_in(store, "quantri", ADMIN_PASSWORD, now=now + timedelta(seconds=31))
    assert session.is_open
    with store.reading() as db:
        account = db.scalars(select(UserAccount)).one()
        assert (account.failed_attempts, account.locked_until) == (0, None)


def test_password_change_keeps_the_key(store: Store, setup: accounts.SetupResult) -> None:
    key = setup.session.data_key()
    with pytest.raises(UserFacingError, match="hiện tại không đúng"):
        accounts.change_password(setup.session, "sai roi 12345", "Mat khau moi 2025")
    accounts.change_password(setup.session, ADMIN_PASSWORD, "Mat khau moi 2025")
    with pytest.raises(SignInError):
        accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    assert accounts.sign_in(store, "quantri", "Mat khau moi 2025").data_key() == key


def test_recovery_key_resets_a_forgotten_password(store: Store, setup: accounts.SetupResult) -> None:
    key = setup.session.data_key()
    with pytest.raises(UserFacingError, match="không đúng"):
        accounts.recover_with_key(store, crypto.new_recovery_key(), "quantri", "Khoi phuc 2025")
    accounts.recover_with_key(store, setup.recovery_key.lower(), "quantri", "Khoi phuc 2025")
    assert accounts.sign_in(store, "quantri", "Khoi phuc 2025").data_key() == key
    # A replaced recovery key makes the old printout useless.
    new_key = accounts.replace_recovery_key(setup.session)
    with pytest.raises(UserFacingError, match="không đúng"):
        accounts.recover_with_key(store, setup.recovery_key, "quantri", "Khoi phuc 2026")
    accounts.recover_with_key(store, new_key, "quantri", "Khoi phuc 2026")
    assert accounts.sign_in(store, "quantri", "Khoi phuc 2026").data_key() == key


def test_roles_and_account_management(store: Store, setup: accounts.SetupResult) -> None:
    admin = setup.session
    officer_id = accounts.create_account(admin, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, "Can bo xa 2024")
    accounts.create_account(admin, "lanhdao", "Hoàng Văn Tú", Role.VIEWER, "Lanh dao 2024")
    with pytest.raises(UserFacingError, match="đã có"):
        accounts.create_account(admin, "CanBo", "Trùng", Role.VIEWER, "Lanh dao 2024")
    officer = accounts.sign_in(store, "canbo", "Can bo xa 2024")
    viewer = accounts.sign_in(store, "lanhdao", "Lanh dao 2024")
    assert officer.data_key() == admin.data_key()
    assert not viewer.has_data_key
    with pytest.raises(AccessDeniedError, match="chỉ xem được số liệu thống kê"):
        viewer.data_key()
    with pytest.raises(AccessDeniedError, match="quản trị viên"):
        accounts.create_account(officer, "khac", "Khác", Role.VIEWER, "Lanh dao 2024")
    with pytest.raises(AccessDeniedError):
        accounts.list_accounts(viewer)
    assert [row.username for row in accounts.list_accounts(admin)] == ["canbo", "lanhdao", "quantri"]
    assert [row.username for row in accounts.case_workers(officer)] == ["canbo", "quantri"]

    accounts.set_account_active(admin, officer_id, False)
    with pytest.raises(SignInError, match="vô hiệu hóa"):
        accounts.sign_in(store, "canbo", "Can bo xa 2024")
    accounts.set_account_active(admin, officer_id, True)
    accounts.reset_password(admin, officer_id, "Dat lai 20250")
    assert accounts.sign_in(store, "canbo", "Dat lai 20250").data_key() == admin.data_key()
    with pytest.raises(UserFacingError, match="tự vô hiệu hóa"):
        accounts.set_account_active(admin, admin.user_id, False)


def test_every_account_action_is_chained(store: Store, setup: accounts.SetupResult) -> None:
    accounts.create_account(setup.session, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, "Can bo xa 2024")
    with pytest.raises(SignInError):
        accounts.sign_in(store, "canbo", "sai mat khau 1")
    accounts.sign_out(accounts.sign_in(store, "canbo", "Can bo xa 2024"))
    with store.reading() as db:
        check = verify_audit_chain(db)
    assert check.ok and check.entries == 6, check
