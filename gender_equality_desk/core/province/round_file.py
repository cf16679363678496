"""The round file a province publishes: which report, which period, by when, and its indicator rows.

Signed (Ed25519, the province desk's installation key) but not sealed — nothing in it is private. A
commune imports it only when it verifies against the signing key of the province key file it imported,
so every commune reports the same rows under the same codes.

    {"format": "gender-equality-desk-round", "version": 1,
     "statement": {"uuid", "province", "kind", "year", "period", "from", "to", "deadline", "title",
                   "rows": [{"code", "number", "label", "unit", "level", "group", "at_most"}]},
     "signing_key": "<base64>", "signature": "<base64 over the canonical JSON of statement>"}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import (
    decode,
    encode,
    is_valid_signature,
    public_key_bytes,
    sign,
)
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.province.small_files import read_json_file

ROUND_FORMAT = "gender-equality-desk-round"
ROUND_VERSION = 1
ROUND_SUFFIX = ".gedround"
MAX_ROUND_FILE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class RoundRow:
    code: str
    label: str
    number: str = ""
    unit: str = ""
    level: int = 0
    is_group: bool = False
    at_most_code: str = ""  # validation: this figure ≤ the figure of that row (Nữ ≤ Tổng)


@dataclass(frozen=True)
class RoundDefinition:
    uuid: str
    province: str
    report_kind: str
    year: int
    period: str
    period_start: date
    period_end: date
    deadline: date
    title: str
    rows: tuple[RoundRow, ...]


def _canonical(content: dict[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _statement(definition: RoundDefinition) -> dict[str, Any]:
    return {
        "uuid": definition.uuid,
        "province": definition.province,
        "kind": definition.report_kind,
        "year": definition.year,
        "period": definition.period,
        "from": definition.period_start.isoformat(),
        "to": definition.period_end.isoformat(),
        "deadline": definition.deadline.isoformat(),
        "title": definition.title,
        "rows": [
            {"code": row.code, "number": row.number, "label": row.label, "unit": row.unit,
             "level": row.level, "group": row.is_group, "at_most": row.at_most_code}
            for row in definition.rows
        ],
    }  # fmt: skip


def round_file_bytes(definition: RoundDefinition, signing_key: Ed25519PrivateKey) -> bytes:
    statement = _statement(definition)
    content = {
        "format": ROUND_FORMAT,
        "version": ROUND_VERSION,
        "statement": statement,
        "signing_key": encode(public_key_bytes(signing_key)),
        "signature": encode(sign(signing_key, _canonical(statement))),
    }
    return json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")


def write_round_file(definition: RoundDefinition, signing_key: Ed25519PrivateKey, target: Path) -> Path:
    write_bytes_atomic(target, round_file_bytes(definition, signing_key))
    return target


def _definition(raw: dict[str, Any]) -> RoundDefinition:
    rows = tuple(
        RoundRow(
            code=str(row["code"]),
            label=str(row["label"]),
            number=str(row.get("number", "")),
            unit=str(row.get("unit", "")),
            level=int(row.get("level", 0)),
            is_group=bool(row.get("group", False)),
            at_most_code=str(row.get("at_most", "")),
        )
        for row in raw["rows"]
    )
    return RoundDefinition(
        uuid=str(raw["uuid"]),
        province=str(raw["province"]),
        report_kind=str(raw["kind"]),
        year=int(raw["year"]),
        period=str(raw["period"]),
        period_start=date.fromisoformat(str(raw["from"])),
        period_end=date.fromisoformat(str(raw["to"])),
        deadline=date.fromisoformat(str(raw["deadline"])),
        title=str(raw["title"]),
        rows=rows,
    )


def read_round_file(path: Path, province_signing_key: bytes) -> RoundDefinition:
    """The round in `path`, verified against the province's signing key (from its key file)."""
    not_a_round = (
        f"Tệp “{path.name}” không phải tệp kỳ báo cáo do tỉnh phát hành (tệp .gedround). "
        "Hãy xin tỉnh gửi lại."
    )
    raw = read_json_file(
        path,
        file_format=ROUND_FORMAT,
        version=ROUND_VERSION,
        max_bytes=MAX_ROUND_FILE_BYTES,
        not_it=not_a_round,
    )
    try:
        statement = raw["statement"]
        signer = decode(str(raw["signing_key"]))
        signature = decode(str(raw["signature"]))
        valid = is_valid_signature(signer, signature, _canonical(statement))
    except (KeyError, ValueError, TypeError):
        raise UserFacingError(not_a_round) from None
    if signer != province_signing_key:
        raise UserFacingError(
            f"Tệp “{path.name}” không do tỉnh của xã ký (khóa ký khác với tệp khóa của tỉnh đã nhập). "
            "Không nhập tệp này; hãy gọi điện cho tỉnh để kiểm tra."
        )
    if not valid:
        raise UserFacingError(
            f"Tệp “{path.name}” đã bị sửa sau khi tỉnh ký (chữ ký không khớp). "
            "Không nhập; hãy xin tỉnh gửi lại."
        )
    try:
        return _definition(statement)
    except (KeyError, ValueError, TypeError):
        raise UserFacingError(not_a_round) from None
