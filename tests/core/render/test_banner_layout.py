"""Auto-fit: the slogan always stays inside the margins, whatever its length and the sheet's size."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.banner.layout import (
    BANNER_MAX_LINES,
    POSTER_MAX_LINES,
    balanced_breaks,
    layout_banner,
    text_width,
)
from gender_equality_desk.core.render.banner.spec import PRESETS, BannerSpec, SizePreset, preset

SLOGAN = "Chung tay chấm dứt bạo lực đối với phụ nữ và trẻ em"
SYLLABLES = ["bình", "đẳng", "giới", "CHẤM", "dứt", "bạo", "lực", "Ẫ", "ỤỴ", "phụ", "nữ", "trẻ", "em",
             "gia", "đình", "hạnh", "phúc", "WWWWWWWWWWWW", "i", "nghiêng", "xã"]  # fmt: skip
EPSILON = 1e-6


def _assert_inside(spec: BannerSpec) -> None:
    result = layout_banner(spec)
    box = result.text_box
    assert 0 < box.left < box.right < result.width
    for line in result.lines:
        assert line.x >= box.left - EPSILON
        assert line.x + line.width <= box.right + EPSILON
        assert line.ink_top <= box.top + EPSILON
        assert line.ink_bottom >= box.bottom - EPSILON
        assert line.font_size > 0
    # lines never overlap one another
    for upper, lower in zip(result.lines, result.lines[1:], strict=False):
        assert lower.ink_top <= upper.ink_bottom + upper.font_size * 0.1


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=40),
    width=st.floats(min_value=100, max_value=20000),
    height=st.floats(min_value=100, max_value=20000),
    second=st.sampled_from(["", "UBND xã Cao Lâu", "Ủy ban nhân dân xã Điện Bàn Đông, thành phố Đà Nẵng"]),
)
def test_autofit_never_overflows(words: list[str], width: float, height: float, second: str) -> None:
    _assert_inside(BannerSpec(" ".join(words), width, height, second_line=second))


@pytest.mark.parametrize("size", PRESETS, ids=lambda p: p.key)
def test_every_preset_fits_a_long_slogan(size: SizePreset) -> None:
    spec = BannerSpec(SLOGAN * 3, size.width_mm, size.height_mm, second_line="UBND xã Cao Lâu")
    _assert_inside(spec)


def test_street_banner_uses_at_most_two_lines_and_capitals() -> None:
    size = preset("banner_0_8x5")
    result = layout_banner(BannerSpec(SLOGAN, size.width_mm, size.height_mm, second_line="UBND xã Cao Lâu"))
    assert result.slogan_line_count <= BANNER_MAX_LINES
    slogan_lines = [line.text for line in result.lines[: result.slogan_line_count]]
    assert " ".join(slogan_lines) == SLOGAN.upper()
    assert result.lines[-1].text == "UBND XÃ CAO LÂU"
    # the commune line is visibly smaller than the slogan
    assert result.lines[-1].font_size < 0.6 * result.lines[0].font_size


def test_a_short_slogan_stays_on_one_line_larger() -> None:
    short = layout_banner(BannerSpec("Bình đẳng giới", 5000, 800))
    long = layout_banner(BannerSpec(SLOGAN, 5000, 800))
    assert short.slogan_line_count == 1
    assert short.lines[0].font_size > long.lines[0].font_size


def test_poster_may_use_more_lines() -> None:
    result = layout_banner(BannerSpec(SLOGAN, 297, 420))
    assert 2 < result.slogan_line_count <= POSTER_MAX_LINES


def test_compound_words_are_not_split_across_lines() -> None:
    result = layout_banner(BannerSpec(SLOGAN, 5000, 800))
    for line in result.lines:
        assert not line.text.endswith("BẠO")
        assert not line.text.startswith("LỰC")


def test_balanced_breaks_minimise_the_widest_line() -> None:
    words = ["AAAA", "B", "C", "D", "EEEE"]
    lines = balanced_breaks(words, 2)
    widest = max(text_width(line) for line in lines)
    for cut in range(1, len(words)):
        other = [" ".join(words[:cut]), " ".join(words[cut:])]
        assert widest <= max(text_width(line) for line in other) + EPSILON


def test_hand_made_line_breaks_are_kept() -> None:
    result = layout_banner(BannerSpec("Nói không\nvới bạo lực gia đình", 5000, 800))
    assert [line.text for line in result.lines] == ["NÓI KHÔNG", "VỚI BẠO LỰC GIA ĐÌNH"]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (BannerSpec("   ", 5000, 800), "Chưa có nội dung"),
        (BannerSpec("X", 50, 800), "Chiều rộng 50 mm"),
        (BannerSpec("X", 5000, 30000), "Chiều cao 30000 mm"),
        (BannerSpec("X", 5000, 800, background="red"), "Màu nền"),
    ],
)
def test_bad_input_gets_a_vietnamese_message(spec: BannerSpec, message: str) -> None:
    with pytest.raises(UserFacingError, match=message):
        layout_banner(spec)


def test_lines_are_even_and_word_pairs_stay_together_even_before_a_comma() -> None:
    poster = layout_banner(BannerSpec("Bình đẳng giới là thước đo của sự văn minh", 841, 1189))
    texts = [line.text for line in poster.lines]
    assert "LÀ" not in texts  # not left alone on a line
    assert any("THƯỚC ĐO" in text for text in texts)
    small = layout_banner(BannerSpec("Nam, nữ bình đẳng, xã hội văn minh, gia đình hạnh phúc", 297, 420))
    assert any("BÌNH ĐẲNG," in line.text for line in small.lines)
