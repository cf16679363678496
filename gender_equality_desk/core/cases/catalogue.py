"""The editable catalogue of acts of domestic violence, seeded from resources/catalogues/dv_acts.json.

Each act carries its GBVIMS type (one type decided per case) and the DV form it is counted under in the
statistics (thân thể / tinh thần / tình dục / kinh tế; a case counts under the form of every act recorded on
it). Both are data an administrator may correct; the shipped file only seeds new stores.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.vocabulary import GbvType
from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class DvForm(LabelledEnum):
    """The forms of domestic violence the statistics count (Law 13/2022/QH15 Art. 2: harm to body, mind,
    sexuality or property); the rows "Bạo lực thân thể / tinh thần / tình dục / kinh tế"."""

    PHYSICAL = ("physical", QT_TRANSLATE_NOOP("DvForm", "Bạo lực thân thể"))
    PSYCHOLOGICAL = ("psychological", QT_TRANSLATE_NOOP("DvForm", "Bạo lực tinh thần"))
    SEXUAL = ("sexual", QT_TRANSLATE_NOOP("DvForm", "Bạo lực tình dục"))
    ECONOMIC = ("economic", QT_TRANSLATE_NOOP("DvForm", "Bạo lực kinh tế"))


def dv_form_of(value: str) -> DvForm | None:
    """The form stored as `value`; None for "" (an act counted under no form) or a value no longer known."""
    return next((form for form in DvForm if form.value == value), None)


@dataclass(frozen=True)
class DvActRow:
    id: int
    code: str
    label: str
    gbv_type: GbvType
    legal_ref: str
    is_active: bool
    dv_form: DvForm | None = None  # None: counted under no form row (the statistics editor warns)


def _items() -> list[dict[str, Any]]:
    path = resources_dir() / "catalogues" / "dv_acts.json"
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["items"]
    return items


def ensure_dv_acts(db: Session) -> None:
    """Add the catalogue's acts whose code is unknown; the officer's edits are never overwritten. A known
    act still worded as an earlier release shipped it ("replaces_label" in the file) takes the corrected
    wording of the law."""
    known = {act.code: act for act in db.scalars(select(DvAct))}
    order = db.scalar(select(func.coalesce(func.max(DvAct.sort_order), 0))) or 0
    for item in _items():
        if (act := known.get(item["code"])) is not None:
            if act.label in item.get("replaces_label", ()):
                act.label = item["label"]
            continue
        order += 1
        db.add(
            DvAct(
                code=item["code"],
                label=item["label"],
                gbv_type=GbvType.of(item["gbv_type"]).value,
                dv_form=DvForm.of(item["dv_form"]).value if item.get("dv_form") else "",
                legal_ref=item.get("legal_ref", ""),
                sort_order=order,
            )
        )
    db.flush()


def _row(act: DvAct) -> DvActRow:
    return DvActRow(
        act.id,
        act.code,
        act.label,
        GbvType.of(act.gbv_type),
        act.legal_ref,
        act.is_active,
        dv_form_of(act.dv_form),
    )


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
    dv_form: DvForm | None = None,
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
        if dv_form is not None:
            act.dv_form = dv_form.value
        db.flush()
        record(db, Actor.of(auth), AuditAction.SETTINGS_CHANGED, detail=f"danh mục hành vi: {act.code}")
        return act.id


def save_dv_forms(auth: AuthSession, forms: dict[int, DvForm | None]) -> int:
    """Administrator sets the form each act is counted under ({act id: form}, None = no form), in one
    transaction with one access-log line; returns how many acts changed.

    Administrator only, like the rest of the act catalogue: the mapping decides what the DV statistics sent
    to the province say, so a change is as accountable as a change of the acts themselves."""
    auth.require_role(Role.ADMIN)
    changed = []
    with auth.store.transaction() as db:
        for act_id, form in forms.items():
            act = db.get(DvAct, act_id)
            if act is None or act.is_deleted:
                raise UserFacingError(
                    "Không tìm thấy hành vi này trong danh mục. Vui lòng tải lại danh sách."
                )
            value = form.value if form is not None else ""
            if act.dv_form != value:
                act.dv_form = value
                changed.append(f"{act.code}={value or '-'}")
        if changed:
            detail = "hình thức bạo lực theo hành vi: " + ", ".join(changed)
            record(db, Actor.of(auth), AuditAction.SETTINGS_CHANGED, detail=detail)
    return len(changed)
