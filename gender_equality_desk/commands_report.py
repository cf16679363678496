"""`gender-equality-desk report KIND …`: the Báo cáo page's files, written headless by the same core."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from gender_equality_desk.cli_types import iso_date
from gender_equality_desk.commands_province_report import (
    PROVINCE_SUMMARY,
    add_round_arguments,
    run_province_summary_report,
)
from gender_equality_desk.core.paths import DataLayout

# Kept literal so that --help needs no database imports; a test checks it matches ReportKind.
REPORT_KINDS = ("action-month", "gender-equality", "dv-statistics", "activity-log")


def add_report_command(commands: Any) -> None:
    """Register the `report` subcommand on argparse's subparsers object."""
    report = commands.add_parser(
        "report",
        help="lập báo cáo PDF hoặc Excel (giống trang Báo cáo)",
        description="Lập báo cáo không cần giao diện. Loại báo cáo: "
        + ", ".join(REPORT_KINDS)
        + f"; tỉnh: {PROVINCE_SUMMARY} --kind K (báo cáo tổng hợp các xã của một kỳ báo cáo).",
    )
    report.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
    report.add_argument("kind", choices=(*REPORT_KINDS, PROVINCE_SUMMARY), help="loại báo cáo")
    add_round_arguments(report)
    report.add_argument("--year", type=int, default=date.today().year, help="năm báo cáo")
    report.add_argument(
        "--from", dest="start", type=iso_date, help="từ ngày (YYYY-MM-DD), cho báo cáo theo kỳ"
    )
    report.add_argument("--to", dest="end", type=iso_date, help="đến ngày (YYYY-MM-DD), cho báo cáo theo kỳ")
    report.add_argument("--format", choices=("pdf", "xlsx"), help="định dạng (mặc định: theo đuôi tệp --out)")
    report.add_argument("--out", required=True, metavar="FILE", help="tệp kết quả (.pdf hoặc .xlsx)")
    report.add_argument(
        "--date", dest="day", type=iso_date, help="ngày ghi trên văn bản (mặc định: để trống)"
    )
    report.add_argument(
        "--publish",
        action="store_true",
        help=(
            "bản công bố công khai: số vụ việc từ 1 đến 2 ghi “<3” (action-month, gender-equality, "
            "dv-statistics); mặc định là số liệu chính xác gửi cơ quan cấp trên"
        ),
    )


def run_report(layout: DataLayout, args: argparse.Namespace) -> int:
    if args.kind == PROVINCE_SUMMARY:
        return run_province_summary_report(layout, args)
    if args.round_kind or args.period:
        print(
            f"--kind và --period chỉ dùng với {PROVINCE_SUMMARY}. Vui lòng bỏ hai tùy chọn này.",
            file=sys.stderr,
        )
        return 2
    from gender_equality_desk.core.reports.registry import (
        OutputFormat,
        ReportKind,
        ReportRequest,
        build_report,
        check_target,
        write_report,
    )
    from gender_equality_desk.core.store.health import check_store
    from gender_equality_desk.core.store.opening import open_store

    if not layout.store.exists():
        print(check_store(layout.store).verdict, file=sys.stderr)
        return 1
    target = Path(args.out).expanduser().resolve()
    output = OutputFormat.of(args.format or target.suffix.lower().lstrip(".") or "pdf")
    check_target(target, output)
    kind = ReportKind.of(args.kind)
    if args.publish and not kind.can_publish:
        print(
            f"Báo cáo {kind.value} không có số vụ việc cần ẩn nên không có bản công bố công khai. "
            "Vui lòng bỏ --publish.",
            file=sys.stderr,
        )
        return 2
    request = ReportRequest(kind, args.year, args.start, args.end, args.day, for_publication=args.publish)
    store = open_store(layout)
    try:
        with store.reading() as session:
            content = build_report(session, request)
    finally:
        store.close()
    write_report(content, output, target)
    audience = " — bản công bố công khai" if request.for_publication else ""
    print(
        f"Đã lập {request.kind.label[0].lower()}{request.kind.label[1:]}{audience} "
        f"({output.value.upper()}): {target}"
    )
    return 0
