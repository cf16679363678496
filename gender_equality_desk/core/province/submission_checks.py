"""Whether the province accepts one opened submission file: roster, commune key, round, version order.

Each check reads the province desk's tables (province_models) inside the receiving transaction and raises
`RefusedFileError` with the Vietnamese sentence the officer sees: what is wrong, and who should do what.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.exchange.packages_signing import decode, encode, fingerprint
from gender_equality_desk.core.province.periods import ACTION_MONTH, FIRST_HALF, WHOLE_YEAR
from gender_equality_desk.core.province.submission_file import OpenedSubmission, Submission
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.province_models import (
    ProvinceCommune,
    ReceivedSubmission,
    ReportingRound,
)

_KIND_NAMES = {
    "action-month": "Tháng hành động vì bình đẳng giới",
    "gender-equality": "công tác bình đẳng giới",
    "dv-statistics": "thống kê phòng, chống bạo lực gia đình",
}
_PERIOD_WORDS = {ACTION_MONTH: "", FIRST_HALF: "6 tháng đầu năm", WHOLE_YEAR: "cả năm"}


class RefusalReason(StrEnum):
    NOT_FOUND = "not-found"  # a path given that does not exist, or a folder without any file
    UNREADABLE = "unreadable"  # not a submission, sealed to another key, tampered, broken signature
    MALFORMED = "malformed"  # signed, but not something the province can keep (a code twice)
    NOT_IN_ROSTER = "not-in-roster"
    MERGED = "merged"
    KEY_CHANGED = "key-changed"
    NO_ROUND = "no-round"
    ROUND_DIFFERS = "round-differs"
    OLDER_VERSION = "older-version"
    NOT_SAVED = "not-saved"  # accepted, but the store could not keep it (disk full, locked)


class RefusedFileError(Exception):
    """The file is not accepted; `message` says why, in Vietnamese."""

    def __init__(
        self, reason: RefusalReason, message: str, *, pinned_key: str = "", file_key: str = ""
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.pinned_key = pinned_key  # fingerprints, for the administrator's key-change confirmation
        self.file_key = file_key


class KeyDecision(StrEnum):
    FIRST = "first"  # nothing pinned yet: pin the file's key
    SAME = "same"
    REPLACED = "replaced"  # a different key, which an administrator allowed


def round_label(kind: str, year: int, period: str) -> str:
    """ "Tháng hành động vì bình đẳng giới năm 2026", "công tác bình đẳng giới 6 tháng đầu năm 2026"."""
    name = _KIND_NAMES.get(kind, kind)
    words = _PERIOD_WORDS.get(period, period)
    return f"{name} {words} {year}" if words else f"{name} năm {year}"


def local_time(moment: datetime) -> str:
    """ "16:05 ngày 16/12/2026" in this PC's time zone (signing and receiving times are kept in UTC)."""
    shown = moment.astimezone()
    return f"{shown:%H:%M} ngày {shown:%d/%m/%Y}"


def _who(submission: Submission) -> str:
    return f"{submission.commune_name} (mã {submission.commune_code})"


def roster_commune(db: Session, submission: Submission, file_name: str) -> ProvinceCommune:
    commune = db.scalars(
        select(ProvinceCommune).where(
            ProvinceCommune.code == submission.commune_code, ProvinceCommune.is_deleted.is_(False)
        )
    ).first()
    if commune is None:
        raise RefusedFileError(
            RefusalReason.NOT_IN_ROSTER,
            f"Tệp “{file_name}”: {_who(submission)} không có trong Danh bạ xã của tỉnh, nên không nhận. "
            f"Nếu đây là xã của tỉnh, hãy thêm xã vào Danh bạ xã với đúng mã đơn vị hành chính "
            f"{submission.commune_code} rồi nhận lại tệp; nếu không, xã đã gửi nhầm tỉnh.",
        )
    return commune


def check_key(
    commune: ProvinceCommune, opened: OpenedSubmission, file_name: str, *, allowed: bool
) -> KeyDecision:
    """Compare the file's signing key with the one pinned on the commune's first accepted file."""
    if not commune.public_key:
        return KeyDecision.FIRST
    pinned = decode(commune.public_key)
    if pinned == opened.public_key:
        return KeyDecision.SAME
    if allowed:
        return KeyDecision.REPLACED
    old, new = fingerprint(pinned), opened.key_fingerprint
    contact = ", ".join(part for part in (commune.officer_name, commune.officer_phone) if part)
    call = f"Hãy gọi điện cho xã ({contact})" if contact else "Hãy gọi điện cho cán bộ của xã"
    raise RefusedFileError(
        RefusalReason.KEY_CHANGED,
        f"Tệp “{file_name}” của {commune.name} (mã {commune.code}) được ký bằng khóa khác với khóa tỉnh "
        f"đã ghi nhận cho xã (khóa đã ghi nhận: {old}; khóa trong tệp: {new}), nên không nhận. Có thể tệp "
        f"được lập trên máy khác, không phải máy của xã, hoặc xã đã cài lại phần mềm. {call}, đề nghị "
        f"đọc mã khóa ký của máy xã và so với {new}; nếu khớp, quản trị viên chọn “Chấp nhận khóa mới "
        f"của xã…” (hoặc lệnh receive --allow-key-change {commune.code}) rồi nhận lại tệp.",
        pinned_key=old,
        file_key=new,
    )


def pin_key(commune: ProvinceCommune, opened: OpenedSubmission, now: datetime) -> None:
    commune.public_key = encode(opened.public_key)
    commune.key_pinned_at = now


def matching_round(db: Session, submission: Submission, file_name: str) -> ReportingRound:
    """The province's round the file reports for: by the round file's uuid, else by kind, year, period."""
    label = round_label(submission.report_kind, submission.year, submission.period)
    live = ReportingRound.is_deleted.is_(False)
    if submission.round_uuid:
        found = db.scalars(
            select(ReportingRound).where(ReportingRound.uuid == submission.round_uuid, live)
        ).first()
        if found is None:
            raise RefusedFileError(
                RefusalReason.NO_ROUND,
                f"Tệp “{file_name}” của {_who(submission)} (báo cáo {label}) được lập theo một tệp kỳ báo "
                "cáo mà tỉnh này không phát hành hoặc đã xóa, nên không nhận. Hãy gửi cho xã tệp kỳ báo cáo "
                "hiện hành (trang Kỳ báo cáo), đề nghị xã nhập tệp đó rồi lập và gửi lại báo cáo.",
            )
    else:
        found = db.scalars(
            select(ReportingRound).where(
                ReportingRound.report_kind == submission.report_kind,
                ReportingRound.year == submission.year,
                ReportingRound.period == submission.period,
                live,
            )
        ).first()
        if found is None:
            raise RefusedFileError(
                RefusalReason.NO_ROUND,
                f"Tệp “{file_name}” của {_who(submission)} là báo cáo {label} (từ "
                f"{format_date(submission.period_start)} đến {format_date(submission.period_end)}), nhưng "
                "tỉnh chưa tạo kỳ báo cáo này, nên không nhận. Nếu tỉnh có thu báo cáo này, hãy tạo kỳ báo "
                "cáo ở trang Kỳ báo cáo rồi nhận lại tệp; nếu xã gửi nhầm kỳ, hãy đề nghị xã gửi đúng kỳ.",
            )
    same_round = (found.report_kind, found.year, found.period) == (
        submission.report_kind,
        submission.year,
        submission.period,
    )
    same_dates = (found.period_start, found.period_end) == (submission.period_start, submission.period_end)
    if not (same_round and same_dates):
        raise RefusedFileError(
            RefusalReason.ROUND_DIFFERS,
            f"Tệp “{file_name}” của {_who(submission)} là báo cáo {label} từ "
            f"{format_date(submission.period_start)} đến {format_date(submission.period_end)}, nhưng kỳ báo "
            f"cáo {round_label(found.report_kind, found.year, found.period)} của tỉnh tính từ "
            f"{format_date(found.period_start)} đến {format_date(found.period_end)}, nên không nhận. Hãy đề "
            "nghị xã nhập tệp kỳ báo cáo mới nhất của tỉnh, lập lại báo cáo đúng thời gian đó rồi gửi lại.",
        )
    return found


def check_not_merged(db: Session, commune: ProvinceCommune, round_: ReportingRound) -> None:
    """A commune merged into another before the period reports no more on its own."""
    if not commune.merged_into_code:
        return
    if commune.merged_on is not None and commune.merged_on > round_.period_start:
        return  # merged during the period: its figures up to the merger still belong to it
    into = db.scalars(select(ProvinceCommune).where(ProvinceCommune.code == commune.merged_into_code)).first()
    into_name = f"{into.name} (mã {into.code})" if into is not None else f"xã mã {commune.merged_into_code}"
    when = f"từ ngày {format_date(commune.merged_on)}" if commune.merged_on else "(Danh bạ xã không ghi ngày)"
    raise RefusedFileError(
        RefusalReason.MERGED,
        f"{commune.name} (mã {commune.code}) đã sáp nhập vào {into_name} {when}, trước kỳ báo cáo "
        f"{round_label(round_.report_kind, round_.year, round_.period)}, nên không nhận báo cáo riêng của "
        f"xã. Số liệu của địa bàn cũ do {into_name} báo cáo; nếu việc sáp nhập ghi sai, hãy sửa ở Danh bạ "
        "xã.",
    )


@dataclass(frozen=True)
class LatestVersion:
    version: int
    signed_at: datetime


def latest_version(db: Session, round_id: int, commune_code: str) -> LatestVersion | None:
    row = db.execute(
        select(ReceivedSubmission.version, ReceivedSubmission.signed_at)
        .where(ReceivedSubmission.round_id == round_id, ReceivedSubmission.commune_code == commune_code)
        .order_by(ReceivedSubmission.version.desc())
        .limit(1)
    ).first()
    return LatestVersion(row.version, row.signed_at) if row else None


def next_version(db: Session, round_id: int, submission: Submission, file_name: str) -> int:
    """1 for the first file, then one more; a file signed no later than the newest kept one is a replay."""
    latest = latest_version(db, round_id, submission.commune_code)
    if latest is None:
        return 1
    if submission.signed_at <= latest.signed_at:
        raise RefusedFileError(
            RefusalReason.OLDER_VERSION,
            f"Tệp “{file_name}” là bản {_who(submission)} ký lúc {local_time(submission.signed_at)}, không "
            f"mới hơn lần gửi thứ {latest.version} đã nhận (ký lúc {local_time(latest.signed_at)}), nên "
            "không nhận: có thể đây là tệp cũ được gửi lại. Số liệu đã nhận được giữ nguyên. Nếu xã cần sửa "
            "số liệu, hãy đề nghị xã lập và gửi lại báo cáo mới.",
        )
    return latest.version + 1


def duplicate_codes(submission: Submission) -> list[str]:
    seen: set[str] = set()
    repeated: list[str] = []
    for row in submission.rows:
        if row.code in seen and row.code not in repeated:
            repeated.append(row.code)
        seen.add(row.code)
    return repeated


def check_codes_unique(submission: Submission, file_name: str) -> None:
    repeated = duplicate_codes(submission)
    if repeated:
        raise RefusedFileError(
            RefusalReason.MALFORMED,
            f"Tệp “{file_name}” của {_who(submission)} có dòng chỉ tiêu trùng mã ({', '.join(repeated)}), "
            "nên không biết số nào đúng và không nhận. Hãy đề nghị xã kiểm tra mã chỉ tiêu ở Cài đặt → Chỉ "
            "tiêu báo cáo, hoặc nhập tệp kỳ báo cáo của tỉnh, rồi gửi lại.",
        )
