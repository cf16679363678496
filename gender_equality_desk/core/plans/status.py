"""Whether a planned activity is planned, done or overdue, and how it is named and dated: pure rules shared
by the plan progress (ORM, core.plans.progress) and the dashboard's reminders (raw SQL, core.dashboard).

A planned activity is done when at least one linked record is a live activity marked done or a live
propaganda event; overdue when it is not done and its due date (end date, else start date, else the
end of the plan's period, else 31/12 of the plan's year) has passed.
"""

from __future__ import annotations

import json
from datetime import date

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

LABEL_LIMIT = 90


class PlanStatus(LabelledEnum):
    PLANNED = ("planned", QT_TRANSLATE_NOOP("PlanStatus", "Dự kiến"))
    DONE = ("done", QT_TRANSLATE_NOOP("PlanStatus", "Đã thực hiện"))
    OVERDUE = ("overdue", QT_TRANSLATE_NOOP("PlanStatus", "Quá hạn"))


def status_of(due: date, done: bool, as_of: date) -> PlanStatus:
    if done:
        return PlanStatus.DONE
    return PlanStatus.OVERDUE if due < as_of else PlanStatus.PLANNED


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
