"""The reports the app can produce, built by name: used by the CLI and the Báo cáo page alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.fileio import check_output_file
from gender_equality_desk.core.reports.action_month import Narrative, action_month_report
from gender_equality_desk.core.reports.activity_log import activity_log_report
from gender_equality_desk.core.reports.case_figures import case_figures
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.indicators import FigureProvider, record_figures
from gender_equality_desk.core.reports.period_report import dv_statistics_report, gender_equality_report
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

# Where periodic reports' figures come from: records, then anonymised case counts.
FIGURE_PROVIDERS: tuple[FigureProvider, ...] = (record_figures, case_figures)


class ReportKind(LabelledEnum):
    ACTION_MONTH = ("action-month", QT_TRANSLATE_NOOP("ReportKind", "Báo cáo kết quả Tháng hành động"))
    GENDER_EQUALITY = (
        "gender-equality",
        QT_TRANSLATE_NOOP("ReportKind", "Báo cáo công tác bình đẳng giới (6 tháng, năm)"),
    )
    DV_STATISTICS = ("dv-statistics", QT_TRANSLATE_NOOP("ReportKind", "Thống kê bạo lực gia đình (ẩn danh)"))
    ACTIVITY_LOG = ("activity-log", QT_TRANSLATE_NOOP("ReportKind", "Sổ nhật ký hoạt động"))

    @property
    def is_periodic(self) -> bool:
        """Reports for a chosen period (the Action Month report always covers 15/11–15/12)."""
        return self is not ReportKind.ACTION_MONTH

    @property
    def can_publish(self) -> bool:
        """Reports that state victims' case counts and can be prepared for publication ("<3"); the others
        have nothing to hide."""
        return self in (ReportKind.ACTION_MONTH, ReportKind.GENDER_EQUALITY, ReportKind.DV_STATISTICS)


class OutputFormat(LabelledEnum):
    PDF = ("pdf", QT_TRANSLATE_NOOP("OutputFormat", "PDF (để in, gửi)"))
    XLSX = ("xlsx", QT_TRANSLATE_NOOP("OutputFormat", "Excel (để tiếp tục chỉnh sửa)"))


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    year: int
    start: date | None = None  # period reports; default: the whole year
    end: date | None = None
    day: date | None = None  # the date printed on the document; None leaves it blank to fill by hand
    narrative: Narrative | None = None  # the officer's edited wording; None: suggested from the figures
    # False: exact counts for the receiving authority (official forms need them). True: a copy the public may
    # read, victims' case counts from 1 to 2 shown as "<3" (core/reports/suppression.py).
    for_publication: bool = False


def build_report(session: Session, request: ReportRequest) -> ReportContent:
    if request.kind is ReportKind.ACTION_MONTH:
        return action_month_report(
            session,
            request.year,
            narrative=request.narrative,
            day=request.day,
            for_publication=request.for_publication,
            providers=FIGURE_PROVIDERS,
        )
    start = request.start or date(request.year, 1, 1)
    end = request.end or date(request.year, 12, 31)
    publish = request.for_publication
    if request.kind is ReportKind.GENDER_EQUALITY:
        return gender_equality_report(
            session, start, end, day=request.day, providers=FIGURE_PROVIDERS, for_publication=publish
        )
    if request.kind is ReportKind.DV_STATISTICS:
        return dv_statistics_report(
            session, start, end, day=request.day, providers=FIGURE_PROVIDERS, for_publication=publish
        )
    return activity_log_report(session, start, end, day=request.day)


def write_report(content: ReportContent, output: OutputFormat, target: Path) -> Path:
    """Write `content` to `target` atomically in the chosen format."""
    if output is OutputFormat.PDF:
        from gender_equality_desk.core.render.pdf import render_pdf

        return render_pdf(content, target)
    from gender_equality_desk.core.render.xlsx import render_xlsx

    return render_xlsx(content, target)


def default_file_name(content: ReportContent, output: OutputFormat) -> str:
    return f"{content.file_stem}.{output.value}"


def check_target(target: Path, output: OutputFormat) -> None:
    check_output_file(target, f".{output.value}")
