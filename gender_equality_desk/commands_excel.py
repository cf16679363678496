"""`gender-equality-desk import-excel FILE.xlsx [--yes]`: the Nhập từ Excel dialog, headless.

The same core calls as gui/dialogs/import_dialog.py: check_workbook reads and checks every row (nothing
written), the preview says what would be imported and why rows are refused, then import_rows creates the
valid rows in one transaction once confirmed (on the terminal, or by --yes).

Exit 0 when every row of the file is in the store afterwards (imported now or before); 1 when the file is
refused, the import is not confirmed, or rows with errors are left out (the valid ones are still
imported, as in the dialog, and are skipped when the corrected file is imported again).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from gender_equality_desk.core.paths import DataLayout

if TYPE_CHECKING:
    from gender_equality_desk.core.exchange.excel_import import CheckedFile

_NOUNS = {"activity": "hoạt động", "propaganda_event": "sự kiện tuyên truyền"}  # RecordType values
_YES = {"c", "co", "y", "yes"}  # compared folded: "Có", "có" typed with Unikey, "Y"


def add_import_excel_command(commands: Any) -> None:
    """Register `import-excel` on argparse's subparsers object."""
    command = commands.add_parser(
        "import-excel",
        help="kiểm tra, xem trước và nhập tệp Excel thôn, trường học gửi lên (giống hộp Nhập từ Excel)",
        description="Nhập hoạt động hoặc sự kiện tuyên truyền từ mẫu Excel đã điền (lấy mẫu bằng lệnh "
        "template). Từng dòng được kiểm tra như trên giao diện; chỉ các dòng hợp lệ được nhập, các dòng "
        "đã nhập trước đây được bỏ qua.",
        epilog="Mã thoát: 0 khi mọi dòng của tệp đã có trong dữ liệu; 1 khi tệp bị từ chối, không được "
        "xác nhận, hoặc còn dòng có lỗi chưa nhập (các dòng hợp lệ vẫn được nhập; sửa tệp rồi chạy lại).",
    )
    command.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
    command.add_argument("file", metavar="FILE", type=Path, help="tệp Excel đã điền (.xlsx)")
    command.add_argument(
        "--yes",
        action="store_true",
        help="nhập các dòng hợp lệ không cần hỏi (không có --yes: hỏi c/k trên bàn phím; "
        "khi không có bàn phím để hỏi thì không nhập gì)",
    )


def run_import_excel(layout: DataLayout, args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    """Check, preview and (once confirmed) import `args.file`; `stdin` answers the question."""
    from gender_equality_desk.core.errors import UserFacingError
    from gender_equality_desk.core.exchange.excel_import import check_workbook, import_rows
    from gender_equality_desk.core.reports.formatting import format_number
    from gender_equality_desk.core.store.opening import open_store

    if not layout.store.exists():
        return _refuse(
            f"không có tệp dữ liệu tại {layout.store}. Hãy kiểm tra --data-dir, hoặc khai báo xã trước "
            "bằng lệnh “gender-equality-desk setup”."
        )
    today = date.today()
    try:
        store = open_store(layout)
    except UserFacingError as error:  # a damaged store, or one made by a newer app
        return _refuse(str(error))
    try:
        with store.reading() as session:
            checked = check_workbook(session, args.file, today=today)
        _print_preview(checked)
        counts = checked.counts
        noun = _NOUNS[checked.record_type.value]
        if not counts.valid:
            return _nothing_to_import(checked)
        question = f"Nhập {format_number(counts.valid)} {noun} hợp lệ vào dữ liệu?"
        refusal = None if args.yes else _unconfirmed(question, stdin)
        if refusal:
            return _refuse(refusal)
        with store.transaction() as session:
            result = import_rows(session, checked, today=today)
    except UserFacingError as error:
        return _refuse(str(error))
    finally:
        store.close()
    print(f"Đã nhập {format_number(result.created)} {noun} từ “{checked.path.name}”.")
    if counts.invalid:
        return _refuse(
            f"còn {format_number(counts.invalid)} dòng có lỗi chưa được nhập (xem trên). Hãy sửa trong tệp "
            "rồi chạy lại lệnh này: các dòng đã nhập sẽ được bỏ qua.",
            prefix="Chú ý",
        )
    return 0


def _print_preview(checked: CheckedFile) -> None:
    from gender_equality_desk.core.reports.formatting import format_date, format_number

    counts = checked.counts
    print(
        f"Tệp “{checked.path.name}” — {_NOUNS[checked.record_type.value]}: "
        f"{format_number(counts.valid)} dòng hợp lệ sẽ được nhập, {format_number(counts.invalid)} dòng có "
        f"lỗi, {format_number(counts.skipped)} dòng bỏ qua (đã có, trùng hoặc dòng ví dụ)."
    )
    for warning in checked.warnings:
        print(f"Lưu ý – {warning}")
    for row in checked.rows:
        if not row.errors and not row.warnings:
            continue
        day = f" ({format_date(row.day)})" if row.day else ""
        print(f"Dòng {row.row_number} — {row.status.label}: {row.title or '—'}{day}")
        for note in row.errors:
            print(f"    {note.text}")
        for note in row.warnings:
            print(f"    Lưu ý – {note.text}")


def _nothing_to_import(checked: CheckedFile) -> int:
    from gender_equality_desk.core.exchange.excel_import import RowStatus

    counts = checked.counts
    if counts.invalid:
        return _refuse("không có dòng hợp lệ nào để nhập. Hãy sửa các dòng có lỗi (xem trên) rồi chạy lại.")
    if len(checked.with_status(RowStatus.EXAMPLE)) == len(checked.rows):
        return _refuse(
            f"tệp “{checked.path.name}” chưa có dòng dữ liệu nào (chỉ có dòng ví dụ). Hãy điền từ dòng 3 "
            "của mẫu rồi chạy lại."
        )
    print("Không có dòng mới: mọi dòng của tệp đã có trong dữ liệu.")
    return 0


def _unconfirmed(question: str, stdin: TextIO | None) -> str | None:
    """Ask on the terminal; None when the answer is yes, else why nothing is imported. Without a terminal
    (a script, a pipe) nothing is asked and nothing imported: --yes says it beforehand."""
    source = stdin if stdin is not None else sys.stdin
    if source is None or not source.isatty():
        return (
            "chưa nhập gì: cần xác nhận nhưng không có bàn phím để hỏi. Chạy lại với --yes để nhập các "
            "dòng hợp lệ."
        )
    print(f"{question} [c = có / k = không] ", end="", flush=True)
    from gender_equality_desk.core.domain.text import fold

    if fold(source.readline()) in _YES:
        return None
    return "chưa nhập gì (không xác nhận)."


def _refuse(message: str, *, prefix: str = "Lỗi") -> int:
    print(f"{prefix}: {message}", file=sys.stderr)
    return 1
