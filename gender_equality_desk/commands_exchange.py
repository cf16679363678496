"""Command-line subcommands for exchanging data: data packages and Excel import templates.

    gender-equality-desk export --from 2025-01-01 --to 2025-12-31 --out goi.zip
    gender-equality-desk import goi.zip            # verify and preview only
    gender-equality-desk import goi.zip --yes      # apply new and changed records
    gender-equality-desk import goi.zip --yes --accept-new-key --user quantri
                                                   # the sender's key changed: an administrator accepts it
    gender-equality-desk template activities --out mau.xlsx

cli.py adds these with add_exchange_commands(subparsers) and runs them with run_exchange_command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gender_equality_desk.cli_types import iso_date
from gender_equality_desk.core.paths import DataLayout

if TYPE_CHECKING:
    from gender_equality_desk.core.exchange.packages_verify import VerifiedPackage
    from gender_equality_desk.core.store.engine import Store

COMMANDS = ("export", "import", "template")
# Template kind → RecordType member name (records.kinds imports every model: not at the GUI's start).
TEMPLATE_KINDS = {"activities": "ACTIVITY", "propaganda": "PROPAGANDA_EVENT"}


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")


def add_exchange_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export", help="xuất hoạt động, tuyên truyền của một khoảng thời gian thành gói dữ liệu có chữ ký số"
    )
    _data_dir(export)
    export.add_argument("--from", dest="start", type=iso_date, required=True, help="từ ngày (YYYY-MM-DD)")
    export.add_argument("--to", dest="end", type=iso_date, required=True, help="đến ngày (YYYY-MM-DD)")
    export.add_argument("--out", type=Path, required=True, help="tệp gói dữ liệu sẽ ghi (.zip)")

    imported = subparsers.add_parser(
        "import", help="kiểm tra chữ ký, xem trước và nhập một gói dữ liệu (ghép theo mã định danh)"
    )
    _data_dir(imported)
    imported.add_argument("file", type=Path, help="tệp gói dữ liệu (.zip)")
    imported.add_argument(
        "--yes", action="store_true", help="nhập thật (không có: chỉ kiểm tra và xem trước, không ghi gì)"
    )
    imported.add_argument(
        "--accept-conflicts",
        action="store_true",
        help="với bản ghi bị sửa ở cả hai nơi: lấy bản sửa sau cùng (mặc định: giữ bản trên máy này)",
    )
    imported.add_argument(
        "--accept-new-key",
        action="store_true",
        help="nơi gửi đã đổi khóa ký (đổi máy, cài lại) và đã gọi điện đối chiếu mã khóa: chấp nhận khóa mới "
        "(cần --user của quản trị viên và --yes)",
    )
    imported.add_argument(
        "--user",
        metavar="TÊN",
        default=None,
        help="tài khoản quản trị viên chấp nhận khóa mới (hỏi mật khẩu)",
    )

    template = subparsers.add_parser("template", help="tải mẫu Excel để thôn, trường học điền dữ liệu")
    _data_dir(template)
    template.add_argument(
        "kind", choices=list(TEMPLATE_KINDS), help="activities: hoạt động; propaganda: tuyên truyền"
    )
    template.add_argument("--out", type=Path, required=True, help="tệp mẫu sẽ ghi (.xlsx)")


def run_exchange_command(layout: DataLayout, args: argparse.Namespace) -> int:
    """Run one of COMMANDS; UserFacingError propagates for the caller to print."""
    # Imported here: packages pull in cryptography and every model; starting the GUI needs neither.
    from gender_equality_desk.core.exchange.packages import export_package
    from gender_equality_desk.core.reports.formatting import format_number
    from gender_equality_desk.core.store.opening import open_store

    store = open_store(layout)
    try:
        if args.command == "export":
            with store.reading() as session:
                summary = export_package(session, layout, args.start, args.end, args.out)
            activities = format_number(summary.counts.get("activity", 0))
            events = format_number(summary.counts.get("propaganda_event", 0))
            print(
                f"Đã xuất gói dữ liệu {summary.path}: {activities} hoạt động, {events} sự kiện tuyên truyền, "
                f"{format_number(summary.attachment_files)} tệp minh chứng. "
                f"Mã khóa ký: {summary.key_fingerprint}."
            )
            return 0
        if args.command == "template":
            from gender_equality_desk.core.exchange.excel_import import write_template
            from gender_equality_desk.core.records.kinds import RecordType

            with store.reading() as session:
                write_template(session, RecordType[TEMPLATE_KINDS[args.kind]], args.out)
            print(f"Đã ghi mẫu nhập liệu {args.out}.")
            return 0
        return _run_import(store, layout, args)
    finally:
        store.close()


def _run_import(store: Store, layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.exchange.packages import (
        MergeStatus,
        apply_package,
        open_package,
        preview_package,
    )
    from gender_equality_desk.core.exchange.packages_pinning import (
        KeyStatus,
        changed_key_message,
        key_note,
        sender_key,
    )
    from gender_equality_desk.core.reports.formatting import format_date, format_number

    package = open_package(args.file)
    print(
        f"Gói dữ liệu của {package.commune or 'đơn vị không rõ'}, từ {format_date(package.period_start)} "
        f"đến {format_date(package.period_end)}. Chữ ký hợp lệ, mã khóa ký: {package.key_fingerprint}."
    )
    with store.reading() as session:
        known = sender_key(session, package)
    changed = known.status is KeyStatus.CHANGED
    if changed and not args.accept_new_key:
        print(f"Lỗi: {changed_key_message(package, known)}", file=sys.stderr)
        print(
            "Sau khi đã đối chiếu mã khóa ký qua điện thoại: chạy lại với --accept-new-key --user "
            "<tên đăng nhập quản trị viên> --yes.",
            file=sys.stderr,
        )
        return 1
    if changed:
        print(
            f"Khóa ký khác với khóa đã ghi nhớ ({known.pinned_fingerprint}); sẽ chấp nhận khóa mới "
            f"{package.key_fingerprint} khi nhập (--accept-new-key)."
        )
    else:
        print(key_note(package, known))
    with store.reading() as session:
        preview = preview_package(session, layout, package)
    for status in MergeStatus:
        print(f"  {status.label}: {format_number(len(preview.with_status(status)))}")
    conflicts = preview.with_status(MergeStatus.CONFLICT)
    for item in conflicts:
        newer = "bản nhận mới hơn" if item.incoming_newer else "bản trên máy mới hơn"
        print(f"    xung đột: {format_date(item.day)} {item.title} ({newer})")
    if not args.yes:
        print("Chưa nhập gì. Chạy lại với --yes để nhập.")
        return 0
    if changed:
        _accept_new_key(store, package, args.user)
    confirmed = {item.uuid for item in conflicts} if args.accept_conflicts else set()
    result = apply_package(store, layout, package, confirmed_conflicts=confirmed)
    print(
        f"Đã nhập: {format_number(result.added)} mới, {format_number(result.updated)} cập nhật, "
        f"{format_number(result.conflicts_applied)} xung đột lấy bản nhận, "
        f"{format_number(result.attachments_added)} tệp minh chứng."
    )
    return 0


def _accept_new_key(store: Store, package: VerifiedPackage, username: str | None) -> None:
    """An administrator signs in (password asked) and accepts the package's key; logged under their name."""
    from gender_equality_desk.cli_password import read_password
    from gender_equality_desk.core.errors import UserFacingError
    from gender_equality_desk.core.exchange.packages_pinning import accept_sender_key
    from gender_equality_desk.core.security import accounts

    if not username:
        raise UserFacingError(
            "Chấp nhận khóa ký mới cần quản trị viên: thêm --user <tên đăng nhập quản trị viên>."
        )
    auth = accounts.sign_in(store, username, read_password(username))
    try:
        accept_sender_key(auth, package)
    finally:
        accounts.sign_out(auth)
