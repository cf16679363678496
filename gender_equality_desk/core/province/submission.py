"""Commune desk: the file that sends one report up to the province (core.province.submission_file).

What it holds is what the commune's own report prints: its indicator rows of that kind (Cài đặt → Chỉ tiêu
báo cáo), each with the exact figure the report's table shows (core.reports.indicators.row_figures over the
same providers, never the publication copy: 1 stays 1, never "<3"), and the report's PDF — the one the app
renders with exact counts, or the scan of the signed paper. When the commune imported the province's round
file for that report and period, the round's rows are sent in the round's order, each matched by code to
the commune's row of the same code (a code the commune has no row for goes blank), under the round's uuid
and dates, so every commune of the province answers the same rows.

    with store.reading() as session:
        result = submit_report(session, layout, "action-month", 2026, Path("04378.gedsub"))
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.clock import today_local
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import installation_key
from gender_equality_desk.core.fileio import check_output_file
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import ProfileInput, load_profile
from gender_equality_desk.core.province.desk import DESK_PROVINCE, desk_role
from gender_equality_desk.core.province.periods import check_period, period_dates
from gender_equality_desk.core.province.province_link import LinkedProvince, linked_province
from gender_equality_desk.core.province.round_scope import RoundInfo, round_for, round_info, round_rows
from gender_equality_desk.core.province.submission_file import (
    MAX_SUBMISSION_BYTES,
    SUBMISSION_SUFFIX,
    Submission,
    SubmissionRow,
    carries_figure,
    write_submission_file,
)
from gender_equality_desk.core.reports.action_month import Narrative, action_month_period
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.figures import Period
from gender_equality_desk.core.reports.indicators import (
    IndicatorRow,
    RowFigure,
    figure_values,
    list_indicators,
    row_figures,
)
from gender_equality_desk.core.reports.registry import (
    FIGURE_PROVIDERS,
    ReportKind,
    ReportRequest,
    build_report,
)
from gender_equality_desk.core.store.province_models import ReportingRound

PDF_MAGIC = b"%PDF-"
MAX_PDF_BYTES = MAX_SUBMISSION_BYTES - 1024 * 1024  # room for the figures and the seal


@dataclass(frozen=True)
class PreparedSubmission:
    """What will be sent, before the PDF is chosen and the file signed: shown to the officer first."""

    submission: Submission  # signed_at and pdf_name are set when the file is written
    province: LinkedProvince
    request: ReportRequest  # the report whose PDF goes with it (exact counts)
    round: RoundInfo | None  # the province's round it answers (imported from its signed round file)
    blank_codes: tuple[str, ...]  # rows the round asks for that this commune has no row for: sent blank
    unasked_codes: tuple[str, ...]  # this commune's rows the round does not ask for: not sent


@dataclass(frozen=True)
class SubmitResult:
    path: Path
    submission: Submission  # as signed
    province: LinkedProvince
    pdf_size: int


def _identity(session: Session) -> ProfileInput:
    profile = load_profile(session)
    if profile is None:
        raise UserFacingError(
            "Chưa có thông tin xã. Vui lòng nhập thông tin xã trong Cài đặt → Thông tin đơn vị trước khi gửi "
            "báo cáo lên tỉnh."
        )
    if desk_role(session) == DESK_PROVINCE:
        raise UserFacingError(
            "Máy này là bàn tiếp nhận của tỉnh: báo cáo gửi lên tỉnh được lập ở máy của từng xã."
        )
    if not profile.unit_code:
        raise UserFacingError(
            "Chưa có mã đơn vị hành chính của xã, nên tỉnh không biết báo cáo này của xã nào. Vui lòng điền "
            "ô “Mã đơn vị hành chính” ở Cài đặt → Thông tin đơn vị (hỏi Sở Nội vụ nếu chưa biết mã), hoặc "
            "chạy lệnh: gender-equality-desk setup --unit-code MÃ_XÃ."
        )
    return profile


def _province(session: Session) -> LinkedProvince:
    linked = linked_province(session)
    if linked is None:
        raise UserFacingError(
            "Chưa nhập tệp khóa của tỉnh (tệp .gedkey tỉnh gửi cho xã), nên chưa niêm phong được báo cáo "
            "cho tỉnh. Vui lòng vào Cài đặt → Gửi lên tỉnh → “Nhập tệp khóa của tỉnh…”, hoặc chạy lệnh: "
            "gender-equality-desk province-key import TỆP_KHÓA."
        )
    return linked


def _figure_period(session: Session, kind: ReportKind, year: int, start: date, end: date) -> Period:
    """The period the report counts: the Action Month counts the records filed under that year's
    campaign (its own report does), the other reports every record between the dates."""
    if kind is ReportKind.ACTION_MONTH:
        return action_month_period(session, year)
    return Period(start, end)


def _value(row: IndicatorRow, figure: RowFigure) -> int | None:
    """The exact figure the report prints for the row; None for a heading or a blank to fill in."""
    if not carries_figure(row.is_group, row.unit) or not figure.computed:
        return None
    return figure.value


def _commune_rows(rows: Sequence[IndicatorRow], figures: Sequence[RowFigure]) -> tuple[SubmissionRow, ...]:
    return tuple(
        SubmissionRow(row.code, row.number, row.label, row.unit, _value(row, figure), row.is_group)
        for row, figure in zip(rows, figures, strict=True)
    )


def _round_rows(
    session: Session, found: ReportingRound, rows: Sequence[IndicatorRow], figures: Sequence[RowFigure]
) -> tuple[tuple[SubmissionRow, ...], tuple[str, ...], tuple[str, ...]]:
    """The round's rows in its order, each with the figure of this commune's row of the same code; the
    codes sent blank for want of a row here; this commune's codes the round does not ask for."""
    ours = {row.code: (row, figure) for row, figure in zip(rows, figures, strict=True)}
    asked = round_rows(session, found.id)
    sent, blank = [], []
    for item in asked:
        mine = ours.get(item.code)
        carries = carries_figure(item.is_group, item.unit)
        value = None if not carries or mine is None else _value(*mine)
        if mine is None and carries:
            blank.append(item.code)
        sent.append(SubmissionRow(item.code, item.number, item.label, item.unit, value, item.is_group))
    codes = {item.code for item in asked}
    unasked = tuple(
        row.code for row in rows if row.code not in codes and carries_figure(row.is_group, row.unit)
    )
    return tuple(sent), tuple(blank), unasked


def prepare_submission(
    session: Session,
    report_kind: str,
    year: int,
    period: str | None = None,
    *,
    day: date | None = None,
    narrative: Narrative | None = None,
) -> PreparedSubmission:
    """The rows, figures, identity and round of one report to send up; UserFacingError (Vietnamese, saying
    where to fill it in) when the commune's code or the province's key is missing. `day`: the date printed
    on the report (today by default); `narrative`: the officer's Action Month wording."""
    period_code = check_period(report_kind, period)
    kind = ReportKind.of(report_kind)
    profile = _identity(session)
    province = _province(session)
    found = round_for(session, report_kind, year, period_code)
    if found is not None:
        start, end = found.period_start, found.period_end
    elif kind is ReportKind.ACTION_MONTH:
        campaign = action_month_period(session, year)
        start, end = campaign.start, campaign.end
    else:
        start, end = period_dates(period_code, year)
    values = figure_values(session, _figure_period(session, kind, year, start, end), FIGURE_PROVIDERS)
    rows = list_indicators(session, report_kind)
    figures = row_figures(rows, values)
    blank: tuple[str, ...] = ()
    unasked: tuple[str, ...] = ()
    if found is None:
        sent = _commune_rows(rows, figures)
    else:
        sent, blank, unasked = _round_rows(session, found, rows, figures)
    submission = Submission(
        commune_code=profile.unit_code,
        commune_name=profile.commune_name,
        province=profile.province_name,
        report_kind=report_kind,
        year=year,
        period=period_code,
        period_start=start,
        period_end=end,
        round_uuid=found.uuid if found is not None else "",
        signed_at=datetime.now(UTC),
        rows=sent,
        pdf_name="",
    )
    request = ReportRequest(kind, year, start=start, end=end, day=day or today_local(), narrative=narrative)
    info = round_info(found) if found is not None else None
    return PreparedSubmission(submission, province, request, info, blank, unasked)


def report_content(session: Session, prepared: PreparedSubmission) -> ReportContent:
    """The report whose figures the submission carries, with exact counts."""
    return build_report(session, prepared.request)


def generated_pdf(session: Session, prepared: PreparedSubmission) -> tuple[str, bytes]:
    """(file name, bytes) of the report as the app prints it (exact counts, the report date filled in)."""
    from gender_equality_desk.core.render.pdf import render_pdf

    content = report_content(session, prepared)
    name = f"{content.file_stem}.pdf"
    with tempfile.TemporaryDirectory(prefix="gedesk-submit-") as folder:
        return name, render_pdf(content, Path(folder) / name).read_bytes()


def read_signed_scan(path: Path) -> tuple[str, bytes]:
    """(file name, bytes) of the scan of the signed paper report; UserFacingError when it is not a PDF."""
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise UserFacingError(
                f"Tệp “{path.name}” quá lớn ({size // (1024 * 1024)} MB). Hãy quét lại với độ phân giải thấp "
                f"hơn (khoảng 150–200 dpi) để tệp nhỏ hơn {MAX_PDF_BYTES // (1024 * 1024)} MB."
            )
        data = path.read_bytes()
    except OSError as error:
        raise UserFacingError(f"Không đọc được tệp “{path}”: {error.strerror or error}.") from error
    if not data.startswith(PDF_MAGIC):
        raise UserFacingError(
            f"Tệp “{path.name}” không phải tệp PDF. Hãy quét bản báo cáo đã ký thành tệp PDF rồi chọn lại."
        )
    return path.name, data


def default_file_name(submission: Submission) -> str:
    """ "04378_action-month_2026.gedsub", "04378_gender-equality_2026_h1.gedsub": the province sorts a
    folder of them by commune code."""
    parts = [submission.commune_code, submission.report_kind, str(submission.year)]
    if check_period(submission.report_kind, None) != submission.period:
        parts.append(submission.period)
    return "_".join(parts) + SUBMISSION_SUFFIX


def check_submission_target(target: Path) -> None:
    check_output_file(target, SUBMISSION_SUFFIX, "tỉnh nhận tệp theo đuôi này")


def write_submission(
    layout: DataLayout,
    prepared: PreparedSubmission,
    pdf_name: str,
    pdf: bytes,
    target: Path,
    *,
    now: datetime | None = None,
) -> SubmitResult:
    """Sign with this installation's key, seal to the province's key and write `target` atomically."""
    check_submission_target(target)
    signed = replace(prepared.submission, signed_at=now or datetime.now(UTC), pdf_name=pdf_name)
    key = installation_key(layout)
    try:
        write_submission_file(signed, pdf, key, prepared.province.sealing_key, target)
    except OSError as error:
        raise UserFacingError(
            f"Không ghi được tệp “{target}”: {error.strerror or error}. Hãy chọn thư mục hoặc USB khác."
        ) from error
    return SubmitResult(target, signed, prepared.province, len(pdf))


def submit_report(
    session: Session,
    layout: DataLayout,
    report_kind: str,
    year: int,
    target: Path,
    *,
    period: str | None = None,
    day: date | None = None,
    signed_pdf: Path | None = None,
    narrative: Narrative | None = None,
) -> SubmitResult:
    """Prepare, attach the PDF (the app's own rendering, or `signed_pdf`, the scan of the signed paper),
    sign, seal and write one submission file: what `gender-equality-desk submit` and the E2E tests run."""
    check_submission_target(target)
    prepared = prepare_submission(session, report_kind, year, period, day=day, narrative=narrative)
    name, pdf = read_signed_scan(signed_pdf) if signed_pdf is not None else generated_pdf(session, prepared)
    return write_submission(layout, prepared, name, pdf, target)
