"""`gender-equality-desk setup --province-desk`: a data folder made a province desk without the wizard.

    gender-equality-desk setup --province-desk --province "Lạng Sơn" \\
        [--authority "Sở Nội vụ tỉnh Lạng Sơn"] [--signer "Hoàng Văn Nam"] --data-dir D

Saved by core.province.desk.set_up_province_desk, the operation the wizard's province path runs. The
letterhead fields of `setup` (--place, --issuing-body, --parent-body, --receiving-authority,
--signer-title, --signing-authority, --officer, --phone) override what is suggested from the province.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from gender_equality_desk.core.paths import DataLayout

# The letterhead flags of `setup` a province desk takes too (flag → ProfileInput field).
_OVERRIDES = {
    "place": "place_name",
    "issuing_body": "issuing_body",
    "parent_body": "parent_body",
    "receiving_authority": "receiving_authority",
    "signer_title": "signer_title",
    "signing_authority": "signing_authority",
    "officer": "officer_name",
    "phone": "officer_phone",
}
EXAMPLE = 'gender-equality-desk setup --province-desk --province "Lạng Sơn" --signer "Hoàng Văn Nam"'


def add_province_desk_options(setup: Any) -> None:
    """The options `setup` takes for a province desk (setup's parser, from commands_setup)."""
    setup.add_argument(
        "--province-desk",
        action="store_true",
        help="khai báo máy này là bàn tiếp nhận của tỉnh (Sở) nhận báo cáo của các xã, thay vì bàn của "
        "xã; cần --province, không dùng --commune và --villages",
    )
    setup.add_argument(
        "--authority",
        metavar="TÊN_SỞ",
        help="với --province-desk: tên Sở tiếp nhận (mặc định: “Sở Nội vụ tỉnh …”)",
    )


def run_province_desk_setup(layout: DataLayout, args: argparse.Namespace) -> int:
    from gender_equality_desk.core.errors import UserFacingError
    from gender_equality_desk.core.folder_lock import FolderLock
    from gender_equality_desk.core.province.desk import (
        ProvinceDeskExistsError,
        province_desk_profile,
        province_profile_problems,
        set_up_province_desk,
    )
    from gender_equality_desk.core.store.opening import open_store

    if not (args.province or "").strip():
        return _refuse(f"chưa có tên tỉnh/thành phố (--province). Ví dụ: {EXAMPLE}")
    if args.commune is not None or args.villages is not None:
        return _refuse(
            "bàn tiếp nhận của tỉnh không có tên xã (--commune) hay danh sách thôn (--villages): bỏ hai tùy "
            f"chọn này, hoặc bỏ --province-desk để khai báo bàn của xã. Ví dụ: {EXAMPLE}"
        )
    try:
        profile = province_desk_profile(args.province, authority=args.authority, signer=args.signer or "")
        given = {field: getattr(args, flag) for flag, field in _OVERRIDES.items()
                 if getattr(args, flag) is not None}  # fmt: skip
        if "signing_authority" in given:  # typed on one line: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
            given["signing_authority"] = "\n".join(
                part.strip() for part in given["signing_authority"].split("/") if part.strip()
            )
        profile = replace(profile, **given)
        problems = province_profile_problems(profile)
        if problems:  # before the data folder is touched
            raise UserFacingError("\n".join(problems.values()))
        with FolderLock(layout.root):
            store = open_store(layout)
            try:
                with store.transaction() as session:
                    result = set_up_province_desk(session, profile, replace_profile=args.force)
            finally:
                store.close()
    except ProvinceDeskExistsError as error:
        return _refuse(f"{error} Hoặc chạy lại với --force để thay thông tin đơn vị.")
    except UserFacingError as error:
        return _refuse(str(error))
    saved = result.profile
    what = (
        f"Đã thay thông tin {result.replaced.commune_name} bằng bàn tiếp nhận của tỉnh"
        if result.replaced
        else "Đã khai báo bàn tiếp nhận của tỉnh"
    )
    signer = f"người ký {saved.signer_name}" if saved.signer_name else "chưa có người ký (nhập ở Cài đặt)"
    print(
        f"{what}: {saved.commune_name}, {saved.province_name} (tiêu đề {saved.parent_body} / "
        f"{saved.issuing_body}, {signer}). Dữ liệu tại {layout.root}. Tiếp theo: nhập danh bạ xã "
        "(roster import TỆP) và gửi tệp khóa của tỉnh cho các xã (province-key export --out TỆP)."
    )
    return 0


def _refuse(message: str) -> int:
    print(f"Lỗi: {message}", file=sys.stderr)
    return 1
