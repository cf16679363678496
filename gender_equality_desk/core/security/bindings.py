"""What decides access, bound by a MAC (core/security/integrity.py): an account's name, role and state,
and a case's creator and assignee.

Written by the services that change them legitimately (accounts, cases), with the signed-in user's
integrity key; checked at sign-in, when a case is opened and by `check --user`. When a binding does not
match, the authentic values can often be found again by trying every possibility (three roles × two
states; every pair of accounts), which tells the administrator exactly what was changed and lets
core/security/trust_repair.py put it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from sqlalchemy import select, text
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import set_committed_value

from gender_equality_desk.core.security import integrity
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.case_models import SupportCase, UserAccount

ROLES_WITH_DATA_KEY = (Role.ADMIN.value, Role.CASE_OFFICER.value)


def account_binding(key: bytes, account: UserAccount) -> str:
    return integrity.account_mac(key, account.uuid, account.username, account.role, account.is_active)


def bind_account(key: bytes, account: UserAccount) -> None:
    account.binding = account_binding(key, account)


def account_holds(key: bytes, account: UserAccount) -> bool:
    return integrity.matches(
        key,
        account.binding,
        integrity.ACCOUNT,
        account.uuid,
        account.username,
        account.role,
        bool(account.is_active),
    )


def authentic_account(key: bytes, account: UserAccount) -> tuple[str, bool] | None:
    """(role, is_active) as the app last wrote them, when only those two were changed; else None."""
    if account.binding is None:
        return None
    for role, active in product((role.value for role in Role), (True, False)):
        if integrity.matches(
            key, account.binding, integrity.ACCOUNT, account.uuid, account.username, role, active
        ):
            return role, active
    return None


@dataclass(frozen=True)
class CaseParties:
    """A case's identity and the accounts that decide who opens it, as stored now."""

    case_id: int
    code: str
    uuid: str
    binding: str | None
    created_by_id: int | None
    assigned_to_id: int | None
    created_by_uuid: str | None
    assigned_to_uuid: str | None


def case_parties(db: Session, case_id: int | None = None) -> list[CaseParties]:
    """Every case (or one) with its creator's and assignee's account uuids, in one query."""
    creator, assignee = aliased(UserAccount), aliased(UserAccount)
    query = (
        select(
            SupportCase.id,
            SupportCase.code,
            SupportCase.uuid,
            SupportCase.binding,
            SupportCase.created_by_id,
            SupportCase.assigned_to_id,
            creator.uuid,
            assignee.uuid,
        )
        .outerjoin(creator, creator.id == SupportCase.created_by_id)
        .outerjoin(assignee, assignee.id == SupportCase.assigned_to_id)
        .order_by(SupportCase.id)
    )
    if case_id is not None:
        query = query.where(SupportCase.id == case_id)
    return [CaseParties(*row) for row in db.execute(query)]


def case_binding(key: bytes, parties: CaseParties) -> str:
    return integrity.case_mac(
        key, parties.uuid, parties.code, parties.created_by_uuid, parties.assigned_to_uuid
    )


def case_holds(key: bytes, parties: CaseParties) -> bool:
    return integrity.matches(
        key,
        parties.binding,
        integrity.CASE,
        parties.uuid,
        parties.code,
        parties.created_by_uuid,
        parties.assigned_to_uuid,
    )


def store_bindings(
    db: Session, model: type[SupportCase] | type[UserAccount], bindings: list[tuple[int, str]]
) -> None:
    """Write many (id, binding) at once, as plain SQL: binding a row that was not otherwise changed (at
    anchoring, or when an administrator accepts it as found) must not move its `updated_at`, which data
    exchange compares; and one statement for thousands of cases keeps the first anchoring short."""
    if not bindings:
        return
    db.flush()  # the caller's pending changes go first, as they are
    statement = text(f"UPDATE {model.__tablename__} SET binding = :binding WHERE id = :id")
    db.execute(statement, [{"id": row_id, "binding": value} for row_id, value in bindings])
    values = dict(bindings)
    for loaded in list(db.identity_map.values()):  # objects already read see the new value, unchanged
        if isinstance(loaded, model) and loaded.id in values:
            set_committed_value(loaded, "binding", values[loaded.id])


def bind_case(db: Session, key: bytes, case: SupportCase) -> None:
    """Bind `case` as it is in the session now (flushed first, so its accounts are read as saved)."""
    db.flush()
    (parties,) = case_parties(db, case.id)
    case.binding = case_binding(key, parties)


def authentic_parties(db: Session, key: bytes, parties: CaseParties) -> tuple[int, int | None] | None:
    """(creator id, assignee id) as the app last wrote them, found by trying every pair of accounts;
    None when the code or uuid was changed too, or the accounts are gone."""
    if parties.binding is None:
        return None
    accounts = list(db.execute(select(UserAccount.id, UserAccount.uuid)))
    assignees: list[tuple[int | None, str | None]] = [(None, None), *accounts]
    for (creator_id, creator_uuid), (assignee_id, assignee_uuid) in product(accounts, assignees):
        if integrity.matches(
            key, parties.binding, integrity.CASE, parties.uuid, parties.code, creator_uuid, assignee_uuid
        ):
            return creator_id, assignee_id
    return None
