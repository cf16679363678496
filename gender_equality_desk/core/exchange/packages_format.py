"""What a data package holds and how a row becomes JSON and back.

A package is a zip:

    manifest.json             format, source commune, period, counts, SHA-256 and size of every part,
                              the sender's public key and its fingerprint
    manifest.sig              Ed25519 signature of manifest.json (base64)
    records/<table>.json      one JSON list per table, rows keyed by UUID
    attachments/<sha256>      evidence files, named by their content hash
    extensions/<name>         optional parts supplied by other modules (see packages_export.ExtensionPart)

Rows are written column by column from the table definitions: a foreign key `kind_id` becomes
`kind_uuid` (ids differ between PCs, UUIDs do not), datetimes are ISO in UTC, enums their stored value.
Case tables are not in TABLES: case data only travels as an extension part, either anonymised
suppressed counts (package_statistics) or an administrator's still-encrypted cases (package_cases).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, Date, Table
from sqlalchemy import Enum as SqlEnum

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.store.base import UTCDateTime
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    Attachment,
    Campaign,
    PropagandaEvent,
    PropagandaKind,
    ResponsibleUnit,
    Slogan,
    Village,
)

FORMAT_NAME = "gender-equality-desk-data-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ATTACHMENT_PREFIX = "attachments/"
EXTENSION_PREFIX = "extensions/"

PackageModel = type[
    Village | ActivityKind | PropagandaKind | ResponsibleUnit | Campaign | Slogan | Activity
    | PropagandaEvent | Attachment
]  # fmt: skip
# In dependency order: a row only points at rows of the tables before it.
TABLES: tuple[PackageModel, ...] = (
    Village, ActivityKind, PropagandaKind, ResponsibleUnit, Campaign, Slogan, Activity, PropagandaEvent,
    Attachment,
)  # fmt: skip
TABLE_LABELS = {
    "village": "thôn, bản", "activity_kind": "loại hoạt động", "propaganda_kind": "hình thức tuyên truyền",
    "responsible_unit": "đơn vị phụ trách", "campaign": "chiến dịch", "slogan": "khẩu hiệu",
    "activity": "hoạt động", "propaganda_event": "sự kiện tuyên truyền", "attachment": "tệp minh chứng",
}  # fmt: skip
# Derived columns are recomputed on import, never trusted from a file.
SKIPPED_COLUMNS = frozenset({"id", "search_text"})
SLOGANS_KEY = "slogan_uuids"  # propaganda events: the slogans they used (a link table, not a column)


class PackageError(UserFacingError):
    """A package that cannot be trusted or read; the message says why, in Vietnamese."""


def part_name(model: PackageModel) -> str:
    return f"records/{model.__tablename__}.json"


def table_of(model: PackageModel) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def key_of(column: Column[Any]) -> str:
    """The JSON key of a column: foreign keys are written as the UUID of the row they point at."""
    return f"{column.name.removesuffix('_id')}_uuid" if column.foreign_keys else column.name


def target_table(column: Column[Any]) -> str:
    return next(iter(column.foreign_keys)).column.table.name


def data_columns(model: PackageModel) -> list[Column[Any]]:
    return [column for column in table_of(model).columns if column.name not in SKIPPED_COLUMNS]


def encode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _broken(table: str, key: str) -> PackageError:
    return PackageError(
        f"Gói dữ liệu sai định dạng (bảng {TABLE_LABELS.get(table, table)}, trường “{key}”). "
        "Gói có thể được tạo bởi phiên bản khác hoặc đã bị sửa; hãy xin nơi gửi xuất lại gói."
    )


def decode_value(table: str, column: Column[Any], value: Any) -> Any:
    """The Python value of a JSON value for `column`; PackageError when it has the wrong shape."""
    key = key_of(column)
    if value is None:
        if not column.nullable and not column.primary_key:
            raise _broken(table, key)
        return None
    try:
        column_type = column.type
        if column.foreign_keys or column.name == "uuid":
            if not isinstance(value, str) or len(value) != 36:
                raise ValueError(key)
            return value
        if isinstance(column_type, UTCDateTime):
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError(key)
            return moment.astimezone(UTC)
        if isinstance(column_type, Date):
            return date.fromisoformat(value)
        if isinstance(column_type, SqlEnum) and column_type.enum_class is not None:
            return column_type.enum_class(value)
        expected = column_type.python_type
        if (expected is int and isinstance(value, bool)) or not isinstance(value, expected):
            raise ValueError(key)
        if isinstance(value, str):
            value.encode("utf-8")  # a lone surrogate ("\ud800" in JSON) cannot be stored: UnicodeEncodeError
        return value
    except (ValueError, TypeError, NotImplementedError, OverflowError):  # 0001-01-01T00:00+07:00
        raise _broken(table, key) from None


@dataclass(frozen=True)
class PartInfo:
    name: str
    sha256: str
    size: int
