"""The audit log as a CSV file for the administrator (UTF-8 with BOM so Excel shows Vietnamese).

Rows carry what the screen shows: number, local time, user, action, case code, detail. The log itself
never holds a survivor's name, so neither does the file. Writing is atomic (core.fileio) and the export
is itself logged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.security.audit import AuditAction, AuditLine, list_entries, record_event
from gender_equality_desk.core.security.session import AuthSession, Role

CSV_HEADER = ("Số", "Thời gian", "Người dùng", "Hành động", "Mã hồ sơ", "Chi tiết")
PAGE_SIZE = 1000
_FORMULA_STARTS = ("=", "+", "-", "@")  # Excel would run these as formulas


def local_time_text(moment: datetime) -> str:
    """dd/mm/yyyy HH:MM in the computer's time zone (entries are stored in UTC)."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _safe_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def audit_row(line: AuditLine) -> tuple[str, ...]:
    """One entry as the text cells the screen and the CSV both show."""
    return (
        str(line.id),
        local_time_text(line.at),
        line.username or "(không rõ)",
        line.action_label,
        line.case_code,
        line.detail,
    )


def all_entries(auth: AuthSession) -> list[AuditLine]:
    """Every entry, newest first, read page by page."""
    lines: list[AuditLine] = []
    before: int | None = None
    while True:
        page = list_entries(auth, limit=PAGE_SIZE, before_id=before)
        lines.extend(page)
        if len(page) < PAGE_SIZE:
            return lines
        before = page[-1].id


def audit_csv_bytes(lines: Iterable[AuditLine]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for line in lines:
        writer.writerow([_safe_cell(cell) for cell in audit_row(line)])
    return buffer.getvalue().encode("utf-8-sig")


def export_audit_csv(auth: AuthSession, target: Path) -> int:
    """Write the whole log to `target` (administrator only), log the export, return the row count."""
    auth.require_role(Role.ADMIN)
    lines = all_entries(auth)
    write_bytes_atomic(target, audit_csv_bytes(lines))
    record_event(auth, AuditAction.EXPORTED, detail=f"nhật ký truy cập ({len(lines)} dòng) ra tệp CSV")
    return len(lines)
