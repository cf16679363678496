"""`gender-equality-desk receive FILE_OR_FOLDER… [--allow-key-change CODE]`: the Nhận báo cáo page, headless.

One line per file with what became of it (and its warnings under it), then a summary. Exit 0 when no file
was refused (files already received before count as fine), 1 otherwise, with the reason on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gender_equality_desk.core.paths import DataLayout

if TYPE_CHECKING:
    from gender_equality_desk.core.province.receiving import ReceiptOutcome

_TAGS = {"accepted": "ĐÃ NHẬN", "duplicate": "ĐÃ CÓ", "refused": "TỪ CHỐI"}  # ReceiptStatus values


def add_receive_command(commands: Any) -> None:
    """Register `receive` on argparse's subparsers object."""
    command = commands.add_parser(
        "receive",
        help="bàn tỉnh: nhận các tệp báo cáo xã gửi lên (.gedsub), từng tệp hoặc cả thư mục, USB",
        description="Mở từng tệp bằng khóa nhận báo cáo của tỉnh, kiểm tra chữ ký, danh bạ xã, khóa của xã, "
        "kỳ báo cáo và thứ tự các lần gửi; tệp hợp lệ được lưu thành một lần gửi mới (không ghi đè), tệp bị "
        "từ chối không ghi gì. Thư mục: nhận mọi tệp .gedsub bên trong.",
        epilog="Mã thoát: 0 khi không tệp nào bị từ chối; 1 khi có tệp bị từ chối (các tệp hợp lệ vẫn được "
        "nhận).",
    )
    command.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
    command.add_argument(
        "paths", metavar="FILE_OR_FOLDER", type=Path, nargs="+", help="tệp .gedsub hoặc thư mục"
    )
    command.add_argument(
        "--allow-key-change",
        metavar="CODE",
        action="append",
        default=[],
        help="quản trị viên chấp nhận khóa ký mới của xã mã CODE (sau khi đã gọi điện đối chiếu mã khóa); "
        "lặp lại cho nhiều xã",
    )


def run_receive(layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.errors import UserFacingError
    from gender_equality_desk.core.province.receiving import receive_files
    from gender_equality_desk.core.store.opening import open_store

    if not layout.store.exists():
        return _refuse(
            f"không có tệp dữ liệu tại {layout.store}. Hãy kiểm tra --data-dir, hoặc khai báo bàn tỉnh trước "
            "bằng lệnh “gender-equality-desk setup --province-desk”."
        )
    try:
        store = open_store(layout)
    except UserFacingError as error:
        return _refuse(str(error))
    try:
        allowed = frozenset(code.strip() for code in args.allow_key_change)
        outcomes = receive_files(store, layout, args.paths, allow_key_change=allowed)
    except UserFacingError as error:
        return _refuse(str(error))
    finally:
        store.close()
    for outcome in outcomes:
        _print_outcome(outcome)
    refused = sum(outcome.refused for outcome in outcomes)
    print(_summary(outcomes))
    if refused:
        return _refuse(
            f"{refused} tệp bị từ chối (lý do ở từng dòng “TỪ CHỐI” bên trên); các tệp khác đã được xử lý. "
            "Khi xã gửi lại tệp đúng, chạy lại lệnh: tệp đã nhận sẽ được bỏ qua."
        )
    return 0


def _print_outcome(outcome: ReceiptOutcome) -> None:
    print(f"[{_TAGS[outcome.status.value]}] {outcome.file.name}: {outcome.message}")
    for warning in outcome.warnings:
        print(f"    Cần kiểm tra – {warning}")


def _summary(outcomes: list[ReceiptOutcome]) -> str:
    accepted = [outcome for outcome in outcomes if outcome.accepted]
    flagged = sum(bool(outcome.warnings) for outcome in accepted)
    duplicates = sum(not outcome.accepted and not outcome.refused for outcome in outcomes)
    refused = sum(outcome.refused for outcome in outcomes)
    note = f" ({flagged} tệp có điểm cần kiểm tra)" if flagged else ""
    return (
        f"Tổng cộng {len(outcomes)} tệp: nhận {len(accepted)}{note}, đã nhận từ trước {duplicates}, "
        f"từ chối {refused}."
    )


def _refuse(message: str) -> int:
    print(f"Lỗi: {message}", file=sys.stderr)
    return 1
