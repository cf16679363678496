"""Case rows in the encrypted-case transfer (package_cases): column by column as stored, foreign keys as
the UUIDs of the rows they point at, bytes as base64 (sealed values stay ciphertext), and back.

Local-only state (row ids, sign-in counters) is not carried over; villages and acts are matched on the
receiving PC by UUID, then by name or code; a trusted address registered on both PCs is used once.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, CursorResult, Date, LargeBinary, Table, insert, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.store.base import UTCDateTime
from gender_equality_desk.core.store.case_models import (
    CaseAttachment,
    CaseFollowUp,
    CaseMeasure,
    CaseStatusChange,
    DvAct,
    SupportCase,
    TrustedAddress,
    UserAccount,
)
from gender_equality_desk.core.store.models import Village

# Copied as they are, in dependency order. Local-only state (sign-in counters) is not carried over.
CASE_TABLES: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[misc]
    for model in (UserAccount, TrustedAddress, SupportCase, CaseMeasure, CaseFollowUp, CaseStatusChange,
                  CaseAttachment)
)  # fmt: skip
_LOCAL_ONLY = frozenset({"id", "failed_attempts", "locked_until", "last_sign_in_at"})


def carried_columns(table: Table) -> list[Column[Any]]:
    return [column for column in table.columns if column.name not in _LOCAL_ONLY]


def encode_cell(column: Column[Any], value: Any, uuids: dict[tuple[str, int], str]) -> Any:
    if value is None:
        return None
    if column.foreign_keys:
        return uuids[(next(iter(column.foreign_keys)).column.table.name, value)]
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def decode_cell(column: Column[Any], value: Any) -> Any:
    if value is None or column.foreign_keys:
        return value
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value, validate=True)
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value).astimezone(UTC)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def key_of(column: Column[Any]) -> str:
    return f"{column.name}_uuid" if column.foreign_keys else column.name


def resolve_references(db: Session, content: dict[str, Any]) -> dict[str, int]:
    """uuid → local id of the villages and acts the cases point at (matched by UUID, then name or code)."""
    ids: dict[str, int] = {}
    ensure_dv_acts(db)
    villages = {v.uuid: v.id for v in db.scalars(select(Village))}
    by_name = {v.name.casefold(): v.id for v in db.scalars(select(Village))}
    for item in content["villages"]:
        found = villages.get(item["uuid"]) or by_name.get(item["name"].casefold())
        if found is None:
            village = Village(uuid=item["uuid"], name=item["name"])
            db.add(village)
            db.flush()
            found = village.id
        ids[item["uuid"]] = found
    acts = {a.code: a.id for a in db.scalars(select(DvAct))}
    for item in content["acts"]:
        if item["code"] not in acts:
            act = DvAct(uuid=item["uuid"], code=item["code"], label=item["label"], gbv_type=item["gbv_type"])
            db.add(act)
            db.flush()
            acts[item["code"]] = act.id
        ids[item["uuid"]] = acts[item["code"]]
    return ids


def insert_rows(db: Session, table: Table, rows: Iterable[dict[str, Any]], ids: dict[str, int]) -> None:
    columns = carried_columns(table)
    for item in rows:
        values: dict[str, Any] = {}
        for column in columns:
            raw = item.get(key_of(column))
            if column.foreign_keys and raw is not None:
                if raw not in ids:
                    raise ValueError(column.name)
                values[column.name] = ids[raw]
            else:
                values[column.name] = decode_cell(column, raw)
        result = db.execute(insert(table).values(**values))
        assert isinstance(result, CursorResult)
        key = result.inserted_primary_key
        assert key is not None
        ids[item["uuid"]] = int(key[0])


def insert_addresses(db: Session, table: Table, rows: list[dict[str, Any]], ids: dict[str, int]) -> None:
    """Trusted addresses registered here already (same UUID or name) are used, not added twice."""
    here = list(db.scalars(select(TrustedAddress)))
    by_uuid = {row.uuid: row.id for row in here}
    by_name = {row.name.casefold(): row.id for row in here}
    new = []
    for item in rows:
        found = by_uuid.get(item["uuid"]) or by_name.get(str(item["name"]).casefold())
        if found is None:
            new.append(item)
        else:
            ids[item["uuid"]] = found
    insert_rows(db, table, new, ids)


def insert_accounts(db: Session, table: Table, rows: list[dict[str, Any]], ids: dict[str, int]) -> None:
    for item in rows:
        values = {c.name: decode_cell(c, item.get(key_of(c))) for c in carried_columns(table)}
        db.execute(insert(table).values(id=item["id"], **values))
        ids[item["uuid"]] = item["id"]
