"""The editable catalogue of acts of domestic violence, seeded from resources/catalogues/dv_acts.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.vocabulary import GbvType
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.case_models import DvAct


@dataclass(frozen=True)
class DvActRow:
    id: int
    code: str
    label: str
    gbv_type: GbvType
    legal_ref: str
    is_active: bool


def _items() -> list[dict[str, Any]]:
    path = resources_dir() / "catalogues" / "dv_acts.json"
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["items"]
    return items


def ensure_dv_acts(db: Session) -> None:
    """Add the catalogue's acts whose code is unknown; the officer's edits are never overwritten."""
    known = set(db.scalars(select(DvAct.code)))
    order = db.scalar(select(func.coalesce(func.max(DvAct.sort_order), 0))) or 0
    for item in _items():
        if item["code"] in known:
            continue
        order += 1
        db.add(
            DvAct(
                code=item["code"],
                label=item["label"],
                gbv_type=GbvType.of(item["gbv_type"]).value,
                legal_ref=item.get("legal_ref", ""),
                sort_order=order,
            )
        )
    db.flush()


def _row(act: DvAct) -> DvActRow:
    return DvActRow(act.id, act.code, act.label, GbvType.of(act.gbv_type), act.legal_ref, act.is_active)


def list_dv_acts(db: Session, *, active_only: bool = False) -> list[DvActRow]:
    query = select(DvAct).where(DvAct.is_deleted.is_(False)).order_by(DvAct.sort_order, DvAct.id)
    if active_only:
        query = query.where(DvAct.is_active.is_(True))
    return [_row(act) for act in db.scalars(query)]


def save_dv_act(
    auth: AuthSession,
    *,
    label: str,
    gbv_type: GbvType,
    is_active: bool = True,
    act_id: int | None = None,
    legal_ref: str = "",
) -> int:
    """Administrator edits the list (e.g. wording checked against the official text); returns the id."""
    auth.require_role(Role.ADMIN)
    label = label.strip()
    if not label:
        raise UserFacingError("Chưa nhập nội dung hành vi bạo lực gia đình.")
    with auth.store.transaction() as db:
        if act_id is None:
            order = db.scalar(select(func.coalesce(func.max(DvAct.sort_order), 0))) or 0
            count = db.scalar(select(func.count()).select_from(DvAct)) or 0
            act = DvAct(
                code=f"custom_{count + 1}", sort_order=order + 1, label=label, gbv_type=gbv_type.value
            )
            db.add(act)
        else:
            found = db.get(DvAct, act_id)
            if found is None:
                raise UserFacingError("Không tìm thấy hành vi này trong danh mục.")
            act = found
        act.label, act.gbv_type, act.is_active = label, gbv_type.value, is_active
        act.legal_ref = legal_ref or act.legal_ref
        db.flush()
        record(db, Actor.of(auth), AuditAction.SETTINGS_CHANGED, detail=f"danh mục hành vi: {act.code}")
        return act.id
