"""The province's keys, and the key file it hands to its communes at set-up.

A province desk holds two key pairs: the installation's Ed25519 signing key (core.exchange.packages_signing,
it signs the round files) and an X25519 sealing key kept beside it (`keys/province-sealing.pem`), to which
every commune seals its submissions. The key file carries both public keys and the province's name; its
fingerprint (over both keys) is printed on paper and read out by phone, so a commune knows the file it
imported is the province's own.

    {"format": "gender-equality-desk-province-key", "version": 1, "province": "Lạng Sơn",
     "authority": "Sở Nội vụ tỉnh Lạng Sơn",
     "sealing_key": "<base64 X25519>", "signing_key": "<base64 Ed25519>"}
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import (
    decode,
    encode,
    installation_key,
    public_key_bytes,
    save_private_key,
)
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.small_files import read_json_file

KEY_FILE_FORMAT = "gender-equality-desk-province-key"
KEY_FILE_VERSION = 1
KEY_FILE_SUFFIX = ".gedkey"
MAX_KEY_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class ProvinceKey:
    """A province's public identity, as its key file carries it."""

    province: str
    authority: str
    sealing_key: bytes  # X25519 public, 32 bytes
    signing_key: bytes  # Ed25519 public, 32 bytes

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.sealing_key, self.signing_key)


def key_fingerprint(sealing_key: bytes, signing_key: bytes) -> str:
    """ "3F2A 91C0 5B7E D4A8 0C11" — 20 hex digits over both public keys, to read out by phone."""
    digest = hashlib.sha256(b"gedesk-province-key\0" + sealing_key + signing_key).hexdigest()[:20].upper()
    return " ".join(digest[index : index + 4] for index in range(0, 20, 4))


def sealing_key_path(layout: DataLayout) -> Path:
    return layout.root / "keys" / "province-sealing.pem"


def sealing_private_key(layout: DataLayout, *, create: bool = False) -> X25519PrivateKey:
    """The province desk's private sealing key; made on first use when `create`."""
    path = sealing_key_path(layout)
    if not path.is_file():
        if not create:
            raise UserFacingError(
                "Máy này chưa có khóa nhận báo cáo của tỉnh (tệp “keys/province-sealing.pem” không có). "
                "Nếu đây là máy bàn tỉnh, hãy khôi phục thư mục dữ liệu từ bản sao lưu; khóa mới sẽ không "
                "mở được các tệp xã đã gửi cho khóa cũ."
            )
        key = X25519PrivateKey.generate()
        save_private_key(path, key)
        return key
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as error:
        raise UserFacingError(
            f"Khóa nhận báo cáo “{path}” bị hỏng hoặc không đọc được. Hãy khôi phục thư mục dữ liệu từ bản "
            "sao lưu."
        ) from error
    if not isinstance(loaded, X25519PrivateKey):
        raise UserFacingError(f"Tệp khóa “{path}” không phải khóa nhận báo cáo của ứng dụng.")
    return loaded


def own_province_key(layout: DataLayout, province: str, authority: str) -> ProvinceKey:
    """This province desk's public identity (both key pairs made on first use)."""
    sealing = sealing_private_key(layout, create=True).public_key()
    raw = sealing.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return ProvinceKey(province, authority, raw, public_key_bytes(installation_key(layout)))


def key_file_bytes(key: ProvinceKey) -> bytes:
    content = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "province": key.province,
        "authority": key.authority,
        "sealing_key": encode(key.sealing_key),
        "signing_key": encode(key.signing_key),
    }
    return json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")


def write_key_file(key: ProvinceKey, target: Path) -> Path:
    write_bytes_atomic(target, key_file_bytes(key))
    return target


def read_key_file(path: Path) -> ProvinceKey:
    """The key in a province key file; UserFacingError (Vietnamese) when it is not one."""
    not_a_key = (
        f"Tệp “{path.name}” không phải tệp khóa của tỉnh (tệp .gedkey do bàn tỉnh xuất ra). "
        "Hãy xin tỉnh gửi lại tệp khóa."
    )
    raw = read_json_file(
        path, file_format=KEY_FILE_FORMAT, version=KEY_FILE_VERSION, max_bytes=MAX_KEY_FILE_BYTES,
        not_it=not_a_key, named="Tệp khóa",
    )  # fmt: skip
    try:
        sealing, signing = decode(str(raw["sealing_key"])), decode(str(raw["signing_key"]))
        province, authority = str(raw["province"]).strip(), str(raw.get("authority", "")).strip()
    except (KeyError, ValueError):
        raise UserFacingError(not_a_key) from None
    if len(sealing) != 32 or len(signing) != 32 or not province:
        raise UserFacingError(not_a_key)
    return ProvinceKey(province, authority, sealing, signing)
