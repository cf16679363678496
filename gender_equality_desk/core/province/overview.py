"""The province desk's Tổng quan: how far each open or recent round has come, and what is due next.

Open rounds (deadline today or later) come first, the nearest deadline first; then rounds whose deadline
passed within `RECENT_DAYS` (communes still to chase), the latest first. With neither, the round with the
latest deadline is shown, so a desk with rounds never opens on an empty page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from gender_equality_desk.core.province.completeness import Completeness, round_completeness
from gender_equality_desk.core.province.round_scope import RoundInfo, list_rounds

RECENT_DAYS = 60


@dataclass(frozen=True)
class ProvinceOverview:
    today: date
    rounds: tuple[Completeness, ...]  # open rounds, nearest deadline first; then recent, latest first
    round_count: int  # every round of the desk

    @property
    def upcoming(self) -> tuple[Completeness, ...]:
        """The open rounds, nearest deadline first: the next deadlines."""
        return tuple(item for item in self.rounds if item.days_to_deadline >= 0)


def shown_rounds(rounds: tuple[RoundInfo, ...], today: date) -> list[RoundInfo]:
    open_rounds = sorted((r for r in rounds if r.deadline >= today), key=lambda r: (r.deadline, r.id))
    since = today - timedelta(days=RECENT_DAYS)
    recent = sorted(
        (r for r in rounds if since <= r.deadline < today), key=lambda r: (r.deadline, r.id), reverse=True
    )
    chosen = open_rounds + recent
    if not chosen and rounds:
        chosen = [max(rounds, key=lambda r: (r.deadline, r.id))]
    return chosen


def province_overview(session: Session, today: date) -> ProvinceOverview:
    rounds = list_rounds(session)
    return ProvinceOverview(
        today,
        tuple(round_completeness(session, r.id, today) for r in shown_rounds(rounds, today)),
        len(rounds),
    )
