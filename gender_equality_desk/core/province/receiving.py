"""Receiving what communes send up: files, folders, a whole USB stick of `.gedsub` files at once.

Every file is opened with the province's private sealing key (which also checks the commune's signature),
then decided and written in its own transaction: an accepted file becomes a new `received_submission`
version with its `received_figure` rows; a refused file writes nothing, and one bad file never stops the
others. Files are decided in the order the communes signed them, so a stick holding a commune's first and
corrected reports keeps them as versions 1 and 2 whatever their file names.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import decode, fingerprint
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.desk import DESK_PROVINCE, desk_role
from gender_equality_desk.core.province.figure_warnings import figure_warnings
from gender_equality_desk.core.province.keys import sealing_private_key
from gender_equality_desk.core.province.round_scope import round_label
from gender_equality_desk.core.province.submission_checks import (
    KeyDecision,
    RefusalReason,
    RefusedFileError,
    check_codes_unique,
    check_key,
    check_not_merged,
    local_time,
    matching_round,
    next_version,
    pin_key,
    roster_commune,
)
from gender_equality_desk.core.province.submission_file import (
    SUBMISSION_SUFFIX,
    OpenedSubmission,
    SubmissionError,
    open_submission_file,
)
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.province_models import (
    ReceivedFigure,
    ReceivedSubmission,
    ReportingRound,
)
from gender_equality_desk.core.store.write_failures import StoreWriteError

Progress = Callable[[int, int], None]  # steps done, steps in all (opening and deciding each file)
StopAsked = Callable[[], bool]


class ReceiptStatus(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"  # this very file was received before: nothing written, not an error
    REFUSED = "refused"


@dataclass(frozen=True)
class ReceiptOutcome:
    """What became of one file, with the Vietnamese sentence the officer reads."""

    file: Path
    status: ReceiptStatus
    message: str
    commune_code: str = ""
    commune_name: str = ""
    round_id: int | None = None
    round_label: str = ""
    version: int | None = None
    submission_id: int | None = None  # the received_submission row (accepted, or the one it duplicates)
    warnings: tuple[str, ...] = ()
    reason: RefusalReason | None = None  # why it was refused
    pinned_key: str = ""  # KEY_CHANGED: fingerprint of the key the province pinned for the commune
    file_key: str = ""  # KEY_CHANGED: fingerprint of the key that signed the file

    @property
    def accepted(self) -> bool:
        return self.status is ReceiptStatus.ACCEPTED

    @property
    def refused(self) -> bool:
        return self.status is ReceiptStatus.REFUSED


def submission_files(paths: Iterable[Path]) -> tuple[list[Path], list[ReceiptOutcome]]:
    """The files to open: each file named, and every `.gedsub` under each folder named (any depth, any
    letter case: FAT sticks may show ".GEDSUB"); a missing path or a folder without any is an outcome."""
    files: list[Path] = []
    problems: list[ReceiptOutcome] = []
    for path in paths:
        if path.is_dir():
            try:
                found = sorted(
                    item
                    for item in path.rglob("*")
                    if item.suffix.lower() == SUBMISSION_SUFFIX
                    and item.is_file()
                    and not item.name.startswith(".")
                )
            except OSError as error:  # a stick pulled out, a folder this user may not read
                problems.append(
                    _not_found(path, f"Không đọc được thư mục “{path}”: {error.strerror or error}.")
                )
                continue
            if not found:
                problems.append(
                    _not_found(
                        path, f"Thư mục “{path}” không có tệp báo cáo xã gửi lên (tệp {SUBMISSION_SUFFIX})."
                    )
                )
            files += found
        elif path.is_file():
            files.append(path)
        else:
            problems.append(_not_found(path, f"Không tìm thấy tệp hoặc thư mục “{path}”."))
    unique = list(dict.fromkeys(item.resolve() for item in files))  # a file named twice is read once
    return unique, problems


def _not_found(path: Path, message: str) -> ReceiptOutcome:
    return ReceiptOutcome(path, ReceiptStatus.REFUSED, message, reason=RefusalReason.NOT_FOUND)


def require_province_desk(store: Store) -> None:
    with store.reading() as db:
        role = desk_role(db)
    if role != DESK_PROVINCE:
        raise UserFacingError(
            "Thư mục dữ liệu này không phải của bàn tỉnh, nên không nhận báo cáo của các xã. Hãy mở thư mục "
            "dữ liệu của bàn tỉnh (hoặc khai báo bàn tỉnh: gender-equality-desk setup --province-desk)."
        )


def receive_files(
    store: Store,
    layout: DataLayout,
    paths: Iterable[Path],
    *,
    allow_key_change: Collection[str] = frozenset(),
    actor: Actor | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    stop_asked: StopAsked | None = None,
) -> list[ReceiptOutcome]:
    """Receive every file in `paths` (files and folders); one outcome per file, in file order.

    `allow_key_change`: commune codes whose new signing key an administrator accepted (`actor`, recorded
    in the audit log). `stop_asked` is polled between files: files decided before stay received, the
    rest get no outcome.
    """
    require_province_desk(store)
    private_key = sealing_private_key(layout)
    files, outcomes = submission_files(paths)
    total = 2 * len(files)
    done = 0
    opened: list[tuple[Path, OpenedSubmission]] = []
    for path in files:
        if stop_asked is not None and stop_asked():
            return _in_file_order(outcomes, files)
        try:
            opened.append((path, open_submission_file(path, private_key)))
        except SubmissionError as error:
            outcomes.append(
                ReceiptOutcome(path, ReceiptStatus.REFUSED, str(error), reason=RefusalReason.UNREADABLE)
            )
            done += 1  # nothing left to decide for this file
        done += 1
        if progress is not None:
            progress(done, total)
    opened.sort(key=lambda item: (item[1].submission.signed_at, str(item[0])))
    for path, submission in opened:
        if stop_asked is not None and stop_asked():
            break
        moment = now or utc_now()
        outcomes.append(receive_one(store, path, submission, allow_key_change, actor, moment))
        done += 1
        if progress is not None:
            progress(done, total)
    return _in_file_order(outcomes, files)


def _in_file_order(outcomes: list[ReceiptOutcome], files: list[Path]) -> list[ReceiptOutcome]:
    order = {path: index for index, path in enumerate(files)}
    return sorted(outcomes, key=lambda outcome: order.get(outcome.file, -1))


class _AlreadyReceivedError(Exception):
    """Raised inside the transaction so that it writes nothing; carries the outcome (plain values: the
    ORM row expires with the rollback)."""

    def __init__(self, outcome: ReceiptOutcome) -> None:
        super().__init__(outcome.message)
        self.outcome = outcome


def receive_one(
    store: Store,
    path: Path,
    opened: OpenedSubmission,
    allow_key_change: Collection[str],
    actor: Actor | None,
    now: datetime,
) -> ReceiptOutcome:
    """Decide and write one opened file in one transaction (rolled back entirely when refused)."""
    code, name = opened.submission.commune_code, opened.submission.commune_name
    try:
        with store.transaction() as db:
            return _accept(db, path, opened, allow_key_change, actor, now)
    except _AlreadyReceivedError as seen:
        return seen.outcome
    except (SQLAlchemyError, StoreWriteError) as error:  # the disk full or the store locked: nothing kept
        why = error.reason if isinstance(error, StoreWriteError) else type(error).__name__
        message = (
            f"Không lưu được tệp “{path.name}” vào dữ liệu ({why}), nên tệp chưa được nhận. "
            "Hãy kiểm tra ổ đĩa còn chỗ trống rồi nhận lại tệp."
        )
        return ReceiptOutcome(
            path, ReceiptStatus.REFUSED, message, commune_code=code, commune_name=name,
            reason=RefusalReason.NOT_SAVED,
        )  # fmt: skip
    except RefusedFileError as refusal:
        return ReceiptOutcome(
            path, ReceiptStatus.REFUSED, refusal.message, commune_code=code, commune_name=name,
            reason=refusal.reason, pinned_key=refusal.pinned_key, file_key=refusal.file_key,
        )  # fmt: skip


def _accept(
    db: Session,
    path: Path,
    opened: OpenedSubmission,
    allow_key_change: Collection[str],
    actor: Actor | None,
    now: datetime,
) -> ReceiptOutcome:
    submission, name = opened.submission, path.name
    seen = db.scalars(
        select(ReceivedSubmission).where(ReceivedSubmission.content_sha256 == opened.file_sha256)
    ).first()
    if seen is not None:
        earlier = db.get_one(ReportingRound, seen.round_id)
        message = (
            f"Tệp “{name}” đã được nhận trước đây ({seen.commune_name}, lần gửi thứ {seen.version}, nhận lúc "
            f"{local_time(seen.received_at)}): không ghi thêm gì."
        )
        raise _AlreadyReceivedError(
            ReceiptOutcome(
                path, ReceiptStatus.DUPLICATE, message, commune_code=seen.commune_code,
                commune_name=seen.commune_name, round_id=seen.round_id,
                round_label=round_label(earlier.report_kind, earlier.year, earlier.period),
                version=seen.version, submission_id=seen.id,
            )
        )  # fmt: skip
    check_codes_unique(submission, name)
    commune = roster_commune(db, submission, name)
    decision = check_key(commune, opened, name, allowed=submission.commune_code in allow_key_change)
    round_ = matching_round(db, submission, name)
    check_not_merged(db, commune, round_)
    version = next_version(db, round_.id, submission, name)
    warnings = figure_warnings(db, round_, submission)
    row = ReceivedSubmission(
        round_id=round_.id,
        commune_code=submission.commune_code,
        commune_name=submission.commune_name,
        version=version,
        signed_at=submission.signed_at,
        received_at=now,
        key_fingerprint=opened.key_fingerprint,
        content_sha256=opened.file_sha256,
        warnings=json.dumps(warnings, ensure_ascii=False),
        pdf=opened.pdf,
        figures_json=json.dumps(
            [
                {"code": item.code, "number": item.number, "label": item.label, "unit": item.unit,
                 "value": item.value, "group": item.is_group}
                for item in submission.rows
            ],
            ensure_ascii=False,
        ),
    )  # fmt: skip
    db.add(row)
    db.flush()
    figures = [
        {"submission_id": row.id, "code": code, "value": value}
        for code, value in submission.figures().items()
    ]
    if figures:  # one executemany, not one ORM object per figure (a whole USB stick is received at once)
        db.execute(insert(ReceivedFigure), figures)
    label = round_label(round_.report_kind, round_.year, round_.period)
    message = f"Đã nhận báo cáo {label} của {commune.name} (mã {commune.code}), lần gửi thứ {version}."
    if version > 1:
        message += " Các lần gửi trước vẫn được giữ; xem khác biệt ở trang Nhận báo cáo."
    if decision is KeyDecision.FIRST:
        pin_key(commune, opened, now)
        message += f" Đã ghi nhận khóa ký của xã: {opened.key_fingerprint}."
    elif decision is KeyDecision.REPLACED:
        old = fingerprint(decode(commune.public_key))
        pin_key(commune, opened, now)
        new = opened.key_fingerprint
        detail = f"chấp nhận khóa ký mới của xã {commune.name} (mã {commune.code}): {old} → {new}"
        record(db, actor, AuditAction.SETTINGS_CHANGED, detail=detail, at=now)
        message += f" Quản trị viên đã chấp nhận khóa ký mới của xã ({new}) thay cho khóa cũ ({old})."
    if warnings:
        message += f" Có {len(warnings)} điểm cần kiểm tra lại với xã."
    return ReceiptOutcome(
        path,
        ReceiptStatus.ACCEPTED,
        message,
        commune_code=commune.code,
        commune_name=commune.name,
        round_id=round_.id,
        round_label=label,
        version=version,
        submission_id=row.id,
        warnings=tuple(warnings),
    )
