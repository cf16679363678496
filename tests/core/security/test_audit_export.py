"""Audit CSV export: rows equal the log, Excel-friendly encoding, no survivor name, export is logged."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput, create_case
from gender_equality_desk.core.cases.vocabulary import AgeGroup, IntakeChannel, Relationship, RiskLevel, Sex
from gender_equality_desk.core.security import accounts, audit
from gender_equality_desk.core.security.audit_export import CSV_HEADER, audit_row, export_audit_csv
from gender_equality_desk.core.security.session import AccessDeniedError, Role
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.store.engine import Store

SURVIVOR = "Hà Thị Phương Thảo"


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_export_rows_equal_the_entries_and_hold_no_survivor_name(store: Store, tmp_path: Path) -> None:
    admin = accounts.create_first_administrator(store, "quantri", "Nguyễn Văn Quản", "Quan tri 2024").session
    accounts.create_account(admin, "lanhdao", "Hoàng Văn Tú", Role.VIEWER, "Lanh dao 2024")
    with store.transaction() as db:
        ensure_dv_acts(db)
    with store.reading() as db:
        act_id = db.scalars(select(DvAct.id).limit(1)).one()
    case = CaseInput(
        intake_date=date(2026, 3, 14),
        intake_channel=IntakeChannel.NEIGHBOUR,
        survivor_sex=Sex.FEMALE,
        survivor_age_group=AgeGroup.FROM_26,
        perpetrator_relationship=Relationship.HUSBAND,
        perpetrator_sex=Sex.MALE,
        perpetrator_age_group=AgeGroup.FROM_26,
        risk_level=RiskLevel.HIGH,
        act_ids=(act_id,),
        identity=CaseIdentity(survivor_name=SURVIVOR, narrative="Chồng đánh vợ."),
    )
    create_case(admin, case)
    before = audit.list_entries(admin)

    target = tmp_path / "nhat-ky.csv"
    assert export_audit_csv(admin, target) == len(before)

    rows = _read(target)
    assert tuple(rows[0]) == CSV_HEADER
    assert [tuple(row) for row in rows[1:]] == [audit_row(line) for line in before]
    assert {row[3] for row in rows[1:]} >= {"Khởi tạo bảo mật", "Đăng nhập", "Tạo tài khoản", "Tạo hồ sơ"}
    assert SURVIVOR.encode() not in target.read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))  # the temp file was renamed, not left behind

    newest = audit.list_entries(admin, limit=1)[0]
    assert newest.action is audit.AuditAction.EXPORTED
    assert f"{len(before)} dòng" in newest.detail


def test_only_an_administrator_exports(store: Store, tmp_path: Path) -> None:
    admin = accounts.create_first_administrator(store, "quantri", "Nguyễn Văn Quản", "Quan tri 2024").session
    accounts.create_account(admin, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, "Can bo xa 2024")
    officer = accounts.sign_in(store, "canbo", "Can bo xa 2024")
    with pytest.raises(AccessDeniedError):
        export_audit_csv(officer, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
