"""The encrypted-case part of a "move to a new PC" package, sealed under a one-time transfer code.

Names and narratives in that part are AES-GCM ciphertext already, but the rest of it (case codes, dates,
villages, staff names) and above all every account's scrypt password verifier, its wrapped data key and
the recovery-key row would be readable by anyone who copies the USB stick: enough to guess an
administrator's password offline and then open every case. So the whole content is sealed (AES-GCM,
core.security.crypto) with a key derived by scrypt (core.security.passwords) from a random code that the
administrator writes on paper at export and types on the new PC. The code is never stored anywhere.

In the zip the part is a small clear header plus the sealed blob:

    {"format": SEALED_FORMAT, "version": 1,
     "kdf": {"scheme": "scrypt", "log2_n": 17, "r": 8, "p": 1, "salt": "<base64>"},
     "counts": {"cases": 3, "accounts": 3, "files": 1},      # shown before the code is typed
     "sealed": "<base64>"}

The counts are bound to the ciphertext (part of its associated data), so they cannot be edited apart.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from typing import Any

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.package_cases_rows import CASE_TABLES
from gender_equality_desk.core.exchange.packages_format import PackageError
from gender_equality_desk.core.exchange.packages_verify import VerifiedPackage
from gender_equality_desk.core.security import passwords
from gender_equality_desk.core.security.crypto import KEY_BYTES, DecryptionError, seal_json, unseal_json

TRANSFER_PART = "encrypted-cases.json"
SEALED_FORMAT = "gender-equality-desk-sealed-cases"
SEALED_VERSION = 1
# No 0/O, 1/I/L: nothing that reads as another character when copied by hand. 31 symbols.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_GROUPS, GROUP_LENGTH = 4, 5  # 20 characters: 20 × log2(31) ≈ 99 bits
CODE_LENGTH = CODE_GROUPS * GROUP_LENGTH
COUNT_KEYS = ("cases", "accounts", "files")
MAX_LOG2_N = 20  # a received header may not make this PC spend more than 1 GiB on one attempt
_IGNORED = str.maketrans("", "", " \t\r\n-–—_.")

CODE_NEEDED = (
    "Gói này có hồ sơ mã hóa được khóa bằng mã chuyển máy. Hãy nhập mã đã ghi lại khi tạo gói ở máy cũ "
    "vào ô “Mã chuyển máy”."
)
CODE_MALFORMED = (
    "Mã chuyển máy gồm {length} ký tự (4 nhóm 5 ký tự, chữ và số; không có chữ O, I, L và số 0, 1), "
    "bạn đã nhập {typed} ký tự hợp lệ{extra}. Hãy nhập đúng mã đã ghi lại khi tạo gói ở máy cũ."
)
WRONG_CODE = (
    "Mã chuyển máy không đúng: không mở được phần hồ sơ mã hóa của gói. Hãy nhập đúng mã đã ghi lại khi "
    "tạo gói ở máy cũ (không phân biệt chữ hoa, chữ thường; dấu cách và gạch ngang không quan trọng)."
)


class TransferCodeError(UserFacingError):
    """The transfer code is missing, badly typed or wrong (Vietnamese message, shown under the field)."""


def new_transfer_code() -> str:
    """A fresh random code as it is shown and written down: "K7M3Q-…" (4 groups of 5)."""
    text = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(text[i : i + GROUP_LENGTH] for i in range(0, CODE_LENGTH, GROUP_LENGTH))


def normalise_code(typed: str) -> str:
    """The 20 code characters of what was typed (case, spaces and dashes ignored); TransferCodeError
    when it cannot be a transfer code at all."""
    compact = typed.translate(_IGNORED).upper()
    if not compact:
        raise TransferCodeError(CODE_NEEDED)
    foreign = sorted({ch for ch in compact if ch not in CODE_ALPHABET})
    if foreign or len(compact) != CODE_LENGTH:
        extra = f", có ký tự không dùng trong mã: {' '.join(foreign)}" if foreign else ""
        typed_count = sum(ch in CODE_ALPHABET for ch in compact)
        raise TransferCodeError(CODE_MALFORMED.format(length=CODE_LENGTH, typed=typed_count, extra=extra))
    return compact


def _key(code: str, salt: bytes, cost: passwords.KdfCost) -> bytes:
    # One scrypt call, as for a password; the first half is the key (nothing of it is stored).
    return passwords.derive(normalise_code(code), salt, cost)[:KEY_BYTES]


def _context(counts: dict[str, int]) -> str:
    return "case-transfer/v1/" + "/".join(str(counts[key]) for key in COUNT_KEYS)


def seal_transfer(content: dict[str, Any], counts: dict[str, int], code: str) -> bytes:
    """The part's bytes: the clear header and `content` sealed under `code`."""
    cost = passwords.current_cost
    salt = os.urandom(passwords.SALT_BYTES)
    sealed = seal_json(_key(code, salt, cost), content, _context(counts))
    header = {
        "format": SEALED_FORMAT,
        "version": SEALED_VERSION,
        "kdf": {"scheme": passwords.HASH_SCHEME, "log2_n": cost.log2_n, "r": cost.r, "p": cost.p,
                "salt": base64.b64encode(salt).decode("ascii")},
        "counts": {key: counts[key] for key in COUNT_KEYS},
        "sealed": base64.b64encode(sealed).decode("ascii"),
    }  # fmt: skip
    return json.dumps(header, indent=1).encode("utf-8")


def is_sealed(parsed: dict[str, Any]) -> bool:
    """True for a sealed part; a part from before the transfer code has the tables at its top level."""
    return parsed.get("format") == SEALED_FORMAT


def sealed_counts(parsed: dict[str, Any]) -> dict[str, int]:
    """The header's {"cases", "accounts", "files"}; ValueError when the header is not one."""
    if parsed.get("version") != SEALED_VERSION:
        raise ValueError("version")
    counts = parsed["counts"]
    values = {key: counts[key] for key in COUNT_KEYS}
    if not all(type(value) is int and value >= 0 for value in values.values()):
        raise ValueError("counts")
    return values


def unseal_transfer(parsed: dict[str, Any], code: str) -> dict[str, Any]:
    """The sealed content. TransferCodeError for a missing, malformed or wrong code; ValueError,
    KeyError or TypeError when the header itself is damaged."""
    counts = sealed_counts(parsed)
    kdf = parsed["kdf"]
    cost = passwords.KdfCost(int(kdf["log2_n"]), int(kdf["r"]), int(kdf["p"]))
    if kdf["scheme"] != passwords.HASH_SCHEME or not (1 <= cost.log2_n <= MAX_LOG2_N):
        raise ValueError("kdf")
    if not (1 <= cost.r <= 32 and 1 <= cost.p <= 16):
        raise ValueError("kdf")
    salt = base64.b64decode(kdf["salt"], validate=True)
    sealed = base64.b64decode(parsed["sealed"], validate=True)
    key = _key(code, salt, cost)  # TransferCodeError before any slow work when the code is malformed
    try:
        content = unseal_json(key, sealed, _context(counts))
    except DecryptionError:
        raise TransferCodeError(WRONG_CODE) from None
    if not isinstance(content, dict):
        raise ValueError("content")
    return content


@dataclass(frozen=True)
class CaseTransfer:
    """A package's encrypted-case part, opened (unsealed once, then reused by every check and the
    import): the case rows, accounts and recovery-key row as package_cases_rows wrote them."""

    package: VerifiedPackage
    content: dict[str, Any] = field(repr=False)


def malformed(package: VerifiedPackage) -> PackageError:
    return PackageError(
        f"Phần hồ sơ mã hóa trong gói “{package.path.name}” sai định dạng; không có gì được nhập."
    )


def _parsed(package: VerifiedPackage) -> dict[str, Any] | None:
    data = package.extension(TRANSFER_PART)
    if data is None:
        return None
    try:
        parsed = json.loads(data)
    except ValueError:
        raise malformed(package) from None
    if not isinstance(parsed, dict):
        raise malformed(package)
    return parsed


def needs_code(package: VerifiedPackage) -> bool:
    """True when the package's cases are sealed under a transfer code (a package from before the code
    has none to ask for)."""
    parsed = _parsed(package)
    return parsed is not None and is_sealed(parsed)


def transfer_counts(package: VerifiedPackage) -> dict[str, int] | None:
    """{"cases": n, "accounts": n, "files": n} of the package's encrypted cases (from the clear header:
    no code needed), or None without any. PackageError when the part is damaged."""
    parsed = _parsed(package)
    if parsed is None:
        return None
    try:
        if is_sealed(parsed):
            return sealed_counts(parsed)
        return transfer_counts_of(_checked(parsed))
    except (ValueError, KeyError, TypeError):
        raise malformed(package) from None


def _checked(content: dict[str, Any]) -> dict[str, Any]:
    if not all(isinstance(content.get(table.name), list) for table in CASE_TABLES):
        raise ValueError("tables")
    return content


def open_case_transfer(package: VerifiedPackage, code: str = "") -> CaseTransfer | None:
    """The package's cases opened with `code` (ignored for a package from before the code), or None
    without any. TransferCodeError for a missing, malformed or wrong code; PackageError when damaged.
    Runs scrypt once for a sealed part: call it once per import and pass the CaseTransfer on."""
    parsed = _parsed(package)
    if parsed is None:
        return None
    try:
        if is_sealed(parsed):
            content = unseal_transfer(parsed, code)
            if sealed_counts(parsed) != transfer_counts_of(_checked(content)):
                raise ValueError("counts")
        else:
            content = parsed
        return CaseTransfer(package, _checked(content))
    except (ValueError, KeyError, TypeError):
        raise malformed(package) from None


def transfer_counts_of(content: dict[str, Any]) -> dict[str, int]:
    """The header's counts for `content` (what the receiving preview shows before the code is typed)."""
    return {
        "cases": len(content["support_case"]),
        "accounts": len(content["user_account"]),
        "files": len(content["case_attachment"]),
    }
