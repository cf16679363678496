"""Province desk, what it does with what it received, headless:

    gender-equality-desk report province-summary --kind action-month --year 2026 --format pdf --out bc.pdf
    gender-equality-desk completeness --kind action-month --year 2026 [--all] [--out danh-sach.pdf]
    gender-equality-desk dhis2 --kind gender-equality --year 2026 --period h1 --out dhis2.json

`report province-summary` is an option of the `report` command (commands_report.py hands it over here);
cli.py adds `completeness` and `dhis2` with add_province_report_commands and runs them with
run_province_report_command. Every one exits 0 on success, 1 with a Vietnamese reason on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from gender_equality_desk.cli_types import iso_date
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gender_equality_desk.core.province.completeness import CommuneStatus
    from gender_equality_desk.core.province.round_scope import RoundInfo

COMMANDS = ("completeness", "dhis2")
# Kept literal so that --help needs no database imports (core.province.periods.KIND_PERIODS).
ROUND_KINDS = ("action-month", "gender-equality", "dv-statistics")
PERIODS = ("action-month", "h1", "year")
PROVINCE_SUMMARY = "province-summary"


def add_round_arguments(parser: argparse.ArgumentParser, *, kind_dest: str = "round_kind") -> None:
    """--kind, --year, --period: which round (the report kind's yearly period when --period is left out)."""
    parser.add_argument(
        "--kind", dest=kind_dest, choices=ROUND_KINDS, help="loại báo cáo của kỳ (báo cáo tổng hợp của tỉnh)"
    )
    parser.add_argument(
        "--period",
        choices=PERIODS,
        help="kỳ: action-month (Tháng hành động), h1 (6 tháng đầu năm), year (cả năm); mặc định theo loại",
    )


def add_province_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    completeness = commands.add_parser(
        "completeness",
        help="tỉnh: xã nào đã nộp đúng hạn, nộp muộn, chưa nộp (danh sách cần gọi điện)",
        description=(
            "In danh sách xã chưa nộp và nộp muộn của một kỳ báo cáo: xã, tình trạng, cán bộ, điện thoại."
        ),
    )
    dhis2 = commands.add_parser(
        "dhis2",
        help="tỉnh: xuất số liệu tổng hợp của một kỳ thành tệp dataValueSets (JSON) cho DHIS2",
    )
    for parser in (completeness, dhis2):
        parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
        add_round_arguments(parser)
        parser.add_argument("--year", type=int, default=date.today().year, help="năm của kỳ báo cáo")
    completeness.set_defaults(round_kind=None)
    completeness.add_argument("--all", action="store_true", help="in cả các xã đã nộp đúng hạn")
    completeness.add_argument("--out", metavar="FILE", help="ghi thêm danh sách cần gọi ra tệp PDF để in")
    completeness.add_argument(
        "--today", type=iso_date, help="tính tình trạng đến ngày này (YYYY-MM-DD; mặc định: hôm nay)"
    )
    dhis2.add_argument("--out", required=True, metavar="FILE", help="tệp JSON sẽ ghi (.json)")


def run_province_report_command(layout: DataLayout, args: argparse.Namespace) -> int:
    if args.command == "completeness":
        return _guarded(lambda: _run_completeness(layout, args))
    return _guarded(lambda: _run_dhis2(layout, args))


def run_province_summary_report(layout: DataLayout, args: argparse.Namespace) -> int:
    """`report province-summary …`: the Sở's consolidated report of one round, PDF or XLSX."""
    return _guarded(lambda: _run_summary(layout, args))


def _guarded(run: Callable[[], int]) -> int:
    try:
        return run()
    except UserFacingError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 1


@contextmanager
def _reading(layout: DataLayout) -> Iterator[Session]:
    from gender_equality_desk.core.store.health import check_store
    from gender_equality_desk.core.store.opening import open_store

    if not layout.store.exists():
        raise UserFacingError(check_store(layout.store).verdict)
    store = open_store(layout)
    try:
        with store.reading() as session:
            yield session
    finally:
        store.close()


def _round(session: Session, args: argparse.Namespace) -> RoundInfo:
    from gender_equality_desk.core.province.round_scope import find_round

    if not args.round_kind:
        raise UserFacingError(
            "Chưa chọn loại báo cáo. Thêm --kind action-month, --kind gender-equality hoặc "
            "--kind dv-statistics."
        )
    return find_round(session, args.round_kind, args.year, args.period)


def _run_summary(layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.province.summary_report import province_summary_report
    from gender_equality_desk.core.reports.registry import OutputFormat, check_target, write_report

    if args.publish:
        raise UserFacingError(
            "Báo cáo tổng hợp của tỉnh gửi cơ quan cấp trên, không có bản công bố công khai. "
            "Vui lòng bỏ --publish."
        )
    target = Path(args.out).expanduser().resolve()
    chosen = args.format or target.suffix.lower().lstrip(".") or "pdf"
    if chosen not in ("pdf", "xlsx"):
        raise UserFacingError(
            f"Tên tệp “{target.name}” không có đuôi .pdf hoặc .xlsx. Vui lòng đặt tên tệp kết thúc bằng .pdf "
            "(để in, gửi) hoặc .xlsx (Excel)."
        )
    output = OutputFormat.of(chosen)
    check_target(target, output)
    with _reading(layout) as session:
        round_info = _round(session, args)
        content = province_summary_report(
            session,
            round_info.id,
            today=args.day or date.today(),
            day=args.day,
            per_commune=output is OutputFormat.XLSX,
        )
    write_report(content, output, target)
    print(f"Đã lập báo cáo tổng hợp {round_info.short_label} ({output.value.upper()}): {target}")
    return 0


def _run_completeness(layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.province.completeness import (
        chase_list,
        chase_list_report,
        round_completeness,
    )
    from gender_equality_desk.core.province.summary_report import province_profile
    from gender_equality_desk.core.reports.registry import OutputFormat, check_target, write_report

    target = Path(args.out).expanduser().resolve() if args.out else None
    if target is not None:
        check_target(target, OutputFormat.PDF)
    with _reading(layout) as session:
        round_info = _round(session, args)
        completeness = round_completeness(session, round_info.id, args.today or date.today())
        profile = province_profile(session) if target is not None else None
    deadline, today = round_info.deadline, completeness.today
    print(f"{round_info.short_label} — hạn nộp {deadline:%d/%m/%Y}, tính đến {today:%d/%m/%Y}")
    print(completeness.summary_sentence())
    rows = completeness.communes if args.all else chase_list(completeness)
    if rows:
        print()
        for line in chase_lines(rows):
            print(line)
    else:
        print("Không có xã nào cần liên hệ.")
    if target is not None and profile is not None:
        write_report(chase_list_report(completeness, profile), OutputFormat.PDF, target)
        print(f"Đã ghi danh sách cần gọi: {target}")
    return 0


def chase_lines(rows: tuple[CommuneStatus, ...]) -> list[str]:
    """The rows as aligned columns: TT, mã, xã, tình trạng, cán bộ, điện thoại."""
    table = [("TT", "Mã xã", "Xã, phường", "Tình trạng", "Cán bộ", "Điện thoại")]
    for number, row in enumerate(rows, start=1):
        table.append(
            (
                str(number),
                row.commune.code,
                row.commune.name,
                row.status_text,
                row.commune.officer_name or "—",
                row.commune.officer_phone or "—",
            )
        )
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in table
    ]


def _run_dhis2(layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.province.consolidation import consolidate
    from gender_equality_desk.core.province.dhis2 import (
        build_export,
        export_summary,
        list_mappings,
        write_export,
    )

    target = Path(args.out).expanduser().resolve()
    with _reading(layout) as session:
        round_info = _round(session, args)
        mappings = list_mappings(session, round_info.report_kind)
        consolidation = consolidate(session, round_info.id)
    if not mappings:
        raise UserFacingError(
            "Chưa gán mã DHIS2 cho chỉ tiêu nào của loại báo cáo này, nên không có gì để xuất. "
            "Hãy gán mã trên trang Tổng hợp (nút “Mã DHIS2…”)."
        )
    export = build_export(consolidation, mappings)
    write_export(export, target)
    print(f"Đã xuất số liệu {round_info.short_label} cho DHIS2: {target}")
    for line in export_summary(export):
        print(line)
    return 0
