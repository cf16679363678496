"""Encrypted case files under <data folder>/case_files, apart from the plain evidence attachments.

The source file is read into memory (at most 20 MB, checked by the attachment rules), sealed with the
data key and written through fileio.write_bytes_atomic: the plaintext never touches the data folder.
Files are named by a random id, not by their content hash, so two cases holding the same file or a
guessed file cannot be recognised. The original file name (often a person's name) is sealed too.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from gender_equality_desk.core.cases.access import audit_case, case_for, require_case_worker
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.records.attachments.files import _examine, format_size
from gender_equality_desk.core.security import crypto
from gender_equality_desk.core.security.audit import AuditAction
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.base import new_uuid
from gender_equality_desk.core.store.case_models import CaseAttachment


@dataclass(frozen=True)
class CaseFileRow:
    id: int
    name: str
    size_text: str
    media_type: str
    added_at: datetime


@dataclass(frozen=True)
class OpenedCaseFile:
    name: str
    media_type: str
    content: bytes  # plaintext in memory only: show it, never save it into the data folder


def _blob(auth: AuthSession, blob_name: str) -> Path:
    return auth.case_files_dir / blob_name[:2] / blob_name


def add_case_file(auth: AuthSession, case_id: int, source: Path) -> int:
    require_case_worker(auth)
    key = auth.data_key()
    media_type = _examine(source)  # same rules and Vietnamese messages as evidence attachments
    try:
        content = source.read_bytes()
    except OSError as error:
        raise UserFacingError(f"Không đọc được tệp “{source.name}” ({error.strerror or error}).") from error
    blob_name = secrets.token_hex(16)
    row_uuid = new_uuid()
    with auth.store.transaction() as db:
        case = case_for(auth, db, case_id)
        target = _blob(auth, blob_name)
        try:
            write_bytes_atomic(target, crypto.seal(key, content, f"case-file/{row_uuid}"))
        except OSError as error:
            raise UserFacingError(
                f"Không lưu được tệp vào thư mục dữ liệu ({error.strerror or error}). Hãy kiểm tra ổ đĩa."
            ) from error
        row = CaseAttachment(
            uuid=row_uuid,
            case_id=case.id,
            blob_name=blob_name,
            name_sealed=crypto.seal_text(key, source.name, f"case-file-name/{row_uuid}"),
            size_bytes=len(content),
            media_type=media_type,
        )
        db.add(row)
        db.flush()
        audit_case(db, auth, case, AuditAction.FILE_ADDED)
        return row.id


def list_case_files(auth: AuthSession, case_id: int) -> list[CaseFileRow]:
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.reading() as db:
        case_for(auth, db, case_id)
        rows = db.scalars(
            select(CaseAttachment)
            .where(CaseAttachment.case_id == case_id, CaseAttachment.is_deleted.is_(False))
            .order_by(CaseAttachment.id)
        )
        return [
            CaseFileRow(
                row.id,
                crypto.unseal_text(key, row.name_sealed, f"case-file-name/{row.uuid}"),
                format_size(row.size_bytes),
                row.media_type,
                row.created_at,
            )
            for row in rows
        ]


def open_case_file(auth: AuthSession, attachment_id: int) -> OpenedCaseFile:
    """Decrypt one case file into memory (audited)."""
    require_case_worker(auth)
    key = auth.data_key()
    with auth.store.transaction() as db:
        row = db.get(CaseAttachment, attachment_id)
        if row is None or row.is_deleted:
            raise UserFacingError("Không tìm thấy tệp này trong hồ sơ.")
        case = case_for(auth, db, row.case_id)
        try:
            sealed = _blob(auth, row.blob_name).read_bytes()
        except FileNotFoundError:
            raise UserFacingError(
                "Không tìm thấy bản lưu của tệp trong thư mục dữ liệu; hãy khôi phục từ bản sao lưu."
            ) from None
        content = crypto.unseal(key, sealed, f"case-file/{row.uuid}")
        audit_case(db, auth, case, AuditAction.FILE_OPENED)
        name = crypto.unseal_text(key, row.name_sealed, f"case-file-name/{row.uuid}")
        return OpenedCaseFile(name, row.media_type, content)
