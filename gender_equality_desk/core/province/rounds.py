"""The province's reporting rounds, made and changed: one report kind for one period, due by a deadline,
with its rows (reading them back: round_scope).

A round's indicator rows are copied, when it is created, from the province desk's own indicator rows of
that kind (Cài đặt → Chỉ tiêu báo cáo: active rows, in order), so the round file every commune imports
names the same rows under the same codes. A row counting the women (or men, or those of unknown sex) of a
figure another row totals gets `at_most_code` = that row's code: the check "Nữ ≤ Tổng" on receipt.

    with store.transaction() as session:
        created = create_round(session, round_defaults("action-month", 2026))
        published = publish_round(session, layout, created.id, Path("ky-bao-cao.gedround"))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.province.periods import (
    ACTION_MONTH,
    FIRST_HALF,
    KIND_LABELS,
    check_period,
    period_dates,
)
from gender_equality_desk.core.province.round_file import (
    ROUND_SUFFIX,
    RoundDefinition,
    RoundRow,
    write_round_file,
)
from gender_equality_desk.core.province.round_scope import (
    kind_phrase,
    period_phrase,
    period_text,
    round_for,
    round_row,
    round_rows,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.reports.indicator_sources import PARTICIPANTS_SEX, parts
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.province_models import ReceivedSubmission, ReportingRound, RoundIndicator
from gender_equality_desk.core.store.report_models import ReportIndicator

YEAR_MIN, YEAR_MAX = 2000, 2100
TITLE_MAX = 300
# Days after the period's last day a commune has to send its report, when the province does not say.
DAYS_TO_REPORT = {ACTION_MONTH: 5, FIRST_HALF: 10}
DAYS_TO_REPORT_DEFAULT = 10
_SEX_SUFFIXES = (".female", ".male")  # "cases.supported.female" is a part of "cases.supported"


@dataclass(frozen=True)
class RoundInput:
    """A new round as the province fills it in; None dates take the period's defaults."""

    kind: str
    year: int
    period: str | None = None
    deadline: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    title: str = ""


def default_deadline(period: str, year: int) -> date:
    _start, end = period_dates(period, year)
    return end + timedelta(days=DAYS_TO_REPORT.get(period, DAYS_TO_REPORT_DEFAULT))


def default_title(kind: str, period: str, year: int) -> str:
    """ "Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026"."""
    return f"Báo cáo {kind_phrase(kind)} {period_phrase(period, year)}"


def round_defaults(kind: str, year: int, period: str | None = None) -> RoundInput:
    """A round of `kind` with every date and the title suggested (raises UserFacingError on a kind or
    period that cannot be sent to the province)."""
    period = check_period(kind, period)
    start, end = period_dates(period, year)
    return RoundInput(kind, year, period, default_deadline(period, year), start, end,
                      default_title(kind, period, year))  # fmt: skip


def _complete(value: RoundInput) -> RoundInput:
    period = check_period(value.kind, value.period)
    if not YEAR_MIN <= value.year <= YEAR_MAX:
        raise UserFacingError(f"Năm {value.year} không hợp lệ. Hãy nhập năm từ {YEAR_MIN} đến {YEAR_MAX}.")
    defaults = round_defaults(value.kind, value.year, period)
    filled = RoundInput(
        kind=value.kind,
        year=value.year,
        period=period,
        deadline=value.deadline or defaults.deadline,
        period_start=value.period_start or defaults.period_start,
        period_end=value.period_end or defaults.period_end,
        title=" ".join(value.title.split()) or defaults.title,
    )
    _check_dates(filled)
    if message := validation.max_length("Tên kỳ báo cáo", filled.title, TITLE_MAX):
        raise UserFacingError(message)
    return filled


def _check_dates(value: RoundInput) -> None:
    assert value.period_start and value.period_end and value.deadline
    if value.period_end < value.period_start:
        raise UserFacingError(
            f"Kỳ báo cáo kết thúc ({format_date(value.period_end)}) trước khi bắt đầu "
            f"({format_date(value.period_start)}). Hãy sửa lại ngày."
        )
    if value.deadline < value.period_start:
        raise UserFacingError(
            f"Hạn nộp {format_date(value.deadline)} trước ngày bắt đầu kỳ báo cáo "
            f"({format_date(value.period_start)}). Hãy chọn hạn nộp sau ngày đó."
        )


# -- rows -----------------------------------------------------------------------------------------------


def indicator_rows(session: Session, kind: str) -> list[RoundRow]:
    """The desk's active indicator rows of `kind`, in order, as a round carries them."""
    rows = list(
        session.scalars(
            select(ReportIndicator)
            .where(
                ReportIndicator.report_kind == kind,
                ReportIndicator.is_deleted.is_(False),
                ReportIndicator.is_active.is_(True),
            )
            .order_by(ReportIndicator.sort_order, ReportIndicator.id)
        )
    )
    totals = {row.source.strip(): row.code for row in rows if not row.is_group and row.source.strip()}
    return [
        RoundRow(
            code=row.code,
            label=row.label,
            number=row.number,
            unit=row.unit,
            level=row.level,
            is_group=row.is_group,
            at_most_code="" if row.is_group else _total_of(row.source, totals, row.code),
        )
        for row in rows
    ]


def _total_of(source: str, totals: dict[str, str], own_code: str) -> str:
    """The code of the row totalling what `source` counts a sex of ("" when there is none)."""
    keys = parts(source)
    if len(keys) != 1:
        return ""
    (key,) = keys
    total = ""
    if PARTICIPANTS_SEX.members_in(key):
        total = PARTICIPANTS_SEX.total
    else:
        for suffix in _SEX_SUFFIXES:
            if key.endswith(suffix):
                total = key.removesuffix(suffix)
    code = totals.get(total, "")
    return "" if code == own_code else code


def store_round_rows(session: Session, round_id: int, rows: Sequence[RoundRow]) -> None:
    session.execute(delete(RoundIndicator).where(RoundIndicator.round_id == round_id))
    session.add_all(
        RoundIndicator(
            round_id=round_id,
            code=row.code,
            number=row.number,
            label=row.label,
            unit=row.unit,
            level=row.level,
            is_group=row.is_group,
            at_most_code=row.at_most_code,
            sort_order=order,
        )
        for order, row in enumerate(rows, start=1)
    )
    session.flush()


# -- rounds ---------------------------------------------------------------------------------------------


def _no_rows(kind: str) -> UserFacingError:
    return UserFacingError(
        f"Chưa có dòng chỉ tiêu nào cho loại báo cáo “{KIND_LABELS.get(kind, kind)}”. Hãy thêm các dòng ở "
        "Cài đặt → Chỉ tiêu báo cáo rồi tạo lại kỳ báo cáo."
    )


def create_round(session: Session, value: RoundInput) -> ReportingRound:
    """A new round with its rows copied from the indicator rows (UserFacingError, nothing written: a round
    of that kind and period already exists, bad dates, no rows)."""
    filled = _complete(value)
    assert filled.period and filled.deadline and filled.period_start and filled.period_end
    existing = round_for(session, filled.kind, filled.year, filled.period, include_deleted=True)
    if existing is not None and not existing.is_deleted:
        raise UserFacingError(
            f"Đã có kỳ báo cáo “{existing.title}” ({period_text(existing.period, existing.year)}, hạn nộp "
            f"{format_date(existing.deadline)}). Mỗi loại báo cáo chỉ có một kỳ cho mỗi thời kỳ; hãy sửa "
            "hạn nộp hoặc tên của kỳ đã có."
        )
    rows = indicator_rows(session, filled.kind)
    if not rows:
        raise _no_rows(filled.kind)
    profile = load_profile(session)
    row = existing or ReportingRound(report_kind=filled.kind, year=filled.year, period=filled.period)
    if existing is None:
        session.add(row)
    row.is_deleted, row.deleted_at, row.published_at = False, None, None
    row.period_start, row.period_end, row.deadline = filled.period_start, filled.period_end, filled.deadline
    row.title = filled.title
    row.province_name = profile.province_name if profile else ""
    session.flush()
    store_round_rows(session, row.id, rows)
    return row


def edit_round(
    session: Session, round_id: int, *, deadline: date | None = None, title: str | None = None
) -> ReportingRound:
    """Change a round's deadline or title. A round already published must be published again for the
    communes to see the change (`published_at` is cleared to say so)."""
    row = round_row(session, round_id)
    new = RoundInput(row.report_kind, row.year, row.period, deadline or row.deadline, row.period_start,
                     row.period_end, row.title if title is None else title)  # fmt: skip
    filled = _complete(new)
    assert filled.deadline is not None
    if filled.deadline != row.deadline or filled.title != row.title:
        row.deadline, row.title = filled.deadline, filled.title
        row.published_at = None
    session.flush()
    return row


def refresh_round_rows(session: Session, round_id: int) -> int:
    """Copy the indicator rows again (after the province edited them at Cài đặt), while no commune has
    sent a report for the round; returns how many rows the round has."""
    row = round_row(session, round_id)
    received = session.scalar(
        select(func.count()).select_from(ReceivedSubmission).where(ReceivedSubmission.round_id == round_id)
    )
    if received:
        raise UserFacingError(
            f"Đã nhận {received} báo cáo của kỳ “{row.title}”: không đổi các dòng chỉ tiêu được nữa (số liệu "
            "đã nhận theo các dòng cũ). Hãy tạo kỳ báo cáo khác nếu cần dòng mới."
        )
    rows = indicator_rows(session, row.report_kind)
    if not rows:
        raise _no_rows(row.report_kind)
    store_round_rows(session, row.id, rows)
    row.published_at = None
    session.flush()
    return len(rows)


def round_definition(session: Session, round_id: int) -> RoundDefinition:
    """The round as its file carries it."""
    row = round_row(session, round_id)
    return RoundDefinition(
        uuid=row.uuid,
        province=row.province_name,
        report_kind=row.report_kind,
        year=row.year,
        period=row.period,
        period_start=row.period_start,
        period_end=row.period_end,
        deadline=row.deadline,
        title=row.title,
        rows=tuple(round_rows(session, row.id)),
    )


def round_file_name(definition: RoundDefinition) -> str:
    """ "ky-bao-cao_action-month_2026.gedround", "ky-bao-cao_gender-equality_h1_2026.gedround"."""
    period = "" if definition.period == definition.report_kind else f"_{definition.period}"
    return f"ky-bao-cao_{definition.report_kind}{period}_{definition.year}{ROUND_SUFFIX}"


def publish_round(session: Session, layout: DataLayout, round_id: int, target: Path) -> RoundDefinition:
    """Write the signed round file to `target` (with the desk's installation key) and note when."""
    from gender_equality_desk.core.exchange.packages_signing import installation_key

    profile = load_profile(session)
    if profile is None or not profile.province_name:
        raise UserFacingError("Máy này chưa khai báo tỉnh. Hãy khai báo ở Cài đặt → Thông tin đơn vị.")
    row = round_row(session, round_id)
    row.province_name = profile.province_name
    definition = round_definition(session, round_id)
    if not definition.rows:
        raise _no_rows(row.report_kind)
    definition = replace(definition, province=profile.province_name)
    write_round_file(definition, installation_key(layout), target)
    row.published_at = utc_now()
    session.flush()
    return definition
