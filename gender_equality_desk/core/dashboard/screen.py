"""Everything Tổng quan shows, read in one snapshot: the commune's name, the figures, the reminders."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gender_equality_desk.core.dashboard.overview import Overview, build_overview
from gender_equality_desk.core.dashboard.reading import reading_store
from gender_equality_desk.core.dashboard.reminders import Deadline, OverdueFollowUpLike, upcoming_deadlines


@dataclass(frozen=True)
class CommuneNames:
    commune: str
    province: str


@dataclass(frozen=True)
class Dashboard:
    names: CommuneNames | None  # None before the first-run wizard saved the commune's profile
    overview: Overview
    deadlines: list[Deadline]


def read_dashboard(
    store: Path, today: date, *, overdue_follow_ups: Iterable[OverdueFollowUpLike] = ()
) -> Dashboard:
    """Tổng quan of the store file `store` as of `today` (raises DashboardUnreadableError, see reading)."""
    with reading_store(store) as connection:
        return Dashboard(
            names=commune_names(connection),
            overview=build_overview(connection, today),
            deadlines=upcoming_deadlines(connection, today, overdue_follow_ups=overdue_follow_ups),
        )


def commune_names(connection: sqlite3.Connection) -> CommuneNames | None:
    row = connection.execute(
        "SELECT commune_name, province_name FROM commune_profile WHERE is_deleted = 0 ORDER BY id LIMIT 1"
    ).fetchone()
    return None if row is None else CommuneNames(row[0], row[1])
