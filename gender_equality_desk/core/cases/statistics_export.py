"""The anonymised case statistics leaving the machine: a CSV file or a printout, each logged.

Only the suppressed tables go out ("<3", "x"), never a raw count of 1 or 2, a code or a name. Every
export writes an "exported" audit entry and every printout a "printed" one, saying which period and
format (an aggregate has no case code to name). Content is official Vietnamese whatever the UI language.
"""

from __future__ import annotations

import csv
import io
from html import escape
from pathlib import Path

from gender_equality_desk.core.cases.statistics import CaseStatistics
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.security.audit import AuditAction, record_event
from gender_equality_desk.core.security.session import AuthSession

TITLE = "THỐNG KÊ HỒ SƠ HỖ TRỢ NẠN NHÂN BẠO LỰC GIA ĐÌNH (ẨN DANH)"
CSV_HEADER = ("Bảng", "Nhóm", "Số hồ sơ")


def period_text(stats: CaseStatistics) -> str:
    return f"{stats.start:%d/%m/%Y}–{stats.end:%d/%m/%Y}"


def suppression_note(stats: CaseStatistics) -> str:
    return (
        f"Ô có từ 1 đến {stats.threshold - 1} hồ sơ ghi “<{stats.threshold}”; ô “x” được ẩn thêm để không "
        "suy ra được ô nhỏ từ tổng. Không có tên, mã hồ sơ hay ngày cụ thể."
    )


def statistics_csv_bytes(stats: CaseStatistics) -> bytes:
    """UTF-8 with BOM (Excel shows Vietnamese): one row per shown cell, then each table's total."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow((TITLE,))
    writer.writerow((f"Hồ sơ tiếp nhận từ {period_text(stats)}",))
    writer.writerow(CSV_HEADER)
    for table in stats.suppressed.values():
        for label, count in table.cells:
            writer.writerow((table.title, label, count))
        writer.writerow((table.title, "Tổng số hồ sơ", table.total))
    writer.writerow((suppression_note(stats),))
    return buffer.getvalue().encode("utf-8-sig")


def export_statistics_csv(auth: AuthSession, stats: CaseStatistics, target: Path) -> None:
    """Write the suppressed tables to `target` atomically and log the export."""
    auth.require_open()
    write_bytes_atomic(target, statistics_csv_bytes(stats))
    record_event(auth, AuditAction.EXPORTED, detail=f"thống kê hồ sơ ẩn danh {period_text(stats)} ra tệp CSV")


def statistics_html(stats: CaseStatistics) -> str:
    """The printout: each non-empty suppressed table with its total, and the suppression note."""
    parts = [
        f"<h3 align='center'>{escape(TITLE)}</h3>",
        f"<p align='center'>Hồ sơ tiếp nhận từ {escape(period_text(stats))}</p>",
    ]
    for table in stats.suppressed.values():
        rows = [(label, count) for label, count in table.cells if count != "0"]
        parts.append(f"<h4>{escape(table.title)}</h4>")
        parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
        parts += [
            f"<tr><td>{escape(label)}</td><td align='right' width='20%'>{escape(count)}</td></tr>"
            for label, count in rows
        ]
        total = escape(table.total)
        parts.append(f"<tr><td><b>Tổng số hồ sơ</b></td><td align='right'><b>{total}</b></td></tr></table>")
    parts.append(f"<p><i>{escape(suppression_note(stats))}</i></p>")
    return "\n".join(parts)


def record_statistics_printed(auth: AuthSession, stats: CaseStatistics) -> None:
    auth.require_open()
    record_event(auth, AuditAction.PRINTED, detail=f"thống kê hồ sơ ẩn danh {period_text(stats)}")
