"""Setting up a commune: the one operation the wizard and `setup` share — both saved or neither, a
second setup never overwrites the first unless asked, villages already known kept."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import ProfileInput, load_profile, village_names
from gender_equality_desk.core.setup import (
    ProfileExistsError,
    repeated_villages,
    set_up_commune,
    suggested_profile,
)
from gender_equality_desk.core.store.engine import Store

CAO_LAU = suggested_profile("Xã  Cao Lâu", "Quảng Nam", "Trần Thị Hằng")


def _rows(store: Store) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Profiles and villages as plain SQL sees them."""
    with store.reading() as session:
        profiles = session.execute(text("SELECT commune_name, province_name FROM commune_profile")).all()
        villages = session.execute(text("SELECT name, kind FROM village ORDER BY sort_order")).all()
    return [tuple(row) for row in profiles], [tuple(row) for row in villages]  # type: ignore[misc]


def test_suggested_profile_fills_what_the_wizard_suggests() -> None:
    expected = ProfileInput(
        commune_name="Xã Cao Lâu",
        province_name="Quảng Nam",
        place_name="Cao Lâu",
        issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
        receiving_authority="Sở Nội vụ tỉnh Quảng Nam",
        signer_name="Trần Thị Hằng",
        signer_title="PHÓ CHỦ TỊCH",
        signing_authority="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
    )
    assert expected == CAO_LAU
    city = suggested_profile("Phường Hội An", "Thành phố Đà Nẵng", "An")
    assert (city.place_name, city.issuing_body, city.receiving_authority) == (
        "Hội An",
        "ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN",
        "Sở Nội vụ thành phố Đà Nẵng",
    )


def test_profile_and_villages_are_saved_together(store: Store) -> None:
    with store.transaction() as session:
        result = set_up_commune(session, CAO_LAU, ["Thôn Đông Bàn", "Bản Nà Hẩu", "Tổ dân phố 2"])
    assert (result.villages_added, result.villages_known, result.replaced) == (3, 0, None)
    assert result.profile == CAO_LAU
    assert _rows(store) == (
        [("Xã Cao Lâu", "Quảng Nam")],
        [("Thôn Đông Bàn", "thon"), ("Bản Nà Hẩu", "ban"), ("Tổ dân phố 2", "to_dan_pho")],
    )


def test_an_invalid_profile_saves_no_village_either(store: Store) -> None:
    with pytest.raises(UserFacingError, match="Chưa nhập họ tên người ký"), store.transaction() as session:
        set_up_commune(session, replace(CAO_LAU, signer_name=" "), ["Thôn Đông Bàn"])
    assert _rows(store) == ([], [])


def test_a_second_setup_is_refused_and_changes_nothing(store: Store) -> None:
    with store.transaction() as session:
        set_up_commune(session, CAO_LAU, ["Thôn Đông Bàn"])
    other = suggested_profile("Xã Tân Lập", "Lào Cai", "Hà Văn Bình")
    with pytest.raises(ProfileExistsError) as refused, store.transaction() as session:
        set_up_commune(session, other, ["Bản Mường"])
    assert refused.value.existing.commune_name == "Xã Cao Lâu"
    assert str(refused.value) == (
        "Máy này đã khai báo Xã Cao Lâu, Quảng Nam: thông tin xã không bị ghi đè. "
        "Hãy sửa thông tin xã ở trang Cài đặt."
    )
    assert _rows(store) == ([("Xã Cao Lâu", "Quảng Nam")], [("Thôn Đông Bàn", "thon")])


def test_replacing_keeps_known_villages_and_adds_new_ones(store: Store) -> None:
    with store.transaction() as session:
        set_up_commune(session, CAO_LAU, ["Thôn Đông Bàn"])
    other = suggested_profile("Xã Tân Lập", "Lào Cai", "Hà Văn Bình")
    with store.transaction() as session:
        result = set_up_commune(session, other, ["thôn đông  bàn", "Bản Mường"], replace_profile=True)
    assert result.replaced == CAO_LAU
    assert (result.villages_added, result.villages_known) == (1, 1)
    assert _rows(store) == (
        [("Xã Tân Lập", "Lào Cai")],  # one profile row, updated
        [("Thôn Đông Bàn", "thon"), ("Bản Mường", "ban")],
    )
    with store.reading() as session:
        assert load_profile(session) == other


@pytest.mark.parametrize(
    ("villages", "message"),
    [
        (["Thôn A", "  "], "Có tên thôn, bản để trống."),
        (["Thôn A", "Thôn B", "thôn   a"], "Tên thôn, bản bị lặp lại: “Thôn A”."),
    ],
)
def test_blank_or_repeated_villages_are_refused(store: Store, villages: list[str], message: str) -> None:
    with pytest.raises(UserFacingError, match=message), store.transaction() as session:
        set_up_commune(session, CAO_LAU, villages)
    assert _rows(store) == ([], [])
    with store.reading() as session:
        assert village_names(session) == []


def test_repeats_ignore_case_spacing_and_decomposed_accents() -> None:
    decomposed = "Tho\u0302n Đo\u0302ng"  # "Thôn Đông" typed with Unikey's "Unicode tổ hợp"
    assert repeated_villages(["Thôn Đông", "Bản Mường", decomposed, "BẢN  MƯỜNG"]) == [
        "Thôn Đông",
        "Bản Mường",
    ]
