"""Băng rôn – Khẩu hiệu page: pick a slogan, change the size, watch the preview, save both PDFs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.render.banner.spec import MM_TO_PT
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Slogan
from gender_equality_desk.gui.pages.banners import BannersPage
from gender_equality_desk.gui.pages.base import DataChange, PageServices

from ..conftest import TODAY
from ..keyboard import type_text


@pytest.fixture
def page(shown: Callable[[BannersPage], BannersPage], filled_store: Store, layout: DataLayout) -> BannersPage:
    widget = BannersPage(PageServices(filled_store, layout, today=lambda: TODAY))
    widget.resize(1366, 768)
    return shown(widget)


def _pick(page: BannersPage, qtbot: QtBot, search: str) -> str:
    page.search.clear()
    qtbot.keyClicks(page.search, search)
    visible = page.visible_slogans()
    assert visible, f"no slogan matches {search!r}"
    for row in range(page.slogans.count()):
        item = page.slogans.item(row)
        if not item.isHidden():
            rect = page.slogans.visualItemRect(item)
            qtbot.mouseClick(page.slogans.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            break
    return visible[0]


def test_search_ignores_diacritics_and_picking_fills_the_preview(page: BannersPage, qtbot: QtBot) -> None:
    assert page.preview.layout_result is None
    assert not page.save_true_button.isEnabled()
    chosen = _pick(page, qtbot, "bao luc")
    assert "bạo lực" in chosen.lower()
    assert all("bạo lực" in text.lower() for text in page.visible_slogans())
    assert page.text_edit.toPlainText() == chosen
    result = page.preview.layout_result
    assert result is not None
    shown_text = " ".join(line.text for line in result.lines)
    assert shown_text == " ".join(chosen.upper().split())
    assert page.save_true_button.isEnabled()


def test_no_match_says_so(page: BannersPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "zzzz khong co")
    assert page.visible_slogans() == []
    assert "Không có khẩu hiệu nào khớp" in page.library_hint.text()


def test_changing_the_size_updates_the_preview(page: BannersPage, qtbot: QtBot) -> None:
    type_text(qtbot, page.text_edit, "Bình đẳng giới vì sự phát triển bền vững")
    banner = page.preview.layout_result
    assert banner is not None
    assert banner.width == pytest.approx(5000 * MM_TO_PT)
    page.size_combo.setCurrentIndex(page.size_combo.findData("poster_a3"))
    poster = page.preview.layout_result
    assert poster is not None
    assert (poster.width, poster.height) == (pytest.approx(297 * MM_TO_PT), pytest.approx(420 * MM_TO_PT))
    assert poster.slogan_line_count > banner.slogan_line_count
    assert not page.width_mm.isEnabled()

    page.size_combo.setCurrentIndex(page.size_combo.findData("custom"))
    assert page.width_mm.isEnabled()
    page.width_mm.clear()
    qtbot.keyClicks(page.width_mm, "3000")
    custom = page.preview.layout_result
    assert custom is not None
    assert custom.width == pytest.approx(3000 * MM_TO_PT)


def test_commune_line_and_colours_reach_the_preview(page: BannersPage, qtbot: QtBot) -> None:
    type_text(qtbot, page.text_edit, "Nói không với bạo lực gia đình")
    type_text(qtbot, page.second_line, "UBND xã Cao Lâu")
    page.choose_colour = lambda current, title: "#003399"
    qtbot.mouseClick(page.background_button, Qt.MouseButton.LeftButton)
    result = page.preview.layout_result
    assert result is not None
    assert result.lines[-1].text == "UBND XÃ CAO LÂU"
    assert page.spec().background == "#003399"
    image = page.preview.grab().toImage()
    corner = page.preview.sheet_rect().toRect().topLeft()
    assert image.pixelColor(corner.x() + 3, corner.y() + 3).name() == "#003399"


def test_save_true_size_and_tiled(page: BannersPage, qtbot: QtBot, tmp_path: Path) -> None:
    chosen = _pick(page, qtbot, "binh dang")
    targets = iter([tmp_path / "kho-that.pdf", tmp_path / "ghep.pdf"])
    suggested: list[str] = []

    def answer(name: str, title: str) -> Path:
        suggested.append(name)
        return next(targets)

    page.choose_save_path = answer
    qtbot.mouseClick(page.save_true_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(tmp_path / "kho-that.pdf")
    assert float(reader.pages[0].mediabox.width) == pytest.approx(5000 * MM_TO_PT, abs=0.01)
    for word in chosen.upper().split():
        assert word in reader.pages[0].extract_text()
    assert suggested[0].startswith("bang-ron-binh-dang")
    assert "kho-that.pdf" in page.status.text()

    page.paper_combo.setCurrentIndex(page.paper_combo.findData("A3"))
    qtbot.mouseClick(page.save_tiled_button, Qt.MouseButton.LeftButton)
    tiled = PdfReader(tmp_path / "ghep.pdf")
    assert f"{len(tiled.pages)} trang A3" in page.status.text()
    assert float(tiled.pages[0].mediabox.width) == pytest.approx(420 * MM_TO_PT, abs=0.01)


def test_cancelled_dialog_writes_nothing(page: BannersPage, qtbot: QtBot, tmp_path: Path) -> None:
    type_text(qtbot, page.text_edit, "Khẩu hiệu")
    page.choose_save_path = lambda name, title: None
    qtbot.mouseClick(page.save_true_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.pdf")) == []
    assert page.status.text() == ""


def test_new_slogan_elsewhere_appears_after_a_change_notice(page: BannersPage, filled_store: Store) -> None:
    with filled_store.transaction() as session:
        session.add(Slogan(text="Khẩu hiệu mới của xã Đại Lộc", year=TODAY.year))
    page.on_data_changed(DataChange.SLOGANS)
    assert "Khẩu hiệu mới của xã Đại Lộc" in page.visible_slogans()
    with filled_store.reading() as session:
        assert session.scalar(select(Slogan.id).where(Slogan.text.like("%Đại Lộc"))) is not None


def _logo(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "Logo xã.png"
    Image.new("RGB", (200, 200), (0, 80, 200)).save(path)
    return path


def test_logo_is_copied_drawn_left_and_can_be_removed(
    page: BannersPage, qtbot: QtBot, tmp_path: Path, layout: DataLayout
) -> None:
    type_text(qtbot, page.text_edit, "Nói không với bạo lực gia đình")
    plain = page.preview.layout_result
    assert plain is not None and plain.logo_box is None
    page.choose_logo_path = lambda: _logo(tmp_path)
    qtbot.mouseClick(page.logo_button, Qt.MouseButton.LeftButton)
    assert (
        page.logo is not None and page.logo.path.parent.parent == layout.root
    )  # copied into the data folder
    result = page.preview.layout_result
    assert result is not None and result.logo_box is not None
    assert result.text_box.left > result.logo_box.right
    image = page.preview.grab().toImage()
    sheet = page.preview.sheet_rect()
    scale = sheet.width() / result.width
    centre_x = sheet.left() + (result.logo_box.left + result.logo_box.width / 2) * scale
    assert image.pixelColor(int(centre_x), int(sheet.center().y())).name() == "#0050c8"
    assert "Logo xã.png" in page.status.text()
    assert page.logo_label.text() == "Logo xã.png"
    qtbot.mouseClick(page.clear_logo_button, Qt.MouseButton.LeftButton)
    cleared = page.preview.layout_result
    assert cleared is not None and cleared.logo_box is None


def test_a_bad_picture_is_refused_in_vietnamese(page: BannersPage, qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "hong.jpg"
    broken.write_bytes(b"not a picture")
    page.choose_logo_path = lambda: broken
    qtbot.mouseClick(page.logo_button, Qt.MouseButton.LeftButton)
    assert page.logo is None
    assert "bị hỏng hoặc không đọc được" in page.status.text()


def test_print_sends_every_tile_to_the_chosen_printer(
    page: BannersPage, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from gender_equality_desk.core.render.banner.tiling import Paper, plan_tiles

    type_text(qtbot, page.text_edit, "Bình đẳng giới")
    page.size_combo.setCurrentIndex(page.size_combo.findData("pano_1_2x2_4"))
    page.choose_logo_path = lambda: _logo(tmp_path)
    qtbot.mouseClick(page.logo_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "in.pdf"

    def printer_to_pdf(size: QPageSize.PageSizeId) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageSize(QPageSize(size))
        return printer

    expected = {
        paper: plan_tiles(2400 * MM_TO_PT, 1200 * MM_TO_PT, paper).page_count
        for paper in (Paper.A4, Paper.A3)
    }
    for size, paper in ((QPageSize.PageSizeId.A4, Paper.A4), (QPageSize.PageSizeId.A3, Paper.A3)):
        page.choose_printer = lambda size=size: printer_to_pdf(size)  # type: ignore[misc]
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
        printed = PdfReader(target)
        assert len(printed.pages) == expected[paper]
        assert f"Đã gửi {expected[paper]} trang" in page.status.text()
        first, last = (" ".join(printed.pages[i].extract_text().split()) for i in (0, -1))
        assert "Hàng 1/" in first and "(trang 1/" in first
        assert f"(trang {expected[paper]}/{expected[paper]})" in last
    assert expected[Paper.A3] < expected[Paper.A4]

    page.choose_printer = lambda: None  # cancelled dialog prints nothing
    target.unlink()
    assert page.print_tiles() == 0
    assert not target.exists()
