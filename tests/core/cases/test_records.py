"""Case records: codes, encryption of identities, changes audited by field name, access per role."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from gender_equality_desk.core.cases import detail, records
from gender_equality_desk.core.cases.records import CaseIdentity
from gender_equality_desk.core.cases.vocabulary import CaseStatus, GbvType, RiskLevel
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit import verify_audit_chain
from gender_equality_desk.core.security.session import AccessDeniedError
from gender_equality_desk.core.store.case_models import AuditEntry, SupportCase
from gender_equality_desk.core.store.engine import Store

from .conftest import SURVIVOR_NAME, TODAY, Team, sample_case


def audit_lines(store: Store) -> list[tuple[str, str, str, str]]:
    with store.reading() as db:
        return [
            (e.username, e.action, e.case_code, e.detail)
            for e in db.scalars(select(AuditEntry).where(AuditEntry.case_code != "").order_by(AuditEntry.id))
        ]


def test_codes_are_allocated_per_year_and_never_reused(team: Team) -> None:
    first = records.create_case(team.officer, sample_case(team), today=TODAY)
    second = records.create_case(team.officer, sample_case(team, intake_date=date(2026, 5, 2)), today=TODAY)
    older = records.create_case(team.officer, sample_case(team, intake_date=date(2025, 12, 30)), today=TODAY)
    third = records.create_case(team.admin, sample_case(team), today=TODAY)
    assert [first.code, second.code, older.code, third.code] == [
        "BL-2026-0001",
        "BL-2026-0002",
        "BL-2025-0001",
        "BL-2026-0003",
    ]
    # A soft-deleted case keeps its number: the next one does not reuse it.
    with team.admin.store.transaction() as db:
        db.get(SupportCase, third.id).is_deleted = True  # type: ignore[union-attr]
    assert records.create_case(team.officer, sample_case(team), today=TODAY).code == "BL-2026-0004"


def test_created_case_reads_back_with_its_identity_and_gbv_type(team: Team) -> None:
    row = records.create_case(team.officer, sample_case(team), today=TODAY)
    assert row.status is CaseStatus.OPEN and row.village == "Thôn Nà Làng"
    assert row.gbv_type is GbvType.PHYSICAL_ASSAULT  # a → physical outranks b → psychological
    opened = detail.load_case(team.officer, row.id)
    assert opened.data == replace(sample_case(team), assigned_to_id=team.officer.user_id)
    assert opened.data.identity.survivor_name == SURVIVOR_NAME
    assert opened.created_by == opened.assigned_to == "Lò Thị Mai"
    with team.officer.store.reading() as db:
        sealed = db.get(SupportCase, row.id).identity_sealed  # type: ignore[union-attr]
    assert SURVIVOR_NAME.encode() not in sealed
    assert audit_lines(team.officer.store) == [
        ("canbo", "case_created", "BL-2026-0001", ""),
        ("canbo", "case_viewed", "BL-2026-0001", ""),
    ]


def test_rape_act_decides_the_gbv_type(team: Team) -> None:
    data = sample_case(team, act_ids=(team.acts["b"], team.acts["i"], team.acts["a"]))
    assert records.create_case(team.officer, data, today=TODAY).gbv_type is GbvType.RAPE


def test_invalid_case_is_refused_with_field_messages(team: Team) -> None:
    data = sample_case(team, act_ids=(), intake_date=date(2027, 1, 1), consent_date=None)
    with pytest.raises(InvalidRecordError) as refused:
        records.create_case(team.officer, data, today=TODAY)
    errors = refused.value.result.errors
    assert set(errors) == {"act_ids", "intake_date", "consent_date"}
    assert "ít nhất một hành vi" in errors["act_ids"]
    assert records.list_cases(team.admin) == []


def test_changes_are_audited_by_field_name_not_value(team: Team) -> None:
    row = records.create_case(team.officer, sample_case(team), today=TODAY)
    before = detail.load_case(team.officer, row.id).data
    edited = replace(
        before,
        risk_level=RiskLevel.MEDIUM,
        identity=replace(
            before.identity,
            survivor_phone="0912 000 111",
            narrative=before.identity.narrative + " Đã hòa giải.",
        ),
    )
    changed = records.update_case(team.officer, row.id, edited, today=TODAY)
    assert changed == ["mức độ nguy cơ", "điện thoại nạn nhân", "diễn biến vụ việc"]
    assert records.update_case(team.officer, row.id, edited, today=TODAY) == []  # nothing new: no entry
    lines = audit_lines(team.officer.store)
    assert lines[-1] == (
        "canbo",
        "case_changed",
        row.code,
        "sửa: mức độ nguy cơ, điện thoại nạn nhân, diễn biến vụ việc",
    )
    assert "0912" not in repr(lines)
    assert detail.load_case(team.admin, row.id).data.identity.survivor_phone == "0912 000 111"


def test_access_rules_per_role(team: Team) -> None:
    mine = records.create_case(team.officer, sample_case(team), today=TODAY)
    assigned = records.create_case(
        team.admin, sample_case(team, assigned_to_id=team.officer.user_id), today=TODAY
    )
    others = records.create_case(team.other_officer, sample_case(team), today=TODAY)
    assert [r.code for r in records.list_cases(team.officer)] == [assigned.code, mine.code]
    assert [r.code for r in records.list_cases(team.other_officer)] == [others.code]
    assert len(records.list_cases(team.admin)) == 3
    detail.load_case(team.officer, assigned.id)  # assigned to them by the administrator
    with pytest.raises(AccessDeniedError, match="không do bạn tạo hoặc được giao"):
        detail.load_case(team.officer, others.id)
    with pytest.raises(AccessDeniedError, match="không do bạn tạo hoặc được giao"):
        records.update_case(team.officer, others.id, sample_case(team), today=TODAY)
    detail.load_case(team.admin, others.id)


def test_viewer_is_refused_every_case_service(team: Team) -> None:
    row = records.create_case(team.officer, sample_case(team), today=TODAY)
    for call in (
        lambda: records.list_cases(team.viewer),
        lambda: detail.load_case(team.viewer, row.id),
        lambda: records.create_case(team.viewer, sample_case(team), today=TODAY),
        lambda: records.update_case(team.viewer, row.id, sample_case(team), today=TODAY),
    ):
        with pytest.raises(AccessDeniedError, match="chỉ xem được số liệu thống kê"):
            call()
    assert [line[1] for line in audit_lines(team.officer.store)] == ["case_created"]


def test_signed_out_session_is_refused(team: Team) -> None:
    accounts.sign_out(team.officer)
    with pytest.raises(AccessDeniedError, match="đăng nhập lại"):
        records.create_case(team.officer, sample_case(team), today=TODAY)


def test_password_change_and_recovery_keep_cases_readable(team: Team, store: Store) -> None:
    row = records.create_case(team.officer, sample_case(team), today=TODAY)
    accounts.change_password(team.officer, "Can bo xa 2024", "Mat khau moi 2025")
    again = accounts.sign_in(store, "canbo", "Mat khau moi 2025")
    assert detail.load_case(again, row.id).data.identity.survivor_name == SURVIVOR_NAME
    accounts.recover_with_key(store, team.recovery_key, "quantri", "Khoi phuc 2026")
    admin = accounts.sign_in(store, "quantri", "Khoi phuc 2026")
    assert detail.load_case(admin, row.id).data.identity == sample_case(team).identity
    with store.reading() as db:
        assert verify_audit_chain(db).ok


def test_identity_is_stripped_and_empty_fields_stay_empty(team: Team) -> None:
    data = sample_case(team, identity=CaseIdentity(survivor_name="  Lý Thị Hoa  "))
    row = records.create_case(team.officer, data, today=TODAY)
    identity = detail.load_case(team.officer, row.id).data.identity
    assert identity == CaseIdentity(survivor_name="Lý Thị Hoa")
