"""A store made before the anchor (schema 0012) keeps working after the upgrade: its entries, accounts and
cases are anchored and bound at the first administrator sign-in, which says what it accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import SignInError
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import make_engine
from gender_equality_desk.core.store.opening import open_store

from ..exchange.case_helpers import SURVIVOR_NAMES, make_case_team  # noqa: TID252 (the shared case team)
from .trust_helpers import ADMIN_PASSWORD, query, run_check, tamper


@pytest.fixture
def upgraded(layout: DataLayout, tmp_path: Path) -> Path:
    """A store with accounts, cases and a log, taken back to 0012 (what the previous version left), then
    opened by this version."""
    store = open_store(layout)
    team = make_case_team(store, tmp_path / "files")
    for session in (team.admin, team.officer, team.viewer):
        accounts.sign_out(session)
    store.close()
    engine = make_engine(layout.store)
    migrate.downgrade(engine, "0012")
    engine.dispose()
    assert query(layout.store, "SELECT version_num FROM alembic_version") == [("0012",)]
    open_store(layout).close()
    return layout.store


def test_the_upgrade_keeps_everything_and_waits_for_an_administrator(upgraded: Path) -> None:
    entries = query(upgraded, "SELECT count(*) FROM audit_entry")[0][0]
    assert query(upgraded, "SELECT legacy_until, head_id, mac FROM trust_anchor") == [(entries, 0, None)]
    assert query(upgraded, "SELECT count(*) FROM user_account WHERE binding IS NULL") == [(3,)]
    assert query(upgraded, "SELECT count(*) FROM support_case WHERE binding IS NULL") == [(3,)]


def test_officers_work_before_the_first_administrator_sign_in(upgraded: Path, layout: DataLayout) -> None:
    store = open_store(layout)
    officer = accounts.sign_in(store, "canbo", "Can bo xa 2024")
    assert officer.trust_note == "" and officer.trust_findings == ()
    case_id = int(str(query(upgraded, "SELECT min(id) FROM support_case")[0][0]))
    assert load_case(officer, case_id).data.identity.survivor_name == SURVIVOR_NAMES[0]
    accounts.sign_out(officer)
    assert query(upgraded, "SELECT mac FROM trust_anchor") == [(None,)]  # only an administrator anchors
    tamper(upgraded, "UPDATE user_account SET role = 'admin' WHERE username = 'lanhdao'")
    with pytest.raises(SignInError, match="không có khóa dữ liệu"):  # no data key: refused even now
        accounts.sign_in(store, "lanhdao", "Lanh dao 2024")
    store.close()


def test_the_first_administrator_sign_in_anchors_and_says_what_it_accepted(
    upgraded: Path, layout: DataLayout, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    legacy = query(upgraded, "SELECT count(*) FROM audit_entry")[0][0]
    store = open_store(layout)
    admin = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    assert admin.trust_findings == ()
    assert admin.trust_note.endswith(
        "Tài khoản: quản trị viên: quantri; cán bộ phụ trách hồ sơ: canbo; lãnh đạo / chỉ xem thống kê: "
        f"lanhdao. Hồ sơ: 3. Nhật ký: {legacy} dòng ghi trước lúc này được giữ nguyên, chưa có mã xác thực."
    )
    accounts.sign_out(admin)
    assert query(upgraded, "SELECT count(*) FROM user_account WHERE binding IS NULL") == [(0,)]
    assert query(upgraded, "SELECT count(*) FROM support_case WHERE binding IS NULL") == [(0,)]
    anchored = query(upgraded, "SELECT action FROM audit_entry WHERE id = (SELECT head_id FROM trust_anchor)")
    assert anchored == [("sign_out",)]
    again = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    assert again.trust_note == "" and again.trust_findings == ()  # anchored once
    accounts.sign_out(again)
    store.close()
    code, out = run_check(upgraded.parent, capsys, monkeypatch, user="quantri")
    assert code == 0, out
    assert f"dòng; {legacy} dòng ghi trước khi neo chưa có mã xác thực)." in out
    # From now on a role given by SQL is refused.
    tamper(upgraded, "UPDATE user_account SET role = 'admin' WHERE username = 'canbo'")
    with pytest.raises(SignInError, match="vai trò \\(gốc: cán bộ phụ trách hồ sơ, nay: quản trị viên\\)"):
        accounts.sign_in(open_store(layout), "canbo", "Can bo xa 2024")
