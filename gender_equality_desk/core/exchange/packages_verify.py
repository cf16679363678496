"""Opening a received package: nothing in it is used before the signature and every hash are checked.

The signature proves the manifest was made with the key whose fingerprint is shown; the manifest's
SHA-256 of every part proves each part is the one signed. Any changed byte, missing or extra file, or a
signature that does not match is refused with a Vietnamese message, before anything is read into the
store. A valid signature does not say *whose* key it is: packages_pinning compares the key with the one
first seen from the same sender.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from gender_equality_desk.core.domain.text import group_thousands, nfc_all
from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.json_stream import JsonStreamError
from gender_equality_desk.core.exchange.package_limits import (
    MAX_SIGNATURE_BYTES,
    describe_bytes,
    manifest_limit,
    part_limit,
)
from gender_equality_desk.core.exchange.package_reading import PartTooLargeError, read_bounded, stream_rows
from gender_equality_desk.core.exchange.packages_format import (
    ATTACHMENT_PREFIX,
    EXTENSION_PREFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    SLOGANS_KEY,
    TABLES,
    PackageError,
    PartInfo,
    data_columns,
    decode_value,
    key_of,
    part_name,
)
from gender_equality_desk.core.records.attachments import ALLOWED_TYPES

_CHUNK = 1024 * 1024
TOO_LARGE = (
    "Gói dữ liệu “{name}” không nhập được: phần “{part}” {what}, nhiều hơn một xã có thể tạo ra. "
    "Gói có thể bị tạo sai hoặc cố ý làm hỏng; không có gì được nhập. Nếu gói đúng do xã gửi, "
    "hãy nhờ nơi gửi xuất lại cho khoảng thời gian ngắn hơn."
)
TAMPERED = (
    "Gói dữ liệu “{name}” không toàn vẹn: {what}. Gói có thể đã bị sửa hoặc hỏng khi chép; "
    "không có gì được nhập. Hãy xin nơi gửi xuất và gửi lại gói."
)

Row = dict[str, Any]


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose signature and hashes were checked, with its rows decoded (uuids for references)."""

    path: Path
    commune: str
    province: str
    period_start: date
    period_end: date
    created_at: str
    key_fingerprint: str
    rows: dict[str, list[Row]]  # table name → rows
    attachment_parts: dict[str, PartInfo]  # sha256 → part
    extensions: tuple[tuple[str, str], ...]  # (part name, description)
    extension_data: dict[str, bytes]  # extensions/<name>.json → its checked bytes
    contains_case_data: bool = False
    public_key: bytes = b""  # the raw Ed25519 key the manifest is signed with (packages_pinning)

    def extension(self, name: str) -> bytes | None:
        """The checked bytes of extensions/<name> (JSON parts only), or None when the package has none."""
        return self.extension_data.get(EXTENSION_PREFIX + name)


def _streamed(name: str) -> bool:
    """Evidence files, binary extension files and record parts are checked by hash but not kept in
    memory (record parts are then read row by row)."""
    return name.startswith((ATTACHMENT_PREFIX, "records/")) or (
        name.startswith(EXTENSION_PREFIX) and not name.endswith(".json")
    )


def _refuse(path: Path, what: str) -> PackageError:
    return PackageError(TAMPERED.format(name=path.name, what=what))


def _too_large(path: Path, error: PartTooLargeError) -> PackageError:
    if error.rows:
        what = f"có hơn {group_thousands(error.limit)} mục"
    else:
        what = f"nặng {describe_bytes(error.size)} (tối đa {describe_bytes(error.limit)})"
    return PackageError(TOO_LARGE.format(name=path.name, part=error.name, what=what))


def _read_part(archive: zipfile.ZipFile, path: Path, part: PartInfo, limit: int) -> bytes | None:
    """Check one part's size and hash; returns its bytes for JSON parts (None for attachments)."""
    info = archive.getinfo(part.name)
    if part.size > limit:  # before inflating a byte: a signature does not make a part small
        raise _too_large(path, PartTooLargeError(part.name, part.size, limit))
    if info.file_size != part.size:
        raise _refuse(path, f"kích thước phần “{part.name}” không khớp")
    digest = hashlib.sha256()
    keep = not _streamed(part.name)
    chunks: list[bytes] = []
    with archive.open(info) as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            if keep:
                chunks.append(chunk)
    if digest.hexdigest() != part.sha256:
        raise _refuse(path, f"nội dung phần “{part.name}” đã bị thay đổi")
    return b"".join(chunks) if keep else None


def _manifest(archive: zipfile.ZipFile, path: Path) -> tuple[dict[str, Any], bytes]:
    names = set(archive.namelist())
    if MANIFEST not in names or SIGNATURE not in names:
        raise PackageError(
            f"“{path.name}” không phải gói dữ liệu của Gender Equality Desk (thiếu bảng kê hoặc chữ ký). "
            "Hãy chọn đúng tệp gói dữ liệu (.zip) do phần mềm xuất ra."
        )
    try:  # the manifest can only be as long as the parts in the zip need: checked before inflating
        manifest_bytes = read_bounded(archive, MANIFEST, manifest_limit(len(names)))
        signature_text = read_bounded(archive, SIGNATURE, MAX_SIGNATURE_BYTES)
    except PartTooLargeError as error:
        raise _too_large(path, error) from None
    try:
        manifest = json.loads(manifest_bytes)
        key = manifest["signing_key"]
        public = signing.decode(key["public_key"])
        signature = signing.decode(signature_text.decode("ascii").strip())
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        raise _refuse(path, "bảng kê hoặc chữ ký không đọc được") from None
    if not signing.is_valid_signature(public, signature, manifest_bytes):
        raise _refuse(path, "chữ ký số không khớp với nội dung")
    if manifest.get("format") != FORMAT_NAME:
        raise _refuse(path, "không đúng định dạng gói dữ liệu")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise PackageError(
            f"Gói “{path.name}” được tạo bởi phiên bản khác của phần mềm (định dạng "
            f"{manifest.get('format_version')}). Hãy cập nhật phần mềm ở cả hai nơi rồi xuất lại gói."
        )
    return manifest, public


def _parts(manifest: dict[str, Any], path: Path, names: set[str]) -> dict[str, PartInfo]:
    try:
        parts = {
            item["name"]: PartInfo(item["name"], item["sha256"], int(item["size"]))
            for item in manifest["parts"]
        }
    except (KeyError, TypeError, ValueError):
        raise _refuse(path, "bảng kê không đọc được") from None
    missing = sorted(set(parts) - names)
    extra = sorted(names - set(parts) - {MANIFEST, SIGNATURE})
    if missing:
        raise _refuse(path, f"thiếu phần “{missing[0]}”")
    if extra:
        raise _refuse(path, f"có phần lạ “{extra[0]}” không nằm trong bảng kê")
    for model in TABLES:
        if part_name(model) not in parts:
            raise _refuse(path, f"thiếu phần “{part_name(model)}”")
    return parts


def _decode_rows(table: str, raw: Iterable[Any], path: Path) -> list[Row]:
    try:
        return _decoded(table, raw, path)
    except PartTooLargeError as error:
        raise _too_large(path, error) from None
    except JsonStreamError:
        raise _refuse(path, f"phần “records/{table}.json” không đọc được") from None


def _decoded(table: str, raw: Iterable[Any], path: Path) -> list[Row]:
    """Each row decoded as soon as it is read (a wrong first row stops the reading there)."""
    model = next(model for model in TABLES if model.__tablename__ == table)
    rows = []
    for item in raw:
        if not isinstance(item, dict):
            raise _refuse(path, f"phần dữ liệu {table} sai định dạng")
        # Composed (NFC) as soon as read: a package from a PC that kept decomposed text must match this
        # store's names and records (same village, "unchanged" record), not add look-alike duplicates.
        row = {
            key_of(column): nfc_all(decode_value(table, column, item.get(key_of(column))))
            for column in data_columns(model)
        }
        if table == "propaganda_event":
            slogans = item.get(SLOGANS_KEY, [])
            if not isinstance(slogans, list) or not all(isinstance(value, str) for value in slogans):
                raise _refuse(path, "danh sách khẩu hiệu sai định dạng")
            row[SLOGANS_KEY] = slogans
        rows.append(row)
    return rows


def _check_references(rows: dict[str, list[Row]], attachments: dict[str, PartInfo], path: Path) -> None:
    known = {(table, row["uuid"]) for table, table_rows in rows.items() for row in table_rows}
    for model in TABLES:
        table = model.__tablename__
        for row in rows[table]:
            for column in data_columns(model):
                if column.foreign_keys and row[key_of(column)] is not None:
                    target = next(iter(column.foreign_keys)).column.table.name
                    if (target, row[key_of(column)]) not in known:
                        raise _refuse(path, f"một bản ghi {table} trỏ tới mục không có trong gói")
            for slogan in row.get(SLOGANS_KEY, ()):
                if ("slogan", slogan) not in known:
                    raise _refuse(path, "một sự kiện trỏ tới khẩu hiệu không có trong gói")
    for attachment in rows["attachment"]:
        if attachment["sha256"] not in attachments:
            raise _refuse(path, f"thiếu tệp minh chứng “{attachment['original_name']}”")
        if Path(attachment["original_name"]).suffix.lower() not in ALLOWED_TYPES:
            raise _refuse(path, f"tệp minh chứng “{attachment['original_name']}” không thuộc loại cho phép")


def open_package(path: Path) -> VerifiedPackage:
    """Verify `path` completely and decode its rows; PackageError (Vietnamese) when anything is wrong."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackageError(f"Không tìm thấy tệp “{path.name}”. Hãy chọn lại tệp.") from None
    except (zipfile.BadZipFile, OSError):
        raise PackageError(
            f"“{path.name}” không phải gói dữ liệu hoặc đã bị hỏng (không mở được như tệp .zip). "
            "Hãy chép lại tệp từ USB hoặc xin nơi gửi gửi lại."
        ) from None
    try:
        with archive:
            return _verified(archive, path)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        # A damaged stick or a half-copied file: compressed data that no longer decompresses.
        raise _refuse(path, "tệp bị hỏng, một phần không giải nén được") from None


def _verified(archive: zipfile.ZipFile, path: Path) -> VerifiedPackage:
    manifest, public = _manifest(archive, path)
    parts = _parts(manifest, path, set(archive.namelist()))
    rows: dict[str, list[Row]] = {}
    attachments: dict[str, PartInfo] = {}
    extension_data: dict[str, bytes] = {}
    for name, part in parts.items():
        if name.startswith(ATTACHMENT_PREFIX):
            if name.removeprefix(ATTACHMENT_PREFIX) != part.sha256:
                raise _refuse(path, f"tên tệp minh chứng “{name}” không khớp nội dung")
            _read_part(archive, path, part, part_limit(name))
            attachments[part.sha256] = part
        elif name.startswith("records/"):
            _read_part(archive, path, part, part_limit(name))  # hash checked first, then read row by row
            table = name.removeprefix("records/").removesuffix(".json")
            if table in {model.__tablename__ for model in TABLES}:
                with closing(stream_rows(archive, name, table)) as streamed:
                    rows[table] = _decode_rows(table, streamed, path)
        elif _streamed(name):
            _read_part(archive, path, part, part_limit(name))
        else:
            data = _read_part(archive, path, part, part_limit(name))
            if name.startswith(EXTENSION_PREFIX):
                extension_data[name] = data or b""
    decoded = {model.__tablename__: rows[model.__tablename__] for model in TABLES}
    _check_references(decoded, attachments, path)
    try:
        period = manifest["period"]
        source = manifest.get("source", {})
        extensions = tuple(
            (item["name"], str(item.get("description", ""))) for item in manifest.get("extensions", [])
        )
        return VerifiedPackage(
            path=path,
            commune=str(source.get("commune", "")),
            province=str(source.get("province", "")),
            period_start=date.fromisoformat(period["from"]),
            period_end=date.fromisoformat(period["to"]),
            created_at=str(manifest.get("created_at", "")),
            key_fingerprint=signing.fingerprint(public),
            rows=decoded,
            attachment_parts=attachments,
            extensions=tuple(item for item in extensions if item[0].startswith(EXTENSION_PREFIX)),
            extension_data=extension_data,
            contains_case_data=manifest.get("contains_case_data") is True,
            public_key=public,
        )
    except (KeyError, TypeError, ValueError):
        raise _refuse(path, "bảng kê không đọc được") from None
