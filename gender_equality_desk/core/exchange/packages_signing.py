"""The installation's signing key for data packages (Ed25519, from the `cryptography` package).

Each installation makes one key pair the first time it exports, kept in the data folder
(`keys/package-signing.pem`, readable by the user only). A package carries the public key and is signed
with the private one; the receiver is shown the key's short fingerprint, which the sender can read out
on the phone to prove the package came from their PC.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.paths import DataLayout

ALGORITHM = "Ed25519"


def key_path(layout: DataLayout) -> Path:
    return layout.root / "keys" / "package-signing.pem"


def installation_key(layout: DataLayout) -> Ed25519PrivateKey:
    """The installation's private key, made and saved on first use."""
    path = key_path(layout)
    if path.is_file():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (OSError, ValueError) as error:
            raise UserFacingError(
                f"Khóa ký gói dữ liệu “{path}” bị hỏng hoặc không đọc được. Hãy khôi phục thư mục dữ liệu "
                "từ bản sao lưu, hoặc xóa tệp khóa để tạo khóa mới (nơi nhận sẽ thấy mã khóa khác)."
            ) from error
        if not isinstance(key, Ed25519PrivateKey):
            raise UserFacingError(f"Tệp khóa “{path}” không phải khóa Ed25519 của ứng dụng.")
        return key
    key = Ed25519PrivateKey.generate()
    save_private_key(path, key)
    return key


def save_private_key(path: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    """A new private key as PEM (PKCS#8), written atomically and readable by the user only."""
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    write_bytes_atomic(path, pem)
    with contextlib.suppress(OSError):  # Windows keeps its own ACLs on the user's data folder
        path.chmod(0o600)


def public_key_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """Short, readable form of a public key: "3F2A 91C0 5B7E D4A8"."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[index : index + 4] for index in range(0, 16, 4))


def encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def decode(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def is_valid_signature(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
