"""The province's figures for a round: per indicator code, the sum over the communes that reported.

Only the latest version (versions) of each commune the round expects (round_scope) counts. A blank figure
(None: the commune left the row empty, or its report has no such row) is not a 0: it is left out of the
sum and counted, so the report can say "3 xã để trống". A row nobody filled in totals None ("—"), never
a made-up 0. Rows whose unit is "%" are shares: adding the shares of 40 communes means nothing, so they
are shown per commune and never summed. Group rows carry no figure.

`drill_down` gives the communes behind one total, their figures adding up to it exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.roster import RosterEntry, commune_phrase, roster_entries
from gender_equality_desk.core.province.round_file import RoundRow
from gender_equality_desk.core.province.round_scope import RoundInfo, get_round, is_expected, round_rows
from gender_equality_desk.core.province.submission_file import carries_figure
from gender_equality_desk.core.province.versions import latest_versions, submission_figures
from gender_equality_desk.core.reports.formatting import format_date

SHARE_UNIT = "%"


@dataclass(frozen=True)
class IndicatorLine:
    """One row of the round, as every commune reported it."""

    code: str
    number: str
    label: str
    unit: str
    level: int
    is_group: bool
    heading: str  # "2. Số lượt người tham gia — Trong đó: Nữ": a column heading that stands alone

    @property
    def has_figure(self) -> bool:
        return carries_figure(self.is_group, self.unit)

    @property
    def summable(self) -> bool:
        return self.has_figure and self.unit.strip() != SHARE_UNIT


@dataclass(frozen=True)
class CommuneReport:
    """An included commune: the version that counts and its figure for every line of the round."""

    commune: RosterEntry
    submission_id: int
    version: int
    figures: Mapping[str, int | None]  # every figure line's code; None: left blank


@dataclass(frozen=True)
class IndicatorTotal:
    line: IndicatorLine
    total: int | None  # None: a group row, a share (%), or no included commune gave a figure
    reporting: int  # included communes that gave a figure
    blank: tuple[str, ...]  # names of the included communes that left it blank


@dataclass(frozen=True)
class DrillRow:
    commune: RosterEntry
    value: int | None


@dataclass(frozen=True)
class Consolidation:
    round: RoundInfo
    lines: tuple[IndicatorLine, ...]
    included: tuple[CommuneReport, ...]  # in roster order
    missing: tuple[RosterEntry, ...]  # expected, nothing received; roster order
    totals: tuple[IndicatorTotal, ...]  # one per line, in line order
    not_counted: tuple[str, ...] = ()  # sentences: submissions of communes the round does not expect

    @property
    def expected(self) -> int:
        return len(self.included) + len(self.missing)

    @property
    def figure_lines(self) -> tuple[IndicatorLine, ...]:
        return tuple(line for line in self.lines if line.has_figure)

    def total_of(self, code: str) -> IndicatorTotal:
        for total in self.totals:
            if total.line.code == code:
                return total
        raise UserFacingError(f"Kỳ báo cáo này không có chỉ tiêu mã “{code}”.")


def column_headings(rows: list[RoundRow]) -> list[str]:
    """Each row's heading for a table with one column per code: its number and label, and for a sub-row
    without a number ("Trong đó: Nữ") the numbered row above it, so "Nữ" under participants and "Nữ"
    under victims never look alike."""
    headings: list[str] = []
    parents: list[RoundRow] = []  # the chain of rows above, one per level
    for row in rows:
        while parents and parents[-1].level >= row.level:
            parents.pop()
        own = f"{row.number.rstrip('.')}. {row.label}" if row.number.strip() else row.label
        if not row.number.strip() and parents:
            parent = parents[-1]
            prefix = f"{parent.number.rstrip('.')}. {parent.label}" if parent.number.strip() else parent.label
            own = f"{prefix} — {row.label}"
        headings.append(own)
        parents.append(row)
    return headings


def round_lines(session: Session, round_id: int) -> tuple[IndicatorLine, ...]:
    rows = round_rows(session, round_id)
    return tuple(
        IndicatorLine(row.code, row.number, row.label, row.unit, row.level, row.is_group, heading)
        for row, heading in zip(rows, column_headings(rows), strict=True)
    )


def consolidate(session: Session, round_id: int) -> Consolidation:
    round_info = get_round(session, round_id)
    lines = round_lines(session, round_id)
    codes = [line.code for line in lines if line.has_figure]
    latest = latest_versions(session, round_id)
    figures = submission_figures(session, [version.id for version in latest.values()])
    everyone = roster_entries(session)
    included: list[CommuneReport] = []
    missing: list[RosterEntry] = []
    not_counted: list[str] = []
    for commune in everyone:
        version = latest.get(commune.code)
        if not is_expected(commune, round_info.period_start):
            if version is not None:
                not_counted.append(_merged_sentence(commune, version.commune_name))
            continue
        if version is None:
            missing.append(commune)
            continue
        sent = figures.get(version.id, {})
        included.append(CommuneReport(commune, version.id, version.version, {c: sent.get(c) for c in codes}))
    known = {commune.code: commune.name for commune in everyone}
    for code, version in sorted(latest.items()):
        if code not in known:
            not_counted.append(
                f"Báo cáo của {version.commune_name} (mã {code}) không được cộng vì xã không có trong "
                "danh bạ."
            )
    totals = tuple(_total(line, included) for line in lines)
    return Consolidation(round_info, lines, tuple(included), tuple(missing), totals, tuple(not_counted))


def _merged_sentence(commune: RosterEntry, sent_as: str) -> str:
    joined = commune_phrase(commune.merged_into_code, commune.merged_into_name)
    since = f" từ ngày {format_date(commune.merged_on)}" if commune.merged_on else ""
    return (
        f"Báo cáo của {sent_as or commune.name} (mã {commune.code}) không được cộng vì xã đã sáp nhập vào "
        f"{joined}{since}, trước kỳ báo cáo; số liệu của địa bàn này do {joined} báo cáo."
    )


def _total(line: IndicatorLine, included: list[CommuneReport]) -> IndicatorTotal:
    if not line.has_figure:
        return IndicatorTotal(line, None, 0, ())
    values = [(report.commune.name, report.figures[line.code]) for report in included]
    given = [value for _name, value in values if value is not None]
    blank = tuple(name for name, value in values if value is None)
    total = sum(given) if given and line.summable else None
    return IndicatorTotal(line, total, len(given), blank)


def drill_down(consolidation: Consolidation, code: str) -> tuple[DrillRow, ...]:
    """The included communes behind the total of `code`, in roster order, with their figure (None: left
    blank). The figures add up to the total."""
    line = consolidation.total_of(code).line
    if not line.has_figure:
        raise UserFacingError(f"“{line.label}” là dòng tiêu đề nhóm, không có số liệu để xem theo xã.")
    return tuple(DrillRow(report.commune, report.figures[code]) for report in consolidation.included)
