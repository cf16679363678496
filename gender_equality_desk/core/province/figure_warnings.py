"""Checks on the figures of an accepted submission: what the province should ask the commune about.

They never refuse a file (the commune signed these figures; only it can correct them): each finding is a
sentence stored with the received version and shown wherever the version is.

- a negative figure;
- a row above the row it may not exceed (`round_indicator.at_most_code`: Nữ ≤ Tổng);
- a figure at least GROWTH_FACTOR times the same commune's figure for the same row in the previous year's
  round of the same kind and period, when the figure is also at least GROWTH_FLOOR (so 1 → 5 or 3 → 15,
  ordinary swings of small counts, are not flagged; 0 → 25 is);
- rows of the round missing from the file, and rows in the file the round does not have.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from gender_equality_desk.core.province.round_file import RoundRow
from gender_equality_desk.core.province.round_scope import round_for, round_rows
from gender_equality_desk.core.province.submission_file import Submission, carries_figure
from gender_equality_desk.core.province.versions import latest_versions, submission_figures
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.core.store.province_models import ReportingRound

GROWTH_FACTOR = 5
GROWTH_FLOOR = 20
LISTED_CODES = 8  # a longer list of missing rows is cut with "…"


def _name(row: RoundRow) -> str:
    return f"“{row.label}” (mã {row.code})"


def _codes(codes: list[str]) -> str:
    shown = ", ".join(codes[:LISTED_CODES])
    return shown + (f" và {len(codes) - LISTED_CODES} dòng khác" if len(codes) > LISTED_CODES else "")


def previous_year_figures(
    db: Session, round_: ReportingRound, commune_code: str
) -> tuple[int, dict[str, int | None]]:
    """The commune's figures in its newest version of last year's round of the same kind and period."""
    year = round_.year - 1
    previous = round_for(db, round_.report_kind, year, round_.period)
    latest = latest_versions(db, previous.id, commune_code).get(commune_code) if previous else None
    if latest is None:
        return year, {}
    return year, submission_figures(db, [latest.id]).get(latest.id, {})


def figure_warnings(db: Session, round_: ReportingRound, submission: Submission) -> list[str]:
    indicators = round_rows(db, round_.id)
    rows = {item.code: item for item in indicators if carries_figure(item.is_group, item.unit)}
    for row in submission.rows:  # a code the round lacks is named with the label the commune sent
        if carries_figure(row.is_group, row.unit):
            rows.setdefault(row.code, RoundRow(row.code, row.label))
    figures = submission.figures()
    found: list[str] = []
    for code, value in figures.items():
        if value is not None and value < 0:
            found.append(f"Dòng {_name(rows[code])}: số âm ({format_number(value)}) — số liệu không thể âm.")
    for code, value in figures.items():
        limit_code = rows[code].at_most_code
        limit = figures.get(limit_code) if limit_code else None
        if value is not None and limit is not None and value > limit:
            found.append(
                f"Dòng {_name(rows[code])} ({format_number(value)}) lớn hơn dòng {_name(rows[limit_code])} "
                f"({format_number(limit)}), không thể như vậy."
            )
    year, before = previous_year_figures(db, round_, submission.commune_code)
    for code, value in figures.items():
        earlier = before.get(code)
        if value is None or earlier is None or earlier < 0 or value < GROWTH_FLOOR:
            continue
        if value >= GROWTH_FACTOR * earlier:
            if earlier:
                ratio = f"{value / earlier:.1f}".replace(".", ",").removesuffix(",0")
                how = f"gấp {ratio} lần năm {year} ({format_number(earlier)})"
            else:
                how = f"trong khi năm {year} là 0"
            found.append(
                f"Dòng {_name(rows[code])}: {format_number(value)}, {how} — hãy hỏi lại xã (cảnh báo khi "
                f"gấp từ {GROWTH_FACTOR} lần năm trước trở lên và từ {GROWTH_FLOOR} trở lên)."
            )
    expected = [item.code for item in indicators if carries_figure(item.is_group, item.unit)]
    missing = [code for code in expected if code not in figures]
    if missing:
        found.append(
            f"Tệp thiếu {len(missing)} dòng của kỳ báo cáo ({_codes(missing)}): các dòng này coi như xã để "
            "trống. Hãy đề nghị xã nhập tệp kỳ báo cáo của tỉnh rồi gửi lại."
        )
    known = {item.code for item in indicators}
    extra = [code for code in figures if code not in known]
    if extra:
        found.append(
            f"Tệp có {len(extra)} dòng không có trong kỳ báo cáo của tỉnh ({_codes(extra)}): số liệu vẫn "
            "được giữ nhưng không thuộc dòng nào của kỳ báo cáo. Hãy đề nghị xã nhập tệp kỳ báo cáo của tỉnh."
        )
    return found
