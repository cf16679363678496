"""The commune's administrative-unit code: optional, digits only, saved with the profile, and settable alone
on a commune already set up (what `setup --unit-code` does)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from gender_equality_desk.core import profile
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.store.engine import Store

CAO_LAU = profile.ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Lạng Sơn",
    place_name="Cao Lâu",
    issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Vi Văn Thái",
)


def stored_code(store: Store) -> str:
    with sqlite3.connect(store.path) as db:
        (code,) = db.execute("SELECT unit_code FROM commune_profile WHERE is_deleted = 0").fetchone()
    assert isinstance(code, str)
    return code


def test_the_code_is_optional_and_saved_with_leading_zeros(store: Store) -> None:
    with store.transaction() as session:
        profile.save_profile(session, CAO_LAU)
    assert stored_code(store) == ""
    with store.transaction() as session:
        profile.save_profile(session, replace(CAO_LAU, unit_code=" 04378 "))
        loaded = profile.load_profile(session)
    assert loaded is not None and loaded.unit_code == "04378"
    assert stored_code(store) == "04378"


@pytest.mark.parametrize("code", ["04-378", "CL01", "０４３７８", "4 378"])
def test_a_code_with_other_than_digits_is_refused_in_vietnamese(store: Store, code: str) -> None:
    problems = profile.validate_profile(replace(CAO_LAU, unit_code=code))
    assert list(problems) == ["unit_code"]
    assert problems["unit_code"].startswith(f"Mã đơn vị hành chính “{code}” chỉ được gồm chữ số")
    with pytest.raises(UserFacingError, match="chỉ được gồm chữ số"), store.transaction() as session:
        profile.save_profile(session, replace(CAO_LAU, unit_code=code))
    with store.reading() as session:
        assert profile.load_profile(session) is None  # nothing saved


def test_a_code_longer_than_the_column_is_refused() -> None:
    problems = profile.validate_profile(replace(CAO_LAU, unit_code="1" * 21))
    assert problems["unit_code"].startswith("Mã đơn vị hành chính dài 21 ký tự")


def test_setting_the_code_alone_keeps_every_other_field(store: Store) -> None:
    with store.transaction() as session:
        profile.save_profile(session, replace(CAO_LAU, officer_phone="0912 345 678"))
    with store.transaction() as session:
        saved = profile.set_unit_code(session, "04378")
    assert saved == replace(CAO_LAU, officer_phone="0912 345 678", unit_code="04378")
    assert stored_code(store) == "04378"


def test_setting_the_code_before_the_commune_is_set_up_says_what_to_do(store: Store) -> None:
    with pytest.raises(UserFacingError, match="chưa khai báo thông tin xã"), store.transaction() as session:
        profile.set_unit_code(session, "04378")


@pytest.mark.parametrize(("code", "words"), [("", "đang để trống"), ("04a78", "chỉ được gồm chữ số")])
def test_setting_a_blank_or_wrong_code_changes_nothing(store: Store, code: str, words: str) -> None:
    with store.transaction() as session:
        profile.save_profile(session, replace(CAO_LAU, unit_code="04378"))
    with pytest.raises(UserFacingError, match=words), store.transaction() as session:
        profile.set_unit_code(session, code)
    assert stored_code(store) == "04378"
