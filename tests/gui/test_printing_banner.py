"""Banner printing through Qt draws core's tile list, the very list the tiled PDF draws."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.render.banner.layout import BannerLayout
from gender_equality_desk.core.render.banner.pdf import write_tiled_pdf
from gender_equality_desk.core.render.banner.spec import BannerSpec
from gender_equality_desk.core.render.banner.tiles import Tile, tile_banner
from gender_equality_desk.core.render.banner.tiling import Paper
from gender_equality_desk.gui import printing
from gender_equality_desk.gui.printing import banner_print_tiles, print_banner

from ..core.render.pdf_drawing import differences

BANNER = BannerSpec(
    "Chung tay chấm dứt bạo lực đối với phụ nữ và trẻ em", 5000, 800, second_line="UBND xã Cao Lâu"
)
PAPERS = [(Paper.A4, QPageSize.PageSizeId.A4), (Paper.A3, QPageSize.PageSizeId.A3)]


def pdf_printer(target: Path, size: QPageSize.PageSizeId) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(size))
    return printer


def sample_pages(reader: PdfReader, cols: int) -> list[int]:
    """First and last page, and the corners of the grid: every mix of glue lines (none, right, below)."""
    last = len(reader.pages) - 1
    return sorted({0, cols - 1, last - cols + 1, last, last // 2})


@pytest.mark.parametrize(("paper", "size"), PAPERS, ids=["A4", "A3"])
def test_qt_print_and_the_pdf_get_identical_tile_lists(
    qapp: QApplication, tmp_path: Path, paper: Paper, size: QPageSize.PageSizeId
) -> None:
    for_printer = banner_print_tiles(BANNER, pdf_printer(tmp_path / "in.pdf", size))
    for_pdf = tile_banner(BANNER, paper)
    assert len(for_printer.tiles) == len(for_pdf.tiles) == for_pdf.plan.page_count
    assert [t.label for t in for_printer.tiles] == [t.label for t in for_pdf.tiles]
    assert [t.cut_marks for t in for_printer.tiles] == [t.cut_marks for t in for_pdf.tiles]
    assert for_printer == for_pdf  # sources, glue lines and tags too, to the last digit


@pytest.mark.parametrize(("paper", "size"), PAPERS, ids=["A4", "A3"])
def test_the_qt_printout_and_the_tiled_pdf_both_draw_exactly_that_list(
    qapp: QApplication, tmp_path: Path, paper: Paper, size: QPageSize.PageSizeId
) -> None:
    printed, tiled_pdf = tmp_path / "in.pdf", tmp_path / "ghep.pdf"
    print_banner(BANNER, pdf_printer(printed, size))
    write_tiled_pdf(BANNER, tiled_pdf, paper)
    tiles = tile_banner(BANNER, paper)
    qt_reader = PdfReader(printed)
    pages = sample_pages(qt_reader, tiles.plan.cols)
    assert differences(tiles, qt_reader, pages) == []
    assert differences(tiles, PdfReader(tiled_pdf), pages) == []
    label = " ".join(qt_reader.pages[-1].extract_text().split())
    assert f"(trang {tiles.plan.page_count}/{tiles.plan.page_count})" in label


def test_a_mark_or_label_moved_in_the_qt_printout_only_is_caught(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paint = printing.paint_tile

    def drifted(painter: QPainter, spec: BannerSpec, layout: BannerLayout, tile: Tile, height: float) -> None:
        if tile.number == 1:  # a cut mark 0.5 pt lower, as if Qt computed its own geometry
            mark = tile.cut_marks[0]
            moved = dataclasses.replace(mark, y1=mark.y1 - 0.5, y2=mark.y2 - 0.5)
            tile = dataclasses.replace(tile, cut_marks=(moved, *tile.cut_marks[1:]))
        if tile.number == 2:  # the tag drawn a little smaller
            tile = dataclasses.replace(tile, tag=dataclasses.replace(tile.tag, size=7.0))
        paint(painter, spec, layout, tile, height)

    monkeypatch.setattr(printing, "paint_tile", drifted)
    printed = tmp_path / "in.pdf"
    print_banner(BANNER, pdf_printer(printed, QPageSize.PageSizeId.A4))
    problems = differences(tile_banner(BANNER, Paper.A4), PdfReader(printed), [0, 1, 2])
    assert [problem.split(":")[0] for problem in problems] == ["page 1", "page 2"]
    assert "strokes" in problems[0] and "texts" in problems[1]


@pytest.mark.parametrize("chooses", [True, False])
def test_the_banner_print_dialog_is_gone_once_the_officer_has_answered(qtbot: QtBot, chooses: bool) -> None:
    """Left behind on the page, the hidden dialog pointed at a printer freed right after printing (and
    every print added one more)."""
    page = QWidget()
    qtbot.addWidget(page)
    titles: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, answer)
            return
        titles.append(dialog.windowTitle())
        dialog.accept() if chooses else dialog.reject()

    QTimer.singleShot(0, answer)
    printer = printing.ask_banner_printer(page)

    assert titles == ["In băng rôn ghép trang"]
    assert (printer is not None) is chooses
    if printer is not None:
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert page.findChildren(QPrintDialog) == []
