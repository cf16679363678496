"""The file a commune sends up: its report's exact figures and PDF, signed by the commune, sealed to the
province (core.province.envelope).

Inside the seal:

    MAGIC (8) | u32 length | statement (canonical JSON) | u32 length | signature JSON | the PDF

The statement names the commune (code, name, province), the report (kind, year, period, dates, the round's
uuid when the commune imported the round file), when it was signed, every indicator row with its exact
figure (no "<3": this path goes to the authority, not the public) and the PDF's SHA-256. The signature
(Ed25519, the commune's installation key from core.exchange.packages_signing) covers the statement, and
through the hash the PDF, so changing one figure or one byte of the PDF breaks it.
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import (
    ALGORITHM,
    decode,
    encode,
    fingerprint,
    is_valid_signature,
    public_key_bytes,
    sign,
)
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.province.envelope import (
    DamagedSealError,
    NotSealedError,
    WrongRecipientError,
    seal,
    unseal,
)

SUBMISSION_FORMAT = "gender-equality-desk-submission"
SUBMISSION_VERSION = 1
SUBMISSION_SUFFIX = ".gedsub"
INNER_MAGIC = b"GEDSUB1\n"
MAX_SUBMISSION_BYTES = 64 * 1024 * 1024  # a report PDF with its figures is well under 1 MB


class SubmissionError(UserFacingError):
    """A received file that cannot be accepted; the message says why in Vietnamese."""


def carries_figure(is_group: bool, unit: str) -> bool:
    """A heading ("I. Hoạt động hưởng ứng") carries no figure; a bold group row with a unit is a total that
    does ("I. Số vụ bạo lực gia đình — Vụ"), as on the printed forms."""
    return not is_group or bool(unit.strip())


@dataclass(frozen=True)
class SubmissionRow:
    code: str
    number: str
    label: str
    unit: str
    value: int | None  # None: left blank (no figure recorded, or a row filled by hand)
    is_group: bool = False


@dataclass(frozen=True)
class Submission:
    commune_code: str
    commune_name: str
    province: str
    report_kind: str  # ReportKind value
    year: int
    period: str  # core.province.periods code
    period_start: date
    period_end: date
    round_uuid: str  # "" when the commune had not imported the round file
    signed_at: datetime  # aware UTC
    rows: tuple[SubmissionRow, ...]
    pdf_name: str

    def figures(self) -> dict[str, int | None]:
        return {row.code: row.value for row in self.rows if carries_figure(row.is_group, row.unit)}


@dataclass(frozen=True)
class OpenedSubmission:
    """A received file, unsealed and its signature checked against the key inside it."""

    submission: Submission
    pdf: bytes
    public_key: bytes  # the commune's Ed25519 key (pin it, or compare with the pinned one)
    file_sha256: str

    @property
    def key_fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _canonical(content: dict[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _statement(submission: Submission, pdf: bytes) -> dict[str, Any]:
    return {
        "format": SUBMISSION_FORMAT,
        "version": SUBMISSION_VERSION,
        "commune": {
            "code": submission.commune_code,
            "name": submission.commune_name,
            "province": submission.province,
        },
        "report": {
            "kind": submission.report_kind,
            "year": submission.year,
            "period": submission.period,
            "from": submission.period_start.isoformat(),
            "to": submission.period_end.isoformat(),
            "round": submission.round_uuid,
        },
        "signed_at": submission.signed_at.isoformat(),
        "rows": [
            {"code": row.code, "number": row.number, "label": row.label, "unit": row.unit,
             "value": row.value, "group": row.is_group}
            for row in submission.rows
        ],
        "pdf": {"name": submission.pdf_name, "sha256": hashlib.sha256(pdf).hexdigest()},
    }  # fmt: skip


def submission_bytes(
    submission: Submission, pdf: bytes, signing_key: Ed25519PrivateKey, province_sealing_key: bytes
) -> bytes:
    """The sealed file's bytes."""
    if submission.signed_at.tzinfo is None:
        raise ValueError("signed_at must be timezone-aware")
    statement = _canonical(_statement(submission, pdf))
    signature = _canonical(
        {
            "algorithm": ALGORITHM,
            "public_key": encode(public_key_bytes(signing_key)),
            "signature": encode(sign(signing_key, statement)),
        }
    )
    inner = b"".join(
        (
            INNER_MAGIC,
            struct.pack(">I", len(statement)),
            statement,
            struct.pack(">I", len(signature)),
            signature,
            pdf,
        )
    )
    return seal(inner, province_sealing_key)


def write_submission_file(
    submission: Submission,
    pdf: bytes,
    signing_key: Ed25519PrivateKey,
    province_sealing_key: bytes,
    target: Path,
) -> Path:
    write_bytes_atomic(target, submission_bytes(submission, pdf, signing_key, province_sealing_key))
    return target


def _damaged(name: str) -> SubmissionError:
    return SubmissionError(
        f"Tệp “{name}” bị hỏng hoặc đã bị sửa sau khi xã niêm phong, nên không nhận. Hãy đề nghị xã gửi lại "
        "tệp (lập lại từ trang Báo cáo, nút “Gửi lên tỉnh”)."
    )


def _split(inner: bytes, name: str) -> tuple[bytes, bytes, bytes]:
    if not inner.startswith(INNER_MAGIC):
        raise _damaged(name)
    at = len(INNER_MAGIC)
    parts = []
    for _ in range(2):
        if len(inner) < at + 4:
            raise _damaged(name)
        (length,) = struct.unpack(">I", inner[at : at + 4])
        at += 4
        if len(inner) < at + length:
            raise _damaged(name)
        parts.append(inner[at : at + length])
        at += length
    return parts[0], parts[1], inner[at:]


def _submission(raw: dict[str, Any]) -> Submission:
    commune, report = raw["commune"], raw["report"]
    signed_at = datetime.fromisoformat(str(raw["signed_at"]))
    if signed_at.tzinfo is None:
        raise ValueError("naive time")
    rows = tuple(
        SubmissionRow(
            code=str(row["code"]),
            number=str(row["number"]),
            label=str(row["label"]),
            unit=str(row["unit"]),
            value=_figure(row["value"]),
            is_group=bool(row.get("group", False)),
        )
        for row in raw["rows"]
    )
    return Submission(
        commune_code=str(commune["code"]),
        commune_name=str(commune["name"]),
        province=str(commune["province"]),
        report_kind=str(report["kind"]),
        year=int(report["year"]),
        period=str(report["period"]),
        period_start=date.fromisoformat(str(report["from"])),
        period_end=date.fromisoformat(str(report["to"])),
        round_uuid=str(report["round"]),
        signed_at=signed_at,
        rows=rows,
        pdf_name=str(raw["pdf"]["name"]),
    )


def _figure(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("a figure must be a whole number")
    return value


def open_submission_bytes(data: bytes, name: str, private_key: X25519PrivateKey) -> OpenedSubmission:
    """Unseal and check one received file; SubmissionError (Vietnamese) when it cannot be trusted."""
    try:
        inner = unseal(data, private_key)
    except NotSealedError:
        raise SubmissionError(
            f"Tệp “{name}” không phải tệp báo cáo xã gửi lên (tệp .gedsub lập bằng nút “Gửi lên tỉnh”)."
        ) from None
    except WrongRecipientError:
        raise SubmissionError(
            f"Tệp “{name}” được niêm phong cho khóa của tỉnh khác (hoặc khóa cũ của tỉnh), máy này không mở "
            "được. Hãy gọi cho xã: xã cần nhập đúng tệp khóa của tỉnh (Cài đặt → Gửi báo cáo lên tỉnh) rồi "
            "gửi lại."
        ) from None
    except DamagedSealError:
        raise _damaged(name) from None
    statement, signature_json, pdf = _split(inner, name)
    try:
        signature = json.loads(signature_json)
        public_key = decode(str(signature["public_key"]))
        signed = decode(str(signature["signature"]))
        valid = signature.get("algorithm") == ALGORITHM and is_valid_signature(public_key, signed, statement)
    except (ValueError, KeyError, TypeError):
        valid = False
    if not valid:
        raise SubmissionError(
            f"Chữ ký số của tệp “{name}” không khớp với nội dung: số liệu hoặc bản PDF đã bị sửa sau khi "
            "xã ký. Không nhận tệp này; hãy đề nghị xã gửi lại."
        )
    try:
        raw = json.loads(statement)
        if raw.get("format") != SUBMISSION_FORMAT:
            raise ValueError("format")
        if raw.get("version") != SUBMISSION_VERSION:
            raise SubmissionError(
                f"Tệp “{name}” được lập bằng phiên bản phần mềm khác. Hãy cập nhật phần mềm ở tỉnh và ở xã."
            )
        submission = _submission(raw)
        pdf_hash = str(raw["pdf"]["sha256"])
    except (ValueError, KeyError, TypeError):
        raise _damaged(name) from None
    if hashlib.sha256(pdf).hexdigest() != pdf_hash:
        raise _damaged(name)
    return OpenedSubmission(submission, pdf, public_key, hashlib.sha256(data).hexdigest())


def open_submission_file(path: Path, private_key: X25519PrivateKey) -> OpenedSubmission:
    try:
        if path.stat().st_size > MAX_SUBMISSION_BYTES:
            raise SubmissionError(f"Tệp “{path.name}” quá lớn, không phải tệp báo cáo xã gửi lên.")
        data = path.read_bytes()
    except OSError as error:
        raise SubmissionError(f"Không đọc được tệp “{path}”: {error.strerror or error}.") from error
    return open_submission_bytes(data, path.name, private_key)
