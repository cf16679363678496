"""Demo cases: sealed like real ones, reachable with the documented demo accounts, same seed → same cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from gender_equality_desk.core.cases import detail, records, statistics, trusted
from gender_equality_desk.core.cases.vocabulary import MeasureKind
from gender_equality_desk.core.demo.cases import DEMO_ACCOUNTS, TRUSTED_ADDRESSES, generate_demo_cases
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit import verify_audit_chain
from gender_equality_desk.core.store.case_models import CaseMeasure, SupportCase
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

AS_OF = date(2026, 11, 23)
CATEGORIES = (
    SupportCase.code,
    SupportCase.intake_date,
    SupportCase.gbv_type,
    SupportCase.survivor_sex,
    SupportCase.risk_level,
    SupportCase.status,
)


def categories(store: Store) -> list[tuple[object, ...]]:
    with store.reading() as db:
        return [tuple(row) for row in db.execute(select(*CATEGORIES).order_by(SupportCase.id))]


def test_demo_cases_are_real_sealed_cases(store: Store, tmp_path: Path) -> None:
    result = generate_demo_cases(store, years=[2025, 2026], village_ids=[], seed=3, as_of=AS_OF)
    assert result.cases == 24 and result.accounts == ("quantri", "canbo", "lanhdao")
    logins = {name: accounts.sign_in(store, name, password) for name, _, _, password in DEMO_ACCOUNTS}
    rows = records.list_cases(logins["canbo"])
    assert len(rows) == 24 and rows[-1].code == "BL-2025-0001"
    assert {row.status.value for row in rows} == {"open", "closed"}
    opened = detail.load_case(logins["quantri"], rows[0].id)
    name = opened.data.identity.survivor_name
    assert len(name.split()) >= 3 and opened.measures and opened.follow_ups
    stats = statistics.case_statistics(logins["lanhdao"], date(2025, 1, 1), date(2026, 12, 31))
    assert stats.total_cases == 24
    with store.reading() as db:
        assert verify_audit_chain(db).ok
        sealed = db.scalars(select(SupportCase.identity_sealed)).all()
    assert all(name.encode() not in blob for blob in sealed)
    assert name.encode() not in store.path.read_bytes()

    again = open_store(DataLayout(tmp_path / "again"))
    try:
        generate_demo_cases(again, years=[2025, 2026], village_ids=[], seed=3, as_of=AS_OF)
        assert categories(again) == categories(store)
    finally:
        again.close()


def test_an_officers_own_accounts_are_left_alone(store: Store) -> None:
    accounts.create_first_administrator(store, "chinhtoi", "Cán bộ thật", "Mat khau that 2026")
    result = generate_demo_cases(store, years=[2026], village_ids=[], seed=3, as_of=AS_OF)
    assert (result.cases, result.accounts) == (0, ())
    assert categories(store) == []


def test_demo_registers_trusted_addresses_and_shelters_some_survivors(store: Store) -> None:
    generate_demo_cases(store, years=[2024, 2025, 2026], village_ids=[], seed=3, as_of=AS_OF)
    officer = accounts.sign_in(store, "canbo", "demo2026cb")
    registry = trusted.list_trusted_addresses(officer, on=AS_OF)
    assert {row.name for row in registry} == {name for name, _, _, _ in TRUSTED_ADDRESSES}
    assert all(row.is_active and row.capacity >= 1 for row in registry)
    with store.reading() as db:
        stays = db.scalars(
            select(CaseMeasure.trusted_address_id).where(CaseMeasure.kind == MeasureKind.SHELTER.value)
        ).all()
    assert 1 <= len(stays) < 36  # about 15 % of 36 cases
    assert set(stays) <= {row.id for row in registry}
