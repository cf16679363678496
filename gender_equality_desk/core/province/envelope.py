"""Sealing bytes to one province: X25519 + HKDF-SHA256 + AES-256-GCM (all from `cryptography`).

A sealed file opens only with the province's private sealing key, so a lost USB stick shows nothing:

    MAGIC (16 bytes) | recipient key id (8) | ephemeral X25519 public key (32) | nonce (12) | ciphertext

The key id (first 8 bytes of SHA-256 of the province's public sealing key) is in the clear so that a file
sealed to another province (or to an old key) is told apart from a damaged or altered one; the whole
header is the AES-GCM associated data, so no byte of it can be changed unnoticed.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"GEDESK-SEALED-1\n"
KEY_ID_BYTES, PUBLIC_BYTES, NONCE_BYTES = 8, 32, 12
HEADER_BYTES = len(MAGIC) + KEY_ID_BYTES + PUBLIC_BYTES + NONCE_BYTES


class NotSealedError(ValueError):
    """The bytes are not a sealed file of this app at all."""


class WrongRecipientError(ValueError):
    """Sealed to another key than the one trying to open it."""


class DamagedSealError(ValueError):
    """Sealed to this key, but damaged or altered since."""


def key_id(public_key: bytes) -> bytes:
    return hashlib.sha256(b"gedesk-sealing-key\0" + public_key).digest()[:KEY_ID_BYTES]


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    info = b"gedesk-seal-v1\0" + ephemeral + recipient
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal(plaintext: bytes, recipient_public: bytes) -> bytes:
    """`plaintext` sealed to the holder of the private key of `recipient_public` (X25519, 32 bytes)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = os.urandom(NONCE_BYTES)
    header = MAGIC + key_id(recipient_public) + ephemeral_public + nonce
    key = _derive(shared, ephemeral_public, recipient_public)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def unseal(data: bytes, private_key: X25519PrivateKey) -> bytes:
    """The plaintext; NotSealedError, WrongRecipientError or DamagedSealError."""
    if not data.startswith(MAGIC) or len(data) < HEADER_BYTES + 16:
        raise NotSealedError("not a sealed file")
    recipient_public = _raw(private_key.public_key())
    start = len(MAGIC)
    if data[start : start + KEY_ID_BYTES] != key_id(recipient_public):
        raise WrongRecipientError("sealed to another key")
    ephemeral_public = data[start + KEY_ID_BYTES : start + KEY_ID_BYTES + PUBLIC_BYTES]
    nonce = data[HEADER_BYTES - NONCE_BYTES : HEADER_BYTES]
    try:
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _derive(shared, ephemeral_public, recipient_public)
        return AESGCM(key).decrypt(nonce, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except (InvalidTag, ValueError) as error:
        raise DamagedSealError("damaged or altered") from error
