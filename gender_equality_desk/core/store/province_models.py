"""Tables of the province link: the roster, reporting rounds and what communes submitted.

Both desks use them. A province desk keeps its roster of communes (`province_commune`, with each
commune's pinned signing key), the rounds it runs (`reporting_round` + `round_indicator`), every version
of every submission it received (`received_submission` + `received_figure`) and the DHIS2 codes of its
indicators (`dhis2_mapping`). A commune desk keeps the province's public keys (`province_link`) and the
rounds it imported from the province's signed round files, in the same round tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gender_equality_desk.core.store.base import Base, IntPK, RecordMixin


class ProvinceCommune(RecordMixin, Base):
    """One commune of the province's roster (official administrative-unit code after the 2025 merger)."""

    __tablename__ = "province_commune"

    code: Mapped[str] = mapped_column(String(20), unique=True)  # "04378"
    name: Mapped[str] = mapped_column(String(120))
    officer_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    officer_phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # A commune merged into another keeps its row (and its earlier figures under its own name).
    merged_into_code: Mapped[str] = mapped_column(String(20), default="", server_default="")
    merged_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # The commune's Ed25519 public key (base64), pinned on its first accepted submission.
    public_key: Mapped[str] = mapped_column(String(64), default="", server_default="")
    key_pinned_at: Mapped[datetime | None]
    dhis2_org_unit: Mapped[str] = mapped_column(String(20), default="", server_default="")  # "" = the code
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ReportingRound(RecordMixin, Base):
    """A round: one report kind for one period, due by a deadline. The uuid travels in the round file."""

    __tablename__ = "reporting_round"
    __table_args__ = (UniqueConstraint("report_kind", "year", "period"),)

    report_kind: Mapped[str] = mapped_column(String(40))  # core.reports.registry.ReportKind values
    year: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(20))  # core.province.periods: "action-month", "h1", "year"
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # Province: when the round file was last written. Commune: when the round file was imported.
    published_at: Mapped[datetime | None]
    province_name: Mapped[str] = mapped_column(String(120), default="", server_default="")


class RoundIndicator(Base):
    """One indicator row of a round, as every commune must report it (matched by `code`)."""

    __tablename__ = "round_indicator"
    __table_args__ = (UniqueConstraint("round_id", "code"),)

    id: Mapped[IntPK]
    round_id: Mapped[int] = mapped_column(ForeignKey("reporting_round.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(60))
    number: Mapped[str] = mapped_column(String(12), default="", server_default="")
    label: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(40), default="", server_default="")
    level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_group: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Validation: this row's figure may not exceed the figure of row `at_most_code` (Nữ ≤ Tổng).
    at_most_code: Mapped[str] = mapped_column(String(60), default="", server_default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ReceivedSubmission(RecordMixin, Base):
    """One version of one commune's submission for one round, kept as received (never overwritten)."""

    __tablename__ = "received_submission"
    __table_args__ = (UniqueConstraint("round_id", "commune_code", "version"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("reporting_round.id", ondelete="CASCADE"), index=True)
    commune_code: Mapped[str] = mapped_column(String(20), index=True)
    commune_name: Mapped[str] = mapped_column(String(120))  # as the commune named itself then
    version: Mapped[int] = mapped_column(Integer)  # 1, 2, … in the order the commune signed them
    signed_at: Mapped[datetime]  # the commune's signing time (UTC)
    received_at: Mapped[datetime]
    key_fingerprint: Mapped[str] = mapped_column(String(32))
    content_sha256: Mapped[str] = mapped_column(String(64), unique=True)  # the sealed file's hash
    warnings: Mapped[str] = mapped_column(String, default="", server_default="")  # JSON list of sentences
    pdf: Mapped[bytes] = mapped_column(LargeBinary)  # the report exactly as the commune printed it
    figures_json: Mapped[str] = mapped_column(String)  # the signed rows, as received (JSON)


class ReceivedFigure(Base):
    """One figure of one received version, by indicator code (None: left blank by the commune)."""

    __tablename__ = "received_figure"

    submission_id: Mapped[int] = mapped_column(
        ForeignKey("received_submission.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int | None] = mapped_column(Integer)


class Dhis2Mapping(RecordMixin, Base):
    """The DHIS2 data element (and category option combo) an indicator code is sent as."""

    __tablename__ = "dhis2_mapping"
    __table_args__ = (UniqueConstraint("report_kind", "indicator_code"),)

    report_kind: Mapped[str] = mapped_column(String(40))
    indicator_code: Mapped[str] = mapped_column(String(60))
    data_element: Mapped[str] = mapped_column(String(60))
    category_option_combo: Mapped[str] = mapped_column(String(60), default="", server_default="")


class ProvinceLink(RecordMixin, Base):
    """Commune desk: the province it reports to, from the key file the province handed over (one row)."""

    __tablename__ = "province_link"

    province_name: Mapped[str] = mapped_column(String(120))
    authority: Mapped[str] = mapped_column(String(200), default="", server_default="")  # "Sở Nội vụ …"
    sealing_key: Mapped[str] = mapped_column(String(64))  # X25519 public key, base64
    signing_key: Mapped[str] = mapped_column(String(64))  # Ed25519 public key, base64
    fingerprint: Mapped[str] = mapped_column(String(40))
