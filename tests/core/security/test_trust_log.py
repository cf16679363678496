"""Attacks on the access log by whoever can write the store file: triggers dropped and re-created, rows
cut, re-attributed, wiped or forged, the SHA-256 chain recomputed. Before the MACs and the anchor, every
one of these left `check` saying "TỐT"; now each is reported by `check` (with or without a password, as
each test says) and to the administrator at sign-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit import AuditAction, record_event
from gender_equality_desk.core.store.engine import Store

from ..exchange.case_helpers import make_case_team  # noqa: TID252 (the shared case team)
from .trust_helpers import (
    ADMIN_PASSWORD,
    cut_and_renumber,
    follow_anchor,
    query,
    run_check,
    tamper,
    wipe_anchor,
)

Check = tuple[pytest.CaptureFixture[str], pytest.MonkeyPatch]


@pytest.fixture
def logged(store: Store, tmp_path: Path) -> Store:
    """An administrator, a case officer who opened her case three times, a viewer; everyone signed out."""
    team = make_case_team(store, tmp_path / "files")
    for _ in range(3):
        load_case(team.officer, team.case_ids[0])
    record_event(team.admin, AuditAction.EXPORTED, detail="báo cáo số liệu vụ việc")
    for session in (team.officer, team.viewer, team.admin):
        accounts.sign_out(session)
    return store


@pytest.fixture
def check(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Check:
    return capsys, monkeypatch


def _views(path: Path) -> list[int]:
    return [int(str(row[0])) for row in query(path, "SELECT id FROM audit_entry WHERE action='case_viewed'")]


def _admin_findings(store: Store) -> tuple[str, ...]:
    session = accounts.sign_in(store, "quantri", ADMIN_PASSWORD)
    findings = session.trust_findings
    accounts.sign_out(session)
    return findings


def test_an_untouched_log_passes_with_and_without_the_password(logged: Store, check: Check) -> None:
    data_dir = logged.path.parent
    code, out = run_check(data_dir, *check)
    assert code == 0, out
    assert "LỖI" not in out and "Chú ý: chưa kiểm tra mã xác thực" in out
    code, out = run_check(data_dir, *check, user="quantri")
    assert code == 0, out
    entries = query(logged.path, "SELECT count(*) FROM audit_entry")[0][0]
    assert f"TỐT: nhật ký truy cập khớp mã xác thực ({entries} dòng)." in out
    assert "TỐT: vai trò 3 tài khoản và phân công 3 hồ sơ khớp mã xác thực." in out
    assert _admin_findings(logged) == ()


def test_a_row_cut_from_the_middle_and_the_chain_rebuilt_is_found(logged: Store, check: Check) -> None:
    viewed = _views(logged.path)[1]  # the officer's second look at the case: gone, ids closed up
    tamper(logged.path, *cut_and_renumber(viewed), rechain=True)
    follow_anchor(logged.path)
    assert len(_views(logged.path)) == 2
    code, out = run_check(logged.path.parent, *check)
    assert "TỐT: nhật ký truy cập nguyên vẹn" in out  # the chain alone is as good as new …
    code, out = run_check(logged.path.parent, *check, user="quantri")
    assert code == 1  # … but the MACs were made over the hashes the cut changed
    assert (
        f"LỖI: nhật ký truy cập bị can thiệp, mã xác thực cho thấy: dòng số {viewed} không khớp mã xác thực"
        in out
    )
    assert any("dấu neo" in line for line in _admin_findings(logged))


def test_a_naive_cut_is_found_without_any_password(logged: Store, check: Check) -> None:
    last = int(str(query(logged.path, "SELECT max(id) FROM audit_entry")[0][0]))
    tamper(logged.path, f"DELETE FROM audit_entry WHERE id > {last - 3}", rechain=True)
    code, out = run_check(logged.path.parent, *check)
    assert code == 1
    assert f"LỖI: thiếu dòng số {last} mà dấu neo ghi nhận: các dòng cuối của nhật ký đã bị xóa" in out


def test_a_cut_tail_with_the_anchor_moved_back_is_found_with_the_password(
    logged: Store, check: Check
) -> None:
    last = int(str(query(logged.path, "SELECT max(id) FROM audit_entry")[0][0]))
    tamper(logged.path, f"DELETE FROM audit_entry WHERE id > {last - 3}", rechain=True)
    follow_anchor(logged.path)
    code, out = run_check(logged.path.parent, *check, user="quantri")
    assert code == 1
    assert "dấu neo của nhật ký không khớp mã xác thực: đã bị sửa ngoài ứng dụng" in out
    assert _admin_findings(logged) == (
        "dấu neo của nhật ký không khớp mã xác thực: đã bị sửa ngoài ứng dụng",
    )


def test_a_row_re_attributed_to_someone_else_is_found(logged: Store, check: Check) -> None:
    viewed = _views(logged.path)[0]
    viewer_id = query(logged.path, "SELECT id FROM user_account WHERE username='quantri'")[0][0]
    tamper(
        logged.path,
        f"UPDATE audit_entry SET username = 'quantri', user_id = {viewer_id} WHERE id = {viewed}",
        rechain=True,
    )
    follow_anchor(logged.path)
    assert query(logged.path, f"SELECT username FROM audit_entry WHERE id = {viewed}") == [("quantri",)]
    code, out = run_check(logged.path.parent, *check, user="quantri")
    assert code == 1
    assert f"dòng số {viewed} không khớp mã xác thực" in out


def test_a_forged_row_framing_an_officer_is_found_without_the_password(logged: Store, check: Check) -> None:
    officer_id = query(logged.path, "SELECT id FROM user_account WHERE username='canbo'")[0][0]
    last = int(str(query(logged.path, "SELECT max(id) FROM audit_entry")[0][0]))
    forged = (
        "INSERT INTO audit_entry (id, at, user_id, username, action, case_id, case_code, detail, "
        f"previous_hash, entry_hash) VALUES ({last + 1}, '2025-12-20 23:59:00.000000', {officer_id}, "
        "'canbo', 'exported', NULL, '', 'xuất toàn bộ hồ sơ ra USB', '', '')"
    )
    tamper(logged.path, forged, rechain=True)
    code, out = run_check(logged.path.parent, *check)
    assert code == 1
    assert f"LỖI: dòng số {last + 1} (canbo, Xuất dữ liệu) thiếu mã xác thực" in out


def test_a_forged_row_with_a_copied_mac_is_found_with_the_password(logged: Store, check: Check) -> None:
    officer_id = query(logged.path, "SELECT id FROM user_account WHERE username='canbo'")[0][0]
    last = int(str(query(logged.path, "SELECT max(id) FROM audit_entry")[0][0]))
    forged = (
        "INSERT INTO audit_entry (id, at, user_id, username, action, case_id, case_code, detail, "
        f"previous_hash, entry_hash, mac) SELECT {last + 1}, '2025-12-20 23:59:00.000000', {officer_id}, "
        f"'canbo', 'exported', NULL, '', 'xuất toàn bộ hồ sơ ra USB', '', '', mac FROM audit_entry "
        f"WHERE id = {last}"
    )
    tamper(logged.path, forged, rechain=True)
    follow_anchor(logged.path)
    code, out = run_check(logged.path.parent, *check)
    assert code == 0  # without a key a copied MAC looks like any other
    code, out = run_check(logged.path.parent, *check, user="quantri")
    assert code == 1
    assert "không khớp mã xác thực" in out


def test_wiping_every_row_while_cases_exist_is_reported(logged: Store, check: Check) -> None:
    tamper(
        logged.path,
        "DELETE FROM audit_entry",
        "UPDATE sqlite_sequence SET seq = 0 WHERE name = 'audit_entry'",
    )
    wipe_anchor(logged.path)
    code, out = run_check(logged.path.parent, *check)
    assert code == 1
    assert (
        "LỖI: nhật ký truy cập trống trong khi kho có 3 tài khoản và 3 hồ sơ: toàn bộ nhật ký đã bị xóa "
        "ngoài ứng dụng." in out
    )
    assert "LỖI: mất dấu neo của nhật ký truy cập (đã bị xóa ngoài ứng dụng)." in out


def test_a_removed_anchor_is_reported_not_anchored_over(logged: Store, check: Check) -> None:
    """Setting the store back to "not anchored yet" would let the next administrator sign-in accept
    whatever was changed: the MAC'd setup entry proves it was anchored, so it is reported instead."""
    tamper(logged.path, "UPDATE trust_anchor SET mac = NULL, head_id = 0, head_hash = ''")
    findings = _admin_findings(logged)
    assert findings == ("nhật ký đã được neo (dòng số 1) nhưng dấu neo đã bị gỡ ngoài ứng dụng",)
    assert query(logged.path, "SELECT mac FROM trust_anchor") == [(None,)]  # still not re-anchored
    code, out = run_check(logged.path.parent, *check, user="quantri")
    assert code == 1 and "dấu neo đã bị gỡ" in out


def test_entries_of_viewers_and_failed_sign_ins_need_no_mac(logged: Store, check: Check) -> None:
    with pytest.raises(accounts.SignInError):
        accounts.sign_in(logged, "canbo", "sai mat khau 1")
    viewer = accounts.sign_in(logged, "lanhdao", "Lanh dao 2024")
    accounts.sign_out(viewer)
    assert query(logged.path, "SELECT action, mac FROM audit_entry ORDER BY id DESC LIMIT 3") == [
        ("sign_out", None), ("sign_in", None), ("sign_in_failed", None),
    ]  # fmt: skip
    assert _admin_findings(logged) == ()
    code, out = run_check(logged.path.parent, *check, user="quantri")
    assert code == 0, out
