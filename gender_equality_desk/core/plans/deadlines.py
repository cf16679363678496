"""The yearly report deadlines the officer keeps in Cài đặt → Hạn báo cáo (05/6 and 10/12 by default, from
seed 004; as many as the province asks for), and the reports marked sent for them.

A deadline's occurrence stays on Tổng quan, overdue if need be, until the report is marked sent here (the
date rules are core.plans.occurrences'; the dashboard reads them without the ORM, core.dashboard.reminders).
Deadlines and marks are soft-deleted, never erased: undoing a mark hides it, marking again brings it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import uuid4

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import ranges
from gender_equality_desk.core.domain.clock import local_date
from gender_equality_desk.core.domain.text import nfc
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.deadline_rules import (
    LABEL_MAX,
    NOTE_MAX,
    day_month_problem,
    deadline_problem,
    sent_on_problem,
)
from gender_equality_desk.core.plans.occurrences import first_owed, occurrence
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.reports.registry import ReportKind
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.plan_models import ReportDeadline, ReportSubmission

__all__ = [
    "LABEL_MAX",
    "NOTE_MAX",
    "DeadlineEdit",
    "PendingReport",
    "ReportDeadlineRow",
    "SentReport",
    "add_report_deadline",
    "day_month_problem",
    "deadline_problem",
    "delete_report_deadline",
    "mark_sent",
    "pending_reports",
    "report_deadlines",
    "save_report_deadlines",
    "sent_on_problem",
    "sent_reports",
    "undo_sent",
    "update_report_deadline",
]

RECENT_SENT = 20
NOT_FOUND = "Không tìm thấy hạn báo cáo này (có thể đã bị xóa). Vui lòng tải lại."


@dataclass(frozen=True)
class ReportDeadlineRow:
    id: int
    code: str
    label: str
    month: int
    day: int
    is_active: bool
    report_kind: str = ""  # a core.reports.registry.ReportKind value, "" when the officer did not say


@dataclass(frozen=True)
class DeadlineEdit:
    """One row of the editor as the officer left it: `id` None for a deadline added now."""

    id: int | None
    label: str
    month: int
    day: int
    is_active: bool = True
    report_kind: str = ""


@dataclass(frozen=True)
class PendingReport:
    """The occurrence of a deadline still owed (its earliest not marked sent), whether or not it is near."""

    deadline_id: int
    label: str
    report_kind: str
    due: date
    days_left: int  # negative: overdue by that many days


@dataclass(frozen=True)
class SentReport:
    """A report marked sent: which deadline occurrence, and when it went."""

    id: int
    deadline_id: int
    label: str
    due: date
    sent_on: date
    note: str

    @property
    def days_late(self) -> int:
        """Days after the deadline it was sent (0 when on time or early)."""
        return max(0, (self.sent_on - self.due).days)


# -- the deadlines ------------------------------------------------------------------------------------


def report_deadlines(session: Session) -> list[ReportDeadlineRow]:
    rows = session.scalars(
        select(ReportDeadline)
        .where(ReportDeadline.is_deleted.is_(False))
        .order_by(ReportDeadline.sort_order, ReportDeadline.id)
    )
    return [_row(r) for r in rows]


def update_report_deadline(
    session: Session,
    deadline_id: int,
    *,
    label: str,
    month: int,
    day: int,
    is_active: bool = True,
    report_kind: str | None = None,
) -> None:
    """Change a deadline; a day that does not exist in every year (e.g. 30/02) is refused. `report_kind`
    None keeps the one it has."""
    row = _live_deadline(session, deadline_id)
    kind = row.report_kind if report_kind is None else report_kind
    _apply(row, DeadlineEdit(deadline_id, label, month, day, is_active, kind))
    _refuse_duplicate_labels(session)


def add_report_deadline(
    session: Session, *, label: str, month: int, day: int, is_active: bool = True, report_kind: str = ""
) -> int:
    """A new yearly deadline, listed after the others; its first owed occurrence is the next one (see
    core.plans.occurrences: a deadline added today does not claim a past one was missed)."""
    deadline_id = _add(session, DeadlineEdit(None, label, month, day, is_active, report_kind))
    _refuse_duplicate_labels(session)
    return deadline_id


def delete_report_deadline(session: Session, deadline_id: int) -> None:
    """Soft delete: the deadline leaves the settings and Tổng quan; the reports marked sent for it stay."""
    row = _live_deadline(session, deadline_id)
    row.is_deleted = True
    row.deleted_at = utc_now()


def save_report_deadlines(session: Session, rows: Sequence[DeadlineEdit], removed: Sequence[int]) -> None:
    """The editor's "Lưu": update, add and delete in the caller's one transaction. Names must stay
    different once everything is applied (two rows may swap names)."""
    for deadline_id in removed:
        delete_report_deadline(session, deadline_id)
    for edit in rows:
        if edit.id is None:
            _add(session, edit)
        else:
            _apply(_live_deadline(session, edit.id), edit)
    _refuse_duplicate_labels(session)


def _add(session: Session, edit: DeadlineEdit) -> int:
    last = session.scalar(select(func.max(ReportDeadline.sort_order))) or 0
    row = ReportDeadline(code=f"custom_{uuid4().hex[:12]}", label="", month=1, day=1, sort_order=last + 1)
    _apply(row, edit)
    session.add(row)
    session.flush()
    return row.id


def _apply(row: ReportDeadline, edit: DeadlineEdit) -> None:
    problem = deadline_problem(edit.label, edit.day, edit.month)
    if not problem and edit.report_kind and edit.report_kind not in {kind.value for kind in ReportKind}:
        problem = "Loại báo cáo này không có. Vui lòng chọn trong danh sách, hoặc để trống."
    if problem:
        raise UserFacingError(f"“{edit.label.strip() or row.label}”: {problem}")
    row.label, row.month, row.day = nfc(edit.label.strip()), edit.month, edit.day
    row.is_active, row.report_kind = edit.is_active, edit.report_kind


def _refuse_duplicate_labels(session: Session) -> None:
    session.flush()
    seen: set[str] = set()
    for label in session.scalars(select(ReportDeadline.label).where(ReportDeadline.is_deleted.is_(False))):
        key = label.casefold()
        if key in seen:
            raise UserFacingError(
                f"Có hai hạn báo cáo cùng tên “{label}”. Vui lòng đặt tên khác nhau để phân biệt trên "
                "trang Tổng quan."
            )
        seen.add(key)


def _live_deadline(session: Session, deadline_id: int) -> ReportDeadline:
    row = session.get(ReportDeadline, deadline_id)
    if row is None or row.is_deleted:
        raise UserFacingError(NOT_FOUND)
    return row


def _row(r: ReportDeadline) -> ReportDeadlineRow:
    return ReportDeadlineRow(r.id, r.code, r.label, r.month, r.day, r.is_active, r.report_kind)


# -- reports marked sent ------------------------------------------------------------------------------


def pending_reports(session: Session, today: date, report_kind: str | None = None) -> list[PendingReport]:
    """Each active deadline's earliest occurrence not marked sent (of one report kind when given), the
    most urgent first: what the Báo cáo page may offer to mark sent once a report is printed."""
    query = select(ReportDeadline).where(
        ReportDeadline.is_deleted.is_(False), ReportDeadline.is_active.is_(True)
    )
    if report_kind is not None:
        query = query.where(ReportDeadline.report_kind == report_kind)
    found = []
    for row in session.scalars(query.order_by(ReportDeadline.sort_order, ReportDeadline.id)):
        due = first_owed(row.month, row.day, local_date(row.created_at), today, _sent_years(session, row.id))
        found.append(PendingReport(row.id, row.label, row.report_kind, due, (due - today).days))
    found.sort(key=lambda p: (p.due, p.label))
    return found


def mark_sent(
    session: Session, deadline_id: int, due: date, sent_on: date, today: date, note: str = ""
) -> SentReport:
    """Say that the report for the occurrence `due` of the deadline went up on `sent_on`.

    Refused (Vietnamese message) when `sent_on` is after today, or on or before the same deadline a year
    earlier (a report sent then answers that earlier occurrence), when `due` is not a day this deadline
    falls on, or when a report was already marked sent for that year's occurrence."""
    deadline = _live_deadline(session, deadline_id)
    for label, day in (("Ngày hạn", due), ("Ngày gửi", sent_on)):
        outside = ranges.day_in_range(label, day, today=today)  # before any date sum can overflow
        if outside:
            raise UserFacingError(outside)
    if due != occurrence(due.year, deadline.month, deadline.day):
        raise UserFacingError(
            f"Hạn báo cáo “{deadline.label}” là ngày {deadline.day:02d}/{deadline.month:02d} hằng năm, "
            f"không phải ngày {format_date(due)}. Vui lòng tải lại trang rồi đánh dấu lại."
        )
    problem = sent_on_problem(sent_on, due, deadline.month, deadline.day, today)
    if problem:
        raise UserFacingError(problem)
    clean_note = nfc(note.strip())
    if len(clean_note) > NOTE_MAX:
        raise UserFacingError(
            f"Ghi chú dài {len(clean_note)} ký tự, quá {NOTE_MAX} ký tự. Vui lòng rút gọn ghi chú."
        )
    for earlier in _submissions(session, deadline_id):
        if earlier.due_date.year == due.year:
            raise UserFacingError(
                f"Báo cáo “{deadline.label}” kỳ hạn năm {due.year} đã được đánh dấu gửi ngày "
                f"{format_date(earlier.sent_on)}. Nếu ngày đó sai, vui lòng hoàn tác rồi đánh dấu lại."
            )
    # The same occurrence marked, undone and marked again: the row comes back (one row per occurrence).
    row = session.scalars(
        select(ReportSubmission).where(
            ReportSubmission.deadline_id == deadline_id, ReportSubmission.due_date == due
        )
    ).one_or_none()
    if row is None:
        row = ReportSubmission(deadline_id=deadline_id, due_date=due, sent_on=sent_on, note=clean_note)
        session.add(row)
    else:
        row.is_deleted, row.deleted_at, row.sent_on, row.note = False, None, sent_on, clean_note
    session.flush()
    return SentReport(row.id, deadline_id, deadline.label, due, sent_on, clean_note)


def undo_sent(session: Session, submission_id: int) -> SentReport:
    """Take a mark back (marked by mistake, or with a wrong date): the occurrence is owed again."""
    row = session.get(ReportSubmission, submission_id)
    if row is None or row.is_deleted:
        raise UserFacingError("Không tìm thấy lần đánh dấu này (có thể đã được hoàn tác). Vui lòng tải lại.")
    deadline = session.get_one(ReportDeadline, row.deadline_id)
    row.is_deleted, row.deleted_at = True, utc_now()
    return SentReport(row.id, row.deadline_id, deadline.label, row.due_date, row.sent_on, row.note)


def sent_reports(session: Session, limit: int = RECENT_SENT) -> list[SentReport]:
    """The latest reports marked sent (of deadlines still kept), the most recently sent first."""
    sent = ReportSubmission
    rows = session.execute(
        select(sent, ReportDeadline.label)
        .join(ReportDeadline, ReportDeadline.id == sent.deadline_id)
        .where(sent.is_deleted.is_(False), ReportDeadline.is_deleted.is_(False))
        .order_by(sent.sent_on.desc(), sent.due_date.desc(), sent.id.desc())
        .limit(limit)
    )
    return [SentReport(s.id, s.deadline_id, label, s.due_date, s.sent_on, s.note) for s, label in rows]


def _submissions(session: Session, deadline_id: int) -> list[ReportSubmission]:
    return list(
        session.scalars(
            select(ReportSubmission).where(
                ReportSubmission.deadline_id == deadline_id, ReportSubmission.is_deleted.is_(False)
            )
        )
    )


def _sent_years(session: Session, deadline_id: int) -> set[int]:
    return {row.due_date.year for row in _submissions(session, deadline_id)}
