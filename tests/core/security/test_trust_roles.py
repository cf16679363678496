"""Roles and case assignments changed with raw SQL: before the bindings, `UPDATE user_account SET
role='admin'` made a viewer an administrator who could disable the real one, and a changed
`assigned_to_id` let a case officer open a colleague's case. Now each is refused at sign-in or when the
case is opened, reported by `check`, and put back by the administrator or the recovery key."""

from __future__ import annotations

from pathlib import Path

import pytest

from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AccessDeniedError, Role, SignInError
from gender_equality_desk.core.store.engine import Store

from ..exchange.case_helpers import CaseTeam, make_case_team  # noqa: TID252 (the shared case team)
from .trust_helpers import ADMIN_PASSWORD, query, run_check, tamper

Check = tuple[pytest.CaptureFixture[str], pytest.MonkeyPatch]
SECOND_OFFICER_PASSWORD = "Can bo hai 2024"


@pytest.fixture
def team(store: Store, tmp_path: Path) -> CaseTeam:
    """make_case_team, plus a second case officer "canbo2" (Đinh Văn Hải) with no case of her own."""
    made = make_case_team(store, tmp_path / "files")
    accounts.create_account(made.admin, "canbo2", "Đinh Văn Hải", Role.CASE_OFFICER, SECOND_OFFICER_PASSWORD)
    for session in (made.admin, made.officer, made.viewer):
        accounts.sign_out(session)
    return made


@pytest.fixture
def check(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Check:
    return capsys, monkeypatch


def _id(store: Store, username: str) -> int:
    return int(str(query(store.path, f"SELECT id FROM user_account WHERE username = '{username}'")[0][0]))


def _edit(store: Store, statement: str) -> None:
    tamper(store.path, statement)  # no trigger guards these tables; the helper only runs the SQL


def test_a_viewer_promoted_by_sql_cannot_sign_in_as_administrator(
    store: Store, team: CaseTeam, check: Check
) -> None:
    _edit(store, "UPDATE user_account SET role = 'admin' WHERE username = 'lanhdao'")
    with pytest.raises(SignInError) as refused:
        accounts.sign_in(store, "lanhdao", "Lanh dao 2024")
    assert str(refused.value).startswith(
        "Tài khoản “lanhdao” được ghi là quản trị viên nhưng không có khóa dữ liệu của vai trò này: vai "
        "trò đã bị sửa ngoài ứng dụng. Không đăng nhập được."
    )
    # So the real administrator was not disabled, and still signs in.
    assert query(store.path, "SELECT is_active FROM user_account WHERE username = 'quantri'") == [(1,)]
    admin = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    assert admin.role is Role.ADMIN
    assert (
        "tài khoản “lanhdao” mang vai trò quản trị viên nhưng không có khóa dữ liệu của vai trò này: vai "
        "trò đã bị sửa ngoài ứng dụng"
    ) in admin.trust_findings
    accounts.sign_out(admin)
    code, out = run_check(store.path.parent, *check)  # seen without any password
    assert code == 1 and "LỖI: tài khoản “lanhdao” mang vai trò quản trị viên" in out


def test_a_case_officer_promoted_by_sql_is_refused_and_told_what_changed(
    store: Store, team: CaseTeam
) -> None:
    _edit(store, "UPDATE user_account SET role = 'admin' WHERE username = 'canbo'")
    with pytest.raises(SignInError) as refused:
        accounts.sign_in(store, "canbo", "Can bo xa 2024")
    assert str(refused.value).startswith(
        "Không đăng nhập được: tài khoản “canbo”: vai trò (gốc: cán bộ phụ trách hồ sơ, nay: quản trị viên) "
        "đã bị sửa ngoài ứng dụng."
    )
    last = query(
        store.path, "SELECT username, action, detail, mac IS NOT NULL FROM audit_entry ORDER BY id DESC"
    )
    assert last[0] == ("canbo", "sign_in_failed", "vai trò hoặc trạng thái bị sửa ngoài ứng dụng", 1)


def test_a_changed_assignment_opens_nothing(store: Store, team: CaseTeam, check: Check) -> None:
    case_id = team.case_ids[0]
    _edit(store, f"UPDATE support_case SET assigned_to_id = {_id(store, 'canbo2')} WHERE id = {case_id}")
    intruder = accounts.sign_in(store, "canbo2", SECOND_OFFICER_PASSWORD)
    with pytest.raises(AccessDeniedError) as refused:
        load_case(intruder, case_id)
    assert str(refused.value) == (
        "Không mở được hồ sơ BL-2025-0001: người tạo hoặc cán bộ phụ trách của hồ sơ đã bị sửa ngoài ứng "
        "dụng. Hãy báo quản trị viên xử lý ở Tài khoản → Kiểm tra phân quyền."
    )
    accounts.sign_out(intruder)
    # Nobody opens it until an administrator deals with it: no save may bind the change as the app's.
    admin = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    with pytest.raises(AccessDeniedError, match="đã bị sửa ngoài ứng dụng"):
        load_case(admin, case_id)
    assert admin.trust_findings == (
        "hồ sơ BL-2025-0001: cán bộ phụ trách (gốc: Lò Thị Mai, nay: Đinh Văn Hải) đã bị sửa ngoài ứng dụng",
    )
    accounts.sign_out(admin)
    code, out = run_check(store.path.parent, *check, user="quantri")
    assert code == 1
    assert "LỖI: hồ sơ BL-2025-0001: cán bộ phụ trách (gốc: Lò Thị Mai, nay: Đinh Văn Hải) đã bị sửa" in out


def test_a_changed_creator_opens_nothing_either(store: Store, team: CaseTeam) -> None:
    case_id = team.case_ids[1]
    canbo2 = _id(store, "canbo2")
    _edit(
        store,
        f"UPDATE support_case SET created_by_id = {canbo2}, assigned_to_id = {canbo2} WHERE id = {case_id}",
    )
    intruder = accounts.sign_in(store, "canbo2", SECOND_OFFICER_PASSWORD)
    with pytest.raises(AccessDeniedError, match="người tạo hoặc cán bộ phụ trách của hồ sơ đã bị sửa"):
        load_case(intruder, case_id)


def test_an_administrator_disabled_by_sql_gets_back_in_with_the_recovery_key(
    store: Store, team: CaseTeam
) -> None:
    _edit(store, "UPDATE user_account SET role = 'viewer', is_active = 0 WHERE username = 'quantri'")
    with pytest.raises(SignInError) as refused:
        accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    assert (
        "vai trò (gốc: quản trị viên, nay: lãnh đạo / chỉ xem thống kê) và trạng thái (gốc: đang hoạt "
        "động, nay: đã vô hiệu hóa) đã bị sửa ngoài ứng dụng"
    ) in str(refused.value)
    accounts.recover_with_key(store, team.recovery_key, "quantri", "Mat khau moi 2025")
    admin = accounts.sign_in(store, "quantri", "Mat khau moi 2025")
    assert admin.role is Role.ADMIN and admin.trust_findings == ()


def test_an_account_re_enabled_by_sql_stays_out(store: Store, team: CaseTeam) -> None:
    admin = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    accounts.set_account_active(admin, _id(store, "canbo2"), False)
    _edit(store, "UPDATE user_account SET is_active = 1 WHERE username = 'canbo2'")
    with pytest.raises(SignInError, match="trạng thái \\(gốc: đã vô hiệu hóa, nay: đang hoạt động\\)"):
        accounts.sign_in(store, "canbo2", SECOND_OFFICER_PASSWORD)
    with pytest.raises(accounts.UserFacingError, match="đã bị sửa ngoài ứng dụng"):
        accounts.set_account_active(admin, _id(store, "canbo2"), False)  # would bind the change as the app's
