"""The banner logo: checked and copied into the data folder, drawn as an image, never under the text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.banner.layout import layout_banner
from gender_equality_desk.core.render.banner.logo import LOGO_FOLDER, BannerLogo, import_logo, read_logo
from gender_equality_desk.core.render.banner.pdf import write_banner_pdf, write_tiled_pdf
from gender_equality_desk.core.render.banner.spec import BannerSpec
from gender_equality_desk.core.render.banner.tiling import Paper

SLOGAN = "Chung tay chấm dứt bạo lực đối với phụ nữ và trẻ em"
WORDS = ["bình", "đẳng", "giới", "CHẤM", "dứt", "bạo", "lực", "Ẫ", "ỤỴ", "WWWWWWWWWW", "i", "xã"]
EPSILON = 1e-6


def picture(path: Path, width: int, height: int) -> Path:
    Image.new("RGBA", (width, height), (255, 215, 0, 255)).save(path)
    return path


def logo(width: int = 300, height: int = 300) -> BannerLogo:
    # Layout needs only the proportions; the path is never opened.
    return BannerLogo(Path("logo.png"), width, height)


def image_xobjects(resources: Any) -> int:
    """Images in `resources`, looking inside form XObjects too (the tiled PDF nests the banner)."""
    count = 0
    xobjects = resources.get("/XObject")
    for ref in (xobjects.get_object() if xobjects is not None else {}).values():
        item = ref.get_object()
        if item["/Subtype"] == "/Image":
            count += 1
        elif "/Resources" in item:
            count += image_xobjects(item["/Resources"].get_object())
    return count


def test_print_shop_pdf_holds_an_image_only_when_a_logo_is_chosen(tmp_path: Path) -> None:
    chosen = read_logo(picture(tmp_path / "logo.png", 400, 300))
    with_logo, without = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_banner_pdf(BannerSpec(SLOGAN, 5000, 800, logo=chosen), with_logo)
    write_banner_pdf(BannerSpec(SLOGAN, 5000, 800), without)
    page = PdfReader(with_logo).pages[0]
    assert image_xobjects(page["/Resources"].get_object()) == 1
    assert image_xobjects(PdfReader(without).pages[0]["/Resources"].get_object()) == 0
    for word in SLOGAN.upper().split():  # the text stays text
        assert word in page.extract_text()


def test_tiled_pages_show_the_logo_too(tmp_path: Path) -> None:
    chosen = read_logo(picture(tmp_path / "logo.png", 300, 300))
    target = tmp_path / "ghep.pdf"
    plan = write_tiled_pdf(BannerSpec(SLOGAN, 2400, 1200, logo=chosen), target, Paper.A4)
    reader = PdfReader(target)
    assert len(reader.pages) == plan.page_count
    assert all(image_xobjects(page["/Resources"].get_object()) == 1 for page in reader.pages)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=40),
    width=st.floats(min_value=100, max_value=20000),
    height=st.floats(min_value=100, max_value=20000),
    aspect=st.floats(min_value=0.1, max_value=10),
    second=st.sampled_from(["", "UBND xã Cao Lâu"]),
)
def test_autofit_with_a_logo_never_overflows_or_touches_it(
    words: list[str], width: float, height: float, aspect: float, second: str
) -> None:
    chosen = logo(round(aspect * 1000), 1000)
    result = layout_banner(BannerSpec(" ".join(words), width, height, second, logo=chosen))
    box, picture_box = result.text_box, result.logo_box
    assert picture_box is not None
    assert 0 <= picture_box.left < picture_box.right <= result.width
    assert 0 <= picture_box.bottom < picture_box.top <= result.height
    assert picture_box.width / picture_box.height == pytest.approx(chosen.aspect, rel=1e-6)
    if width >= height:
        assert box.left > picture_box.right  # text area starts right of the logo
    else:
        assert box.top < picture_box.bottom  # …or below it on an upright poster
    for line in result.lines:
        assert line.x >= box.left - EPSILON
        assert line.x + line.width <= box.right + EPSILON
        assert line.ink_top <= box.top + EPSILON
        assert line.ink_bottom >= box.bottom - EPSILON


def test_banner_logo_is_as_high_as_the_text_area() -> None:
    result = layout_banner(BannerSpec(SLOGAN, 5000, 800, logo=logo()))
    assert result.logo_box is not None
    assert result.logo_box.height == pytest.approx(result.text_box.height)
    plain = layout_banner(BannerSpec(SLOGAN, 5000, 800))
    assert result.text_box.width < plain.text_box.width  # the text gives the logo its room


def test_import_copies_into_the_data_folder_once(tmp_path: Path) -> None:
    source = picture(tmp_path / "Logo xa.PNG", 64, 32)
    first = import_logo(source, tmp_path / "data")
    again = import_logo(source, tmp_path / "data")
    assert first == again
    assert first.path.parent == tmp_path / "data" / LOGO_FOLDER
    assert first.path.read_bytes() == source.read_bytes()
    assert (first.width_px, first.height_px, first.aspect) == (64, 32, 2.0)
    source.unlink()  # the USB stick is gone: the banner still prints
    write_banner_pdf(BannerSpec(SLOGAN, 5000, 800, logo=first), tmp_path / "b.pdf")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.gif", b"GIF89a", "không phải ảnh PNG hoặc JPG"),
        ("hong.png", b"not a picture", "bị hỏng hoặc không đọc được"),
        ("mat.jpg", None, "Không mở được ảnh"),
    ],
)
def test_bad_pictures_are_refused_in_vietnamese(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserFacingError, match=message):
        import_logo(path, tmp_path / "data")
    assert not (tmp_path / "data" / LOGO_FOLDER).exists()
