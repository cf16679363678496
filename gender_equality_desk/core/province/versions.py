"""What the province received, read back: rounds, each commune's versions, and what changed between two.

Frozen rows for the inbox page and the command line; nothing here writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.province.submission_checks import round_label
from gender_equality_desk.core.store.province_models import (
    ProvinceCommune,
    ReceivedFigure,
    ReceivedSubmission,
    ReportingRound,
    RoundIndicator,
)


@dataclass(frozen=True)
class InboxRound:
    id: int
    label: str  # the title the province gave the round, else "Tháng hành động vì bình đẳng giới năm 2026"
    title: str  # the title alone ("" when the province gave none)
    report_kind: str
    year: int
    period: str
    deadline: date
    communes_received: int
    communes_in_roster: int


@dataclass(frozen=True)
class ReceivedVersion:
    id: int
    round_id: int
    commune_code: str
    commune_name: str  # as the commune named itself in that file
    version: int
    signed_at: datetime
    received_at: datetime
    key_fingerprint: str
    warnings: tuple[str, ...]


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


def warnings_of(row: ReceivedSubmission) -> tuple[str, ...]:
    return tuple(json.loads(row.warnings)) if row.warnings else ()


def _version(row: ReceivedSubmission) -> ReceivedVersion:
    return ReceivedVersion(
        id=row.id,
        round_id=row.round_id,
        commune_code=row.commune_code,
        commune_name=row.commune_name,
        version=row.version,
        signed_at=row.signed_at,
        received_at=row.received_at,
        key_fingerprint=row.key_fingerprint,
        warnings=warnings_of(row),
    )


def inbox_rounds(db: Session) -> list[InboxRound]:
    """The province's rounds, newest first, with how many communes sent something for each."""
    received = (
        select(
            ReceivedSubmission.round_id, func.count(func.distinct(ReceivedSubmission.commune_code)).label("n")
        )
        .group_by(ReceivedSubmission.round_id)
        .subquery()
    )
    in_roster = db.scalar(
        select(func.count())
        .select_from(ProvinceCommune)
        .where(ProvinceCommune.is_deleted.is_(False), ProvinceCommune.merged_into_code == "")
    )
    rows = db.execute(
        select(ReportingRound, func.coalesce(received.c.n, 0))
        .outerjoin(received, received.c.round_id == ReportingRound.id)
        .where(ReportingRound.is_deleted.is_(False))
        .order_by(ReportingRound.year.desc(), ReportingRound.deadline.desc(), ReportingRound.id.desc())
    ).all()
    return [
        InboxRound(
            id=round_.id,
            label=round_.title or round_label(round_.report_kind, round_.year, round_.period),
            title=round_.title,
            report_kind=round_.report_kind,
            year=round_.year,
            period=round_.period,
            deadline=round_.deadline,
            communes_received=int(count),
            communes_in_roster=int(in_roster or 0),
        )
        for round_, count in rows
    ]


def round_receipts(db: Session, round_id: int) -> list[CommuneReceipts]:
    """Every commune that sent something for the round, in roster order, with its newest version."""
    newest = (
        select(
            ReceivedSubmission.commune_code,
            func.max(ReceivedSubmission.version).label("latest"),
            func.count().label("versions"),
        )
        .where(ReceivedSubmission.round_id == round_id)
        .group_by(ReceivedSubmission.commune_code)
        .subquery()
    )
    rows = db.execute(
        select(ReceivedSubmission, newest.c.versions, ProvinceCommune.name)
        .join(
            newest,
            (newest.c.commune_code == ReceivedSubmission.commune_code)
            & (newest.c.latest == ReceivedSubmission.version),
        )
        .outerjoin(ProvinceCommune, ProvinceCommune.code == ReceivedSubmission.commune_code)
        .where(ReceivedSubmission.round_id == round_id)
        .order_by(ProvinceCommune.sort_order, ReceivedSubmission.commune_code)
    ).all()
    return [
        CommuneReceipts(row.commune_code, roster_name or row.commune_name, int(versions), _version(row))
        for row, versions, roster_name in rows
    ]


def commune_versions(db: Session, round_id: int, commune_code: str) -> list[ReceivedVersion]:
    """Every version one commune sent for one round, oldest first."""
    rows = db.scalars(
        select(ReceivedSubmission)
        .where(ReceivedSubmission.round_id == round_id, ReceivedSubmission.commune_code == commune_code)
        .order_by(ReceivedSubmission.version)
    )
    return [_version(row) for row in rows]


def _figures(db: Session, submission_id: int) -> dict[str, int | None]:
    rows = db.execute(
        select(ReceivedFigure.code, ReceivedFigure.value).where(ReceivedFigure.submission_id == submission_id)
    )
    return {code: value for code, value in rows}


def _labels(row: ReceivedSubmission) -> dict[str, str]:
    """Row labels as the commune sent them (for codes the round does not have)."""
    return {str(item["code"]): str(item["label"]) for item in json.loads(row.figures_json)}


def version_differences(db: Session, old_id: int, new_id: int) -> list[FigureChange]:
    """The rows whose figure differs between two versions (old → new), in the round's row order; rows
    outside the round follow by code."""
    old_row, new_row = db.get_one(ReceivedSubmission, old_id), db.get_one(ReceivedSubmission, new_id)
    old, new = _figures(db, old_id), _figures(db, new_id)
    indicators = db.execute(
        select(RoundIndicator.code, RoundIndicator.label)
        .where(RoundIndicator.round_id == new_row.round_id, RoundIndicator.is_group.is_(False))
        .order_by(RoundIndicator.sort_order)
    ).all()
    labels = _labels(old_row) | _labels(new_row) | {code: label for code, label in indicators}
    ordered = [code for code, _label in indicators]
    ordered += sorted((set(old) | set(new)) - set(ordered))
    return [
        FigureChange(code, labels.get(code, code), old.get(code), new.get(code))
        for code in ordered
        if old.get(code) != new.get(code)
    ]


def commune_contact(db: Session, commune_code: str) -> str:
    """ "Nông Thị Hạnh, 0912 345 678": whom to call about a commune's file (from the roster)."""
    row = db.execute(
        select(ProvinceCommune.officer_name, ProvinceCommune.officer_phone).where(
            ProvinceCommune.code == commune_code, ProvinceCommune.is_deleted.is_(False)
        )
    ).first()
    return ", ".join(part for part in row if part) if row else ""
