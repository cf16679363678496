"""Command line: no subcommand opens the GUI; subcommands run headless jobs on the same core services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from gender_equality_desk import APP_TITLE
from gender_equality_desk.cli_types import iso_date, positive_int
from gender_equality_desk.commands_excel import add_import_excel_command, run_import_excel
from gender_equality_desk.commands_exchange import COMMANDS as EXCHANGE_COMMANDS
from gender_equality_desk.commands_exchange import add_exchange_commands, run_exchange_command
from gender_equality_desk.commands_link import COMMANDS as LINK_COMMANDS
from gender_equality_desk.commands_link import add_link_commands, run_link_command
from gender_equality_desk.commands_province_desk import COMMANDS as PROVINCE_DESK_COMMANDS
from gender_equality_desk.commands_province_desk import add_province_desk_commands, run_province_desk_command
from gender_equality_desk.commands_province_report import COMMANDS as PROVINCE_REPORT_COMMANDS
from gender_equality_desk.commands_province_report import (
    add_province_report_commands,
    run_province_report_command,
)
from gender_equality_desk.commands_receive import add_receive_command, run_receive
from gender_equality_desk.commands_report import add_report_command, run_report
from gender_equality_desk.commands_setup import add_setup_command, run_setup
from gender_equality_desk.core.disk_space import NotEnoughSpaceError
from gender_equality_desk.core.disk_space import explain as explain_os_error
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DATA_DIR_ENV, DataLayout, resolve_data_dir


class _VersionAction(argparse.Action):
    """--version, reading the package metadata only when asked (it costs the GUI's start ~20 ms)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from gender_equality_desk import __version__

        print(f"{parser.prog} {__version__}")  # on stdout, as argparse's own version action
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gender-equality-desk",
        description=f"{APP_TITLE} — quản lý công tác bình đẳng giới cấp xã. "
        "Không có lệnh con: mở giao diện. Lệnh con chạy không cần giao diện.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="in phiên bản rồi thoát")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"thư mục dữ liệu (mặc định: biến môi trường {DATA_DIR_ENV}, rồi thư mục dữ liệu người dùng)",
    )
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", title="lệnh con")

    demo = commands.add_parser(
        "demo", help="tạo dữ liệu mẫu của một xã (để dùng thử, kiểm thử, đo hiệu năng)"
    )
    demo.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
    demo.add_argument("--years", type=positive_int, default=5, help="số năm dữ liệu (mặc định 5)")
    demo.add_argument("--scale", type=positive_int, default=1, help="hệ số nhân khối lượng (mặc định 1)")
    demo.add_argument(
        "--seed", type=int, default=2026, help="hạt giống ngẫu nhiên; cùng hạt giống → cùng dữ liệu"
    )
    demo.add_argument(
        "--as-of", type=iso_date, default=None, help="ngày 'hôm nay' của dữ liệu mẫu (YYYY-MM-DD)"
    )

    add_setup_command(commands)
    add_report_command(commands)
    add_exchange_commands(commands)
    add_import_excel_command(commands)
    add_receive_command(commands)
    add_province_report_commands(commands)
    add_province_desk_commands(commands)
    add_link_commands(commands)

    check = commands.add_parser("check", help="kiểm tra tính toàn vẹn và phiên bản lược đồ của dữ liệu")
    check.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
    check.add_argument(
        "--user",
        metavar="TÊN",
        default=None,
        help="tài khoản quản trị viên (hỏi mật khẩu): kiểm tra cả mã xác thực của nhật ký truy cập, vai trò "
        "tài khoản và phân công hồ sơ",
    )

    backup = commands.add_parser(
        "backup", help="sao lưu dữ liệu (kèm tệp đính kèm); không có --out: vào thư mục backups/"
    )
    backup.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
    backup.add_argument(
        "--out", metavar="FILE", type=Path, default=None, help="ghi một tệp sao lưu đầy đủ ra FILE (.zip)"
    )

    restore = commands.add_parser(
        "restore", help="khôi phục dữ liệu từ tệp sao lưu (dữ liệu hiện tại được sao lưu trước)"
    )
    restore.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
    restore.add_argument("file", metavar="FILE", type=Path, help="tệp sao lưu (.zip)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    layout = DataLayout(resolve_data_dir(args.data_dir))
    try:
        if args.command == "demo":
            return _run_demo(layout, args)
        if args.command == "setup":
            return run_setup(layout, args)
        if args.command == "import-excel":
            return run_import_excel(layout, args)
        if args.command == "receive":
            return run_receive(layout, args)
        if args.command == "check":
            return _run_check(layout, args.user)
        if args.command == "report":
            return run_report(layout, args)
        if args.command in EXCHANGE_COMMANDS:
            return run_exchange_command(layout, args)
        if args.command in PROVINCE_REPORT_COMMANDS:
            return run_province_report_command(layout, args)
        if args.command in PROVINCE_DESK_COMMANDS:
            return run_province_desk_command(layout, args)
        if args.command in LINK_COMMANDS:
            return run_link_command(layout, args)
        if args.command == "backup":
            return _run_backup(layout, args.out)
        if args.command == "restore":
            return _run_restore(layout, args.file)
    except NotEnoughSpaceError as error:  # the place, not the command, is wrong: as for any disk error
        print(f"Lỗi: {error}", file=sys.stderr)
        return 1
    except UserFacingError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # a full disk, a stick pulled out: a sentence, never a traceback
        folder, what = _failed_write(args, layout, error)
        print(f"Lỗi: {explain_os_error(error, folder, what)}", file=sys.stderr)
        return 1
    from gender_equality_desk.gui.app import run_gui  # Qt is only imported when a window is wanted

    return run_gui(layout, sys.argv[:1])


def _failed_write(args: argparse.Namespace, layout: DataLayout, error: OSError) -> tuple[Path, str]:
    """(the folder, the file) a failed write went to: --out when given, else the data folder."""
    out = getattr(args, "out", None)
    if out:
        return Path(out).resolve().parent, f"tệp “{Path(out).name}”"
    named = error.filename if isinstance(error.filename, str) else None
    return (Path(named).parent, f"tệp “{Path(named).name}”") if named else (layout.root, "dữ liệu")


def _run_demo(layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.demo.generator import generate_demo
    from gender_equality_desk.core.store.opening import open_store

    store = open_store(layout)
    try:
        summary = generate_demo(
            store, years=args.years, scale=args.scale, seed=args.seed, as_of=args.as_of or date.today()
        )
    finally:
        store.close()
    print(
        f"Đã tạo dữ liệu mẫu tại {layout.root}: {summary.villages} thôn, {summary.campaigns} chiến dịch, "
        f"{summary.activities} hoạt động, {summary.propaganda_events} sự kiện tuyên truyền, "
        f"dùng {summary.slogans} khẩu hiệu, {summary.plans} kế hoạch Tháng hành động, "
        f"{summary.cases} hồ sơ hỗ trợ (mẫu)."
    )
    return 0


def _run_check(layout: DataLayout, user: str | None = None) -> int:
    from gender_equality_desk.cli_password import read_password
    from gender_equality_desk.core.security.audit import check_audit_file
    from gender_equality_desk.core.security.audit_archive import list_archives
    from gender_equality_desk.core.security.trust_file import check_trust_file
    from gender_equality_desk.core.store.health import check_store

    report = check_store(layout.store)
    print(report.verdict)
    if not report.ok:
        return 1
    audit = check_audit_file(layout.store)  # the hash chain of the access log: tampering is reported
    print(audit.message)
    archives = list_archives(layout.root)  # old PCs' logs kept at a move: re-checked the same way
    for archive in archives:
        print(f"{archive.name}: {archive.check.message}")
    # A chain holds no secret: the anchor, the roles' and assignments' MACs (with --user) are what a
    # writer of the file cannot rebuild (core/security/integrity.py).
    trust = check_trust_file(layout.store, user, read_password(user) if user else "")
    for line in trust.lines:
        print(line)
    return 0 if audit.ok and trust.ok and all(archive.check.ok for archive in archives) else 1


def _run_backup(layout: DataLayout, out: Path | None) -> int:
    from gender_equality_desk.core.exchange.backup import create_backup, export_backup
    from gender_equality_desk.core.exchange.backup_format import describe_counts

    if not layout.store.is_file():
        print(f"Lỗi: không có tệp dữ liệu tại {layout.store} để sao lưu.", file=sys.stderr)
        return 1
    result = export_backup(layout, out.resolve()) if out else create_backup(layout, "thu-cong")
    shown = describe_counts(result.manifest.counts)
    print(f"Đã sao lưu vào {result.path} — {shown}.")
    if result.missing_attachments:
        print(
            f"Chú ý: {result.missing_attachments} tệp đính kèm không có trong thư mục dữ liệu nên không được "
            "sao lưu.",
            file=sys.stderr,
        )
    if result.missing_case_files:
        print(
            f"Chú ý: {result.missing_case_files} tệp hồ sơ hỗ trợ không có trong thư mục dữ liệu nên không "
            "được sao lưu.",
            file=sys.stderr,
        )
    if result.mirror_problem:
        print(f"Chú ý: {result.mirror_problem}", file=sys.stderr)
    return 0


def _run_restore(layout: DataLayout, file: Path) -> int:
    from gender_equality_desk.core.exchange.backup_format import (
        case_files_note,
        describe_counts,
        read_manifest,
    )
    from gender_equality_desk.core.exchange.restore import restore_backup
    from gender_equality_desk.core.folder_lock import FolderLock
    from gender_equality_desk.core.store.opening import open_store

    manifest = read_manifest(file)  # a file that is not a backup stops here, before anything changes
    with FolderLock(layout.root):
        result = restore_backup(layout, file.resolve())
        open_store(layout).close()  # an older schema is upgraded now, after its own backup
    created = manifest.created_at.astimezone()
    shown = describe_counts(manifest.counts)
    print(f"Đã khôi phục bản sao lưu ngày {created:%d/%m/%Y %H:%M} ({manifest.reason_label}) — {shown}.")
    if result.safety_backup:
        print(f"Dữ liệu trước khi khôi phục được giữ trong {result.safety_backup}.")
    if result.damaged_kept_at:
        print(f"Tệp dữ liệu hỏng được giữ lại, đổi tên thành {result.damaged_kept_at}.")
    if result.attachments_missing:
        print(f"Chú ý: thiếu {result.attachments_missing} tệp đính kèm trong bản sao lưu.", file=sys.stderr)
    if result.case_files_missing:
        print(
            f"Chú ý: thiếu {result.case_files_missing} tệp hồ sơ hỗ trợ trong bản sao lưu.", file=sys.stderr
        )
    if result.data_files_missing:
        missing_files = result.data_files_missing
        print(
            f"Chú ý: thiếu {missing_files} tệp số liệu đã nhận hoặc logo băng rôn trong bản sao lưu.",
            file=sys.stderr,
        )
    for problem in result.problems:
        print(f"Không khôi phục được: {problem.description}.", file=sys.stderr)
    if note := case_files_note(manifest):
        print(f"Chú ý: {note}", file=sys.stderr)
    return 0
