"""Deadline reminders for the dashboard: the Action Month start, the yearly report deadlines (settings
the officer edits, default 05/6 and 10/12 from seed 004), planned activities due this week, and overdue
case follow-ups.

Case follow-ups need a signed-in case worker (core.cases.support.overdue_follow_ups takes an
AuthSession): the caller passes what that function returned, so this module never reads case data itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.campaigns import action_month_period
from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.progress import PlanStatus, plan_progress
from gender_equality_desk.core.store.plan_models import Plan, ReportDeadline
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

REMINDER_DAYS = 30  # report deadlines and the Action Month start show up this many days ahead


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
    # The app's own wording of `title` (marked for translation, "{code}" filled from case_code); empty when
    # the title is the officer's data (a report name, a planned activity).
    wording: str = ""
    case_code: str = ""


ACTION_MONTH_ENDS = QT_TRANSLATE_NOOP("Deadline", "Tháng hành động kết thúc")
ACTION_MONTH_STARTS = QT_TRANSLATE_NOOP("Deadline", "Bắt đầu Tháng hành động")
FOLLOW_UP_OVERDUE = QT_TRANSLATE_NOOP("Deadline", "Hồ sơ {code}: lượt theo dõi quá hạn")


@dataclass(frozen=True)
class ReportDeadlineRow:
    id: int
    code: str
    label: str
    month: int
    day: int
    is_active: bool


class OverdueFollowUpLike(Protocol):
    """What core.cases.support.OverdueFollowUp provides (the anonymous case code, never a name)."""

    @property
    def case_code(self) -> str: ...

    @property
    def due_date(self) -> date: ...


def report_deadlines(session: Session) -> list[ReportDeadlineRow]:
    rows = session.scalars(
        select(ReportDeadline)
        .where(ReportDeadline.is_deleted.is_(False))
        .order_by(ReportDeadline.sort_order, ReportDeadline.id)
    )
    return [ReportDeadlineRow(r.id, r.code, r.label, r.month, r.day, r.is_active) for r in rows]


def update_report_deadline(
    session: Session, deadline_id: int, *, label: str, month: int, day: int, is_active: bool = True
) -> None:
    """Change a deadline; a day that does not exist in every year (e.g. 30/02) is refused."""
    row = session.get(ReportDeadline, deadline_id)
    if row is None:
        raise UserFacingError("Không tìm thấy hạn báo cáo này. Vui lòng tải lại.")
    if not label.strip():
        raise UserFacingError("Chưa nhập tên báo cáo. Vui lòng nhập tên báo cáo.")
    problem = day_month_problem(day, month)
    if problem:
        raise UserFacingError(problem)
    row.label, row.month, row.day, row.is_active = label.strip(), month, day, is_active


def day_month_problem(day: int, month: int) -> str:
    """Why `day`/`month` cannot be a yearly deadline (and how to fix it), or "" when it can."""
    if not 1 <= month <= 12:
        return f"Tháng {month} không có. Vui lòng chọn tháng từ 1 đến 12."
    # A common year: a deadline on 29/02 would be missed three years in four.
    last = (date(2023 + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    if 1 <= day <= last:
        return ""
    if month == 2:
        return (
            f"Ngày {day:02d}/02 không có trong mọi năm: tháng 2 chỉ có 28 ngày (29 ngày vào năm nhuận). "
            "Vui lòng chọn ngày từ 1 đến 28, hoặc ngày 1 tháng 3."
        )
    return (
        f"Không có ngày {day:02d}/{month:02d}: tháng {month} chỉ có {last} ngày. "
        f"Vui lòng chọn ngày từ 1 đến {last}."
    )


def _next(today: date, month: int, day: int) -> date:
    this_year = date(today.year, month, day)
    return this_year if this_year >= today else date(today.year + 1, month, day)


def week_of(today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def upcoming_deadlines(
    session: Session,
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
    for row in report_deadlines(session):
        due = _next(today, row.month, row.day)
        if row.is_active and (due - today).days <= within_days:
            found.append(Deadline(DeadlineKind.REPORT, row.label, due, (due - today).days))
    monday, sunday = week_of(today)
    plans = session.execute(
        select(Plan.id, Plan.title).where(
            Plan.is_deleted.is_(False), Plan.year.in_((today.year, today.year - 1))
        )
    ).all()
    for plan_id, _title in plans:
        for item in plan_progress(session, plan_id, today):
            if item.status is not PlanStatus.DONE and monday <= item.due <= sunday:
                title = f"{item.number}. {item.label}"
                found.append(
                    Deadline(DeadlineKind.PLANNED_ACTIVITY, title, item.due, (item.due - today).days, plan_id)
                )
    for follow_up in overdue_follow_ups:
        found.append(
            _app_worded(
                DeadlineKind.CASE_FOLLOW_UP, FOLLOW_UP_OVERDUE, follow_up.due_date, today, follow_up.case_code
            )
        )
    found.sort(key=lambda d: (d.due, d.kind.value, d.title))
    return found


def _app_worded(kind: DeadlineKind, wording: str, due: date, today: date, case_code: str = "") -> Deadline:
    title = wording.format(code=case_code)
    return Deadline(kind, title, due, (due - today).days, wording=wording, case_code=case_code)
