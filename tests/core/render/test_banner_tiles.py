"""Core's tile list: what every tiled page draws, and the tiled PDF drawing exactly that list."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]

from gender_equality_desk.core.render.banner import pdf
from gender_equality_desk.core.render.banner.pdf import write_tiled_pdf
from gender_equality_desk.core.render.banner.spec import MM_TO_PT, BannerSpec
from gender_equality_desk.core.render.banner.tiles import (
    LABEL_SIZE,
    MARK_GAP,
    MARK_LENGTH,
    Segment,
    Tile,
    label_width,
    tile_banner,
    tile_banner_on_page,
)
from gender_equality_desk.core.render.banner.tiling import Paper

from .pdf_drawing import differences

SLOGAN = "Chung tay chấm dứt bạo lực đối với phụ nữ và trẻ em"
BANNER = BannerSpec(SLOGAN, 5000, 800, second_line="UBND xã Cao Lâu")


def test_tiles_go_row_by_row_with_their_labels() -> None:
    tiled = tile_banner(BANNER, Paper.A4)
    plan = tiled.plan
    assert (plan.rows, plan.cols, len(tiled.tiles)) == (5, 19, 95)
    assert [(t.row, t.col, t.number) for t in tiled.tiles[:3]] == [(0, 0, 1), (0, 1, 2), (0, 2, 3)]
    assert (tiled.tiles[19].row, tiled.tiles[19].col) == (1, 0)
    last = tiled.tiles[-1]
    assert last.label.text.startswith("Hàng 5/5 – Cột 19/19 (trang 95/95) · 5000 × 800 mm")
    assert last.tag.text == "H5-C19"


def test_sources_cover_the_sheet_and_neighbours_share_the_overlap() -> None:
    tiled = tile_banner(BANNER, Paper.A3)
    plan, tiles = tiled.plan, tiled.tiles
    width, height = BANNER.width_pt, BANNER.height_pt
    first, right, below = tiles[0].source, tiles[1].source, tiles[plan.cols].source
    assert first.left == 0
    assert first.bottom + first.height == pytest.approx(height)
    assert first.left + first.width - right.left == pytest.approx(plan.overlap)
    assert below.bottom + below.height - first.bottom == pytest.approx(plan.overlap)
    last = tiles[-1].source
    assert last.left + last.width >= width and last.bottom <= 0
    assert all(t.content == tiles[0].content for t in tiles)


def test_cut_marks_stand_in_the_margin_off_each_corner() -> None:
    tile = tile_banner(BANNER, Paper.A4).tiles[0]
    content = tile.content
    right, top = content.left + content.width, content.bottom + content.height
    assert len(tile.cut_marks) == 8
    for mark in tile.cut_marks:
        assert abs(mark.x2 - mark.x1) + abs(mark.y2 - mark.y1) == pytest.approx(MARK_LENGTH)
        on_edge = mark.x1 in (content.left, right) or mark.y1 in (content.bottom, top)
        assert on_edge
        inside = content.left < mark.x2 < right and content.bottom < mark.y2 < top
        assert not inside
    assert Segment(content.left, content.bottom - MARK_GAP, content.left, content.bottom - MARK_GAP - 8) in (
        tile.cut_marks
    )


def test_glue_lines_only_towards_a_neighbour() -> None:
    tiled = tile_banner(BANNER, Paper.A4)
    plan, tiles = tiled.plan, tiled.tiles
    content = tiles[0].content
    x = content.left + content.width - plan.overlap
    y = content.bottom + plan.overlap
    assert tiles[0].glue_lines == (
        Segment(x, content.bottom, x, content.bottom + content.height),
        Segment(content.left, y, content.left + content.width, y),
    )
    assert tiles[plan.cols - 1].glue_lines == (Segment(content.left, y, content.left + content.width, y),)
    assert tiles[-plan.cols].glue_lines == (Segment(x, content.bottom, x, content.bottom + content.height),)
    assert tiles[-1].glue_lines == ()


def test_the_label_shrinks_only_where_it_would_run_past_the_content() -> None:
    upright_a4 = tile_banner(BannerSpec(SLOGAN, 180, 1000), Paper.A4)
    assert upright_a4.page_width < upright_a4.page_height
    assert all(tile.label.size == LABEL_SIZE for tile in upright_a4.tiles)
    a5 = tile_banner_on_page(BannerSpec(SLOGAN, 110, 1000), 148 * MM_TO_PT, 210 * MM_TO_PT)
    assert a5.page_width < a5.page_height
    for tile in a5.tiles:
        assert tile.label.size < LABEL_SIZE
        assert label_width(tile.label.text, tile.label.size) == pytest.approx(tile.content.width)
        assert tile.tag.x + label_width(tile.tag.text, tile.tag.size) == pytest.approx(
            tile.content.left + tile.content.width
        )


@pytest.mark.parametrize("paper", [Paper.A4, Paper.A3])
def test_the_tiled_pdf_draws_exactly_the_tile_list(tmp_path: Path, paper: Paper) -> None:
    target = tmp_path / "ghep.pdf"
    write_tiled_pdf(BANNER, target, paper)
    assert differences(tile_banner(BANNER, paper), PdfReader(target)) == []


def test_a_mark_moved_in_the_pdf_only_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draw = pdf._draw_tile_marks

    def drifted(canvas: Canvas, tile: Tile) -> None:
        if tile.number == 2:  # one cut mark 0.5 pt to the right: a renderer drawing its own geometry
            first = tile.cut_marks[0]
            moved = dataclasses.replace(first, x1=first.x1 + 0.5, x2=first.x2 + 0.5)
            tile = dataclasses.replace(tile, cut_marks=(moved, *tile.cut_marks[1:]))
        draw(canvas, tile)

    monkeypatch.setattr(pdf, "_draw_tile_marks", drifted)
    target = tmp_path / "ghep.pdf"
    write_tiled_pdf(BANNER, target, Paper.A4)
    problems = differences(tile_banner(BANNER, Paper.A4), PdfReader(target))
    assert len(problems) == 1 and problems[0].startswith("page 2: strokes")
