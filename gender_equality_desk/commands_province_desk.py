"""Command-line subcommands of the province desk's roster and rounds (and a commune importing a round).

    gender-equality-desk roster import danh-sach-xa.xlsx [--check]     # province: the communes' list
    gender-equality-desk roster list
    gender-equality-desk round add --kind action-month --year 2026 [--period P] [--deadline 2026-12-20]
    gender-equality-desk round publish --kind action-month --year 2026 --out ky-bao-cao.gedround
    gender-equality-desk round list
    gender-equality-desk round import ky-bao-cao.gedround               # commune: the province's file

cli.py adds these with add_province_desk_commands(subparsers) and runs them with
run_province_desk_command. Every refusal prints one Vietnamese message on stderr and exits 1 with
nothing written; success prints what was done and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gender_equality_desk.cli_types import iso_date, positive_int
from gender_equality_desk.core.paths import DataLayout

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

COMMANDS = ("roster", "round")
KINDS = ("action-month", "gender-equality", "dv-statistics")  # core.province.periods.KIND_PERIODS
PERIODS = ("action-month", "h1", "year")
KIND_HELP = "loại báo cáo: action-month (Tháng hành động), gender-equality (bình đẳng giới), dv-statistics"
PERIOD_HELP = (
    "kỳ: h1 (6 tháng đầu năm) hoặc year (cả năm); bỏ trống: kỳ cả năm (Tháng hành động: kỳ duy nhất)"
)


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")


def _round_key(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", required=True, choices=KINDS, metavar="LOẠI", help=KIND_HELP)
    parser.add_argument("--year", required=True, type=positive_int, metavar="NĂM", help="năm của kỳ báo cáo")
    parser.add_argument("--period", choices=PERIODS, metavar="KỲ", help=PERIOD_HELP)


def add_province_desk_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    roster = subparsers.add_parser("roster", help="danh bạ các xã của tỉnh (bàn tiếp nhận của tỉnh)")
    _data_dir(roster)
    roster_actions = roster.add_subparsers(dest="roster_action", metavar="VIỆC", required=True)
    imported = roster_actions.add_parser(
        "import",
        help="nhập danh sách xã từ tệp Excel (.xlsx) hoặc CSV: cột Mã, Tên xã/phường, Cán bộ phụ trách, "
        "Số điện thoại; nhập lại thì cập nhật theo mã, không xóa xã nào",
    )
    _data_dir(imported)
    imported.add_argument("file", metavar="FILE", type=Path, help="tệp danh sách xã (.xlsx hoặc .csv)")
    imported.add_argument(
        "--check", action="store_true", help="chỉ kiểm tra và cho biết sẽ thêm, cập nhật gì; không ghi gì"
    )
    listed = roster_actions.add_parser("list", help="in danh bạ xã")
    _data_dir(listed)

    rounds = subparsers.add_parser("round", help="kỳ báo cáo: tỉnh tạo và phát hành, xã nhập tệp tỉnh gửi")
    _data_dir(rounds)
    round_actions = rounds.add_subparsers(dest="round_action", metavar="VIỆC", required=True)
    add = round_actions.add_parser("add", help="tạo kỳ báo cáo (bàn tỉnh): dòng chỉ tiêu lấy từ Cài đặt")
    _data_dir(add)
    _round_key(add)
    add.add_argument("--deadline", type=iso_date, metavar="NGÀY", help="hạn nộp YYYY-MM-DD (mặc định: gợi ý)")
    add.add_argument(
        "--from", dest="start", type=iso_date, metavar="NGÀY", help="ngày đầu kỳ (mặc định: gợi ý)"
    )
    add.add_argument("--to", dest="end", type=iso_date, metavar="NGÀY", help="ngày cuối kỳ (mặc định: gợi ý)")
    add.add_argument("--title", metavar="TÊN", help="tên kỳ báo cáo (mặc định: “Báo cáo … năm …”)")
    publish = round_actions.add_parser("publish", help="xuất tệp kỳ báo cáo có chữ ký số để gửi các xã")
    _data_dir(publish)
    _round_key(publish)
    publish.add_argument("--out", required=True, type=Path, metavar="FILE", help="tệp sẽ ghi (.gedround)")
    listed_rounds = round_actions.add_parser("list", help="in các kỳ báo cáo")
    _data_dir(listed_rounds)
    round_import = round_actions.add_parser(
        "import", help="nhập tệp kỳ báo cáo tỉnh gửi (bàn của xã; kiểm tra bằng tệp khóa của tỉnh đã nhập)"
    )
    _data_dir(round_import)
    round_import.add_argument("file", metavar="FILE", type=Path, help="tệp kỳ báo cáo (.gedround)")


def run_province_desk_command(layout: DataLayout, args: argparse.Namespace) -> int:
    """Run `roster …` or `round …`; a UserFacingError is printed here and gives exit code 1."""
    from gender_equality_desk.core.errors import UserFacingError
    from gender_equality_desk.core.store.opening import open_store

    try:
        store = open_store(layout)
        try:
            with store.transaction() as session:
                return _run(session, layout, args)
        finally:
            store.close()
    except UserFacingError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 1


def _run(session: Session, layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.province.desk import DESK_COMMUNE, DESK_PROVINCE, desk_role

    if args.command == "roster":
        _require(session, DESK_PROVINCE, "quản lý danh bạ xã")
        return _roster_import(session, args) if args.roster_action == "import" else _roster_list(session)
    if args.round_action == "import":
        _require(session, DESK_COMMUNE, "nhập tệp kỳ báo cáo")
        return _round_import(session, args.file)
    if args.round_action == "list":
        _require(session, None, "xem kỳ báo cáo")
        return _round_list(session, imported=desk_role(session) == DESK_COMMUNE)
    _require(session, DESK_PROVINCE, "tạo hay phát hành kỳ báo cáo")
    return _round_add(session, args) if args.round_action == "add" else _round_publish(session, layout, args)


def _require(session: Session, role: str | None, doing: str) -> None:
    from gender_equality_desk.core.errors import UserFacingError
    from gender_equality_desk.core.profile import load_profile
    from gender_equality_desk.core.province.desk import require_desk

    if load_profile(session) is None:
        raise UserFacingError(
            "Thư mục dữ liệu này chưa khai báo đơn vị. Bàn của tỉnh: chạy “setup --province-desk --province "
            "TÊN” trước; bàn của xã: “setup --commune … --province … --signer …”."
        )
    if role is not None:
        require_desk(session, role, doing)


def _roster_import(session: Session, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.province.roster import check_roster_file, import_roster

    result = check_roster_file(session, args.file) if args.check else import_roster(session, args.file)
    if result.problems:  # --check: the same refusal import_roster raises, without the exception
        listed = "\n".join(f"  {problem}" for problem in result.problems)
        print(f"Lỗi: tệp “{result.file_name}” chưa nhập được ({len(result.problems)} lỗi):\n{listed}",
              file=sys.stderr)  # fmt: skip
        return 1
    print(result.summary())
    for value in result.added:
        print(f"  + {value.code} {value.name}")
    for change in result.updated:
        print(f"  ~ {change.code} {change.name}: {'; '.join(change.changes)}")
    return 0


def _roster_list(session: Session) -> int:
    from gender_equality_desk.core.province.roster import merged_sentence, roster_entries

    entries = roster_entries(session)
    if not entries:
        print("Danh bạ chưa có xã nào. Nhập danh sách bằng “roster import TỆP.xlsx”.")
        return 0
    merged = sum(1 for entry in entries if entry.merged_into_code)
    pinned = sum(1 for entry in entries if entry.key_fingerprint)
    print(f"Danh bạ: {len(entries)} xã ({merged} đã sáp nhập, {pinned} đã ghim khóa).")
    for entry in entries:
        cells = [entry.code, entry.name, entry.officer_name, entry.officer_phone]
        if entry.merged_into_code:
            cells.append(merged_sentence(entry))
        if entry.key_fingerprint:
            cells.append(f"khóa {entry.key_fingerprint}")
        print(" | ".join(cells))
    return 0


def _round_add(session: Session, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.province.round_scope import round_rows
    from gender_equality_desk.core.province.rounds import RoundInput, create_round
    from gender_equality_desk.core.reports.formatting import format_date

    value = RoundInput(
        args.kind, args.year, args.period, args.deadline, args.start, args.end, args.title or ""
    )
    created = create_round(session, value)
    rows = round_rows(session, created.id)
    checks = sum(1 for row in rows if row.at_most_code)
    print(
        f"Đã tạo kỳ báo cáo “{created.title}” ({format_date(created.period_start)}–"
        f"{format_date(created.period_end)}), hạn nộp {format_date(created.deadline)}: {len(rows)} dòng chỉ "
        f"tiêu, {checks} dòng kiểm tra “không vượt quá tổng”. Tiếp theo: round publish … --out TỆP."
    )
    return 0


def _round_publish(session: Session, layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.province.round_scope import find_round
    from gender_equality_desk.core.province.rounds import publish_round
    from gender_equality_desk.core.reports.formatting import format_date

    found = find_round(session, args.kind, args.year, args.period)
    definition = publish_round(session, layout, found.id, args.out.resolve())
    print(
        f"Đã xuất tệp kỳ báo cáo {args.out} (“{definition.title}”, hạn nộp "
        f"{format_date(definition.deadline)}, {len(definition.rows)} dòng chỉ tiêu). "
        "Gửi tệp này cho các xã cùng tệp khóa của tỉnh."
    )
    return 0


def _round_list(session: Session, *, imported: bool) -> int:
    from gender_equality_desk.core.province.round_scope import round_summaries
    from gender_equality_desk.core.reports.formatting import format_date

    rounds = round_summaries(session)
    if not rounds:
        print("Chưa có kỳ báo cáo nào.")
        return 0
    for summary in rounds:
        done = "đã nhập tệp" if imported else "đã xuất tệp"
        published = (
            f"{done} {summary.published_at.astimezone():%d/%m/%Y}"
            if summary.published_at
            else "chưa xuất tệp"
        )
        print(
            f"{summary.kind} {summary.period} {summary.year} | {summary.title} | hạn nộp "
            f"{format_date(summary.deadline)} | {summary.rows} dòng | {published} | "
            f"đã nhận {summary.communes_received} xã"
        )
    return 0


def _round_import(session: Session, path: Path) -> int:
    from gender_equality_desk.core.province.round_import import import_round_file

    print(import_round_file(session, path).summary())
    return 0
