"""Typed tables of the local store. Columns only change through an Alembic migration."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gender_equality_desk.core.domain.vocabulary import (
    ActivityStatus,
    BudgetSource,
    CampaignKind,
    QuantityUnit,
    VillageKind,
)
from gender_equality_desk.core.store.base import Base, RecordMixin


def _enum(enum_cls: type[CampaignKind | VillageKind | ActivityStatus | BudgetSource | QuantityUnit]) -> Enum:
    # Store the readable value ("done"), not the member name; no CHECK so adding a member needs no rebuild.
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda members: [member.value for member in members],
    )


class CommuneProfile(RecordMixin, Base):
    """The commune running the app: letterhead, signer and receiving authority of its documents."""

    __tablename__ = "commune_profile"

    commune_name: Mapped[str] = mapped_column(String(120))
    province_name: Mapped[str] = mapped_column(String(120))
    place_name: Mapped[str] = mapped_column(String(120))  # "Cao Lâu" in "Cao Lâu, ngày 20 tháng 11 năm 2023"
    parent_body: Mapped[str] = mapped_column(String(200), default="", server_default="")
    issuing_body: Mapped[str] = mapped_column(String(200))  # "ỦY BAN NHÂN DÂN XÃ CAO LÂU"
    receiving_authority: Mapped[str] = mapped_column(String(200))
    signer_name: Mapped[str] = mapped_column(String(120))
    signer_title: Mapped[str] = mapped_column(String(120))  # "PHÓ CHỦ TỊCH"
    signing_authority: Mapped[str] = mapped_column(String(200))  # "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
    officer_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    officer_phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # "commune": the commune's own desk; "province": a province desk receiving the communes' reports.
    desk_role: Mapped[str] = mapped_column(String(20), default="commune", server_default="commune")
    # The official administrative-unit code (after the 2025 merger): how the province knows the commune.
    unit_code: Mapped[str] = mapped_column(String(20), default="", server_default="")


class Village(RecordMixin, Base):
    __tablename__ = "village"
    __table_args__ = (UniqueConstraint("name", name="uq_village_name"),)

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[VillageKind] = mapped_column(_enum(VillageKind), default=VillageKind.THON)
    households: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Campaign(RecordMixin, Base):
    """A year's Action Month (15/11–15/12), the annual plan, or another campaign."""

    __tablename__ = "campaign"
    __table_args__ = (Index("ix_campaign_year_kind", "year", "kind"),)

    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[CampaignKind] = mapped_column(_enum(CampaignKind))
    name: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(String, default="", server_default="")
    message: Mapped[str] = mapped_column(String, default="", server_default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)


class ActivityKind(RecordMixin, Base):
    """Catalogue of activity kinds (lễ phát động, tập huấn, họp dân…), editable by the officer."""

    __tablename__ = "activity_kind"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(String, default="", server_default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class PropagandaKind(RecordMixin, Base):
    """Catalogue of communication kinds (băng rôn, loa truyền thanh, tin bài…), editable by the officer."""

    __tablename__ = "propaganda_kind"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    unit: Mapped[QuantityUnit] = mapped_column(_enum(QuantityUnit))
    counts_minutes: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class ResponsibleUnit(RecordMixin, Base):
    """Catalogue of units that organise or carry out work (Hội Phụ nữ, Công an xã, trường học…)."""

    __tablename__ = "responsible_unit"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Activity(RecordMixin, Base):
    """A campaign activity that was organised (or is planned), with participants by sex."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_live_start", "is_deleted", "start_at"),
        Index("ix_activity_campaign", "campaign_id"),
        Index("ix_activity_kind", "kind_id"),
        Index("ix_activity_village", "village_id"),
        Index("ix_activity_responsible_unit", "responsible_unit_id"),
    )

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    kind_id: Mapped[int] = mapped_column(ForeignKey("activity_kind.id"))
    title: Mapped[str] = mapped_column(String(300))
    start_at: Mapped[datetime]
    end_at: Mapped[datetime]
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"))
    place_text: Mapped[str] = mapped_column(String(300), default="", server_default="")
    organiser: Mapped[str] = mapped_column(String(200), default="", server_default="")
    responsible_unit_id: Mapped[int | None] = mapped_column(ForeignKey("responsible_unit.id"))
    participants_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # None = not recorded (officers often know "trong đó nữ …" but not the men): never guessed.
    participants_female: Mapped[int | None] = mapped_column(Integer)
    participants_male: Mapped[int | None] = mapped_column(Integer)
    participants_children: Mapped[int | None] = mapped_column(Integer)
    participants_ethnic_minority: Mapped[int | None] = mapped_column(Integer)
    budget_vnd: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    budget_source: Mapped[BudgetSource | None] = mapped_column(_enum(BudgetSource))
    result_summary: Mapped[str] = mapped_column(String, default="", server_default="")
    status: Mapped[ActivityStatus] = mapped_column(_enum(ActivityStatus), default=ActivityStatus.DONE)
    # Diacritic-free, lower-case copy of the searchable text (core.domain.text.fold), indexed by FTS5.
    search_text: Mapped[str] = mapped_column(String, default="", server_default="")

    campaign: Mapped[Campaign] = relationship()
    kind: Mapped[ActivityKind] = relationship()
    village: Mapped[Village | None] = relationship()
    responsible_unit: Mapped[ResponsibleUnit | None] = relationship()


propaganda_event_slogan = Table(
    "propaganda_event_slogan",
    Base.metadata,
    Column("event_id", ForeignKey("propaganda_event.id", ondelete="CASCADE"), primary_key=True),
    Column("slogan_id", ForeignKey("slogan.id"), primary_key=True),
)


class Slogan(RecordMixin, Base):
    """A slogan / message from the library, used on banners and in propaganda events."""

    __tablename__ = "slogan"
    __table_args__ = (Index("ix_slogan_picker_order", "is_favourite", "year"),)

    text: Mapped[str] = mapped_column(String)
    year: Mapped[int | None] = mapped_column(Integer)
    theme_group: Mapped[str] = mapped_column(String(200), default="", server_default="")
    source: Mapped[str] = mapped_column(String(300), default="", server_default="")
    is_favourite: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Hidden slogans leave the pickers; events that used them keep the link and still show the text.
    is_hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PropagandaEvent(RecordMixin, Base):
    """A communication event: banners hung, broadcasts, articles, leaflets…"""

    __tablename__ = "propaganda_event"
    __table_args__ = (
        Index("ix_propaganda_event_live_start", "is_deleted", "start_date"),
        Index("ix_propaganda_event_campaign", "campaign_id"),
        Index("ix_propaganda_event_kind", "kind_id"),
        Index("ix_propaganda_event_village", "village_id"),
    )

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    kind_id: Mapped[int] = mapped_column(ForeignKey("propaganda_kind.id"))
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"))
    places: Mapped[str] = mapped_column(String, default="", server_default="")
    quantity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    minutes: Mapped[int | None] = mapped_column(Integer)
    estimated_reach: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(String, default="", server_default="")
    search_text: Mapped[str] = mapped_column(String, default="", server_default="")

    campaign: Mapped[Campaign] = relationship()
    kind: Mapped[PropagandaKind] = relationship()
    village: Mapped[Village | None] = relationship()
    slogans: Mapped[list[Slogan]] = relationship(secondary=propaganda_event_slogan)


class Attachment(RecordMixin, Base):
    """Evidence attached to one activity or propaganda event (photo, scanned sign-in sheet, PDF).

    The bytes live once in the data folder under their SHA-256; this row says who uses them and under which
    name, so the same photo attached twice is stored once.
    """

    __tablename__ = "attachment"
    __table_args__ = (
        Index("ix_attachment_activity", "activity_id"),
        Index("ix_attachment_propaganda_event", "propaganda_event_id"),
        Index("ix_attachment_sha256", "sha256"),
    )

    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    propaganda_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("propaganda_event.id", ondelete="CASCADE")
    )
    sha256: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(255))
    size_bytes: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="", server_default="")


# Cases, plans and report rows live in their own modules; imported here so the metadata holds them.
from gender_equality_desk.core.store import (  # noqa: E402
    case_models,  # noqa: F401
    plan_models,  # noqa: F401
    province_models,  # noqa: F401
    report_models,  # noqa: F401
    trust_models,  # noqa: F401
)
