"""Command line of the link between a commune and its province: the province's key, sending a report up.

    gender-equality-desk province-key import LangSon.gedkey [--replace]   # commune: the province's key
    gender-equality-desk province-key export --out LangSon.gedkey         # province desk: hand it out
    gender-equality-desk submit --report action-month --year 2026 --out 04378.gedsub [--pdf da_ky.pdf]
    gender-equality-desk setup --unit-code 04378                          # commands_setup: the code

Every refusal prints one Vietnamese reason on stderr and exits 1, with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gender_equality_desk.cli_types import iso_date
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout

if TYPE_CHECKING:
    from gender_equality_desk.core.store.engine import Store

COMMANDS = ("province-key", "submit")
# Kept literal so that --help needs no database imports (core.province.periods.KIND_PERIODS).
SUBMIT_KINDS = ("action-month", "gender-equality", "dv-statistics")
PHONE_CHECK = "Hãy gọi điện cho tỉnh và đọc đối chiếu mã này với mã tỉnh in trên giấy."


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")


def add_link_commands(commands: Any) -> None:
    """Register `province-key` and `submit` on argparse's subparsers object."""
    key = commands.add_parser(
        "province-key", help="khóa của tỉnh: xã nhập tệp khóa tỉnh gửi; bàn tỉnh xuất tệp khóa cho các xã"
    )
    actions = key.add_subparsers(dest="key_action", metavar="VIỆC", required=True)
    imported = actions.add_parser(
        "import", help="xã: nhập tệp khóa của tỉnh (.gedkey) để gửi báo cáo lên tỉnh"
    )
    _data_dir(imported)
    imported.add_argument("file", metavar="FILE", type=Path, help="tệp khóa của tỉnh (.gedkey)")
    imported.add_argument(
        "--replace",
        action="store_true",
        help="thay khóa tỉnh đã nhập bằng khóa trong tệp (chỉ khi tỉnh đã báo đổi khóa và đã gọi điện đối "
        "chiếu mã mới)",
    )
    exported = actions.add_parser("export", help="bàn tỉnh: xuất tệp khóa (.gedkey) để gửi cho các xã")
    _data_dir(exported)
    exported.add_argument("--out", metavar="FILE", type=Path, required=True, help="tệp khóa sẽ ghi (.gedkey)")

    submit = commands.add_parser(
        "submit",
        help="lập tệp báo cáo gửi lên tỉnh (số liệu chính xác theo mã chỉ tiêu, bản PDF; ký số, niêm phong)",
        description="Lập tệp .gedsub gửi lên tỉnh: số liệu chính xác của báo cáo theo mã chỉ tiêu, bản PDF "
        "của báo cáo (máy tự lập, hoặc bản quét đã ký với --pdf), thông tin xã; ký bằng khóa của máy này và "
        "niêm phong bằng khóa của tỉnh. Loại báo cáo: " + ", ".join(SUBMIT_KINDS) + ".",
    )
    _data_dir(submit)
    submit.add_argument("--report", required=True, choices=SUBMIT_KINDS, help="loại báo cáo")
    submit.add_argument("--year", type=int, required=True, help="năm báo cáo")
    submit.add_argument(
        "--period",
        choices=("action-month", "h1", "year"),
        help="kỳ báo cáo: h1 (6 tháng đầu năm) hoặc year (cả năm) cho gender-equality, dv-statistics "
        "(mặc định: year); action-month cho Tháng hành động",
    )
    submit.add_argument(
        "--pdf", metavar="FILE", type=Path, help="bản quét (PDF) của báo cáo giấy đã ký, đóng dấu"
    )
    submit.add_argument(
        "--date",
        dest="day",
        type=iso_date,
        help="ngày ghi trên báo cáo máy lập (YYYY-MM-DD; mặc định: hôm nay)",
    )
    submit.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        required=True,
        help="tệp sẽ ghi (.gedsub), hoặc thư mục để ghi vào",
    )


def run_link_command(layout: DataLayout, args: argparse.Namespace) -> int:
    try:
        if args.command == "submit":
            return _submit(layout, args)
        if args.key_action == "import":
            return _import_key(layout, args.file, replace=args.replace)
        return _export_key(layout, args.out)
    except UserFacingError as error:
        return _refuse(str(error))


def run_set_unit_code(layout: DataLayout, code: str) -> int:
    """`setup --unit-code CODE` on a commune already set up: fills in only that field."""
    from gender_equality_desk.core.folder_lock import FolderLock
    from gender_equality_desk.core.profile import set_unit_code

    try:
        with FolderLock(layout.root):  # the open app could save its Cài đặt page over this
            store = _existing_store(layout)
            try:
                with store.transaction() as session:
                    saved = set_unit_code(session, code)
            finally:
                store.close()
    except UserFacingError as error:
        return _refuse(str(error))
    print(f"Đã ghi mã đơn vị hành chính {saved.unit_code} cho {saved.commune_name}, {saved.province_name}.")
    return 0


def _existing_store(layout: DataLayout) -> Store:
    from gender_equality_desk.core.store.opening import open_store

    if not layout.store.is_file():
        raise UserFacingError(
            f"Thư mục “{layout.root}” chưa có dữ liệu của xã. Hãy khai báo thông tin xã trước (lệnh setup) "
            "hoặc chọn đúng thư mục dữ liệu bằng --data-dir."
        )
    return open_store(layout)


def _import_key(layout: DataLayout, file: Path, *, replace: bool) -> int:
    from gender_equality_desk.core.folder_lock import FolderLock
    from gender_equality_desk.core.province.province_link import (
        ProvinceKeyChangeError,
        import_province_key_file,
    )

    try:
        with FolderLock(layout.root):
            store = _existing_store(layout)
            try:
                with store.transaction() as session:
                    result = import_province_key_file(session, file, replace=replace)
            finally:
                store.close()
    except ProvinceKeyChangeError as error:
        return _refuse(f"{error} Nếu đã đối chiếu xong, chạy lại lệnh với --replace.")
    linked = result.linked
    who = f"{linked.authority} ({linked.province})" if linked.authority else f"tỉnh {linked.province}"
    if result.already_linked:
        print(f"Khóa của {who} đã có trên máy này. Mã khóa: {linked.fingerprint}.")
    elif result.replaced is not None:
        print(
            f"Đã thay khóa tỉnh (mã cũ {result.replaced.fingerprint}) bằng khóa của {who}. "
            f"Mã khóa: {linked.fingerprint}. {PHONE_CHECK}"
        )
    else:
        print(f"Đã nhập khóa của {who}. Mã khóa: {linked.fingerprint}. {PHONE_CHECK}")
    return 0


def _export_key(layout: DataLayout, out: Path) -> int:
    from gender_equality_desk.core.fileio import check_output_file
    from gender_equality_desk.core.profile import load_profile
    from gender_equality_desk.core.province.desk import DESK_PROVINCE, desk_role
    from gender_equality_desk.core.province.keys import KEY_FILE_SUFFIX, own_province_key, write_key_file

    target = out.expanduser().resolve()
    check_output_file(target, KEY_FILE_SUFFIX, "xã nhập tệp theo đuôi này")
    store = _existing_store(layout)
    try:
        with store.reading() as session:
            profile = load_profile(session)
            role = desk_role(session)
    finally:
        store.close()
    if profile is None or role != DESK_PROVINCE:
        raise UserFacingError(
            "Chỉ máy bàn tiếp nhận của tỉnh mới xuất tệp khóa của tỉnh; máy này là máy của xã. Khai báo bàn "
            "tỉnh bằng lệnh: gender-equality-desk setup --province-desk --province TÊN_TỈNH."
        )
    key = own_province_key(layout, profile.province_name, profile.commune_name)
    write_key_file(key, target)
    print(
        f"Đã xuất tệp khóa của {key.authority or key.province}: {target}. Mã khóa: {key.fingerprint}. In mã "
        "này ra giấy gửi kèm cho các xã để đọc đối chiếu qua điện thoại."
    )
    return 0


def _submit(layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.province.round_scope import kind_phrase, period_text
    from gender_equality_desk.core.province.submission import (
        default_file_name,
        prepare_submission,
        submit_report,
    )

    out = Path(args.out).expanduser().resolve()
    store = _existing_store(layout)
    try:
        with store.reading() as session:
            if out.is_dir():
                prepared = prepare_submission(session, args.report, args.year, args.period, day=args.day)
                out = out / default_file_name(prepared.submission)
            result = submit_report(
                session, layout, args.report, args.year, out, period=args.period, day=args.day,
                signed_pdf=args.pdf,
            )  # fmt: skip
    finally:
        store.close()
    sent = result.submission
    filled = sum(1 for row in sent.rows if not row.is_group and row.value is not None)
    blank = sum(1 for row in sent.rows if not row.is_group and row.value is None)
    who = result.province.authority or f"tỉnh {result.province.province}"
    pdf = "bản quét đã ký" if args.pdf is not None else "bản PDF máy lập"
    report = kind_phrase(sent.report_kind)
    period = period_text(sent.period, sent.year)
    print(
        f"Đã lập tệp gửi tỉnh {result.path}: {sent.commune_name} (mã {sent.commune_code}), báo cáo "
        f"{report}, {period}; "
        f"{filled} chỉ tiêu có số liệu, {blank} chỉ tiêu để trống; kèm {pdf} “{sent.pdf_name}”. "
        f"Đã niêm phong cho {who} (mã khóa {result.province.fingerprint})."
    )
    return 0


def _refuse(message: str) -> int:
    print(f"Lỗi: {message}", file=sys.stderr)
    return 1
