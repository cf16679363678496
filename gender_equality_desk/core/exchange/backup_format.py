"""What a backup file holds and how it is read back: the manifest, table counts, the pools.

A backup is one zip file (``sao-luu-YYYYMMDD-HHMMSS-<reason>.zip``, local time in the name):

    store.sqlite3        a consistent copy of the store made with SQLite's online backup API
                         (journal_mode=DELETE, so the file stands alone)
    manifest.json        format, creation time (UTC, ISO 8601), reason, app version, schema revision,
                         rows per table, SHA-256 and size of store.sqlite3, every attachment the
                         store refers to as {sha256: size} and (format 2) every encrypted case file as
                         {blob name: {"sha256": …, "size": …}}
    attachments/<sha256> (self-contained backups only) the attachment files themselves
    case_files/<sha256>  (self-contained backups only) the case files, sealed exactly as stored
    data_folder/<path>   (every backup) received commune statistics and banner logos, listed in the
                         manifest as data_files {path: SHA-256} (`backup_data_files`); older backups
                         have none and restore as before

Backups kept in a folder (the data folder's ``backups/`` or a mirror on a USB stick) are *pooled*: their
attachments live once, by SHA-256, in ``<folder>/attachments/<sha[:2]>/<sha>`` beside the zips, the case
files likewise in ``<folder>/case_files/<sha[:2]>/<sha>``, and each backup copies only the files the pools
do not hold yet (incremental). A backup written with ``backup --out FILE`` is *self-contained*: the files
travel inside the zip. Restoring takes each file from the zip when it is there, otherwise from the pool
beside the zip. Case files are never decrypted on the way (a backup has no key): the SHA-256 is that of
the ciphertext, which reveals nothing of the content since every sealing uses a fresh nonce.
Format 1 backups (made before case files were carried) have no case files and are still read.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.backup_data_files import parse_data_files

FORMAT_NAME = "gender-equality-desk-backup"
FORMAT_VERSION = 2  # 2: case files carried; an older app refuses it rather than silently drop them
STORE_ENTRY = "store.sqlite3"
MANIFEST_ENTRY = "manifest.json"
ATTACHMENT_PREFIX = "attachments/"
POOL_DIRNAME = "attachments"
CASE_FILE_PREFIX = "case_files/"
CASE_POOL_DIRNAME = "case_files"
BACKUP_PREFIX = "sao-luu-"
BACKUP_SUFFIX = ".zip"

# Why a backup was taken: the value is part of the file name, the label is shown to the officer.
REASON_LABELS = {
    "khoi-dong": "Khi mở ứng dụng",
    "truoc-nang-cap": "Trước khi nâng cấp dữ liệu",
    "thoat": "Khi đóng ứng dụng",
    "hang-ngay": "Hằng ngày",
    "thu-cong": "Sao lưu thủ công",
    "truoc-khoi-phuc": "Trước khi khôi phục",
}

# Tables the officer recognises, in the order a preview lists them; other tables are counted too.
TABLE_LABELS = {
    "activity": "Hoạt động",
    "propaganda_event": "Sự kiện tuyên truyền",
    "attachment": "Tệp đính kèm",
    "campaign": "Chiến dịch, kế hoạch",
    "village": "Thôn, bản",
    "activity_kind": "Loại hoạt động",
    "propaganda_kind": "Hình thức tuyên truyền",
    "responsible_unit": "Đơn vị phụ trách",
    "slogan": "Khẩu hiệu",
    "commune_profile": "Thông tin đơn vị",
    # Last: the restore preview puts the first four on a line each and gathers the rest on one line.
    "support_case": "Hồ sơ hỗ trợ",
    "case_attachment": "Tệp hồ sơ hỗ trợ",
}
_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")


@dataclass(frozen=True)
class CaseFileRef:
    """One sealed case file of a backup: the SHA-256 and size of its ciphertext."""

    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    reason: str
    app_version: str
    schema_revision: str | None
    counts: dict[str, int]
    store_sha256: str
    store_bytes: int
    attachments: dict[str, int] = field(default_factory=dict)
    self_contained: bool = False
    case_files: dict[str, CaseFileRef] = field(default_factory=dict)  # blob name → sealed bytes
    data_files: dict[str, str] = field(default_factory=dict)  # statistics, logos: path → SHA-256
    format_version: int = FORMAT_VERSION
    commits: int | None = None  # the store's save count (core.store.commit_stamp); None: older backups

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "version": self.format_version,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "reason": self.reason,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "counts": self.counts,
            "store_sha256": self.store_sha256,
            "store_bytes": self.store_bytes,
            "attachments": self.attachments,
            "self_contained": self.self_contained,
            "case_files": {
                name: {"sha256": ref.sha256, "size": ref.size} for name, ref in self.case_files.items()
            },
            "data_files": self.data_files,
            "commits": self.commits,
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ValueError("not a backup manifest")
        version = int(data["version"])
        if version > FORMAT_VERSION:
            raise UserFacingError(
                "Bản sao lưu được tạo bởi phiên bản mới hơn của ứng dụng. "
                "Hãy cài phiên bản mới nhất của Gender Equality Desk rồi khôi phục lại."
            )
        created = datetime.fromisoformat(str(data["created_at"]))
        return cls(
            created_at=created if created.tzinfo else created.replace(tzinfo=UTC),
            reason=str(data["reason"]),
            app_version=str(data.get("app_version", "")),
            schema_revision=None if data.get("schema_revision") is None else str(data["schema_revision"]),
            counts={str(k): int(v) for k, v in dict(data["counts"]).items()},
            store_sha256=str(data["store_sha256"]),
            store_bytes=int(data["store_bytes"]),
            attachments=_attachments(data.get("attachments", {})),
            self_contained=bool(data.get("self_contained", False)),
            case_files=_case_files(data.get("case_files", {})),
            data_files=parse_data_files(data.get("data_files", {})),
            format_version=version,
            commits=None if data.get("commits") is None else int(data["commits"]),
        )

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    @property
    def carries_case_files(self) -> bool:
        """False for a backup made before case files were backed up (format 1)."""
        return self.format_version >= 2


_SHA256 = re.compile(r"[0-9a-f]{64}")
_BLOB_NAME = re.compile(r"[0-9A-Za-z_-]{3,64}")  # core.cases.files names files by random hex


def _attachments(raw: object) -> dict[str, int]:
    """The attachment map of a manifest; ValueError for a key that is not a SHA-256 (it names a path)."""
    if not isinstance(raw, dict):
        raise ValueError("attachments")
    found: dict[str, int] = {}
    for sha256, size in raw.items():
        if not _SHA256.fullmatch(str(sha256)):
            raise ValueError(f"attachment {str(sha256)[:8]}")
        found[str(sha256)] = int(size)
    return found


def _case_files(raw: object) -> dict[str, CaseFileRef]:
    """The case-file map of a manifest; ValueError for a name or hash that could leave the folder."""
    if not isinstance(raw, dict):
        raise ValueError("case_files")
    found: dict[str, CaseFileRef] = {}
    for name, ref in raw.items():
        sha256 = str(ref["sha256"])
        if not _BLOB_NAME.fullmatch(str(name)) or not _SHA256.fullmatch(sha256):
            raise ValueError(f"case file {str(name)[:8]}")
        found[str(name)] = CaseFileRef(sha256, int(ref["size"]))
    return found


def case_files_not_carried(manifest: Manifest) -> int:
    """How many case files the store in this backup lists that the backup itself does not carry (made
    before backups carried case files); 0 when restoring it brings every one back."""
    return 0 if manifest.carries_case_files else manifest.counts.get("case_attachment", 0)


def case_files_note(manifest: Manifest) -> str | None:
    """A warning (Vietnamese) when restoring this backup would not bring back every case file it lists."""
    rows = case_files_not_carried(manifest)
    if rows:
        return (
            f"Bản sao lưu này được tạo trước khi ứng dụng sao lưu kèm tệp hồ sơ hỗ trợ: {rows} tệp hồ sơ "
            "không có trong bản sao lưu. Tệp hồ sơ đang có trong thư mục dữ liệu được giữ nguyên."
        )
    return None


# Tables only the officer fills: a store with none of them holds nothing worth restoring or keeping.
DATA_TABLES = ("commune_profile", "activity", "propaganda_event", "support_case", "village", "plan")


def holds_no_data(manifest: Manifest) -> bool:
    """True for the backup of a store nobody set up or recorded anything in yet (a store deleted by
    mistake and opened afresh): never offered first, never a reason to rotate a real backup away."""
    return not any(manifest.counts.get(table, 0) for table in DATA_TABLES)


def describe_counts(counts: dict[str, int]) -> str:
    """ "Hoạt động: 400; Sự kiện tuyên truyền: 105; …" for the tables the officer knows."""
    return "; ".join(f"{label}: {counts[name]}" for name, label in TABLE_LABELS.items() if name in counts)


def read_manifest(path: Path) -> Manifest:
    """The manifest of the backup file `path`; UserFacingError (Vietnamese) when it is not a backup."""
    try:
        with zipfile.ZipFile(path) as archive:
            raw = archive.read(MANIFEST_ENTRY)
        return Manifest.from_json(raw)
    except UserFacingError:
        raise
    except FileNotFoundError:
        raise UserFacingError(f"Không tìm thấy tệp sao lưu “{path}”.") from None
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile) as error:
        raise UserFacingError(
            f"Tệp “{path.name}” không phải bản sao lưu của Gender Equality Desk hoặc đã bị hỏng ({error})."
        ) from error


def pool_blob(folder: Path, sha256: str, pool: str = POOL_DIRNAME) -> Path:
    """Where a pooled file lives beside the backups in `folder` (attachments, or CASE_POOL_DIRNAME)."""
    return folder / pool / sha256[:2] / sha256


def backup_name(created_at: datetime, reason: str) -> str:
    return f"{BACKUP_PREFIX}{created_at.astimezone():%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"


def backup_files(folder: Path) -> list[Path]:
    """Backup zips in `folder`, by name (oldest first); a missing folder has none."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and path.name.startswith(BACKUP_PREFIX) and path.name.endswith(BACKUP_SUFFIX)
    )


def _counted_tables(connection: sqlite3.Connection) -> list[str]:
    names = [
        str(row[0])
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
    ]
    fts = {name for name in names if f"{name}_data" in names and f"{name}_idx" in names}
    shadows = {f"{base}{suffix}" for base in fts for suffix in _FTS_SHADOW_SUFFIXES}
    return [
        name
        for name in names
        if not name.startswith("sqlite_") and name != "alembic_version" and name not in fts | shadows
    ]


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows per table as the officer counts them: records in the trash are not counted."""
    counts: dict[str, int] = {}
    for name in _counted_tables(connection):
        columns = {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{name}")')}
        where = " WHERE is_deleted = 0" if "is_deleted" in columns else ""
        counts[name] = int(connection.execute(f'SELECT count(*) FROM "{name}"{where}').fetchone()[0])
    known = [name for name in TABLE_LABELS if name in counts]
    return {name: counts[name] for name in known + sorted(set(counts) - set(known))}


def schema_revision(connection: sqlite3.Connection) -> str | None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def referenced_attachments(connection: sqlite3.Connection) -> dict[str, int]:
    """Every stored file the store refers to (trash included: a restored record needs its evidence)."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "attachment" not in tables:
        return {}
    rows = connection.execute("SELECT sha256, max(size_bytes) FROM attachment GROUP BY sha256")
    return {str(sha): int(size) for sha, size in rows}


def referenced_case_files(connection: sqlite3.Connection) -> list[str]:
    """Blob names of every case file the store refers to (trash included), none before the case tables."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "case_attachment" not in tables:
        return []
    return [str(row[0]) for row in connection.execute("SELECT blob_name FROM case_attachment ORDER BY id")]
