"""Who has reported for a round, on time or late, and who has not: the province officer's chase list.

Every commune the round expects (round_scope.expected_communes) gets one status from the latest version
it sent (versions.latest_versions):
- on time: that version was signed on or before the deadline, a day in Vietnam's time (UTC+7);
- late: signed after the deadline (`days_late` days after it);
- not yet: nothing received (`days_late` = days past the deadline as of today, 0 before it).
A version the receiving checks flagged (Nữ > Tổng, a figure 5× last year's…) is marked "có cảnh báo".
The status follows the version that counts: a commune that corrects its report after the deadline has
its figures counted from the late version, and is shown late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.profile import ProfileInput
from gender_equality_desk.core.province.roster import RosterEntry
from gender_equality_desk.core.province.round_scope import (
    RoundInfo,
    expected_communes,
    get_round,
    vietnam_day,
)
from gender_equality_desk.core.province.versions import ReceivedVersion, latest_versions
from gender_equality_desk.core.reports.content import (
    CellKind,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    SignatureBlock,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.formatting import format_date, format_percent
from gender_equality_desk.core.reports.letterhead import document_header
from gender_equality_desk.core.reports.naming import ascii_file_stem
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class ReportStatus(LabelledEnum):
    ON_TIME = ("on_time", QT_TRANSLATE_NOOP("ReportStatus", "Đúng hạn"))
    LATE = ("late", QT_TRANSLATE_NOOP("ReportStatus", "Nộp muộn"))
    NOT_YET = ("not_yet", QT_TRANSLATE_NOOP("ReportStatus", "Chưa nộp"))


WITH_WARNINGS = QT_TRANSLATE_NOOP("ReportStatus", "có cảnh báo")


@dataclass(frozen=True)
class CommuneStatus:
    commune: RosterEntry
    status: ReportStatus
    version: int | None  # None: nothing received
    signed_at: datetime | None
    days_late: int  # late: days after the deadline it was signed; not yet: days overdue today (0 before)
    warnings: tuple[str, ...] = ()

    @property
    def signed_day(self) -> date | None:
        return None if self.signed_at is None else vietnam_day(self.signed_at)

    @property
    def has_warnings(self) -> bool:
        return bool(self.warnings)

    @property
    def status_text(self) -> str:
        """ "Đúng hạn", "Nộp muộn 2 ngày — có cảnh báo", "Chưa nộp — quá hạn 3 ngày"."""
        text = self.status.label
        if self.status is ReportStatus.LATE:
            text += f" {self.days_late} ngày"
        elif self.status is ReportStatus.NOT_YET and self.days_late:
            text += f" — quá hạn {self.days_late} ngày"
        if self.has_warnings:
            text += f" — {WITH_WARNINGS}"
        return text


@dataclass(frozen=True)
class Completeness:
    round: RoundInfo
    today: date
    communes: tuple[CommuneStatus, ...]  # in roster order

    def _count(self, status: ReportStatus) -> int:
        return sum(1 for commune in self.communes if commune.status is status)

    @property
    def expected(self) -> int:
        return len(self.communes)

    @property
    def on_time(self) -> int:
        return self._count(ReportStatus.ON_TIME)

    @property
    def late(self) -> int:
        return self._count(ReportStatus.LATE)

    @property
    def not_yet(self) -> int:
        return self._count(ReportStatus.NOT_YET)

    @property
    def reported(self) -> int:
        return self.on_time + self.late

    @property
    def with_warnings(self) -> int:
        return sum(1 for commune in self.communes if commune.has_warnings)

    @property
    def share_reported(self) -> float:
        """Reported ÷ expected, 0…1 (0 when the roster is empty)."""
        return self.reported / self.expected if self.expected else 0.0

    @property
    def days_to_deadline(self) -> int:
        """Days from today to the deadline: 0 on the day, negative once it has passed."""
        return (self.round.deadline - self.today).days

    def summary_sentence(self) -> str:
        """ "Đã nhận 37/40 xã (92,5%): 30 đúng hạn, 7 nộp muộn; 3 xã chưa nộp." """
        sentence = (
            f"Đã nhận {self.reported}/{self.expected} xã ({format_percent(self.share_reported)}): "
            f"{self.on_time} đúng hạn, {self.late} nộp muộn; {self.not_yet} xã chưa nộp."
        )
        if self.with_warnings:
            sentence += f" {self.with_warnings} báo cáo có cảnh báo cần xem lại."
        return sentence


def commune_status(
    commune: RosterEntry, round_info: RoundInfo, today: date, latest: ReceivedVersion | None
) -> CommuneStatus:
    """The status of one commune given the version that counts (None when nothing was received)."""
    if latest is None:
        overdue = max(0, (today - round_info.deadline).days)
        return CommuneStatus(commune, ReportStatus.NOT_YET, None, None, overdue)
    late_by = (latest.signed_day - round_info.deadline).days
    status = ReportStatus.LATE if late_by > 0 else ReportStatus.ON_TIME
    return CommuneStatus(commune, status, latest.version, latest.signed_at, max(0, late_by), latest.warnings)


def round_completeness(session: Session, round_id: int, today: date) -> Completeness:
    round_info = get_round(session, round_id)
    latest = latest_versions(session, round_id)
    communes = tuple(
        commune_status(commune, round_info, today, latest.get(commune.code))
        for commune in expected_communes(session, round_info)
    )
    return Completeness(round_info, today, communes)


def chase_list(completeness: Completeness) -> tuple[CommuneStatus, ...]:
    """The communes to telephone: those not yet reported (longest overdue first is everyone equally, so in
    roster order), then those that reported late, the latest first."""
    waiting = [c for c in completeness.communes if c.status is ReportStatus.NOT_YET]
    late = sorted(
        (c for c in completeness.communes if c.status is ReportStatus.LATE), key=lambda c: -c.days_late
    )
    return (*waiting, *late)


CHASE_COLUMNS = (
    TableColumn("TT", CellKind.INTEGER, width=0.45),
    TableColumn("Mã xã", width=0.75),
    TableColumn("Tên xã, phường", width=1.9),
    TableColumn("Tình trạng", width=1.9),
    TableColumn("Cán bộ phụ trách", width=1.7),
    TableColumn("Điện thoại", width=1.2),
    TableColumn("Kết quả liên hệ", width=1.6),  # left blank: written by hand during the calls
)


def _chase_state(row: CommuneStatus) -> str:
    if row.status is ReportStatus.LATE and row.signed_day is not None:
        return f"{row.status_text} (ký ngày {format_date(row.signed_day)})"
    return row.status_text


def chase_list_report(completeness: Completeness, profile: ProfileInput) -> ReportContent:
    """The printable list for the phone calls: communes not yet reported and late, with the officer and
    the phone number, the deadline and the day the list was made."""
    round_info = completeness.round
    rows = chase_list(completeness)
    table = Table(
        title=f"Danh sách xã chưa nộp, nộp muộn báo cáo — {round_info.short_label}",
        columns=CHASE_COLUMNS,
        rows=tuple(
            TableRow(
                (
                    number,
                    row.commune.code,
                    row.commune.name,
                    _chase_state(row),
                    row.commune.officer_name or "(chưa có trong danh bạ)",
                    row.commune.officer_phone or "(chưa có số)",
                    None,
                )
            )
            for number, row in enumerate(rows, start=1)
        ),
        sheet_name="Cần liên hệ",
    )
    deadline_state = (
        f"còn {completeness.days_to_deadline} ngày"
        if completeness.days_to_deadline > 0
        else ("hôm nay là hạn cuối" if completeness.days_to_deadline == 0 else "đã quá hạn")
    )
    blocks = (
        Paragraph(
            f"Báo cáo: {round_info.kind_label} — {round_info.period_label}. Hạn nộp: "
            f"{format_date(round_info.deadline)} ({deadline_state}). Danh sách lập ngày "
            f"{format_date(completeness.today)}."
        ),
        Paragraph(completeness.summary_sentence()),
        table
        if rows
        else Paragraph(
            "Tất cả các xã đã nộp báo cáo đúng hạn; không có xã nào cần liên hệ.", ParagraphStyle.BODY
        ),
    )
    subject = f"Các xã chưa nộp, nộp muộn báo cáo {round_info.short_label}"
    return ReportContent(
        header=document_header(
            profile, document_type="Danh sách", symbol="DS", subject=subject, day=completeness.today
        ),
        blocks=blocks,
        signature=SignatureBlock(
            recipients=("- Lưu: VT.",),
            authority_lines=("NGƯỜI LẬP",),
            signer_name=profile.officer_name,
        ),
        file_stem=ascii_file_stem("DanhSach", "CanLienHe", *round_info.file_parts),
        landscape=True,
        metadata={"title": subject, "author": profile.issuing_body},
    )
