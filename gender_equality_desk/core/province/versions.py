"""What the province received, read back: each commune's versions, the one that counts, their figures and
what changed between two.

The other modules read received versions through these (completeness, consolidation, the receiving
checks, the figure warnings, the inbox page), as frozen rows; nothing here writes.

- What counts: the latest version (highest version number) of each commune's submission; every stored
  version was accepted when received, refused files are never stored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Subquery, func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from gender_equality_desk.core.province.round_scope import round_rows, vietnam_day
from gender_equality_desk.core.store.province_models import (
    ProvinceCommune,
    ReceivedFigure,
    ReceivedSubmission,
)

# What a version is read with: never the PDF, nor the figures as sent (read from received_figure).
_COLUMNS = (
    ReceivedSubmission.id,
    ReceivedSubmission.round_id,
    ReceivedSubmission.commune_code,
    ReceivedSubmission.commune_name,
    ReceivedSubmission.version,
    ReceivedSubmission.signed_at,
    ReceivedSubmission.received_at,
    ReceivedSubmission.key_fingerprint,
    ReceivedSubmission.warnings,
)
_CHUNK = 500  # SQLite's limit on bound parameters


@dataclass(frozen=True)
class ReceivedVersion:
    id: int
    round_id: int
    commune_code: str
    commune_name: str  # as the commune named itself in that file
    version: int
    signed_at: datetime  # aware UTC
    received_at: datetime
    key_fingerprint: str
    warnings: tuple[str, ...]

    @property
    def signed_day(self) -> date:
        return vietnam_day(self.signed_at)


@dataclass(frozen=True)
class CommuneReceipts:
    """One commune in one round: its newest version and how many it sent."""

    commune_code: str
    commune_name: str  # the roster's name (the file's when the commune left the roster since)
    versions: int
    latest: ReceivedVersion


@dataclass(frozen=True)
class FigureChange:
    code: str
    label: str
    old: int | None  # None: blank, or the row was not in that version
    new: int | None


def parse_warnings(stored: str) -> tuple[str, ...]:
    """The warning sentences kept with a received version (a JSON list); text that is not such a list is
    kept whole as one sentence rather than lost."""
    if not stored.strip():
        return ()
    try:
        parsed = json.loads(stored)
    except ValueError:
        return (stored.strip(),)
    if isinstance(parsed, list):
        return tuple(str(item) for item in parsed if str(item).strip())
    return (str(parsed),)


def _version(row: Row[*tuple[Any, ...]]) -> ReceivedVersion:
    return ReceivedVersion(
        id=row.id,
        round_id=row.round_id,
        commune_code=row.commune_code,
        commune_name=row.commune_name,
        version=row.version,
        signed_at=row.signed_at,
        received_at=row.received_at,
        key_fingerprint=row.key_fingerprint,
        warnings=parse_warnings(row.warnings),
    )


def _newest(round_id: int, commune_code: str | None) -> Subquery:
    """Per commune that sent something for the round: its highest version number and how many it sent."""
    query = (
        select(
            ReceivedSubmission.commune_code.label("code"),
            func.max(ReceivedSubmission.version).label("version"),
            func.count().label("versions"),
        )
        .where(ReceivedSubmission.round_id == round_id, ReceivedSubmission.is_deleted.is_(False))
        .group_by(ReceivedSubmission.commune_code)
    )
    if commune_code is not None:
        query = query.where(ReceivedSubmission.commune_code == commune_code)
    return query.subquery()


def _joined_to(newest: Subquery, round_id: int) -> ColumnElement[bool]:
    return (
        (ReceivedSubmission.round_id == round_id)
        & (ReceivedSubmission.commune_code == newest.c.code)
        & (ReceivedSubmission.version == newest.c.version)
    )


def latest_versions(
    session: Session, round_id: int, commune_code: str | None = None
) -> dict[str, ReceivedVersion]:
    """Commune code → the latest version it sent for the round (only `commune_code`'s when given)."""
    newest = _newest(round_id, commune_code)
    rows = session.execute(select(*_COLUMNS).join(newest, _joined_to(newest, round_id)))
    return {row.commune_code: _version(row) for row in rows}


def round_receipts(session: Session, round_id: int) -> list[CommuneReceipts]:
    """Every commune that sent something for the round, in roster order, with its newest version."""
    newest = _newest(round_id, None)
    rows = session.execute(
        select(*_COLUMNS, newest.c.versions, ProvinceCommune.name.label("roster_name"))
        .join(newest, _joined_to(newest, round_id))
        .outerjoin(ProvinceCommune, ProvinceCommune.code == ReceivedSubmission.commune_code)
        .order_by(ProvinceCommune.sort_order, ReceivedSubmission.commune_code)
    )
    return [
        CommuneReceipts(
            row.commune_code, row.roster_name or row.commune_name, int(row.versions), _version(row)
        )
        for row in rows
    ]


def commune_versions(session: Session, round_id: int, commune_code: str) -> list[ReceivedVersion]:
    """Every version one commune sent for one round, oldest first."""
    rows = session.execute(
        select(*_COLUMNS)
        .where(ReceivedSubmission.round_id == round_id, ReceivedSubmission.commune_code == commune_code)
        .order_by(ReceivedSubmission.version)
    )
    return [_version(row) for row in rows]


def submission_figures(session: Session, submission_ids: Iterable[int]) -> dict[int, dict[str, int | None]]:
    """Submission id → its figures by indicator code (None: left blank); an id without figures is left
    out."""
    wanted = list(submission_ids)
    found: dict[int, dict[str, int | None]] = defaultdict(dict)
    for start in range(0, len(wanted), _CHUNK):
        for submission_id, code, value in session.execute(
            select(ReceivedFigure.submission_id, ReceivedFigure.code, ReceivedFigure.value).where(
                ReceivedFigure.submission_id.in_(wanted[start : start + _CHUNK])
            )
        ):
            found[submission_id][code] = value
    return dict(found)


def _labels(session: Session, submission_id: int) -> dict[str, str]:
    """Row labels as the commune sent them (for codes the round does not have)."""
    sent = session.scalar(
        select(ReceivedSubmission.figures_json).where(ReceivedSubmission.id == submission_id)
    )
    return {str(item["code"]): str(item["label"]) for item in json.loads(sent or "[]")}


def version_differences(session: Session, old_id: int, new_id: int) -> list[FigureChange]:
    """The rows whose figure differs between two versions (old → new), in the round's row order; rows
    outside the round follow by code."""
    round_id = session.execute(
        select(ReceivedSubmission.round_id).where(ReceivedSubmission.id == new_id)
    ).scalar_one()
    figures = submission_figures(session, (old_id, new_id))
    old, new = figures.get(old_id, {}), figures.get(new_id, {})
    indicators = [row for row in round_rows(session, round_id) if not row.is_group]
    labels = _labels(session, old_id) | _labels(session, new_id) | {row.code: row.label for row in indicators}
    ordered = [row.code for row in indicators]
    ordered += sorted((set(old) | set(new)) - set(ordered))
    return [
        FigureChange(code, labels.get(code, code), old.get(code), new.get(code))
        for code in ordered
        if old.get(code) != new.get(code)
    ]
