"""The administrator deals with roles and assignments changed by SQL: Kiểm tra phân quyền lists them
with the values the app last wrote, and "Khôi phục và xác nhận" puts them back and logs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.cases.records import list_cases
from gender_equality_desk.core.security import accounts, trust_repair
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store

from ..exchange.case_helpers import SURVIVOR_NAMES, CaseTeam, make_case_team  # noqa: TID252 (the shared case team)
from .trust_helpers import ADMIN_PASSWORD, cut_and_renumber, follow_anchor, query, run_check, tamper

Check = tuple[pytest.CaptureFixture[str], pytest.MonkeyPatch]
SECOND_OFFICER_PASSWORD = "Can bo hai 2024"


@pytest.fixture
def team(store: Store, tmp_path: Path) -> CaseTeam:
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
    tamper(store.path, statement)


def test_the_administrator_puts_roles_and_assignments_back(
    store: Store, team: CaseTeam, check: Check
) -> None:
    case_id = team.case_ids[0]
    _edit(store, "UPDATE user_account SET role = 'admin' WHERE username = 'canbo'")
    _edit(store, f"UPDATE support_case SET assigned_to_id = {_id(store, 'canbo2')} WHERE id = {case_id}")
    admin = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    review = trust_repair.review(admin)
    assert review.problems == (
        "tài khoản “canbo”: vai trò (gốc: cán bộ phụ trách hồ sơ, nay: quản trị viên) đã bị sửa ngoài "
        "ứng dụng",
        "hồ sơ BL-2025-0001: cán bộ phụ trách (gốc: Lò Thị Mai, nay: Đinh Văn Hải) đã bị sửa ngoài ứng dụng",
    )
    result = trust_repair.repair(admin)
    assert result.restored == (
        "tài khoản “canbo”: cán bộ phụ trách hồ sơ, đang hoạt động",
        "hồ sơ BL-2025-0001: cán bộ phụ trách Lò Thị Mai",
    )
    assert result.accepted == ()
    assert query(store.path, "SELECT role FROM user_account WHERE username = 'canbo'") == [("case_officer",)]
    assert query(store.path, f"SELECT assigned_to_id FROM support_case WHERE id = {case_id}") == [
        (_id(store, "canbo"),)
    ]
    assert trust_repair.review(admin).ok
    accounts.sign_out(admin)
    officer = accounts.sign_in(store, "canbo", "Can bo xa 2024")
    assert officer.role is Role.CASE_OFFICER
    assert load_case(officer, case_id).data.identity.survivor_name == SURVIVOR_NAMES[0]
    intruder = accounts.sign_in(store, "canbo2", SECOND_OFFICER_PASSWORD)
    assert [row.id for row in list_cases(intruder)] == []
    code, out = run_check(store.path.parent, *check, user="quantri")
    assert code == 0, out


def test_a_rebuilt_log_stays_evidence_once_dealt_with(store: Store, team: CaseTeam, check: Check) -> None:
    first_account = "SELECT min(id) FROM audit_entry WHERE action = 'account_created'"
    created = int(str(query(store.path, first_account)[0][0]))
    tamper(store.path, *cut_and_renumber(created), rechain=True)
    follow_anchor(store.path)
    # Every MAC from the cut on was made over a hash the rebuilt chain changed; and the anchor's.
    macs = f"SELECT count(*) FROM audit_entry WHERE id >= {created} AND mac IS NOT NULL"
    rows = int(str(query(store.path, macs)[0][0]))
    broken = rows + 1
    admin = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    assert admin.trust_findings == ("dấu neo của nhật ký không khớp mã xác thực: đã bị sửa ngoài ứng dụng",)
    assert trust_repair.repair(admin) == trust_repair.RepairResult((), ())
    confirmation = query(store.path, "SELECT detail FROM audit_entry WHERE action = 'trust_confirmed'")
    assert confirmation == [
        (
            f"nhật ký: {broken} chỗ bị sửa (dòng số {created} không khớp mã xác thực: nhật ký đã bị sửa, "
            "chèn hoặc viết lại ngoài ứng dụng)",
        )
    ]
    accounts.sign_out(admin)
    code, out = run_check(store.path.parent, *check, user="quantri")
    assert code == 0, out
    # The rows keep their evidence, now counted as dealt with; the anchor holds again.
    assert f"{rows} chỗ bị sửa trước đây đã được quản trị viên xử lý)." in out
    again = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    assert again.trust_findings == ()
