"""`gender-equality-desk setup`: the commune profile and villages without the first-run wizard.

    gender-equality-desk setup --commune "Xã Cao Lâu" --province "Quảng Nam" --signer "Trần Thị Hằng" \\
        --villages thon.txt --data-dir D

Saved by core.setup.set_up_commune, the operation the wizard's Finish runs, so both save and refuse the
same. Refusals print one Vietnamese message and exit 1; nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gender_equality_desk.commands_province_setup import add_province_desk_options, run_province_desk_setup
from gender_equality_desk.core.paths import DataLayout

if TYPE_CHECKING:
    from gender_equality_desk.core.setup import SetupResult

VILLAGES_HELP = (
    "danh sách thôn, bản, tổ dân phố: tệp .txt hoặc .csv (UTF-8) mỗi dòng một tên, hoặc tệp .xlsx mỗi "
    "hàng một tên ở trang đầu; tên ở cột đầu, hoặc cột thứ hai khi cột đầu là số thứ tự. Dòng tiêu đề "
    "(STT, Tên thôn…) và dòng trống được bỏ qua; tên trùng nhau thì bị từ chối, thôn đã có thì giữ nguyên"
)
# Flag → (ProfileInput field, help). The three the wizard cannot suggest are asked for by name.
REQUIRED = {
    "commune": ("commune_name", "tên xã/phường, ví dụ “Xã Cao Lâu” (bắt buộc)"),
    "province": ("province_name", "tỉnh/thành phố, ví dụ “Quảng Nam” (bắt buộc)"),
    "signer": ("signer_name", "họ tên người ký văn bản, in dưới chữ ký báo cáo (bắt buộc)"),
}
OPTIONAL = {
    "place": ("place_name", "địa danh ghi ngày tháng (mặc định: tên xã bỏ chữ “Xã”)"),
    "issuing_body": ("issuing_body", "cơ quan ban hành (mặc định: ỦY BAN NHÂN DÂN XÃ …)"),
    "parent_body": ("parent_body", "cơ quan chủ quản, in trên cơ quan ban hành (mặc định: không có)"),
    "receiving_authority": ("receiving_authority", "nơi nhận báo cáo (mặc định: Sở Nội vụ tỉnh …)"),
    "signer_title": ("signer_title", "chức vụ người ký (mặc định: PHÓ CHỦ TỊCH)"),
    "signing_authority": (
        "signing_authority",
        "thẩm quyền ký, các dòng cách nhau bởi “/” (mặc định: “TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH”)",
    ),
    "officer": ("officer_name", "họ tên cán bộ phụ trách (không bắt buộc)"),
    "phone": ("officer_phone", "số điện thoại cán bộ phụ trách (không bắt buộc)"),
    "unit_code": (
        "unit_code",
        "mã đơn vị hành chính của xã, chỉ gồm chữ số, ví dụ 04378 (cần khi gửi báo cáo lên tỉnh); máy đã "
        "khai báo: chỉ ghi --unit-code để điền riêng mã này",
    ),
}
EXAMPLE = (
    'gender-equality-desk setup --commune "Xã Cao Lâu" --province "Quảng Nam" '
    '--signer "Trần Thị Hằng" --villages thon.txt'
)


def add_setup_command(commands: Any) -> None:
    """Register `setup` on argparse's subparsers object."""
    setup = commands.add_parser(
        "setup",
        help="khai báo thông tin xã và danh sách thôn, bản (thay bước khai báo ban đầu trên giao diện)",
        description="Khai báo thông tin xã (dùng trên tiêu đề, chữ ký văn bản) và danh sách thôn, bản,\n"
        "không cần giao diện. Thông tin không ghi trong lệnh được điền theo gợi ý của bước khai báo\n"
        "ban đầu; mọi thông tin sửa lại được ở trang Cài đặt. Máy đã khai báo thì không ghi đè,\n"
        "trừ khi có --force.",
        epilog=f"Ví dụ:\n  {EXAMPLE}",
        usage="%(prog)s --commune TÊN --province TÊN --signer HỌ_TÊN [--villages FILE] [tùy chọn khác]\n"
        "       %(prog)s --province-desk --province TÊN [--authority TÊN_SỞ] [--signer HỌ_TÊN]",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # the example stays on one line to copy
    )
    setup.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="thư mục dữ liệu")
    for flag, (_field, text) in REQUIRED.items():
        setup.add_argument(f"--{flag}", metavar="HỌ_TÊN" if flag == "signer" else "TÊN", help=text)
    setup.add_argument("--villages", metavar="FILE", type=Path, help=VILLAGES_HELP)
    for flag, (_field, text) in OPTIONAL.items():
        setup.add_argument(f"--{flag.replace('_', '-')}", dest=flag, metavar="VĂN_BẢN", help=text)
    add_province_desk_options(setup)
    setup.add_argument(
        "--force",
        action="store_true",
        help="máy đã khai báo: thay thông tin xã bằng thông tin mới (thôn, bản và dữ liệu đã có được giữ "
        "nguyên, thôn mới được thêm)",
    )


def run_setup(layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.errors import UserFacingError
    from gender_equality_desk.core.folder_lock import FolderLock
    from gender_equality_desk.core.profile import FIELD_LABELS, validate_profile
    from gender_equality_desk.core.setup import ProfileExistsError, set_up_commune, suggested_profile
    from gender_equality_desk.core.store.opening import open_store
    from gender_equality_desk.core.village_list import read_village_list

    if args.province_desk:
        return run_province_desk_setup(layout, args)
    if _unit_code_alone(args):  # a commune already set up, given its code later
        from gender_equality_desk.commands_link import run_set_unit_code

        return run_set_unit_code(layout, args.unit_code)
    missing = [f"{FIELD_LABELS[field]} (--{flag})" for flag, (field, _text) in REQUIRED.items()
               if not (getattr(args, flag) or "").strip()]  # fmt: skip
    if missing:
        return _refuse(f"chưa có {', '.join(missing)}. Ví dụ: {EXAMPLE}")
    try:
        given = {field: getattr(args, flag) for flag, (field, _text) in OPTIONAL.items()
                 if getattr(args, flag) is not None}  # fmt: skip
        if "signing_authority" in given:  # typed on one line: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"
            given["signing_authority"] = "\n".join(
                part.strip() for part in given["signing_authority"].split("/") if part.strip()
            )
        profile = replace(suggested_profile(args.commune, args.province, args.signer), **given)
        problems = validate_profile(profile)
        if problems:  # before the data folder is touched
            raise UserFacingError("\n".join(problems.values()))
        villages = read_village_list(args.villages) if args.villages is not None else []
        with FolderLock(layout.root):  # the open app could save its Cài đặt page over this profile
            store = open_store(layout)
            try:
                with store.transaction() as session:
                    result = set_up_commune(session, profile, villages, replace_profile=args.force)
            finally:
                store.close()
    except ProfileExistsError as error:
        return _refuse(
            f"{error} Hoặc chạy lại với --force để thay thông tin xã (thôn, bản và dữ liệu đã có được "
            "giữ nguyên)."
        )
    except UserFacingError as error:
        return _refuse(str(error))
    print(_confirmation(result, layout.root))
    return 0


def _unit_code_alone(args: argparse.Namespace) -> bool:
    flags = [flag for flag in (*REQUIRED, *OPTIONAL) if flag != "unit_code"]
    others = [flag for flag in flags if getattr(args, flag) is not None]
    return args.unit_code is not None and not others and args.villages is None and not args.force


def _confirmation(result: SetupResult, root: Path) -> str:
    """One line: what was saved, with the suggested fields an IT person would want to glance at."""
    saved = result.profile
    what = (
        f"Đã thay thông tin xã {result.replaced.commune_name}, {result.replaced.province_name} bằng"
        if result.replaced
        else "Đã khai báo"
    )
    villages = f"thêm {result.villages_added} thôn, bản"
    if result.villages_known:
        villages += f" ({result.villages_known} thôn, bản đã có được giữ nguyên)"
    return (
        f"{what} {saved.commune_name}, {saved.province_name} (báo cáo gửi {saved.receiving_authority}, "
        f"người ký {saved.signer_name}); {villages}. Dữ liệu tại {root}."
    )


def _refuse(message: str) -> int:
    print(f"Lỗi: {message}", file=sys.stderr)
    return 1
