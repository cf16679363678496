"""The audit log: append-only, chained; an edited, deleted or truncated log is detected."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit import (
    AuditAction,
    check_audit_file,
    list_entries,
    record_event,
    verify_audit_chain,
)
from gender_equality_desk.core.security.session import AccessDeniedError, Role
from gender_equality_desk.core.store.engine import Store


@pytest.fixture
def logged(store: Store) -> Store:
    admin = accounts.create_first_administrator(store, "quantri", "Quản trị", "Quan tri 2024").session
    for number in range(3):
        record_event(admin, AuditAction.EXPORTED, detail=f"Báo cáo số liệu {number}")
    record_event(admin, AuditAction.PRINTED, case_code="BL-2026-0001", detail="phiếu tiếp nhận")
    accounts.sign_out(admin)
    return store  # 7 entries


def tamper(path: Path, *statements: str) -> None:
    """What someone with the file could do: drop the guards, then edit."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DROP TRIGGER audit_entry_no_update")
        connection.execute("DROP TRIGGER audit_entry_no_delete")
        for statement in statements:
            connection.execute(statement)
    connection.close()


def verdict(store: Store) -> tuple[bool, int | None, str]:
    with store.reading() as db:
        check = verify_audit_chain(db)
    return check.ok, check.first_bad_id, check.message


def test_intact_log_verifies(logged: Store) -> None:
    assert verdict(logged) == (True, None, "TỐT: nhật ký truy cập nguyên vẹn (7 dòng, chuỗi băm khớp).")
    logged.close()
    result = check_audit_file(logged.path)
    assert result.ok and result.entries == 7


def test_the_database_refuses_updates_and_deletes(logged: Store) -> None:
    connection = sqlite3.connect(logged.path)
    for statement in ("UPDATE audit_entry SET detail = 'x'", "DELETE FROM audit_entry WHERE id = 7"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute(statement)
    connection.close()


def test_edited_row_is_detected(logged: Store) -> None:
    tamper(logged.path, "UPDATE audit_entry SET detail = 'Báo cáo khác' WHERE id = 4")
    ok, bad, message = verdict(logged)
    assert (ok, bad) == (False, 4)
    assert message == "LỖI: nhật ký truy cập đã bị can thiệp: dòng số 4 đã bị sửa."


def test_edited_row_with_recomputed_hash_breaks_the_next_link(logged: Store) -> None:
    tamper(
        logged.path,
        "UPDATE audit_entry SET username = 'khac', entry_hash = 'f' || substr(entry_hash, 2) WHERE id = 3",
    )
    ok, bad, _ = verdict(logged)
    assert not ok and bad == 3


def test_deleted_middle_row_is_detected(logged: Store) -> None:
    tamper(logged.path, "DELETE FROM audit_entry WHERE id = 5")
    assert verdict(logged)[:2] == (False, 5)


def test_deleted_last_rows_are_detected(logged: Store) -> None:
    tamper(logged.path, "DELETE FROM audit_entry WHERE id >= 6")
    ok, bad, message = verdict(logged)
    assert (ok, bad) == (False, 6)
    assert "thiếu các dòng cuối từ số 6" in message
    logged.close()
    assert not check_audit_file(logged.path).ok


def test_missing_file(tmp_path: Path) -> None:
    assert not check_audit_file(tmp_path / "none.sqlite3").ok


def test_only_the_administrator_reads_the_log(logged: Store) -> None:
    admin = accounts.sign_in(logged, "quantri", "Quan tri 2024")
    accounts.create_account(admin, "lanhdao", "Lãnh đạo", Role.VIEWER, "Lanh dao 2024")
    lines = list_entries(admin, limit=3)
    assert [line.action for line in lines] == [
        AuditAction.ACCOUNT_CREATED,
        AuditAction.SIGN_IN,
        AuditAction.SIGN_OUT,
    ]
    assert lines[0].action_label == "Tạo tài khoản"
    assert [line.id for line in list_entries(admin, limit=2, before_id=lines[-1].id)] == [
        lines[-1].id - 1,
        lines[-1].id - 2,
    ]
    viewer = accounts.sign_in(logged, "lanhdao", "Lanh dao 2024")
    with pytest.raises(AccessDeniedError):
        list_entries(viewer)


def test_a_decomposed_detail_keeps_the_chain_intact(store: Store) -> None:
    """The store composes every text it keeps; the hash must be taken over that composed text, or the
    line would read as edited as soon as it is written."""
    import unicodedata

    admin = accounts.create_first_administrator(store, "quantri", "Quản trị", "Quan tri 2024").session
    typed = "Sổ theo dõi hồ sơ, bản in cho Phó Chủ tịch"
    record_event(admin, AuditAction.PRINTED, detail=unicodedata.normalize("NFD", typed))
    assert verdict(store)[0] is True
    connection = sqlite3.connect(store.path)
    try:
        details = [row[0] for row in connection.execute("SELECT detail FROM audit_entry ORDER BY id")]
    finally:
        connection.close()
    assert details[-1] == typed
