"""Tables of the plans (Kế hoạch) and the report deadlines the dashboard reminds of.

A plan is a Decree-30 document the officer retypes every year (seeds 002 and 004): its free-text parts
are kept as JSON lists of styled paragraphs (`[["heading_2", "1. Mục đích:"], ["body", "…"]]`, see
core/plans/model.py), its planned activities and unit assignments as rows, so that the plan can be
tracked against the activities and propaganda events that carried it out.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gender_equality_desk.core.store.base import Base, RecordMixin
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    PropagandaEvent,
    PropagandaKind,
    ResponsibleUnit,
)


class Plan(RecordMixin, Base):
    """One plan: letterhead, subject, the free-text parts, the signature block."""

    __tablename__ = "plan"
    __table_args__ = (Index("ix_plan_live_year", "is_deleted", "year"),)

    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # CampaignKind value: action_month / annual_plan / other
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id"))
    parent_body: Mapped[str] = mapped_column(String(200), default="", server_default="")
    issuing_body: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(20), default="", server_default="")  # given by the văn thư
    symbol: Mapped[str] = mapped_column(String(40), default="KH-UBND", server_default="KH-UBND")
    place_name: Mapped[str] = mapped_column(String(120))
    issued_on: Mapped[date | None] = mapped_column(Date)
    issue_month: Mapped[int | None] = mapped_column(Integer)  # "ngày … tháng 11 năm 2023": day left blank
    title: Mapped[str] = mapped_column(String(500))
    preamble: Mapped[str] = mapped_column(String, default="[]", server_default="[]")  # JSON paragraphs
    theme: Mapped[str] = mapped_column(String, default="", server_default="")
    message: Mapped[str] = mapped_column(String, default="", server_default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    period_text: Mapped[str] = mapped_column(String(300), default="", server_default="")
    closing: Mapped[str] = mapped_column(String, default="[]", server_default="[]")  # JSON paragraphs
    recipients: Mapped[str] = mapped_column(String, default="", server_default="")  # one per line
    authority: Mapped[str] = mapped_column(String(300), default="", server_default="")  # one per line
    signer_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    show_schedule_table: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    sections: Mapped[list[PlanSection]] = relationship(
        order_by="PlanSection.sort_order", cascade="all, delete-orphan"
    )
    activities: Mapped[list[PlannedActivity]] = relationship(
        order_by="PlannedActivity.sort_order", cascade="all, delete-orphan"
    )
    assignments: Mapped[list[PlanAssignment]] = relationship(
        order_by="PlanAssignment.sort_order", cascade="all, delete-orphan"
    )


class PlanSection(RecordMixin, Base):
    """A Roman-numbered section (I. MỤC ĐÍCH, YÊU CẦU …); numbers follow the order, never stored."""

    __tablename__ = "plan_section"
    __table_args__ = (Index("ix_plan_section_plan", "plan_id"),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # SectionKind value
    heading: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(String, default="[]", server_default="[]")  # JSON paragraphs
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PlannedActivity(RecordMixin, Base):
    """One item of "Nội dung hoạt động": what, when, where, who, how much.

    Its kind says which records carry it out: an activity kind (Lễ phát động, Tập huấn…) or a propaganda
    kind (Treo băng rôn, Phát thanh…), at most one of both; none when only the officer can tell.
    """

    __tablename__ = "planned_activity"
    __table_args__ = (
        Index("ix_planned_activity_plan", "plan_id"),
        CheckConstraint("kind_id IS NULL OR propaganda_kind_id IS NULL", name="one_kind"),
    )

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    kind_id: Mapped[int | None] = mapped_column(ForeignKey("activity_kind.id"))
    propaganda_kind_id: Mapped[int | None] = mapped_column(ForeignKey("propaganda_kind.id"))
    title: Mapped[str] = mapped_column(String(300), default="", server_default="")
    body: Mapped[str] = mapped_column(String, default="[]", server_default="[]")  # JSON paragraphs
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="", server_default="")
    responsible_unit_id: Mapped[int | None] = mapped_column(ForeignKey("responsible_unit.id"))
    responsible_text: Mapped[str] = mapped_column(String(300), default="", server_default="")
    budget_vnd: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    kind: Mapped[ActivityKind | None] = relationship()
    propaganda_kind: Mapped[PropagandaKind | None] = relationship()
    responsible_unit: Mapped[ResponsibleUnit | None] = relationship()
    links: Mapped[list[PlannedActivityLink]] = relationship(cascade="all, delete-orphan")


class PlannedActivityLink(Base):
    """A recorded activity or propaganda event that carried out a planned activity (exactly one of both)."""

    __tablename__ = "planned_activity_link"
    __table_args__ = (
        UniqueConstraint("planned_activity_id", "activity_id", "propaganda_event_id"),
        Index("ix_planned_activity_link_activity", "activity_id"),
        Index("ix_planned_activity_link_propaganda_event", "propaganda_event_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    planned_activity_id: Mapped[int] = mapped_column(ForeignKey("planned_activity.id", ondelete="CASCADE"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    propaganda_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("propaganda_event.id", ondelete="CASCADE")
    )

    activity: Mapped[Activity | None] = relationship()
    propaganda_event: Mapped[PropagandaEvent | None] = relationship()


class PlanAssignment(RecordMixin, Base):
    """One numbered item of "Tổ chức thực hiện": a unit and what it must do."""

    __tablename__ = "plan_assignment"
    __table_args__ = (Index("ix_plan_assignment_plan", "plan_id"),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    unit_name: Mapped[str] = mapped_column(String(300))
    responsible_unit_id: Mapped[int | None] = mapped_column(ForeignKey("responsible_unit.id"))
    body: Mapped[str] = mapped_column(String, default="[]", server_default="[]")  # JSON paragraphs


class ReportDeadline(RecordMixin, Base):
    """A yearly report deadline (05/6 six-month, 10/12 annual by default): a setting the officer edits."""

    __tablename__ = "report_deadline"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # Which report this deadline is for (a ReportKind value, "" when the officer did not say): lets the
    # Báo cáo page offer to mark it sent.
    report_kind: Mapped[str] = mapped_column(String(40), default="", server_default="")


class ReportSubmission(RecordMixin, Base):
    """A report marked sent for one occurrence of a deadline. Until then that occurrence stays on Tổng
    quan, overdue if need be: a missed deadline never silently rolls over to next year."""

    __tablename__ = "report_submission"
    __table_args__ = (UniqueConstraint("deadline_id", "due_date"),)

    deadline_id: Mapped[int] = mapped_column(ForeignKey("report_deadline.id", ondelete="CASCADE"))
    due_date: Mapped[date] = mapped_column(Date)  # the occurrence this answers (e.g. 10/12/2026)
    sent_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="", server_default="")
