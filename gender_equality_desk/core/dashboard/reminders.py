"""Deadline reminders for the dashboard: the Action Month start, the yearly report deadlines (settings
the officer edits, default 05/6 and 10/12 from seed 004), planned activities due this week or overdue, and
overdue case follow-ups.

Nothing is forgotten because a day passed: a report deadline stays, overdue, until the officer marks that
report sent (rules in core.plans.occurrences), and a planned activity stays, overdue, until a record that
carried it out is linked (or it is taken out of its plan: a planned activity has no "cancelled" state) —
unless a record of its kind done in its time, not linked yet, stands for it: then the Kế hoạch page asks
the officer to confirm the link, and it is not overdue here either.

Case follow-ups need a signed-in case worker (core.cases.support.overdue_follow_ups takes an
AuthSession): the caller passes what that function returned, so this module never reads case data itself.
Planned activities follow the rules of core.plans.status, as the Kế hoạch page does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from gender_equality_desk.core.dashboard.reading import read_date, read_datetime, stored_datetime
from gender_equality_desk.core.domain.campaigns import action_month_period
from gender_equality_desk.core.domain.clock import local_date, local_midnight_utc
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, LabelledEnum
from gender_equality_desk.core.plans.occurrences import first_owed
from gender_equality_desk.core.plans.status import (
    ACTIVITY_RECORD,
    PROPAGANDA_RECORD,
    PlanStatus,
    distance,
    due_from,
    label_from,
    match_by_kind,
    status_of,
    windows,
)
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

REMINDER_DAYS = 30  # report deadlines and the Action Month start show up this many days ahead
# A plan with more overdue activities than this shows them as one line (the officer who does not link
# records to the plan would otherwise see Tổng quan drown in them); the plan page lists each.
OVERDUE_ROWS_PER_PLAN = 3


class DeadlineKind(LabelledEnum):
    ACTION_MONTH = ("action_month", QT_TRANSLATE_NOOP("DeadlineKind", "Tháng hành động"))
    REPORT = ("report", QT_TRANSLATE_NOOP("DeadlineKind", "Hạn báo cáo"))
    PLANNED_ACTIVITY = ("planned_activity", QT_TRANSLATE_NOOP("DeadlineKind", "Hoạt động theo kế hoạch"))
    CASE_FOLLOW_UP = ("case_follow_up", QT_TRANSLATE_NOOP("DeadlineKind", "Theo dõi hồ sơ"))


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    title: str
    due: date
    days_left: int  # negative: overdue by that many days
    plan_id: int | None = None
    # The app's own wording of `title` (marked for translation; "{code}", "{count}", "{subject}" filled from
    # the fields below); empty when the title is the officer's data (a report name, a planned activity).
    wording: str = ""
    case_code: str = ""
    count: int = 0
    subject: str = ""  # the officer's data inside the app's wording (a plan's title)
    deadline_id: int | None = None  # a report deadline: the row its occurrence `due` is owed for

    @property
    def can_be_marked_sent(self) -> bool:
        return self.kind is DeadlineKind.REPORT and self.deadline_id is not None


ACTION_MONTH_ENDS = QT_TRANSLATE_NOOP("Deadline", "Tháng hành động kết thúc")
ACTION_MONTH_STARTS = QT_TRANSLATE_NOOP("Deadline", "Bắt đầu Tháng hành động")
FOLLOW_UP_OVERDUE = QT_TRANSLATE_NOOP("Deadline", "Hồ sơ {code}: lượt theo dõi quá hạn")
PLANNED_OVERDUE = QT_TRANSLATE_NOOP("Deadline", "{count} hoạt động quá hạn chưa thực hiện của {subject}")


class OverdueFollowUpLike(Protocol):
    """What core.cases.support.OverdueFollowUp provides (the anonymous case code, never a name)."""

    @property
    def case_code(self) -> str: ...

    @property
    def due_date(self) -> date: ...


def week_of(today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def upcoming_deadlines(
    connection: sqlite3.Connection,
    today: date,
    *,
    overdue_follow_ups: Iterable[OverdueFollowUpLike] = (),
    within_days: int = REMINDER_DAYS,
) -> list[Deadline]:
    """Every reminder for `today`, the most urgent (most overdue, then soonest) first."""
    found: list[Deadline] = []
    start, end = action_month_period(today.year)
    if start <= today <= end:
        found.append(_app_worded(DeadlineKind.ACTION_MONTH, ACTION_MONTH_ENDS, end, today))
    else:
        start = start if today < start else action_month_period(today.year + 1)[0]
        if (start - today).days <= within_days:
            found.append(_app_worded(DeadlineKind.ACTION_MONTH, ACTION_MONTH_STARTS, start, today))
    found.extend(_report_deadlines(connection, today, within_days))
    found.extend(_planned_due(connection, today))
    for follow_up in overdue_follow_ups:
        found.append(
            _app_worded(
                DeadlineKind.CASE_FOLLOW_UP, FOLLOW_UP_OVERDUE, follow_up.due_date, today, follow_up.case_code
            )
        )
    found.sort(key=lambda d: (d.due, d.kind.value, d.title))
    return found


def _report_deadlines(connection: sqlite3.Connection, today: date, within_days: int) -> list[Deadline]:
    """Each active deadline's earliest occurrence not marked sent, when it is past or due within
    `within_days` (the rules, and why occurrences start at the row's creation, in core.plans.occurrences)."""
    sent: dict[int, set[int]] = {}
    for deadline_id, due_date in connection.execute(
        "SELECT deadline_id, due_date FROM report_submission WHERE is_deleted = 0"
    ):
        sent.setdefault(deadline_id, set()).add(date.fromisoformat(due_date).year)
    found: list[Deadline] = []
    for deadline_id, label, month, day, created_at in connection.execute(
        "SELECT id, label, month, day, created_at FROM report_deadline WHERE is_deleted = 0 AND is_active = 1"
        " ORDER BY sort_order, id"
    ):
        created_on = local_date(read_datetime(created_at))
        due = first_owed(month, day, created_on, today, sent.get(deadline_id, set()))
        if (due - today).days <= within_days:
            found.append(
                Deadline(DeadlineKind.REPORT, label, due, (due - today).days, deadline_id=deadline_id)
            )
    return found


# Each planned activity of this year's and last year's live plans (older plans are closed by their year's
# reports; the Kế hoạch page still shows what they left undone), numbered as printed in its plan (all of
# the plan's planned activities in sort order), and whether a live record carried it out.
_PLANNED = """
SELECT p.id, p.year, p.title, p.period_start, p.period_end, pa.id, pa.is_deleted, pa.kind_id,
       pa.propaganda_kind_id, pa.title, pa.body, pa.start_date, pa.end_date,
       row_number() OVER (PARTITION BY p.id ORDER BY pa.sort_order, pa.id) AS number,
       EXISTS (
           SELECT 1 FROM planned_activity_link AS link
           LEFT OUTER JOIN activity AS a ON a.id = link.activity_id
           LEFT OUTER JOIN propaganda_event AS e ON e.id = link.propaganda_event_id
           WHERE link.planned_activity_id = pa.id
             AND ((a.id IS NOT NULL AND a.is_deleted = 0 AND a.status = ?)
                  OR ((a.id IS NULL OR a.is_deleted = 1) AND e.id IS NOT NULL AND e.is_deleted = 0))
       ) AS done
FROM "plan" AS p JOIN planned_activity AS pa ON pa.plan_id = p.id
WHERE p.is_deleted = 0 AND p.year IN (?, ?)
ORDER BY p.year, p.id, number
"""
# The records of a planned activity's kind started within [first, last], not linked to a live planned
# activity yet (core.plans.progress.link_proposals, read without the ORM).
_UNLINKED = """
SELECT link.{column} FROM planned_activity_link AS link
JOIN planned_activity AS pa ON pa.id = link.planned_activity_id JOIN "plan" AS p ON p.id = pa.plan_id
WHERE link.{column} IS NOT NULL AND pa.is_deleted = 0 AND p.is_deleted = 0
"""
_SAME_KIND_ACTIVITIES = (
    "SELECT id, start_at FROM activity WHERE kind_id = ? AND status = ? AND is_deleted = 0"
    " AND start_at >= ? AND start_at < ? AND id NOT IN (" + _UNLINKED.format(column="activity_id") + ")"
)
_SAME_KIND_EVENTS = (
    "SELECT id, start_date FROM propaganda_event WHERE kind_id = ? AND is_deleted = 0"
    " AND start_date >= ? AND start_date <= ?"
    " AND id NOT IN (" + _UNLINKED.format(column="propaganda_event_id") + ")"
)


@dataclass(frozen=True)
class _Planned:
    plan_id: int
    plan_title: str
    planned_id: int
    number: int
    label: str
    due: date
    done: bool


def _planned_due(connection: sqlite3.Connection, today: date) -> list[Deadline]:
    """Planned activities not done that fell due before today (however long ago) or fall due this week;
    a plan with more than OVERDUE_ROWS_PER_PLAN overdue ones shows those as one line. One that a record of
    its kind probably carried out (waiting for the officer's confirmation on the Kế hoạch page) is not
    overdue: it is not shown here."""
    sunday = week_of(today)[1]
    due_soon: list[Deadline] = []
    overdue: dict[int, list[Deadline]] = {}
    plan_titles: dict[int, str] = {}
    planned, matched = _read_planned(connection, today)
    for item in planned:
        status = status_of(item.due, item.done, today, matched=item.planned_id in matched)
        if status in (PlanStatus.DONE, PlanStatus.MATCHED) or item.due > sunday:
            continue
        deadline = Deadline(
            DeadlineKind.PLANNED_ACTIVITY,
            f"{item.number}. {item.label}",
            item.due,
            (item.due - today).days,
            item.plan_id,
        )
        if status is PlanStatus.OVERDUE:
            overdue.setdefault(item.plan_id, []).append(deadline)
            plan_titles[item.plan_id] = item.plan_title
        else:
            due_soon.append(deadline)
    for plan_id, items in overdue.items():
        if len(items) <= OVERDUE_ROWS_PER_PLAN:
            due_soon.extend(items)
            continue
        earliest = min(item.due for item in items)
        due_soon.append(
            Deadline(
                DeadlineKind.PLANNED_ACTIVITY,
                PLANNED_OVERDUE.format(count=len(items), subject=plan_titles[plan_id]),
                earliest,
                (earliest - today).days,
                plan_id,
                wording=PLANNED_OVERDUE,
                count=len(items),
                subject=plan_titles[plan_id],
            )
        )
    return due_soon


def _read_planned(connection: sqlite3.Connection, today: date) -> tuple[list[_Planned], set[int]]:
    """The planned activities of this year's and last year's live plans, and which of those with nothing
    done linked a record of their kind stands for (`match_by_kind` per year, as the Kế hoạch page)."""
    planned: list[_Planned] = []
    wanted: dict[int, list[tuple[int, list[tuple[str, int]]]]] = {}
    rows = connection.execute(_PLANNED, (ActivityStatus.DONE.value, today.year - 1, today.year)).fetchall()
    for row in rows:
        plan_id, year, plan_title, period_start, period_end, planned_id, is_deleted = row[:7]
        kind_id, propaganda_kind_id, title, body, start, end, number, done = row[7:]
        start_date, end_date, period_end_date = read_date(start), read_date(end), read_date(period_end)
        due = due_from(end_date, start_date, period_end_date, year)
        planned.append(
            _Planned(plan_id, plan_title, planned_id, number, label_from(title, body), due, bool(done))
        )
        if done:
            continue
        spans = windows(start_date, end_date, read_date(period_start), period_end_date, year)
        found = [] if is_deleted else _same_kind(connection, kind_id, propaganda_kind_id, spans)
        found = [(day, key) for day, key in found if any(lo <= day <= hi for lo, hi in spans)]
        found.sort(key=lambda item: (distance(item[0], start_date, end_date), item[0], item[1][1]))
        wanted.setdefault(year, []).append((planned_id, [key for _, key in found]))
    matched = {planned_id for items in wanted.values() for planned_id in match_by_kind(items)}
    return planned, matched


def _same_kind(
    connection: sqlite3.Connection,
    kind_id: int | None,
    propaganda_kind_id: int | None,
    spans: list[tuple[date, date]],
) -> list[tuple[date, tuple[str, int]]]:
    """(day, record key) of each unlinked record of the planned activity's kind between its spans' ends."""
    first, last = min(lo for lo, _ in spans), max(hi for _, hi in spans)
    if kind_id is not None:
        after = stored_datetime(local_midnight_utc(last + timedelta(days=1)))
        rows = connection.execute(
            _SAME_KIND_ACTIVITIES,
            (kind_id, ActivityStatus.DONE.value, stored_datetime(local_midnight_utc(first)), after),
        )
        return [(local_date(read_datetime(start_at)), (ACTIVITY_RECORD, record)) for record, start_at in rows]
    if propaganda_kind_id is not None:
        rows = connection.execute(
            _SAME_KIND_EVENTS, (propaganda_kind_id, first.isoformat(), last.isoformat())
        )
        return [(date.fromisoformat(day), (PROPAGANDA_RECORD, record)) for record, day in rows]
    return []


def _app_worded(kind: DeadlineKind, wording: str, due: date, today: date, case_code: str = "") -> Deadline:
    title = wording.format(code=case_code)
    return Deadline(kind, title, due, (due - today).days, wording=wording, case_code=case_code)
