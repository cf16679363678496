"""Password hashing and key derivation with scrypt, the strength rule and the lockout delay.

One scrypt call per password gives 64 bytes: the first 32 are the *verifier* stored in the account row,
the last 32 are the *key-encryption key* (KEK) that unwraps the data key. scrypt's output is expanded by
PBKDF2-HMAC-SHA256 block by block, so the stored half reveals nothing about the other half.

Parameters (stored with every hash, so they can be raised later without breaking old accounts):
N = 2**17, r = 8, p = 1 — 128 MiB of memory per attempt, about 0.25 s on a 2024 laptop and well under a
second on an office PC; this is OWASP's recommended minimum for scrypt. Salt: 16 random bytes.
"""

from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass
from datetime import timedelta

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

HASH_SCHEME = "scrypt"
SALT_BYTES = 16
HALF = 32


@dataclass(frozen=True)
class KdfCost:
    log2_n: int = 17
    r: int = 8
    p: int = 1


DEFAULT_COST = KdfCost()
# Module setting read at hashing time (tests lower it for speed; the parameters are stored per hash).
current_cost = DEFAULT_COST

MIN_LENGTH = 10
FREE_ATTEMPTS = 5  # failures allowed before each further failure adds a waiting time
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def derive(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    """scrypt of `secret` (a password, or a transfer code): 2 × HALF bytes, slow on purpose."""
    kdf = Scrypt(salt=salt, length=2 * HALF, n=2**cost.log2_n, r=cost.r, p=cost.p)
    return kdf.derive(secret.encode("utf-8"))


@dataclass(frozen=True)
class DerivedPassword:
    stored_hash: str  # what goes in user_account.password_hash
    kek: bytes = b""  # key-encryption key: never stored


def hash_password(password: str, cost: KdfCost | None = None) -> DerivedPassword:
    """A fresh salt, the stored hash string and the key-encryption key of `password`."""
    cost = cost or current_cost
    salt = os.urandom(SALT_BYTES)
    derived = derive(password, salt, cost)
    stored = "$".join(
        (HASH_SCHEME, str(cost.log2_n), str(cost.r), str(cost.p), _b64(salt), _b64(derived[:HALF]))
    )
    return DerivedPassword(stored, derived[HALF:])


def verify_password(password: str, stored_hash: str) -> bytes | None:
    """The key-encryption key when `password` matches `stored_hash`, otherwise None."""
    try:
        scheme, log2_n, r, p, salt_text, verifier_text = stored_hash.split("$")
        cost = KdfCost(int(log2_n), int(r), int(p))
        salt, verifier = base64.b64decode(salt_text), base64.b64decode(verifier_text)
    except ValueError:
        return None
    if scheme != HASH_SCHEME:
        return None
    derived = derive(password, salt, cost)
    return derived[HALF:] if hmac.compare_digest(derived[:HALF], verifier) else None


def password_problem(password: str, username: str = "") -> str | None:
    """None when `password` is strong enough, otherwise what is wrong and how to fix it (Vietnamese)."""
    if len(password) < MIN_LENGTH:
        return (
            f"Mật khẩu cần ít nhất {MIN_LENGTH} ký tự (hiện có {len(password)}). "
            "Hãy dùng một câu ngắn dễ nhớ, có cả chữ và số."
        )
    if password.strip() != password:
        return "Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách."
    if not any(ch.isalpha() for ch in password) or not any(ch.isdigit() for ch in password):
        return "Mật khẩu cần có cả chữ cái và chữ số."
    if len(set(password.casefold())) < 5:
        return "Mật khẩu lặp lại quá ít ký tự khác nhau; hãy chọn mật khẩu khó đoán hơn."
    if username and username.casefold() in password.casefold():
        return "Mật khẩu không được chứa tên đăng nhập."
    return None


def lockout_delay(failed_attempts: int) -> timedelta:
    """How long sign-in stays refused after `failed_attempts` consecutive failures.

    The first FREE_ATTEMPTS failures cost nothing (typos); then 30 s, doubling up to 15 minutes, so that
    guessing is slow but the officer is never locked out for good.
    """
    extra = failed_attempts - FREE_ATTEMPTS
    if extra < 0:
        return timedelta(0)
    delay: timedelta = FIRST_DELAY * (2**extra)
    return min(delay, MAX_DELAY)
