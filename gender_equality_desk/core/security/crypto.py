"""Field and file encryption with AES-GCM, data-key wrapping and the recovery key.

One random 256-bit *data key* encrypts every sensitive value. It is stored only wrapped (AES-GCM
encrypted): once per user by the key-encryption key derived from that user's password
(core/security/passwords.py), and once by the recovery key printed at setup. Changing a password
rewraps 32 bytes; no case is re-encrypted.

Sealed value layout: version byte 0x01 | 12-byte random nonce | ciphertext with the 16-byte tag.
Every value is bound to its place by the associated data (e.g. "case-identity/<case uuid>"), so a
ciphertext copied onto another case fails to open instead of showing the wrong person.

Sealed text is composed Unicode (NFC) on the way in and on the way out: the store composes every text it
keeps (core/store/composed_text.py) but only ever sees ciphertext here, so names, contacts and narratives
typed with Unikey's "Unicode tổ hợp" are composed before sealing, and values sealed before that are
composed when opened (so they print, compare and search like the rest).
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from gender_equality_desk.core.domain.text import nfc, nfc_all
from gender_equality_desk.core.errors import UserFacingError

VERSION = b"\x01"
NONCE_BYTES = 12
KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits → 32 base32 characters, printed in 8 groups of 4
RECOVERY_INFO = b"gender-equality-desk recovery key-encryption key v1"
_BASE32_FIXES = str.maketrans({"0": "O", "1": "I", "8": "B"})  # what people misread when typing


class DecryptionError(UserFacingError):
    """A sealed value could not be opened: wrong key, or the stored bytes were altered."""


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def seal(key: bytes, plaintext: bytes, context: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return VERSION + nonce + AESGCM(key).encrypt(nonce, plaintext, context.encode("utf-8"))


def unseal(key: bytes, sealed: bytes, context: str) -> bytes:
    if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != VERSION:
        raise DecryptionError("Dữ liệu mã hóa bị hỏng hoặc không đúng định dạng.")
    nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, context.encode("utf-8"))
    except InvalidTag:
        raise DecryptionError(
            "Không giải mã được dữ liệu: khóa không đúng hoặc dữ liệu đã bị sửa đổi ngoài ứng dụng."
        ) from None


def seal_text(key: bytes, text: str, context: str) -> bytes:
    return seal(key, nfc(text).encode("utf-8"), context)


def unseal_text(key: bytes, sealed: bytes, context: str) -> str:
    return nfc(unseal(key, sealed, context).decode("utf-8"))


def seal_json(key: bytes, value: Any, context: str) -> bytes:
    clear = json.dumps(nfc_all(value), ensure_ascii=False, sort_keys=True)
    return seal(key, clear.encode("utf-8"), context)


def unseal_json(key: bytes, sealed: bytes, context: str) -> Any:
    return nfc_all(json.loads(unseal(key, sealed, context)))


def wrap_key(kek: bytes, data_key: bytes, context: str) -> bytes:
    return seal(kek, data_key, f"data-key/{context}")


def unwrap_key(kek: bytes, wrapped: bytes, context: str) -> bytes:
    return unseal(kek, wrapped, f"data-key/{context}")


def new_recovery_key() -> str:
    """A random recovery key as the administrator prints it: "ABCD-EFGH-…" (8 groups of 4)."""
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(typed: str) -> bytes:
    """The key bytes from what the administrator typed (spaces, dashes and case do not matter)."""
    compact = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_BASE32_FIXES)
    try:
        raw = base64.b32decode(compact)
    except ValueError:
        raw = b""
    if len(raw) != RECOVERY_BYTES:
        raise UserFacingError(
            "Khóa khôi phục không đúng định dạng: cần 32 ký tự (8 nhóm 4 ký tự, chữ A–Z và số 2–7) "
            "như trên bản in lúc cài đặt."
        )
    return raw


def recovery_kek(recovery_key: bytes, salt: bytes) -> bytes:
    """Key-encryption key from the recovery key. HKDF suffices: the key is 160 random bits, not a
    password, so there is nothing to slow down."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=RECOVERY_INFO).derive(
        recovery_key
    )
