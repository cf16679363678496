"""Report layout rows kept as data: the indicator table of a periodic report, editable by the officer.

A province's own form (six-month gender-equality report, the domestic-violence table "Biểu 01/BC-X")
changes more often than the app: its rows, labels, units and order live here, seeded from
resources/report_indicators, and each row says where its figure comes from (a `source` key computed from
the store, see core/reports/indicators.py) or is left for the officer to fill in by hand.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gender_equality_desk.core.store.base import Base, RecordMixin


class ReportIndicator(RecordMixin, Base):
    __tablename__ = "report_indicator"
    __table_args__ = (UniqueConstraint("report_kind", "code"),)

    report_kind: Mapped[str] = mapped_column(String(40), index=True)  # "gender-equality", "dv-statistics"
    code: Mapped[str] = mapped_column(String(60))  # stable key; seeding matches on it
    number: Mapped[str] = mapped_column(String(12), default="", server_default="")  # "I", "1", "1.1"
    label: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(40), default="", server_default="")  # "Cuộc", "Lượt người"
    level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # indentation
    is_group: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # bold heading row
    # "" = filled by hand; several keys joined by "+" are added up (e.g. two activity kinds in one row)
    source: Mapped[str] = mapped_column(String(400), default="", server_default="")
    note: Mapped[str] = mapped_column(String(200), default="", server_default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class ReportForm(RecordMixin, Base):
    """The form a periodic report follows, as its heading names it: editable, because form numbers and the
    circular behind them change (the DV form "Biểu 01/BC-X" belonged to Circular 23/2011, not 07/2017)."""

    __tablename__ = "report_form"

    report_kind: Mapped[str] = mapped_column(String(40), unique=True)
    form_name: Mapped[str] = mapped_column(String(200), default="", server_default="")  # "" = no form named
    legal_basis: Mapped[str] = mapped_column(String(300), default="", server_default="")
