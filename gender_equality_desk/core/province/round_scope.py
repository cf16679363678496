"""Reading the reporting rounds (both desks keep them in the same tables): the round itself, its rows, the
communes it expects, and how a round is worded.

The other modules read rounds through these. Readers (completeness, consolidation, the DHIS2 export, the
pages) get frozen rows (RoundInfo, RoundRow) and never hold live ORM objects; the modules that need the
stored row (rounds, round_import, the receiving checks, submission) get it from the same queries.

- Expected: every commune of the roster except one merged into another on or before the period's first
  day (its territory reports through the commune it joined). A commune merged later still existed during
  the period, so it is still expected for it.
- Vietnam's time: deadlines are calendar days in Vietnam (UTC+7); a submission signed at 23:30 in Hà Nội
  on the deadline is on time although it is already the next day in UTC.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Protocol

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.periods import (
    ACTION_MONTH,
    FIRST_HALF,
    KIND_LABELS,
    WHOLE_YEAR,
    check_period,
    period_label,
)
from gender_equality_desk.core.province.roster import RosterEntry, communes_on_their_own, roster_entries
from gender_equality_desk.core.province.round_file import RoundRow
from gender_equality_desk.core.reports.naming import ascii_part
from gender_equality_desk.core.store.province_models import ReceivedSubmission, ReportingRound, RoundIndicator
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
# How the receiving messages name a round: "công tác bình đẳng giới 6 tháng đầu năm 2026".
_KIND_NAMES = {
    "action-month": "Tháng hành động vì bình đẳng giới",
    "gender-equality": "công tác bình đẳng giới",
    "dv-statistics": "thống kê phòng, chống bạo lực gia đình",
}
_PERIOD_WORDS = {ACTION_MONTH: "", FIRST_HALF: "6 tháng đầu năm", WHOLE_YEAR: "cả năm"}


def vietnam_day(moment: datetime) -> date:
    """The calendar day in Vietnam at `moment` (an aware datetime)."""
    return moment.astimezone(VIETNAM_TIME).date()


# -- wording --------------------------------------------------------------------------------------------


def period_text(period: str, year: int) -> str:
    """ "6 tháng đầu năm 2026", "cả năm 2026", "Tháng hành động (15/11–15/12) năm 2026"."""
    label = period_label(period, year)
    return label[0].lower() + label[1:] if period == WHOLE_YEAR else label


def period_phrase(period: str, year: int) -> str:
    """ "năm 2026" (Action Month, year), "6 tháng đầu năm 2026": the period in a document's subject."""
    return f"6 tháng đầu năm {year}" if period == FIRST_HALF else f"năm {year}"


def kind_phrase(kind: str) -> str:
    """The report kind inside a sentence: "công tác bình đẳng giới", "kết quả Tháng hành động …"."""
    label = KIND_LABELS.get(kind, kind)
    return label[:1].lower() + label[1:]


def round_label(kind: str, year: int, period: str) -> str:
    """ "Tháng hành động vì bình đẳng giới năm 2026", "công tác bình đẳng giới 6 tháng đầu năm 2026"."""
    name = _KIND_NAMES.get(kind, kind)
    words = _PERIOD_WORDS.get(period, period)
    return f"{name} {words} {year}" if words else f"{name} năm {year}"


# -- rounds ---------------------------------------------------------------------------------------------


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
    # Province: when the round file was last written. Commune: when the round file was imported.
    published_at: datetime | None

    @property
    def kind_label(self) -> str:
        """ "Kết quả Tháng hành động vì bình đẳng giới …" (the report's subject wording)."""
        return KIND_LABELS.get(self.report_kind, self.report_kind)

    @property
    def period_label(self) -> str:
        """ "6 tháng đầu năm 2026"."""
        return period_label(self.period, self.year)

    @property
    def period_text(self) -> str:
        """ "6 tháng đầu năm 2026", "cả năm 2026" (inside a sentence)."""
        return period_text(self.period, self.year)

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


def round_info(row: ReportingRound) -> RoundInfo:
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
        published_at=row.published_at,
    )


def list_rounds(session: Session) -> tuple[RoundInfo, ...]:
    """Every round of the desk, newest first: by year, then the latest deadline, then the latest made."""
    rows = session.scalars(
        select(ReportingRound)
        .where(ReportingRound.is_deleted.is_(False))
        .order_by(ReportingRound.year.desc(), ReportingRound.deadline.desc(), ReportingRound.id.desc())
    )
    return tuple(round_info(row) for row in rows)


@dataclass(frozen=True)
class RoundSummary(RoundInfo):
    """One line of the lists of rounds (Kỳ báo cáo, Nhận báo cáo, `round list`)."""

    rows: int
    communes_received: int  # communes that sent at least one version
    communes_in_roster: int  # the roster's communes not merged into another

    @property
    def kind(self) -> str:
        """The report kind's code, as the command line names it (--kind)."""
        return self.report_kind

    @property
    def label(self) -> str:
        """The title the province gave the round, else "Tháng hành động vì bình đẳng giới năm 2026"."""
        return self.title or round_label(self.report_kind, self.year, self.period)


def round_summaries(session: Session) -> list[RoundSummary]:
    """Every round, in the order of list_rounds, with its rows and the communes that sent something."""
    rows: dict[int, int] = {
        round_id: count
        for round_id, count in session.execute(
            select(RoundIndicator.round_id, func.count()).group_by(RoundIndicator.round_id)
        )
    }
    received: dict[int, int] = {
        round_id: count
        for round_id, count in session.execute(
            select(ReceivedSubmission.round_id, func.count(distinct(ReceivedSubmission.commune_code)))
            .where(ReceivedSubmission.is_deleted.is_(False))
            .group_by(ReceivedSubmission.round_id)
        )
    }
    in_roster = communes_on_their_own(session)
    return [
        RoundSummary(
            **asdict(info),
            rows=rows.get(info.id, 0),
            communes_received=received.get(info.id, 0),
            communes_in_roster=in_roster,
        )
        for info in list_rounds(session)
    ]


def round_row(session: Session, round_id: int) -> ReportingRound:
    """The round `round_id`; UserFacingError when it is gone."""
    row = session.get(ReportingRound, round_id)
    if row is None or row.is_deleted:
        raise UserFacingError("Kỳ báo cáo này không còn trong dữ liệu (có thể đã bị xóa). Hãy chọn kỳ khác.")
    return row


def get_round(session: Session, round_id: int) -> RoundInfo:
    return round_info(round_row(session, round_id))


def round_for(
    session: Session, kind: str, year: int, period: str, *, include_deleted: bool = False
) -> ReportingRound | None:
    """The round of `kind`, `year` and `period` (one at most: the table keeps them unique); a deleted one
    only with `include_deleted` (to bring it back rather than add a second row)."""
    query = select(ReportingRound).where(
        ReportingRound.report_kind == kind, ReportingRound.year == year, ReportingRound.period == period
    )
    if not include_deleted:
        query = query.where(ReportingRound.is_deleted.is_(False))
    return session.scalars(query).first()


def round_with_uuid(session: Session, uuid: str, *, include_deleted: bool = False) -> ReportingRound | None:
    """The round a round file (or a submission answering it) names by its uuid."""
    query = select(ReportingRound).where(ReportingRound.uuid == uuid)
    if not include_deleted:
        query = query.where(ReportingRound.is_deleted.is_(False))
    return session.scalars(query).first()


def find_round(session: Session, kind: str, year: int, period: str | None = None) -> RoundInfo:
    """The round of `kind` for `year` and `period` (the kind's yearly period when None); UserFacingError
    when there is none."""
    period = check_period(kind, period)
    row = round_for(session, kind, year, period)
    if row is None:
        raise UserFacingError(
            f"Chưa có kỳ báo cáo “{KIND_LABELS[kind]}” — {period_text(period, year)}. Hãy tạo kỳ báo cáo "
            "trên trang Kỳ báo cáo (hoặc lệnh “round add”) trước, hoặc kiểm tra lại --kind, --year, --period."
        )
    return round_info(row)


def round_rows(session: Session, round_id: int) -> list[RoundRow]:
    """The round's indicator rows, in its order."""
    return [
        RoundRow(row.code, row.label, row.number, row.unit, row.level, row.is_group, row.at_most_code)
        for row in session.scalars(
            select(RoundIndicator)
            .where(RoundIndicator.round_id == round_id)
            .order_by(RoundIndicator.sort_order, RoundIndicator.id)
        )
    ]


# -- the communes a round expects -----------------------------------------------------------------------


class MergeRecord(Protocol):
    """A roster commune as far as mergers go (a roster entry or its stored row)."""

    @property
    def merged_into_code(self) -> str: ...

    @property
    def merged_on(self) -> date | None: ...


def is_expected(commune: MergeRecord, period_start: date) -> bool:
    """False for a commune merged into another on or before the period began (see the module docstring)."""
    if not commune.merged_into_code:
        return True
    return commune.merged_on is not None and commune.merged_on > period_start


def expected_communes(session: Session, round_info: RoundInfo) -> tuple[RosterEntry, ...]:
    """The roster's communes the round expects a report from, in roster order."""
    return tuple(
        commune for commune in roster_entries(session) if is_expected(commune, round_info.period_start)
    )
