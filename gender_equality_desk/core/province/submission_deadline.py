"""Which of the officer's report deadlines (Cài đặt → Hạn báo cáo) a submission to the province answers,
so the Gửi lên tỉnh dialog can offer to mark it sent on Tổng quan (core.plans.deadlines.mark_sent).

A deadline is kept per report kind and day of the year, not per period: the six-month and the annual
gender-equality reports are two deadlines of the same kind (05/6 and 10/12 by default). The one a period
answers is the occurrence of a deadline of that kind nearest the period's last day, within three months
either side — 05/6 for the first half (due before the half ends, as seed 004 asks), 10/12 for the year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.plans.deadlines import SentReport, mark_sent
from gender_equality_desk.core.plans.occurrences import occurrence
from gender_equality_desk.core.store.plan_models import ReportDeadline, ReportSubmission

NEAR_DAYS = 92
SENT_NOTE = "Gửi tệp báo cáo điện tử lên tỉnh (Báo cáo → Gửi lên tỉnh)."


@dataclass(frozen=True)
class DeadlineMatch:
    deadline_id: int
    label: str
    due: date
    sent_on: date | None  # already marked sent for this occurrence (then nothing is marked again)


def deadline_for(session: Session, report_kind: str, period_end: date) -> DeadlineMatch | None:
    """The deadline occurrence of `report_kind` nearest `period_end` (within NEAR_DAYS), or None."""
    candidates = []
    for row in session.scalars(
        select(ReportDeadline).where(
            ReportDeadline.report_kind == report_kind,
            ReportDeadline.is_deleted.is_(False),
            ReportDeadline.is_active.is_(True),
        )
    ):
        for year in (period_end.year - 1, period_end.year, period_end.year + 1):
            due = occurrence(year, row.month, row.day)
            distance = abs((due - period_end).days)
            if distance <= NEAR_DAYS:
                candidates.append((distance, due, row.id, row.label))
    if not candidates:
        return None
    _distance, due, deadline_id, label = min(candidates)
    sent_on = session.scalar(
        select(ReportSubmission.sent_on).where(
            ReportSubmission.deadline_id == deadline_id,
            ReportSubmission.due_date == due,
            ReportSubmission.is_deleted.is_(False),
        )
    )
    return DeadlineMatch(deadline_id, label, due, sent_on)


def mark_submission_sent(session: Session, match: DeadlineMatch, today: date) -> SentReport:
    """Mark the matched occurrence sent today (the refusals are core.plans.deadlines.mark_sent's)."""
    return mark_sent(session, match.deadline_id, match.due, today, today, SENT_NOTE)
