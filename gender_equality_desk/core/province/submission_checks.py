"""Whether the province accepts one opened submission file: roster, commune key, round, version order.

Each check reads the province desk's tables (through roster, round_scope and versions) inside the
receiving transaction and raises `RefusedFileError` with the Vietnamese sentence the officer sees: what
is wrong, and who should do what.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from gender_equality_desk.core.exchange.packages_signing import decode, encode, fingerprint
from gender_equality_desk.core.province.roster import commune_phrase, contact_line, live_commune
from gender_equality_desk.core.province.round_scope import (
    is_expected,
    round_for,
    round_label,
    round_with_uuid,
)
from gender_equality_desk.core.province.submission_file import OpenedSubmission, Submission
from gender_equality_desk.core.province.versions import latest_versions
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.province_models import ProvinceCommune, ReportingRound


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


def local_time(moment: datetime) -> str:
    """ "16:05 ngày 16/12/2026" in this PC's time zone (signing and receiving times are kept in UTC)."""
    shown = moment.astimezone()
    return f"{shown:%H:%M} ngày {shown:%d/%m/%Y}"


def _who(submission: Submission) -> str:
    return f"{submission.commune_name} (mã {submission.commune_code})"


def roster_commune(db: Session, submission: Submission, file_name: str) -> ProvinceCommune:
    commune = live_commune(db, submission.commune_code)
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
    contact = contact_line(commune.officer_name, commune.officer_phone)
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
    if submission.round_uuid:
        found = round_with_uuid(db, submission.round_uuid)
        if found is None:
            raise RefusedFileError(
                RefusalReason.NO_ROUND,
                f"Tệp “{file_name}” của {_who(submission)} (báo cáo {label}) được lập theo một tệp kỳ báo "
                "cáo mà tỉnh này không phát hành hoặc đã xóa, nên không nhận. Hãy gửi cho xã tệp kỳ báo cáo "
                "hiện hành (trang Kỳ báo cáo), đề nghị xã nhập tệp đó rồi lập và gửi lại báo cáo.",
            )
    else:
        found = round_for(db, submission.report_kind, submission.year, submission.period)
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
    if is_expected(commune, round_.period_start):
        return  # not merged, or merged during the period: its figures up to the merger still belong to it
    into = live_commune(db, commune.merged_into_code)
    into_name = commune_phrase(commune.merged_into_code, into.name if into is not None else "")
    when = f"từ ngày {format_date(commune.merged_on)}" if commune.merged_on else "(Danh bạ xã không ghi ngày)"
    raise RefusedFileError(
        RefusalReason.MERGED,
        f"{commune.name} (mã {commune.code}) đã sáp nhập vào {into_name} {when}, trước kỳ báo cáo "
        f"{round_label(round_.report_kind, round_.year, round_.period)}, nên không nhận báo cáo riêng của "
        f"xã. Số liệu của địa bàn cũ do {into_name} báo cáo; nếu việc sáp nhập ghi sai, hãy sửa ở Danh bạ "
        "xã.",
    )


def next_version(db: Session, round_id: int, submission: Submission, file_name: str) -> int:
    """1 for the first file, then one more; a file signed no later than the newest kept one is a replay."""
    latest = latest_versions(db, round_id, submission.commune_code).get(submission.commune_code)
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
