from __future__ import annotations

import pytest

from gender_equality_desk.core.reports.naming import (
    ascii_file_stem,
    ascii_part,
    commune_in_sentence,
    in_sentence,
)


def test_vietnamese_names_become_safe_ascii() -> None:
    assert ascii_part("Xã Cao Lâu") == "XaCaoLau"
    assert ascii_part("Phường Đông Kinh") == "PhuongDongKinh"
    assert (
        ascii_file_stem("BaoCao", "ThangHanhDong", "2024", "Xã Cao Lâu")
        == "BaoCao_ThangHanhDong_2024_XaCaoLau"
    )
    assert ascii_file_stem("BaoCao", "Nhật ký hoạt động", "") == "BaoCao_NhatKyHoatDong"
    assert ascii_file_stem("A/B: C*?", "x").isascii()


@pytest.mark.parametrize(
    ("typed", "in_text"),
    [
        ("Xã Tân Lập", "xã Tân Lập"),
        ("Phường Đông Kinh", "phường Đông Kinh"),
        ("Thị trấn Na Sầm", "thị trấn Na Sầm"),
        ("Đặc khu Vân Đồn", "đặc khu Vân Đồn"),
        ("Huyện Cao Lộc", "huyện Cao Lộc"),
        ("Thành phố Lạng Sơn", "thành phố Lạng Sơn"),
        ("Thị xã Quảng Trị", "thị xã Quảng Trị"),
        ("Tỉnh Lạng Sơn", "tỉnh Lạng Sơn"),
        ("THỊ TRẤN NA SẦM", "thị trấn Na Sầm"),
        ("  Xã   Tân  Lập ", "xã Tân Lập"),
        ("Xa\u0303 Tân Lập", "xã Tân Lập"),  # typed decomposed (Unikey "Unicode tổ hợp")
        ("Lạng Sơn", "Lạng Sơn"),
        ("Thôn Bản Chu", "thôn Bản Chu"),
        ("Xã", "Xã"),  # a unit word alone is no name to lower
    ],
)
def test_unit_words_are_lower_case_inside_a_sentence(typed: str, in_text: str) -> None:
    assert in_sentence(typed) == in_text


@pytest.mark.parametrize(
    ("commune", "issuer", "in_text"),
    [
        ("Xã Tân Lập", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "xã Tân Lập"),
        ("Tân Lập", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP", "phường Tân Lập"),
        ("Tân Lập", "ỦY BAN NHÂN DÂN THỊ TRẤN TÂN LẬP", "thị trấn Tân Lập"),
        ("Tân Lập", "", "xã Tân Lập"),
        ("", "", "xã"),
    ],
)
def test_the_commune_always_carries_its_unit_word(commune: str, issuer: str, in_text: str) -> None:
    assert commune_in_sentence(commune, issuer) == in_text
