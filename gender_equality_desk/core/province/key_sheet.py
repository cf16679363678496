"""The paper a province keeps by the phone: its key's fingerprint in large digits and how to read it out.

A commune that imported the province's key file sees the same 20 digits on its screen; read out by phone
and matching, they prove the file is the province's own (a file swapped on the way would show others).
"""

from __future__ import annotations

from datetime import date
from html import escape

from gender_equality_desk.core.province.keys import ProvinceKey
from gender_equality_desk.core.render.html import FONT_FAMILY
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

READ_OUT = QT_TRANSLATE_NOOP(
    "ProvinceKeySheet",
    "Khi gửi tệp khóa cho các xã, hãy đọc mã này qua điện thoại, từng nhóm bốn ký tự. Cán bộ xã so với mã "
    "hiện trên máy của xã sau khi nhập tệp khóa: khớp từng ký tự thì tệp đúng là của tỉnh; khác thì không "
    "dùng tệp đó và báo lại cho tỉnh.",
)


def fingerprint_groups(key: ProvinceKey) -> list[str]:
    """ "3F2A 91C0 5B7E D4A8 0C11" → the five groups read out one after the other."""
    return key.fingerprint.split()


def key_sheet_html(key: ProvinceKey, printed_on: date) -> str:
    """One A4 page: who the key belongs to, the fingerprint in large digits, how to check it."""
    groups = "&nbsp;&nbsp;".join(escape(group) for group in fingerprint_groups(key))
    authority = escape(key.authority or f"tỉnh {key.province}")
    return (
        "<html><head><meta charset='utf-8'></head>"
        f'<body style="font-family: {FONT_FAMILY}; font-size: 13pt;">'
        f'<p align="center" style="font-weight: bold; font-size: 15pt;">MÃ KHÓA NHẬN BÁO CÁO CỦA '
        f"{authority.upper()}</p>"
        f'<p align="center">Tỉnh/thành phố: {escape(key.province)}</p>'
        f"<p align=\"center\" style=\"font-family: 'DejaVu Sans Mono', 'Consolas', monospace; "
        f'font-size: 30pt; font-weight: bold;">{groups}</p>'
        f'<p style="text-align: justify;">{escape(READ_OUT)}</p>'
        f'<p style="font-style: italic;">In ngày {format_date(printed_on)}. Tệp khóa (.gedkey) gửi cho xã '
        "qua USB hoặc thư điện tử; mã này chỉ đọc qua điện thoại hoặc đưa tận tay, không gửi cùng tệp.</p>"
        "</body></html>"
    )
