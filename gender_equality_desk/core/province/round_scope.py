"""What a reporting round covers on the province desk: the round itself, the communes it expects and the
version of each commune's submission that counts.

Read-only views over the tables of core.store.province_models, handed out as frozen rows so completeness,
consolidation, the DHIS2 export and the pages never hold live ORM objects.

- Expected: every commune of the roster except one merged into another on or before the period's first
  day (its territory reports through the commune it joined). A commune merged later still existed during
  the period, so it is still expected for it.
- What counts: the latest version (highest version number) of each commune's submission; every stored
  version was accepted when received, refused files are never stored.
- Vietnam's time: deadlines are calendar days in Vietnam (UTC+7); a submission signed at 23:30 in Hà Nội
  on the deadline is on time although it is already the next day in UTC.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.periods import KIND_LABELS, check_period, period_label
from gender_equality_desk.core.reports.naming import ascii_part
from gender_equality_desk.core.store.province_models import (
    ProvinceCommune,
    ReceivedSubmission,
    ReportingRound,
)
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

VIETNAM_TIME = timezone(timedelta(hours=7), "UTC+7")

# Short names for lists and window titles (the documents use periods.KIND_LABELS in full).
ROUND_KIND_NAMES = {
    "action-month": QT_TRANSLATE_NOOP("ProvinceRound", "Tháng hành động"),
    "gender-equality": QT_TRANSLATE_NOOP("ProvinceRound", "Công tác bình đẳng giới"),
    "dv-statistics": QT_TRANSLATE_NOOP("ProvinceRound", "Thống kê bạo lực gia đình"),
}
ROUND_PERIOD_NAMES = {
    "action-month": QT_TRANSLATE_NOOP("ProvinceRound", "15/11–15/12"),
    "h1": QT_TRANSLATE_NOOP("ProvinceRound", "6 tháng đầu năm"),
    "year": QT_TRANSLATE_NOOP("ProvinceRound", "cả năm"),
}
_PERIOD_FILE_PARTS: dict[str, tuple[str, ...]] = {"action-month": (), "h1": ("6Thang",), "year": ("CaNam",)}


def vietnam_day(moment: datetime) -> date:
    """The calendar day in Vietnam at `moment` (an aware datetime)."""
    return moment.astimezone(VIETNAM_TIME).date()


@dataclass(frozen=True)
class RoundInfo:
    id: int
    uuid: str
    report_kind: str
    year: int
    period: str
    period_start: date
    period_end: date
    deadline: date
    title: str

    @property
    def kind_label(self) -> str:
        """ "Kết quả Tháng hành động vì bình đẳng giới …" (the report's subject wording)."""
        return KIND_LABELS.get(self.report_kind, self.report_kind)

    @property
    def period_label(self) -> str:
        """ "6 tháng đầu năm 2026"."""
        return period_label(self.period, self.year)

    @property
    def short_label(self) -> str:
        """ "Tháng hành động (15/11–15/12) 2026", "Công tác bình đẳng giới (6 tháng đầu năm) 2026"."""
        kind = ROUND_KIND_NAMES.get(self.report_kind, self.report_kind)
        period = ROUND_PERIOD_NAMES.get(self.period, self.period)
        return f"{kind} ({period}) {self.year}"

    @property
    def file_parts(self) -> tuple[str, ...]:
        """ASCII parts of a file name: ("ThangHanhDong", "2026"), ("BinhDangGioi", "2026", "6Thang")."""
        kind = ascii_part(ROUND_KIND_NAMES.get(self.report_kind, self.report_kind))
        return (kind, str(self.year), *_PERIOD_FILE_PARTS.get(self.period, (ascii_part(self.period),)))


@dataclass(frozen=True)
class RosterEntry:
    code: str
    name: str
    officer_name: str
    officer_phone: str
    dhis2_org_unit: str  # "" = the code
    merged_into_code: str
    merged_on: date | None

    @property
    def org_unit(self) -> str:
        return self.dhis2_org_unit or self.code


@dataclass(frozen=True)
class LatestVersion:
    """The version of one commune's submission that counts for a round."""

    submission_id: int
    commune_code: str
    commune_name: str  # as the commune named itself in that version
    version: int
    signed_at: datetime  # aware UTC
    received_at: datetime
    warnings: tuple[str, ...]

    @property
    def signed_day(self) -> date:
        return vietnam_day(self.signed_at)


def _info(row: ReportingRound) -> RoundInfo:
    return RoundInfo(
        id=row.id,
        uuid=row.uuid,
        report_kind=row.report_kind,
        year=row.year,
        period=row.period,
        period_start=row.period_start,
        period_end=row.period_end,
        deadline=row.deadline,
        title=row.title,
    )


def list_rounds(session: Session) -> tuple[RoundInfo, ...]:
    """Every round of the desk, the latest deadline first."""
    rows = session.scalars(
        select(ReportingRound)
        .where(ReportingRound.is_deleted.is_(False))
        .order_by(ReportingRound.deadline.desc(), ReportingRound.report_kind, ReportingRound.id)
    )
    return tuple(_info(row) for row in rows)


def get_round(session: Session, round_id: int) -> RoundInfo:
    row = session.get(ReportingRound, round_id)
    if row is None or row.is_deleted:
        raise UserFacingError("Kỳ báo cáo này không còn trong dữ liệu (có thể đã bị xóa). Hãy chọn kỳ khác.")
    return _info(row)


def find_round(session: Session, kind: str, year: int, period: str | None) -> RoundInfo:
    """The round of `kind` for `year` and `period` (the kind's yearly period when None)."""
    period = check_period(kind, period)
    row = session.scalars(
        select(ReportingRound).where(
            ReportingRound.report_kind == kind,
            ReportingRound.year == year,
            ReportingRound.period == period,
            ReportingRound.is_deleted.is_(False),
        )
    ).first()
    if row is None:
        raise UserFacingError(
            f"Chưa có kỳ báo cáo “{KIND_LABELS[kind]}” — {period_label(period, year)}. Hãy tạo kỳ báo cáo "
            "trên trang Kỳ báo cáo (hoặc lệnh “round add”) trước, hoặc kiểm tra lại --kind, --year, --period."
        )
    return _info(row)


def _entry(row: ProvinceCommune) -> RosterEntry:
    return RosterEntry(
        code=row.code,
        name=row.name,
        officer_name=row.officer_name,
        officer_phone=row.officer_phone,
        dhis2_org_unit=row.dhis2_org_unit,
        merged_into_code=row.merged_into_code,
        merged_on=row.merged_on,
    )


def is_expected(commune: RosterEntry, round_info: RoundInfo) -> bool:
    """False for a commune merged into another on or before the period began (see the module docstring)."""
    if not commune.merged_into_code:
        return True
    return commune.merged_on is not None and commune.merged_on > round_info.period_start


def roster(session: Session) -> tuple[RosterEntry, ...]:
    """The roster in its own order (sort order, then code), merged communes included."""
    rows = session.scalars(
        select(ProvinceCommune)
        .where(ProvinceCommune.is_deleted.is_(False))
        .order_by(ProvinceCommune.sort_order, ProvinceCommune.code)
    )
    return tuple(_entry(row) for row in rows)


def expected_communes(session: Session, round_info: RoundInfo) -> tuple[RosterEntry, ...]:
    return tuple(commune for commune in roster(session) if is_expected(commune, round_info))


def parse_warnings(stored: str) -> tuple[str, ...]:
    """The warning sentences kept with a received version (a JSON list); text that is not such a list is
    kept whole as one sentence rather than lost."""
    if not stored.strip():
        return ()
    try:
        parsed = json.loads(stored)
    except ValueError:
        return (stored.strip(),)
    if isinstance(parsed, list):
        return tuple(str(item) for item in parsed if str(item).strip())
    return (str(parsed),)


def latest_versions(session: Session, round_id: int) -> dict[str, LatestVersion]:
    """Commune code → the latest version it sent for the round (the PDF column is never read)."""
    latest = (
        select(
            ReceivedSubmission.commune_code.label("code"),
            func.max(ReceivedSubmission.version).label("version"),
        )
        .where(ReceivedSubmission.round_id == round_id, ReceivedSubmission.is_deleted.is_(False))
        .group_by(ReceivedSubmission.commune_code)
        .subquery()
    )
    rows = session.execute(
        select(
            ReceivedSubmission.id,
            ReceivedSubmission.commune_code,
            ReceivedSubmission.commune_name,
            ReceivedSubmission.version,
            ReceivedSubmission.signed_at,
            ReceivedSubmission.received_at,
            ReceivedSubmission.warnings,
        )
        .join(
            latest,
            (ReceivedSubmission.commune_code == latest.c.code)
            & (ReceivedSubmission.version == latest.c.version),
        )
        .where(ReceivedSubmission.round_id == round_id, ReceivedSubmission.is_deleted.is_(False))
    )
    return {
        row.commune_code: LatestVersion(
            submission_id=row.id,
            commune_code=row.commune_code,
            commune_name=row.commune_name,
            version=row.version,
            signed_at=row.signed_at,
            received_at=row.received_at,
            warnings=parse_warnings(row.warnings),
        )
        for row in rows
    }
