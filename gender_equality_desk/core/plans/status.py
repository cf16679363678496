"""Whether a planned activity is planned, done, waiting for the officer's confirmation or overdue, and how
it is named and dated: pure rules shared by the plan progress (ORM, core.plans.progress) and the
dashboard's reminders (raw SQL, core.dashboard), so both always say the same.

A planned activity is done when at least one linked record is a live activity marked done or a live
propaganda event. Not done, it is matched ("chờ xác nhận") when a record of its kind was done in its time
and nobody linked it yet (`match_by_kind`): the records show it carried out, the officer only has to
confirm the link — it is neither overdue nor "not done". Otherwise it is overdue once its due date (end
date, else start date, else the end of the plan's period, else 31/12 of the plan's year) has passed.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable, Sequence
from datetime import date
from typing import TypeVar

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

LABEL_LIMIT = 90


class PlanStatus(LabelledEnum):
    PLANNED = ("planned", QT_TRANSLATE_NOOP("PlanStatus", "Dự kiến"))
    DONE = ("done", QT_TRANSLATE_NOOP("PlanStatus", "Đã thực hiện"))
    OVERDUE = ("overdue", QT_TRANSLATE_NOOP("PlanStatus", "Quá hạn"))
    MATCHED = ("matched", QT_TRANSLATE_NOOP("PlanStatus", "Chờ xác nhận"))


# What a record is, in the keys `match_by_kind` is given (core.plans.progress.RecordKind's values).
ACTIVITY_RECORD = "activity"
PROPAGANDA_RECORD = "propaganda"


def status_of(due: date, done: bool, as_of: date, matched: bool = False) -> PlanStatus:
    if done:
        return PlanStatus.DONE
    if matched:
        return PlanStatus.MATCHED
    return PlanStatus.OVERDUE if due < as_of else PlanStatus.PLANNED


def windows(
    start: date | None, end: date | None, period_start: date | None, period_end: date | None, year: int
) -> list[tuple[date, date]]:
    """When a planned activity may have been carried out: its own dates (one given: that day), and the
    plan's period; with neither, the plan's year."""
    found = []
    if start or end:
        first, last = start or end, end or start
        assert first is not None and last is not None
        found.append((min(first, last), max(first, last)))
    if period_start or period_end:
        found.append((period_start or date(year, 1, 1), period_end or date(year, 12, 31)))
    return found or [(date(year, 1, 1), date(year, 12, 31))]


def distance(day: date, start: date | None, end: date | None) -> int:
    """Days between `day` and the planned activity's own dates (0 inside them or when it has none)."""
    first, last = start or end, end or start
    if first is None or last is None:
        return 0
    if day < first:
        return (first - day).days
    return max(0, (day - last).days)


Key = TypeVar("Key", bound=Hashable)


def match_by_kind(wanted: Iterable[tuple[int, Sequence[Key]]]) -> dict[int, Key]:
    """Which record probably carried out which planned activity: `wanted` gives, for each planned activity
    with nothing done linked (in the order of the year's live plans, then their items), its proposals,
    best first. Each takes its first proposal no earlier one took: one record stands for one planned
    activity, so two planned trainings and one training held leave one not done."""
    taken: set[Key] = set()
    matched: dict[int, Key] = {}
    for planned_id, proposals in wanted:
        choice = next((key for key in proposals if key not in taken), None)
        if choice is not None:
            taken.add(choice)
            matched[planned_id] = choice
    return matched


def label_from(title: str, body_json: str, limit: int = LABEL_LIMIT) -> str:
    """The planned activity's title, else the first words of its content."""
    if title.strip():
        return title.strip()
    # The stored body is core.plans.model's paragraphs_to_json: [[style, text], …]. Read here without
    # importing that module (and the report content model behind it): this runs on the app's first screen.
    body = json.loads(body_json or "[]")
    text: str = body[0][1] if body else ""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def due_from(end_date: date | None, start_date: date | None, period_end: date | None, plan_year: int) -> date:
    return end_date or start_date or period_end or date(plan_year, 12, 31)
