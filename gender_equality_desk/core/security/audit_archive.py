"""The old PC's access log, kept read-only on the new PC after a move (package_cases).

The old log cannot join this PC's own chain (its ids and hashes belong to the old chain), so the import
keeps it as one JSON file per package in ``<data>/case_audit_archive/`` ("<UTC stamp>-<8 hex>.json"):
every ``audit_entry`` row as the old PC stored it, the old PC's own verdict at export time and where it
came from. Its chain is checked again here from the rows alone with audit.entry_hash, so an edited or
removed line is named by its number even if the file was changed after the import. The file holds what
the store's audit_entry table holds (usernames, actions, case codes, never a survivor's data), so it
sits in the data folder at the store's protection level and travels in backups (backup_data_files).
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.security.audit import (
    Actor,
    AuditAction,
    AuditCheck,
    AuditLine,
    record,
    record_event,
    verify_audit_chain,
    walk_chain,
)
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.case_models import AuditEntry

ARCHIVE_FOLDER = "case_audit_archive"  # relative to the data folder; carried by backup_data_files
ARCHIVE_FORMAT = "gender-equality-desk-audit-archive"
ARCHIVE_VERSION = 1
ARCHIVE_NAME = re.compile(r"\d{14}-[0-9a-f]{8}\.json")  # only names the app makes are listed
_TEXT_KEYS = ("username", "action", "case_code", "detail", "previous_hash", "entry_hash")


@dataclass(frozen=True)
class ArchiveSource:
    """Where an archived log came from: the package and the old PC's commune."""

    package_name: str
    package_created_at: str
    commune: str


@dataclass(frozen=True)
class AuditArchive:
    """One archive file as read: its lines oldest first and the verdict of its chain, or `problem`
    (Vietnamese) when the file cannot be read at all."""

    name: str
    source: ArchiveSource | None
    lines: tuple[AuditLine, ...]
    check: AuditCheck
    problem: str | None = None


def archive_folder(data_dir: Path) -> Path:
    return data_dir / ARCHIVE_FOLDER


def exported_log(db: Session) -> dict[str, Any]:
    """Every audit_entry row, column by column, and the chain's verdict now (for the sealed transfer)."""
    check = verify_audit_chain(db)
    rows = [
        {"id": e.id, "at": e.at.astimezone(UTC).isoformat(), "user_id": e.user_id, "username": e.username,
         "action": e.action, "case_id": e.case_id, "case_code": e.case_code, "detail": e.detail,
         "previous_hash": e.previous_hash, "entry_hash": e.entry_hash}
        for e in db.scalars(select(AuditEntry).order_by(AuditEntry.id))
    ]  # fmt: skip
    verdict = {"ok": check.ok, "entries": check.entries, "first_bad_id": check.first_bad_id,
               "message": check.message}  # fmt: skip
    return {"entries": rows, "check": verdict}


def archive_file(
    exported: dict[str, Any], source: ArchiveSource, now: datetime
) -> tuple[str, bytes, AuditCheck]:
    """The archive's file name, bytes and chain verdict for a log from `exported_log`; ValueError,
    KeyError or TypeError when the log in the package is not one."""
    rows = exported["entries"]
    export_check = exported["check"]
    if not isinstance(rows, list) or not isinstance(export_check, dict):
        raise ValueError("audit_log")
    for row in rows:
        _parsed_row(row)
    last = _parsed_row(rows[-1]).at if rows else now
    name = f"{last.astimezone(UTC).strftime('%Y%m%d%H%M%S')}-{secrets.token_hex(4)}.json"
    document = {
        "format": ARCHIVE_FORMAT,
        "version": ARCHIVE_VERSION,
        "source": {"package_name": source.package_name, "package_created_at": source.package_created_at,
                   "commune": source.commune, "imported_at": now.astimezone(UTC).isoformat()},
        "export_check": {key: export_check.get(key) for key in ("ok", "entries", "first_bad_id", "message")},
        "entries": rows,
    }  # fmt: skip
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    return name, data, verify_rows(rows, export_check)


class _ArchivedRow(NamedTuple):
    id: int
    at: datetime
    user_id: int | None
    username: str
    action: str
    case_id: int | None
    case_code: str
    detail: str
    previous_hash: str
    entry_hash: str


def _parsed_row(row: Any) -> _ArchivedRow:
    """A stored row read back; ValueError when a column has the wrong kind of value."""
    if not isinstance(row, dict) or not all(isinstance(row.get(key), str) for key in _TEXT_KEYS):
        raise ValueError("row")
    numbers = (row.get("id"), row.get("user_id"), row.get("case_id"))
    if type(numbers[0]) is not int or not all(n is None or type(n) is int for n in numbers[1:]):
        raise ValueError("row")
    at = datetime.fromisoformat(str(row.get("at")))
    if at.tzinfo is None:
        raise ValueError("at")
    return _ArchivedRow(numbers[0], at, numbers[1], row["username"], row["action"], numbers[2],
                        row["case_code"], row["detail"], row["previous_hash"], row["entry_hash"])  # fmt: skip


def verify_rows(rows: list[Any], export_check: dict[str, Any] | None = None) -> AuditCheck:
    """The chain of archived rows, recomputed (audit.walk_chain, as for this PC's own log), and no fewer
    lines than the old PC counted when it made the package. A time stored with another offset is an edit
    too: the hash covers the clock digits only."""
    count, found = walk_chain(
        (_parsed_row(row) for row in rows), edited=lambda line: line.at.utcoffset() != timedelta(0)
    )
    if found is not None:
        return _broken(count, found.bad_id, found.what, export_check)
    counted = export_check.get("entries") if export_check else None
    if export_check and export_check.get("ok") and type(counted) is int and counted > count:
        return _broken(count, count + 1, f"thiếu các dòng cuối từ số {count + 1} (đã bị xóa)", None)
    return AuditCheck(True, count, None, f"TỐT: nhật ký máy cũ nguyên vẹn ({count} dòng, chuỗi băm khớp).")


def _broken(count: int, bad_id: int, what: str, export_check: dict[str, Any] | None) -> AuditCheck:
    message = f"LỖI: nhật ký máy cũ đã bị can thiệp: {what}."
    if export_check and export_check.get("ok") is False and export_check.get("first_bad_id") == bad_id:
        message += " Lỗi này đã có trên máy cũ khi tạo gói chuyển máy."
    return AuditCheck(False, count, bad_id, message)


def _line(row: dict[str, Any]) -> AuditLine:
    line = _parsed_row(row)
    try:
        action: AuditAction | None = AuditAction.of(line.action)
    except ValueError:
        action = None
    label = action.label if action else line.action
    return AuditLine(line.id, line.at, line.username, action, label, line.case_code, line.detail)


def read_archive(path: Path) -> AuditArchive:
    """One archive file, its lines and its chain verdict; a file that cannot be read or parsed comes
    back with `problem` saying why (never an exception)."""
    try:
        document = json.loads(path.read_bytes())
        if not isinstance(document, dict) or document.get("format") != ARCHIVE_FORMAT:
            raise ValueError("format")
        raw_source, rows = document.get("source"), document["entries"]
        export_check = document.get("export_check")
        if not isinstance(rows, list):
            raise ValueError("entries")
        source = None
        if isinstance(raw_source, dict):
            source = ArchiveSource(str(raw_source.get("package_name", "")),
                                   str(raw_source.get("package_created_at", "")),
                                   str(raw_source.get("commune", "")))  # fmt: skip
        lines = tuple(_line(row) for row in rows)
        check = verify_rows(rows, export_check if isinstance(export_check, dict) else None)
    except OSError as error:
        return _unreadable(path, f"không đọc được tệp ({error.strerror or error})")
    except (ValueError, KeyError, TypeError):
        return _unreadable(path, "tệp bị hỏng hoặc không phải nhật ký máy cũ")
    return AuditArchive(path.name, source, lines, check)


def _unreadable(path: Path, why: str) -> AuditArchive:
    message = f"LỖI: không đọc được nhật ký máy cũ “{path.name}”: {why}."
    return AuditArchive(path.name, None, (), AuditCheck(False, 0, None, message), why)


def archive_names(data_dir: Path) -> list[str]:
    """Names the app made in the archive folder, newest first (a listing: no file is read); none when the
    folder cannot be listed."""
    try:
        return sorted(
            (p.name for p in archive_folder(data_dir).iterdir() if ARCHIVE_NAME.fullmatch(p.name)),
            reverse=True,
        )
    except OSError:  # no folder yet (no move), or one this account may not read
        return []


def list_archives(data_dir: Path) -> list[AuditArchive]:
    """Every archive in the data folder, newest name first (damaged ones too, with their reason)."""
    return [read_archive(archive_folder(data_dir) / name) for name in archive_names(data_dir)]


def has_archives(data_dir: Path) -> bool:
    return bool(archive_names(data_dir))


def view_archives(auth: AuthSession) -> list[AuditArchive]:
    """The archives of the signed-in administrator's data folder; the viewing itself is logged."""
    auth.require_role(Role.ADMIN)
    archives = list_archives(auth.store.path.parent)
    names = ", ".join(archive.name for archive in archives)
    record_event(auth, AuditAction.AUDIT_VIEWED, detail=f"xem nhật ký máy cũ: {names}")
    return archives


def archived_detail(name: str, rows: list[dict[str, Any]], check: AuditCheck) -> str:
    """The detail of this PC's own log entry for a kept archive. The old log's last hash is in it, so an
    inspector can tell the file from one rewritten whole (rehashed) after the import."""
    verdict = "chuỗi băm khớp" if check.ok else f"chuỗi băm KHÔNG khớp từ dòng số {check.first_bad_id}"
    last = f", băm cuối {rows[-1]['entry_hash'][:16]}" if rows else ""
    return f"nhập nhật ký truy cập máy cũ: {len(rows)} dòng, {verdict} (tệp {name}{last})"


def keep_old_log(
    db: Session,
    actor: Actor | None,
    exported: Any,
    source: ArchiveSource,
    data_dir: Path,
    written: list[Path],
) -> Path | None:
    """During an import (in its transaction): write the old PC's log from the package as an archive and
    log that in this PC's own chain. The path goes into `written` as soon as it exists, so a failed
    import removes it again. None when the package carries no log (made before logs travelled)."""
    if exported is None:
        return None
    if not isinstance(exported, dict):
        raise ValueError("audit_log")
    name, data, check = archive_file(exported, source, utc_now())
    target = archive_folder(data_dir) / name
    write_bytes_atomic(target, data)
    written.append(target)
    record(db, actor, AuditAction.AUDIT_ARCHIVED, detail=archived_detail(name, exported["entries"], check))
    return target
