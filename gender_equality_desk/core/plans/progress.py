"""Plan against what was done: each planned activity links to the recorded activities and propaganda
events that carried it out, and is planned, done or overdue as of a date (rules in core.plans.status).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.clock import local_date, local_midnight_utc
from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, CampaignKind, LabelledEnum
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.status import PlanStatus, due_from, label_from, status_of
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.core.store.plan_models import Plan, PlannedActivity, PlannedActivityLink
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class RecordKind(LabelledEnum):
    ACTIVITY = ("activity", QT_TRANSLATE_NOOP("RecordKind", "Hoạt động"))
    PROPAGANDA = ("propaganda", QT_TRANSLATE_NOOP("RecordKind", "Tuyên truyền"))


@dataclass(frozen=True)
class LinkedRecord:
    link_id: int
    kind: RecordKind
    record_id: int
    day: date
    title: str
    done: bool  # a cancelled or still planned activity does not carry the plan out


@dataclass(frozen=True)
class ActivityProgress:
    planned_activity_id: int
    number: int  # 1-based, as printed in the plan
    label: str  # title, else the first words of the content
    due: date
    status: PlanStatus
    linked: tuple[LinkedRecord, ...]


@dataclass(frozen=True)
class LinkCandidate:
    kind: RecordKind
    record_id: int
    day: date
    title: str


def label_of(row: PlannedActivity) -> str:
    return label_from(row.title, row.body)


def due_date(row: PlannedActivity, plan: Plan) -> date:
    return due_from(row.end_date, row.start_date, plan.period_end, plan.year)


def _linked(link: PlannedActivityLink) -> LinkedRecord | None:
    if link.activity is not None and not link.activity.is_deleted:
        activity = link.activity
        done = activity.status == ActivityStatus.DONE
        return LinkedRecord(
            link.id, RecordKind.ACTIVITY, activity.id, local_date(activity.start_at), activity.title, done
        )
    event = link.propaganda_event
    if event is not None and not event.is_deleted:
        return LinkedRecord(link.id, RecordKind.PROPAGANDA, event.id, event.start_date, event.title, True)
    return None  # the record is in the trash: it no longer counts


def plan_progress(session: Session, plan_id: int, as_of: date) -> list[ActivityProgress]:
    plan = session.get(Plan, plan_id)
    if plan is None:
        return []
    result: list[ActivityProgress] = []
    for number, row in enumerate(plan.activities, start=1):
        linked = tuple(item for item in (_linked(link) for link in row.links) if item is not None)
        done = any(item.done for item in linked)
        due = due_date(row, plan)
        result.append(
            ActivityProgress(row.id, number, label_of(row), due, status_of(due, done, as_of), linked)
        )
    return result


def not_done(session: Session, plan_id: int, as_of: date) -> list[ActivityProgress]:
    """Planned activities not carried out (planned or overdue), for the result report."""
    return [item for item in plan_progress(session, plan_id, as_of) if item.status is not PlanStatus.DONE]


def action_month_not_done(session: Session, year: int, as_of: date) -> list[ActivityProgress]:
    """What the year's Action Month plans planned and nobody carried out (for the Action Month report)."""
    plan_ids = session.scalars(
        select(Plan.id)
        .where(Plan.is_deleted.is_(False), Plan.year == year, Plan.kind == CampaignKind.ACTION_MONTH.value)
        .order_by(Plan.id)
    ).all()
    return [item for plan_id in plan_ids for item in not_done(session, plan_id, as_of)]


def _windows(row: PlannedActivity, plan: Plan) -> list[tuple[date, date]]:
    """When a planned activity may have been carried out: its own dates (one given: that day), and the
    plan's period; with neither, the plan's year."""
    windows = []
    if row.start_date or row.end_date:
        first, last = row.start_date or row.end_date, row.end_date or row.start_date
        assert first is not None and last is not None
        windows.append((min(first, last), max(first, last)))
    if plan.period_start or plan.period_end:
        year_start, year_end = date(plan.year, 1, 1), date(plan.year, 12, 31)
        windows.append((plan.period_start or year_start, plan.period_end or year_end))
    return windows or [(date(plan.year, 1, 1), date(plan.year, 12, 31))]


def _distance(day: date, row: PlannedActivity) -> int:
    """Days between `day` and the planned activity's own dates (0 inside them or when it has none)."""
    first, last = row.start_date or row.end_date, row.end_date or row.start_date
    if first is None or last is None:
        return 0
    if day < first:
        return (first - day).days
    return max(0, (day - last).days)


def link_proposals(session: Session, planned_activity_id: int) -> list[LinkCandidate]:
    """The recorded activities that probably carried a planned activity out, closest in time first.

    An activity is proposed when it is of the planned activity's kind, marked done, not in the trash,
    held on a day within the planned activity's dates or the plan's period (the plan's year when neither
    is set), and not already linked to this or any other planned activity of a live plan. A planned
    activity without a kind gets no proposal: only the officer can tell which record carried it out.
    """
    row = session.get(PlannedActivity, planned_activity_id)
    if row is None or row.kind_id is None or row.is_deleted:
        return []
    plan = session.get(Plan, row.plan_id)
    if plan is None:
        return []
    windows = _windows(row, plan)
    linked_elsewhere = (
        select(PlannedActivityLink.activity_id)
        .join(PlannedActivity, PlannedActivity.id == PlannedActivityLink.planned_activity_id)
        .join(Plan, Plan.id == PlannedActivity.plan_id)
        .where(
            PlannedActivityLink.activity_id.is_not(None),
            PlannedActivity.is_deleted.is_(False),
            Plan.is_deleted.is_(False),
        )
    )
    activities = session.scalars(
        select(Activity).where(
            Activity.kind_id == row.kind_id,
            Activity.status == ActivityStatus.DONE,
            Activity.is_deleted.is_(False),
            Activity.start_at >= local_midnight_utc(min(first for first, _ in windows)),
            Activity.start_at < local_midnight_utc(max(last for _, last in windows) + timedelta(days=1)),
            Activity.id.not_in(linked_elsewhere),
        )
    )
    found = [
        LinkCandidate(RecordKind.ACTIVITY, activity.id, day, activity.title)
        for activity in activities
        if any(first <= (day := local_date(activity.start_at)) <= last for first, last in windows)
    ]
    found.sort(key=lambda c: (_distance(c.day, row), c.day, c.record_id))
    return found


@dataclass(frozen=True)
class PlanGaps:
    """What the year's Action Month plans planned and the records do not show as carried out."""

    not_done: list[ActivityProgress] = field(default_factory=list)  # nothing linked, nothing of its kind
    # Nothing linked, but a done activity of its kind in its time (link_proposals): each such activity
    # stands for one planned activity only, so two planned trainings and one training held leave one gap.
    matched_by_kind: list[tuple[ActivityProgress, LinkCandidate]] = field(default_factory=list)


def action_month_gaps(session: Session, year: int, as_of: date) -> PlanGaps:
    """The year's Action Month planned activities not carried out, with those a same-kind activity
    probably carried out (not yet linked) set apart: the report must not call those "not done"."""
    gaps = PlanGaps()
    used: set[int] = set()
    for item in action_month_not_done(session, year, as_of):
        proposal = next(
            (c for c in link_proposals(session, item.planned_activity_id) if c.record_id not in used), None
        )
        if proposal is None:
            gaps.not_done.append(item)
        else:
            used.add(proposal.record_id)
            gaps.matched_by_kind.append((item, proposal))
    return gaps


def link_record(
    session: Session,
    planned_activity_id: int,
    *,
    activity_id: int | None = None,
    propaganda_event_id: int | None = None,
) -> int:
    """Say that a recorded activity (or propaganda event) carried out a planned activity. Idempotent."""
    if (activity_id is None) == (propaganda_event_id is None):
        raise ValueError("link exactly one activity or one propaganda event")
    planned = session.get(PlannedActivity, planned_activity_id)
    if planned is None:
        raise UserFacingError("Hoạt động trong kế hoạch không còn nữa. Vui lòng tải lại kế hoạch.")
    record = (
        session.get(Activity, activity_id)
        if activity_id is not None
        else session.get(PropagandaEvent, propaganda_event_id)
    )
    if record is None or record.is_deleted:
        raise UserFacingError("Hoạt động đã ghi không còn (có thể đã bị xóa). Vui lòng chọn hoạt động khác.")
    for link in planned.links:
        if link.activity_id == activity_id and link.propaganda_event_id == propaganda_event_id:
            return link.id
    link = PlannedActivityLink(activity_id=activity_id, propaganda_event_id=propaganda_event_id)
    planned.links.append(link)
    session.flush()
    return link.id


def unlink_record(session: Session, link_id: int) -> None:
    link = session.get(PlannedActivityLink, link_id)
    if link is not None:
        session.delete(link)
        session.flush()


def link_candidates(session: Session, plan_id: int, text: str = "", limit: int = 200) -> list[LinkCandidate]:
    """Recorded activities and propaganda events of the plan's year, newest first, filtered by `text`."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        return []
    first, after = date(plan.year, 1, 1), date(plan.year + 1, 1, 1)
    needle = f"%{fold(text)}%" if text.strip() else None
    activities = select(Activity).where(
        Activity.is_deleted.is_(False),
        Activity.start_at >= local_midnight_utc(first),
        Activity.start_at < local_midnight_utc(after),
    )
    events = select(PropagandaEvent).where(
        PropagandaEvent.is_deleted.is_(False),
        PropagandaEvent.start_date >= first,
        PropagandaEvent.start_date < after,
    )
    if needle is not None:
        activities = activities.where(or_(Activity.search_text.like(needle)))
        events = events.where(PropagandaEvent.search_text.like(needle))
    found = [
        LinkCandidate(RecordKind.ACTIVITY, a.id, local_date(a.start_at), a.title)
        for a in session.scalars(activities.order_by(Activity.start_at.desc()).limit(limit))
    ]
    found += [
        LinkCandidate(RecordKind.PROPAGANDA, e.id, e.start_date, e.title)
        for e in session.scalars(events.order_by(PropagandaEvent.start_date.desc()).limit(limit))
    ]
    found.sort(key=lambda c: (c.day, c.title), reverse=True)
    return found[:limit]


def set_links(session: Session, planned_activity_id: int, records: set[tuple[str, int]]) -> None:
    """Make the links of a planned activity exactly `records` ((RecordKind value, record id) pairs)."""
    planned = session.get(PlannedActivity, planned_activity_id)
    if planned is None:
        raise UserFacingError("Hoạt động trong kế hoạch không còn nữa. Vui lòng tải lại kế hoạch.")
    current = {
        (RecordKind.ACTIVITY.value, link.activity_id)
        if link.activity_id is not None
        else (RecordKind.PROPAGANDA.value, link.propaganda_event_id): link
        for link in planned.links
    }
    for key, link in current.items():
        if key not in records:
            session.delete(link)
    for kind, record_id in records - set(current):
        if kind == RecordKind.ACTIVITY.value:
            link_record(session, planned_activity_id, activity_id=record_id)
        else:
            link_record(session, planned_activity_id, propaganda_event_id=record_id)
    session.flush()


def planned_label(session: Session, planned_activity_id: int) -> str:
    planned = session.get(PlannedActivity, planned_activity_id)
    return label_of(planned) if planned is not None else ""
