"""What a banner or poster is: its text, optional second line, size and colours."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.banner.logo import BannerLogo
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

MM_TO_PT = 72 / 25.4

# The flag's red and yellow: what officers and print shops expect on a propaganda banner.
DEFAULT_BACKGROUND = "#DA251D"
DEFAULT_TEXT_COLOUR = "#FFFF00"

MIN_SIDE_MM = 100
MAX_SIDE_MM = 20000
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class SizePreset:
    key: str
    label: str
    width_mm: float
    height_mm: float


PRESETS: tuple[SizePreset, ...] = (
    SizePreset("banner_0_8x5", QT_TRANSLATE_NOOP("SizePreset", "Băng rôn 0,8 × 5 m"), 5000, 800),
    SizePreset("banner_0_9x6", QT_TRANSLATE_NOOP("SizePreset", "Băng rôn 0,9 × 6 m"), 6000, 900),
    SizePreset("pano_1_2x2_4", QT_TRANSLATE_NOOP("SizePreset", "Pa nô 1,2 × 2,4 m"), 2400, 1200),
    SizePreset("poster_a0", QT_TRANSLATE_NOOP("SizePreset", "Áp phích A0 (841 × 1189 mm)"), 841, 1189),
    SizePreset("poster_a1", QT_TRANSLATE_NOOP("SizePreset", "Áp phích A1 (594 × 841 mm)"), 594, 841),
    SizePreset("poster_a2", QT_TRANSLATE_NOOP("SizePreset", "Áp phích A2 (420 × 594 mm)"), 420, 594),
    SizePreset("poster_a3", QT_TRANSLATE_NOOP("SizePreset", "Áp phích A3 (297 × 420 mm)"), 297, 420),
)


def preset(key: str) -> SizePreset:
    for candidate in PRESETS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


@dataclass(frozen=True)
class BannerSpec:
    """A banner to print. Text is printed in capitals; `second_line` is e.g. "UBND XÃ CAO LÂU";
    `logo` (optional) stands at the left, as high as the text area."""

    text: str
    width_mm: float
    height_mm: float
    second_line: str = ""
    background: str = DEFAULT_BACKGROUND
    text_colour: str = DEFAULT_TEXT_COLOUR
    logo: BannerLogo | None = None

    @property
    def width_pt(self) -> float:
        return self.width_mm * MM_TO_PT

    @property
    def height_pt(self) -> float:
        return self.height_mm * MM_TO_PT

    @property
    def is_street_banner(self) -> bool:
        """Long strips (ratio 2:1 or more) take one or two lines; posters may take a few more."""
        return self.width_mm >= 2 * self.height_mm


def validate(spec: BannerSpec) -> None:
    """Raise a Vietnamese message saying what is wrong and how to fix it."""
    if not spec.text.strip():
        raise UserFacingError("Chưa có nội dung khẩu hiệu. Vui lòng chọn trong thư viện hoặc gõ nội dung.")
    for side, value in (("Chiều rộng", spec.width_mm), ("Chiều cao", spec.height_mm)):
        if not MIN_SIDE_MM <= value <= MAX_SIDE_MM:
            raise UserFacingError(
                f"{side} {value:g} mm không hợp lệ. Vui lòng nhập từ {MIN_SIDE_MM} đến {MAX_SIDE_MM} mm."
            )
    for name, colour in (("Màu nền", spec.background), ("Màu chữ", spec.text_colour)):
        if not _HEX.match(colour):
            raise UserFacingError(f"{name} “{colour}” không hợp lệ. Vui lòng chọn màu dạng #RRGGBB.")
