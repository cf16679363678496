"""Plan against what was done: each planned activity links to the recorded activities and propaganda
events that carried it out, and is planned, done, waiting for confirmation or overdue as of a date (rules in
core.plans.status, shared with the dashboard).

A planned activity of an activity kind (Lễ phát động, Tập huấn…) is carried out by activities of that kind,
one of a propaganda kind (Treo băng rôn, Phát thanh…) by propaganda events of that kind. Until the officer
links one, the record of its kind done in its time is proposed (`link_proposals`) and, when no earlier
planned activity of the year took it, stands for it (status MATCHED): the plan page shows it with one click
to confirm, the dashboard does not call it overdue, and the Action Month report names it instead of saying
"chưa thực hiện".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from gender_equality_desk.core.domain.clock import local_date, local_midnight_utc
from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, CampaignKind, LabelledEnum
from gender_equality_desk.core.errors import UserFacingError
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
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.core.store.plan_models import Plan, PlannedActivity, PlannedActivityLink
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class RecordKind(LabelledEnum):
    ACTIVITY = (ACTIVITY_RECORD, QT_TRANSLATE_NOOP("RecordKind", "Hoạt động"))
    PROPAGANDA = (PROPAGANDA_RECORD, QT_TRANSLATE_NOOP("RecordKind", "Tuyên truyền"))


@dataclass(frozen=True)
class LinkedRecord:
    link_id: int
    kind: RecordKind
    record_id: int
    day: date
    title: str
    done: bool  # a cancelled or still planned activity does not carry the plan out


@dataclass(frozen=True)
class LinkCandidate:
    kind: RecordKind
    record_id: int
    day: date
    title: str

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind.value, self.record_id)


@dataclass(frozen=True)
class ActivityProgress:
    planned_activity_id: int
    number: int  # 1-based, as printed in the plan
    label: str  # title, else the first words of the content
    due: date
    status: PlanStatus
    linked: tuple[LinkedRecord, ...]
    # MATCHED: the record of its kind, done in its time and not linked yet, that stands for it.
    proposal: LinkCandidate | None = None


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


def _progress(session: Session, plans: list[Plan], as_of: date) -> dict[int, list[ActivityProgress]]:
    """Progress of `plans` (the year's live plans, in order): links first, then `match_by_kind` over the
    planned activities with nothing done linked."""
    linked: dict[int, tuple[LinkedRecord, ...]] = {}
    wanted: list[tuple[int, list[LinkCandidate]]] = []
    for plan in plans:
        for row in plan.activities:
            records = tuple(item for item in (_linked(link) for link in row.links) if item is not None)
            linked[row.id] = records
            if not any(item.done for item in records):
                wanted.append((row.id, _proposals(session, row, plan)))
    by_key = {candidate.key: candidate for _, found in wanted for candidate in found}
    matched = match_by_kind((planned_id, [c.key for c in found]) for planned_id, found in wanted)
    result: dict[int, list[ActivityProgress]] = {}
    for plan in plans:
        items = result.setdefault(plan.id, [])
        for number, row in enumerate(plan.activities, start=1):
            records = linked[row.id]
            proposal = by_key[matched[row.id]] if row.id in matched else None
            done = any(item.done for item in records)
            due = due_date(row, plan)
            status = status_of(due, done, as_of, matched=proposal is not None)
            items.append(ActivityProgress(row.id, number, label_of(row), due, status, records, proposal))
    return result


def _live_plans(session: Session, year: int) -> list[Plan]:
    return list(
        session.scalars(select(Plan).where(Plan.is_deleted.is_(False), Plan.year == year).order_by(Plan.id))
    )


def year_progress(session: Session, year: int, as_of: date) -> dict[int, list[ActivityProgress]]:
    """The progress of each live plan of `year` (by plan id): a record of a kind stands for one planned
    activity across all of them."""
    return _progress(session, _live_plans(session, year), as_of)


def plan_progress(session: Session, plan_id: int, as_of: date) -> list[ActivityProgress]:
    plan = session.get(Plan, plan_id)
    if plan is None:
        return []
    if plan.is_deleted:  # in the trash: shown as it was, claiming no record from the live plans
        return _progress(session, [plan], as_of)[plan.id]
    return year_progress(session, plan.year, as_of).get(plan.id, [])


def not_done(session: Session, plan_id: int, as_of: date) -> list[ActivityProgress]:
    """Planned activities with nothing done linked (planned, overdue, or matched by a record of their
    kind that waits for the officer's confirmation)."""
    return [item for item in plan_progress(session, plan_id, as_of) if item.status is not PlanStatus.DONE]


def _action_month_plan_ids(session: Session, year: int) -> list[int]:
    return list(
        session.scalars(
            select(Plan.id)
            .where(Plan.is_deleted.is_(False), Plan.year == year)
            .where(Plan.kind == CampaignKind.ACTION_MONTH.value)
            .order_by(Plan.id)
        )
    )


def action_month_not_done(session: Session, year: int, as_of: date) -> list[ActivityProgress]:
    """What the year's Action Month plans planned with nothing done linked (for the Action Month report)."""
    progress = year_progress(session, year, as_of)
    return [
        item
        for plan_id in _action_month_plan_ids(session, year)
        for item in progress.get(plan_id, [])
        if item.status is not PlanStatus.DONE
    ]


def _linked_to_live_plans(column: InstrumentedAttribute[int | None]) -> Select[int | None]:
    """The records (activity_id or propaganda_event_id `column`) already linked to a live planned activity."""
    return (
        select(column)
        .join(PlannedActivity, PlannedActivity.id == PlannedActivityLink.planned_activity_id)
        .join(Plan, Plan.id == PlannedActivity.plan_id)
        .where(
            column.is_not(None),
            PlannedActivity.is_deleted.is_(False),
            Plan.is_deleted.is_(False),
        )
    )


def _proposals(session: Session, row: PlannedActivity, plan: Plan) -> list[LinkCandidate]:
    if row.is_deleted or (row.kind_id is None and row.propaganda_kind_id is None):
        return []
    spans = windows(row.start_date, row.end_date, plan.period_start, plan.period_end, plan.year)
    first, last = min(lo for lo, _ in spans), max(hi for _, hi in spans)
    found: list[LinkCandidate] = []
    if row.kind_id is not None:
        activities = session.scalars(
            select(Activity).where(
                Activity.kind_id == row.kind_id,
                Activity.status == ActivityStatus.DONE,
                Activity.is_deleted.is_(False),
                Activity.start_at >= local_midnight_utc(first),
                Activity.start_at < local_midnight_utc(last + timedelta(days=1)),
                Activity.id.not_in(_linked_to_live_plans(PlannedActivityLink.activity_id)),
            )
        )
        found = [
            LinkCandidate(RecordKind.ACTIVITY, activity.id, local_date(activity.start_at), activity.title)
            for activity in activities
        ]
    else:
        events = session.scalars(
            select(PropagandaEvent).where(
                PropagandaEvent.kind_id == row.propaganda_kind_id,
                PropagandaEvent.is_deleted.is_(False),
                PropagandaEvent.start_date >= first,
                PropagandaEvent.start_date <= last,
                PropagandaEvent.id.not_in(_linked_to_live_plans(PlannedActivityLink.propaganda_event_id)),
            )
        )
        found = [LinkCandidate(RecordKind.PROPAGANDA, e.id, e.start_date, e.title) for e in events]
    found = [c for c in found if any(lo <= c.day <= hi for lo, hi in spans)]
    found.sort(key=lambda c: (distance(c.day, row.start_date, row.end_date), c.day, c.record_id))
    return found


def link_proposals(session: Session, planned_activity_id: int) -> list[LinkCandidate]:
    """The records that probably carried a planned activity out, closest in time first.

    For a planned activity of an activity kind: the activities of that kind marked done; of a propaganda
    kind: the propaganda events of that kind. Either not in the trash, held (started) on a day within the
    planned activity's dates or the plan's period (the plan's year when neither is set), and not already
    linked to this or any other planned activity of a live plan. A planned activity without a kind gets no
    proposal: only the officer can tell which record carried it out.
    """
    row = session.get(PlannedActivity, planned_activity_id)
    if row is None:
        return []
    plan = session.get(Plan, row.plan_id)
    return _proposals(session, row, plan) if plan is not None else []


@dataclass(frozen=True)
class PlanGaps:
    """What the year's Action Month plans planned and the records do not show as carried out."""

    not_done: list[ActivityProgress] = field(default_factory=list)  # nothing linked, nothing of its kind
    # Nothing linked, but a record of its kind done in its time (status MATCHED): each record stands for
    # one planned activity only, so two planned trainings and one training held leave one gap.
    matched_by_kind: list[tuple[ActivityProgress, LinkCandidate]] = field(default_factory=list)


def action_month_gaps(session: Session, year: int, as_of: date) -> PlanGaps:
    """The year's Action Month planned activities not carried out, with those a same-kind record probably
    carried out (not yet linked) set apart: the report must not call those "not done"."""
    gaps = PlanGaps()
    for item in action_month_not_done(session, year, as_of):
        if item.proposal is None:
            gaps.not_done.append(item)
        else:
            gaps.matched_by_kind.append((item, item.proposal))
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
