"""KDF and AES-GCM round trips, tamper detection, the recovery key format."""

from __future__ import annotations

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import crypto, passwords


def test_default_cost_is_memory_hard_and_stored_with_the_hash() -> None:
    assert passwords.KdfCost(17, 8, 1) == passwords.DEFAULT_COST  # 128 MiB per attempt
    derived = passwords.hash_password("Hoa mai 2024", passwords.DEFAULT_COST)
    scheme, log2_n, r, p, _salt, _verifier = derived.stored_hash.split("$")
    assert (scheme, log2_n, r, p) == ("scrypt", "17", "8", "1")
    assert passwords.verify_password("Hoa mai 2024", derived.stored_hash) == derived.kek


def test_password_round_trip_and_refusal() -> None:
    first = passwords.hash_password("Hoa mai 2024")
    second = passwords.hash_password("Hoa mai 2024")
    assert first.stored_hash != second.stored_hash  # fresh salt every time
    assert len(first.kek) == 32
    assert passwords.verify_password("Hoa mai 2024", first.stored_hash) == first.kek
    assert passwords.verify_password("hoa mai 2024", first.stored_hash) is None
    assert passwords.verify_password("Hoa mai 2024", "garbage") is None
    # The stored half never equals the key half.
    assert first.kek.hex() not in first.stored_hash


def test_seal_round_trip_binds_context_and_detects_tampering() -> None:
    key = crypto.new_data_key()
    sealed = crypto.seal_text(key, "Nguyễn Thị Lan", "case-identity/abc")
    assert "Nguyễn".encode() not in sealed
    assert crypto.unseal_text(key, sealed, "case-identity/abc") == "Nguyễn Thị Lan"
    assert crypto.seal_text(key, "Nguyễn Thị Lan", "case-identity/abc") != sealed  # random nonce
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal_text(key, sealed, "case-identity/other")
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal_text(crypto.new_data_key(), sealed, "case-identity/abc")
    flipped = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(crypto.DecryptionError, match="bị sửa đổi"):
        crypto.unseal_text(key, flipped, "case-identity/abc")
    value = {"name": "Lò Văn Páo", "phone": "0912 345 678"}
    assert crypto.unseal_json(key, crypto.seal_json(key, value, "x"), "x") == value


def test_key_wrapping_round_trip() -> None:
    data_key, kek = crypto.new_data_key(), passwords.hash_password("Hoa mai 2024").kek
    wrapped = crypto.wrap_key(kek, data_key, "user/u1")
    assert crypto.unwrap_key(kek, wrapped, "user/u1") == data_key
    with pytest.raises(crypto.DecryptionError):
        crypto.unwrap_key(kek, wrapped, "user/u2")


def test_recovery_key_format_and_forgiving_parse() -> None:
    text = crypto.new_recovery_key()
    groups = text.split("-")
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    raw = crypto.parse_recovery_key(text)
    assert len(raw) == 20
    assert crypto.parse_recovery_key(" " + text.lower().replace("-", " ") + " ") == raw
    with pytest.raises(UserFacingError, match="32 ký tự"):
        crypto.parse_recovery_key(text[:-3])
    salt = b"s" * 16
    assert (
        crypto.recovery_kek(raw, salt)
        == crypto.recovery_kek(raw, salt)
        != crypto.recovery_kek(raw, b"t" * 16)
    )


@pytest.mark.parametrize(
    ("password", "fragment"),
    [
        ("ngan1", "ít nhất 10 ký tự"),
        ("chiconchuthoi", "cả chữ cái và chữ số"),
        ("1234567890", "cả chữ cái và chữ số"),
        ("aaaa11111a", "quá ít ký tự khác nhau"),
        (" Hoa mai 2024", "dấu cách"),
        ("canbo.vhxh 2024", "tên đăng nhập"),
    ],
)
def test_strength_rule_explains_in_vietnamese(password: str, fragment: str) -> None:
    problem = passwords.password_problem(password, "canbo.vhxh")
    assert problem is not None and fragment in problem


def test_strong_password_passes() -> None:
    assert passwords.password_problem("Hoa mai nở 2024", "canbo") is None


def test_lockout_delay_grows_and_is_capped() -> None:
    delays = [passwords.lockout_delay(n).total_seconds() for n in range(0, 12)]
    assert delays[:5] == [0, 0, 0, 0, 0]
    assert delays[5:9] == [30, 60, 120, 240]
    assert delays[-1] == 15 * 60
