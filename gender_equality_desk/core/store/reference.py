"""Reference data seeded from resources/catalogues: kind catalogues, responsible units, themes, slogans.

Seeding only adds what is missing, so the officer's own edits (labels, order, hidden kinds) survive
every start and every upgrade.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import QuantityUnit
from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind, ResponsibleUnit, Slogan
from gender_equality_desk.core.store.report_models import ReportIndicator


def ensure_dv_acts(session: Session) -> None:
    # Imported late: the cases package imports the store, the store must not import it at load time.
    from gender_equality_desk.core.cases.catalogue import ensure_dv_acts as seed_acts

    seed_acts(session)


def _catalogue(name: str, folder: str = "catalogues") -> list[dict[str, Any]]:
    path: Path = resources_dir() / folder / f"{name}.json"
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["items"]
    return items


def catalogue_items(name: str) -> list[dict[str, Any]]:
    """The items of resources/catalogues/`name`.json as shipped (not as the officer edited them)."""
    return _catalogue(name)


# Seeded units get a fixed UUID from their code: the table has no code column, and a unit the officer
# renamed must not come back under its old name on the next start.
RESPONSIBLE_UNIT_NAMESPACE = uuid.UUID("6d0f3f0e-5b8a-4c53-9a57-2f4e7d1c9b21")


def responsible_unit_uuid(code: str) -> str:
    return str(uuid.uuid5(RESPONSIBLE_UNIT_NAMESPACE, code))


def seed_responsible_units(session: Session) -> None:
    """Add the catalogue's units whose UUID and name are both unknown, after the existing ones."""
    rows = session.execute(select(ResponsibleUnit.uuid, ResponsibleUnit.name)).all()
    known_uuids = {row.uuid for row in rows}
    known_names = {row.name.casefold() for row in rows}
    order = session.scalar(select(func.coalesce(func.max(ResponsibleUnit.sort_order), 0))) or 0
    for item in _catalogue("responsible_units"):
        key = responsible_unit_uuid(item["code"])
        if key in known_uuids or item["name"].casefold() in known_names:
            continue
        order += 1
        session.add(ResponsibleUnit(uuid=key, name=item["name"], sort_order=order))
        known_names.add(item["name"].casefold())


def seed_reference_data(session: Session) -> None:
    existing_activity = set(session.scalars(select(ActivityKind.code)))
    for order, item in enumerate(_catalogue("activity_kinds"), start=1):
        if item["code"] not in existing_activity:
            session.add(
                ActivityKind(
                    code=item["code"],
                    label=item["label"],
                    description=item.get("description", ""),
                    sort_order=order,
                )
            )
    existing_propaganda = set(session.scalars(select(PropagandaKind.code)))
    for order, item in enumerate(_catalogue("propaganda_kinds"), start=1):
        if item["code"] not in existing_propaganda:
            session.add(
                PropagandaKind(
                    code=item["code"],
                    label=item["label"],
                    unit=QuantityUnit.of(item["unit"]),
                    counts_minutes=bool(item.get("counts_minutes", False)),
                    sort_order=order,
                )
            )
    existing_slogans = set(session.scalars(select(Slogan.text)))
    for order, item in enumerate(_catalogue("slogans"), start=1):
        if item["text"] not in existing_slogans:
            session.add(
                Slogan(
                    text=item["text"],
                    year=item.get("year"),
                    theme_group=item.get("group", ""),
                    source=item.get("source", ""),
                    sort_order=order,
                )
            )
    seed_responsible_units(session)
    seed_report_indicators(session)
    ensure_dv_acts(session)


REPORT_INDICATOR_FILES = ("gender_equality", "dv_statistics", "action_month")

# Fields a newer release may change on a row it shipped before: each is upgraded only while the store still
# holds a value an earlier release shipped ("replaces_source": [...] in the file), never the officer's own.
_UPGRADABLE = ("number", "label", "unit", "source")


def report_indicator_file(name: str) -> dict[str, Any]:
    """resources/report_indicators/`name`.json as shipped: report_kind, items, and `outside` (what the
    report deliberately does not count; see core/reports/coverage.py)."""
    path = resources_dir() / "report_indicators" / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _new_indicator(kind: str, item: dict[str, Any]) -> ReportIndicator:
    return ReportIndicator(
        report_kind=kind,
        code=item["code"],
        number=item.get("number", ""),
        label=item["label"],
        unit=item.get("unit", ""),
        level=item.get("level", 0),
        is_group=bool(item.get("group", False)),
        source=item.get("source", ""),
        note=item.get("note", ""),
    )


def _upgrade(row: ReportIndicator, item: dict[str, Any]) -> None:
    for name in _UPGRADABLE:
        shipped = item.get(name, "")
        if getattr(row, name) in item.get(f"replaces_{name}", ()) and getattr(row, name) != shipped:
            setattr(row, name, shipped)


def seed_report_indicators(session: Session) -> None:
    """Bring the store's indicator rows up to the shipped files without touching the officer's edits.

    A shipped row the store lacks is inserted right after the row that precedes it in the file (wherever
    the officer moved that one), not at the end of the table; a field of a known row is upgraded only while
    it still holds a value an earlier release shipped. Rows are never removed.
    """
    for name in REPORT_INDICATOR_FILES:
        data = report_indicator_file(name)
        kind = data["report_kind"]
        rows = list(
            session.scalars(
                select(ReportIndicator)
                .where(ReportIndicator.report_kind == kind)
                .order_by(ReportIndicator.sort_order, ReportIndicator.id)
            )
        )
        by_code = {row.code: row for row in rows}
        previous: ReportIndicator | None = None
        inserted = False
        for item in data["items"]:
            row = by_code.get(item["code"])
            if row is None:
                row = _new_indicator(kind, item)
                session.add(row)
                rows.insert(rows.index(previous) + 1 if previous is not None else 0, row)
                by_code[row.code] = row
                inserted = True
            else:
                _upgrade(row, item)
            if not row.is_deleted:
                previous = row
        if inserted:
            for order, row in enumerate(rows, start=1):
                row.sort_order = order
