"""Indicator rows of the periodic reports: listed and edited as data, filled from the store by key.

Each row's `source` names a figure the app can compute for any period ("activities.count",
"propaganda.unit.piece", "budget.source.commune", "activities.kind.training.participants"…), several
added up ("activities.kind.club_meeting+activities.kind.dv_model"), or the rest of a family
("activities.kind.rest": the kinds no other row names) — see indicator_sources.py. A row without a source
is filled in by the officer on paper or in the Excel file. Figures come from providers — plain functions
of (session, period) — so case statistics join the same tables without the reports knowing where a number
comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import BudgetSource, QuantityUnit
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.reports.case_figures import case_sources
from gender_equality_desk.core.reports.figures import Period, PeriodFigures, period_figures
from gender_equality_desk.core.reports.indicator_sources import (
    FAMILIES,
    NO_SOURCE,
    join,
    members_with_figures,
    parts,
    resolve,
)
from gender_equality_desk.core.store.models import ActivityKind
from gender_equality_desk.core.store.reference import catalogue_items
from gender_equality_desk.core.store.report_models import ReportIndicator

# A figure is None when nothing recorded it (children left blank on every activity): printed "—", never 0.
Figure = int | None
FigureProvider = Callable[[Session, Period], Mapping[str, Figure]]


@dataclass(frozen=True)
class IndicatorRow:
    """One row as pages and reports see it (never a live ORM object)."""

    id: int
    report_kind: str
    code: str
    number: str
    label: str
    unit: str
    level: int
    is_group: bool
    source: str
    note: str
    is_active: bool


@dataclass(frozen=True)
class IndicatorInput:
    label: str
    number: str = ""
    unit: str = ""
    level: int = 0
    is_group: bool = False
    source: str = ""
    note: str = ""


def _row(indicator: ReportIndicator) -> IndicatorRow:
    return IndicatorRow(
        id=indicator.id,
        report_kind=indicator.report_kind,
        code=indicator.code,
        number=indicator.number,
        label=indicator.label,
        unit=indicator.unit,
        level=indicator.level,
        is_group=indicator.is_group,
        source=indicator.source,
        note=indicator.note,
        is_active=indicator.is_active,
    )


def list_indicators(
    session: Session, report_kind: str, *, include_inactive: bool = False
) -> list[IndicatorRow]:
    query = select(ReportIndicator).where(
        ReportIndicator.report_kind == report_kind, ReportIndicator.is_deleted.is_(False)
    )
    if not include_inactive:
        query = query.where(ReportIndicator.is_active.is_(True))
    return [
        _row(row) for row in session.scalars(query.order_by(ReportIndicator.sort_order, ReportIndicator.id))
    ]


SOURCE_LIMIT = 400  # report_indicator.source


def check_indicator(value: IndicatorInput, sources: Mapping[str, str] | None = None) -> str | None:
    """A Vietnamese message when the row cannot be saved, else None. `sources`: the keys the store knows
    (known_sources(session)); by default those of the shipped catalogues."""
    if not value.label.strip():
        return "Tên chỉ tiêu đang để trống. Vui lòng nhập tên chỉ tiêu như trên mẫu báo cáo."
    if len(value.label) > 300:
        return "Tên chỉ tiêu dài quá 300 ký tự. Vui lòng viết ngắn lại."
    if not 0 <= value.level <= 3:
        return "Mức thụt lề phải từ 0 đến 3."
    known = known_sources() if sources is None else sources
    keys = parts(value.source)
    for key in keys:
        if key not in known:
            return f"Nguồn số liệu “{key}” không có trong danh sách. Vui lòng chọn lại hoặc để trống."
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        return f"Nguồn số liệu “{known[repeated[0]]}” được chọn hai lần. Mỗi nguồn chỉ được cộng một lần."
    if len(join(keys)) > SOURCE_LIMIT:
        return "Chọn quá nhiều nguồn số liệu cho một dòng. Vui lòng chia thành nhiều dòng."
    return None


def _apply(session: Session, indicator: ReportIndicator, value: IndicatorInput) -> None:
    problem = check_indicator(value, known_sources(session))
    if problem:
        raise UserFacingError(problem)
    indicator.label = value.label.strip()
    indicator.number = value.number.strip()
    indicator.unit = value.unit.strip()
    indicator.level = value.level
    indicator.is_group = value.is_group
    indicator.source = join(parts(value.source))
    indicator.note = value.note.strip()


def add_indicator(session: Session, report_kind: str, value: IndicatorInput) -> IndicatorRow:
    last = session.scalar(
        select(func.coalesce(func.max(ReportIndicator.sort_order), 0)).where(
            ReportIndicator.report_kind == report_kind
        )
    )
    count = session.scalar(select(func.count()).select_from(ReportIndicator)) or 0
    indicator = ReportIndicator(
        report_kind=report_kind, code=f"officer_{count + 1}", sort_order=(last or 0) + 1
    )
    _apply(session, indicator, value)
    session.add(indicator)
    session.flush()
    return _row(indicator)


def _get(session: Session, indicator_id: int) -> ReportIndicator:
    indicator = session.get(ReportIndicator, indicator_id)
    if indicator is None or indicator.is_deleted:
        raise UserFacingError("Không tìm thấy chỉ tiêu này (có thể đã bị xóa). Vui lòng tải lại danh sách.")
    return indicator


def update_indicator(session: Session, indicator_id: int, value: IndicatorInput) -> IndicatorRow:
    indicator = _get(session, indicator_id)
    _apply(session, indicator, value)
    session.flush()
    return _row(indicator)


def set_indicator_active(session: Session, indicator_id: int, active: bool) -> None:
    """Hide a row from new reports (or show it again); nothing is ever deleted."""
    _get(session, indicator_id).is_active = active


def move_indicator(session: Session, indicator_id: int, steps: int) -> None:
    """Move a row up (negative) or down among the rows of its report, renumbering them 1…n."""
    indicator = _get(session, indicator_id)
    rows = list(
        session.scalars(
            select(ReportIndicator)
            .where(
                ReportIndicator.report_kind == indicator.report_kind, ReportIndicator.is_deleted.is_(False)
            )
            .order_by(ReportIndicator.sort_order, ReportIndicator.id)
        )
    )
    index = rows.index(indicator)
    rows.insert(max(0, min(len(rows) - 1, index + steps)), rows.pop(index))
    for order, row in enumerate(rows, start=1):
        row.sort_order = order


# -- figures ---------------------------------------------------------------------------------------------


def known_sources(session: Session | None = None) -> dict[str, str]:
    """Every figure key a row may name, with a Vietnamese description for the settings picker: the
    shipped activity kinds, and with a session also the kinds the officer added to the store."""
    sources = {
        "activities.count": "Số hoạt động đã tổ chức",
        "activities.participants_total": "Tổng lượt người tham gia hoạt động",
        "activities.participants_female": "Lượt người tham gia là nữ",
        "activities.participants_male": "Lượt người tham gia là nam",
        "activities.participants_sex_unknown": "Lượt người tham gia chưa rõ giới tính",
        "activities.children": "Lượt trẻ em tham gia",
        "activities.ethnic_minority": "Lượt người dân tộc thiểu số tham gia",
        "budget.total": "Tổng kinh phí (đồng)",
        f"budget.source.{NO_SOURCE}": "Kinh phí: chưa ghi nguồn",
    }
    for unit in QuantityUnit:
        sources[f"propaganda.unit.{unit.value}"] = f"Số lượng tuyên truyền tính bằng “{unit.label}”"
        sources[f"propaganda.minutes.{unit.value}"] = f"Số phút tuyên truyền tính bằng “{unit.label}”"
    sources["propaganda.minutes.broadcast"] = "Tổng số phút phát thanh"
    for budget in BudgetSource:
        sources[f"budget.source.{budget.value}"] = f"Kinh phí: {budget.label}"
    sources.update(_kind_sources())
    if session is not None:
        kinds = select(ActivityKind.code, ActivityKind.label).where(ActivityKind.is_deleted.is_(False))
        sources.update(_kind_sources_of((code, label) for code, label in session.execute(kinds)))
    sources.update(case_sources())
    for family in FAMILIES:
        sources[family.rest_key] = f"Phần còn lại theo {family.noun} (các mục chưa có dòng riêng)"
    sources["activities.kind.rest"] = "Số cuộc: các loại hoạt động chưa có dòng riêng (hoạt động khác)"
    sources["activities.kind.rest.participants"] = (
        "Lượt người tham gia: các loại hoạt động chưa có dòng riêng (hoạt động khác)"
    )
    return sources


@cache  # the shipped catalogue file does not change while the app runs; the editor asks often
def _kind_sources() -> dict[str, str]:
    """Keys for every activity kind in the shipped catalogue."""
    return _kind_sources_of((item["code"], item["label"]) for item in catalogue_items("activity_kinds"))


def _kind_sources_of(kinds: Iterable[tuple[str, str]]) -> dict[str, str]:
    sources: dict[str, str] = {}
    for code, label in kinds:
        sources[f"activities.kind.{code}"] = f"Số cuộc: {label}"
        sources[f"activities.kind.{code}.participants"] = f"Lượt người tham gia: {label}"
    return sources


def _store_figures(figures: PeriodFigures) -> dict[str, Figure]:
    values: dict[str, Figure] = {
        "activities.count": figures.activity_count,
        "activities.participants_total": figures.participants_total,
        "activities.participants_female": figures.participants_female,
        "activities.participants_male": figures.participants_male,
        "activities.participants_sex_unknown": figures.participants_sex_unrecorded,
        "activities.children": figures.children,
        "activities.ethnic_minority": figures.ethnic_minority,
        "budget.total": figures.budget_vnd,
    }
    for unit in QuantityUnit:
        quantity, minutes = figures.propaganda_by_unit(unit)
        values[f"propaganda.unit.{unit.value}"] = quantity
        values[f"propaganda.minutes.{unit.value}"] = minutes
    budget: BudgetSource | None
    for budget, key in [*((budget, budget.value) for budget in BudgetSource), (None, NO_SOURCE)]:
        values[f"budget.source.{key}"] = sum(
            amount for source, amount in figures.budget_by_source if source is budget
        )
    for row in figures.activities:
        values[f"activities.kind.{row.kind_code}"] = row.count
        values[f"activities.kind.{row.kind_code}.participants"] = row.participants_total
    return values


def record_figures(session: Session, period: Period) -> dict[str, Figure]:
    """Figures of activities, propaganda events and budget."""
    values = _store_figures(period_figures(session, period))
    # A kind the officer retired is left out of the figures when nothing of it happened in the period, but
    # a row naming it ("Kiểm tra, giám sát") still counts it: 0, not a blank left to fill in by hand.
    for code in session.scalars(select(ActivityKind.code).where(ActivityKind.is_deleted.is_(False))):
        values.setdefault(f"activities.kind.{code}", 0)
        values.setdefault(f"activities.kind.{code}.participants", 0)
    return values


def figure_values(
    session: Session, period: Period, providers: Sequence[FigureProvider] = (record_figures,)
) -> dict[str, Figure]:
    """Every figure the rows of a report may name, for `period`."""
    values: dict[str, Figure] = {}
    for provider in providers:
        values.update(provider(session, period))
    return values


@dataclass(frozen=True)
class RowFigure:
    """A row's figure as a report prints it."""

    computed: bool  # False: no source, or a key the app cannot compute: left blank for the officer
    value: Figure  # None when computed: nothing recorded it (printed "—")
    counts_cases: bool  # a count of victims' cases: shown as "<3" when small in a report for publication


def row_figures(rows: Sequence[IndicatorRow], values: Mapping[str, Figure]) -> list[RowFigure]:
    """The figure of each row of one report, compound sources added up and each rest resolved against
    the other rows (so the rows must be the report's printed rows, in order)."""
    counts = resolve(rows, members_with_figures(values.keys()))
    result = []
    for row, count in zip(rows, counts, strict=True):
        cases = any(key.startswith("cases.") for key in parts(row.source))
        if not row.source or any(key not in values for key in count.keys):
            result.append(RowFigure(False, None, cases))
            continue
        recorded = [figure for key in count.keys if (figure := values[key]) is not None]
        empty = bool(count.keys) and not recorded  # every key blank, e.g. children never recorded
        result.append(RowFigure(True, None if empty else sum(recorded), cases))
    return result
