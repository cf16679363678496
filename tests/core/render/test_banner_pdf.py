"""Banner PDFs: true-size page for the print shop, tiled pages with every word for the office printer."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from gender_equality_desk.core.render.banner.pdf import write_banner_pdf, write_tiled_pdf
from gender_equality_desk.core.render.banner.spec import MM_TO_PT, PRESETS, BannerSpec, SizePreset
from gender_equality_desk.core.render.banner.tiling import Paper, plan_tiles

SLOGAN = "Chung tay chấm dứt bạo lực đối với phụ nữ và trẻ em"


@pytest.mark.parametrize("size", PRESETS, ids=lambda p: p.key)
def test_print_shop_page_is_the_chosen_size_in_points(tmp_path: Path, size: SizePreset) -> None:
    width, height = size.width_mm, size.height_mm
    target = tmp_path / "bang-ron.pdf"
    write_banner_pdf(BannerSpec(SLOGAN, width, height, second_line="UBND xã Cao Lâu"), target)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(width * 72 / 25.4, abs=0.01)
    assert float(box.height) == pytest.approx(height * 72 / 25.4, abs=0.01)
    text = reader.pages[0].extract_text()
    for word in (SLOGAN.upper() + " UBND XÃ CAO LÂU").split():
        assert word in text


def test_font_is_embedded(tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    write_banner_pdf(BannerSpec(SLOGAN, 5000, 800), target)
    resources = PdfReader(target).pages[0]["/Resources"]
    assert isinstance(resources, DictionaryObject)
    fonts = resources["/Font"]
    assert isinstance(fonts, DictionaryObject)
    tinos = [
        font.get_object() for font in fonts.values() if "Tinos-Bold" in str(font.get_object()["/BaseFont"])
    ]
    assert tinos
    assert all("/FontFile2" in font["/FontDescriptor"] for font in tinos)


def test_five_metre_banner_on_a4_gives_the_expected_grid(tmp_path: Path) -> None:
    target = tmp_path / "ghep.pdf"
    spec = BannerSpec(SLOGAN, 5000, 800, second_line="UBND xã Cao Lâu")
    plan = write_tiled_pdf(spec, target, Paper.A4)
    # A4 landscape (297 × 210 mm), 12 mm margins, 10 mm overlap: each page adds 263 × 176 mm.
    assert (plan.cols, plan.rows) == (math.ceil((5000 - 10) / 263), math.ceil((800 - 10) / 176)) == (19, 5)
    reader = PdfReader(target)
    assert len(reader.pages) == 95
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(297 * MM_TO_PT, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(210 * MM_TO_PT, abs=0.01)
    first, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    assert "Hàng 1/5 – Cột 1/19 (trang 1/95)" in first
    assert "Hàng 5/5 – Cột 19/19 (trang 95/95)" in last
    everything = " ".join(page.extract_text() for page in reader.pages)
    for word in (SLOGAN.upper() + " UBND XÃ CAO LÂU").split():
        assert word in everything


def test_a3_needs_fewer_pages_than_a4(tmp_path: Path) -> None:
    width, height = 5000 * MM_TO_PT, 800 * MM_TO_PT
    assert plan_tiles(width, height, Paper.A3).page_count < plan_tiles(width, height, Paper.A4).page_count


def test_tiles_cover_the_whole_sheet_with_overlap() -> None:
    width, height = 2400 * MM_TO_PT, 1200 * MM_TO_PT
    plan = plan_tiles(width, height, Paper.A4)
    x_last, y_last = plan.region(plan.rows - 1, plan.cols - 1, height)
    x_first, y_first = plan.region(0, 0, height)
    assert x_first == 0
    assert y_first + plan.content_height == pytest.approx(height)
    assert x_last + plan.content_width >= width
    assert y_last <= 0
    x_next, _ = plan.region(0, 1, height)
    assert x_next == pytest.approx(plan.content_width - plan.overlap)


def test_a_poster_smaller_than_the_paper_is_one_page() -> None:
    plan = plan_tiles(150 * MM_TO_PT, 100 * MM_TO_PT, Paper.A4)
    assert plan.page_count == 1


def test_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Exception, match="nội dung"):
        write_banner_pdf(BannerSpec("", 5000, 800), target)
    assert target.read_bytes() == b"old"
