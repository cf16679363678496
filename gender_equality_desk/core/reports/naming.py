"""How names are written outside the letterhead: ASCII file names that survive any USB stick, e-mail
client and Windows folder, and administrative names inside a sentence ("Ủy ban nhân dân xã Tân Lập").

The officer types the commune as it appears on a list: "Xã Tân Lập". Inside running text the unit word
is a common noun and takes lower case (Decree 30's rules on capitals: "xã Tân Lập", "tỉnh Lạng Sơn");
headers in capitals ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP") are written from the issuing body and stay as they are.
"""

from __future__ import annotations

import re

from gender_equality_desk.core.domain.text import fold, nfc

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")

# Unit words that may open a place name, longest first so that "thị trấn" wins over a shorter match. Not
# "bản": it opens many proper names of the north ("Thôn Bản Chu"), where lower case would be wrong.
UNIT_WORDS = (
    "tổ dân phố",
    "thành phố",
    "thị trấn",
    "thị xã",
    "đặc khu",
    "khu phố",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "thôn",
    "xã",
    "ấp",
)
COMMUNE_UNITS = ("thị trấn", "đặc khu", "phường", "xã")  # the units a commune-level People's Committee runs
ISSUER_PREFIX = "ủy ban nhân dân "


def ascii_part(text: str) -> str:
    """ "Xã Cao Lâu" → "XaCaoLau": diacritics dropped, each word capitalised, separators removed."""
    words = _NOT_ALNUM.split(fold(text))
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def ascii_file_stem(*parts: str) -> str:
    """("BaoCao", "ThangHanhDong", "2024", "Xã Cao Lâu") → "BaoCao_ThangHanhDong_2024_XaCaoLau"."""
    return "_".join(
        part for part in (ascii_part(p) if not p.isascii() or " " in p else p for p in parts) if part
    )


def _unit_of(name: str, units: tuple[str, ...] = UNIT_WORDS) -> str | None:
    lowered = name.lower()
    return next((unit for unit in units if lowered.startswith(unit + " ")), None)


def in_sentence(name: str) -> str:
    """A place name as running text writes it: "Xã Tân Lập" → "xã Tân Lập", "Tỉnh Lạng Sơn" → "tỉnh Lạng
    Sơn", "THỊ TRẤN NA SẦM" → "thị trấn Na Sầm". A name without a unit word is returned as typed."""
    name = " ".join(nfc(name).split())
    unit = _unit_of(name)
    if unit is None:
        return name
    proper = name[len(unit) + 1 :]
    if proper.isupper():  # typed in capitals: the proper name takes a capital on each syllable
        proper = " ".join(word.capitalize() for word in proper.split())
    return f"{unit} {proper}"


def commune_in_sentence(commune_name: str, issuing_body: str = "") -> str:
    """The commune inside a sentence, always with its unit word: "Xã Tân Lập" → "xã Tân Lập". A bare
    "Tân Lập" takes the unit of the letterhead ("ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP" → "phường Tân Lập"),
    else "xã". An empty name gives "xã" (the sentence still reads: "Ủy ban nhân dân xã")."""
    name = in_sentence(commune_name)
    if _unit_of(name) is not None:  # any unit word, the commune's ones among them
        return name
    issuer = " ".join(nfc(issuing_body).split()).lower()
    unit = _unit_of(issuer.removeprefix(ISSUER_PREFIX), COMMUNE_UNITS) if issuer else None
    return f"{unit or 'xã'} {name}".strip()
