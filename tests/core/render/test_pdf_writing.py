"""PDF writing is atomic, and the table helpers format and wrap cells as Vietnamese documents need."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.pdf import document, render_pdf
from gender_equality_desk.core.render.pdf.fonts import BOLD, REGULAR, register_fonts
from gender_equality_desk.core.render.pdf.styles import TableText
from gender_equality_desk.core.render.pdf.tables import cell_text, grid_layout, wrap_text
from gender_equality_desk.core.reports.content import CellKind, Table, TableColumn, TableRow

from .conftest import make_report


def test_written_in_place_with_no_temp_file_left(tmp_path: Path) -> None:
    target = tmp_path / "bao_cao.pdf"
    render_pdf(make_report(), target)
    assert [path.name for path in tmp_path.iterdir()] == ["bao_cao.pdf"]
    assert target.read_bytes().startswith(b"%PDF-")


def test_failure_keeps_the_old_file_and_leaves_no_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bao_cao.pdf"
    render_pdf(make_report(), target)
    before = target.read_bytes()

    def half_written(path: Path, *args: object) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("layout failed")

    monkeypatch.setattr(document, "build_pdf", half_written)
    with pytest.raises(RuntimeError):
        render_pdf(make_report(table_rows=30), target)
    assert target.read_bytes() == before
    assert [path.name for path in tmp_path.iterdir()] == ["bao_cao.pdf"]


def test_full_disk_says_what_to_do_in_vietnamese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(path: Path, *args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(document, "build_pdf", disk_full)
    full = r"USB hoặc ổ đĩa “.*” đã đầy \(còn trống [0-9,]+ MB\) nên không ghi được tệp PDF “bao_cao\.pdf”"
    with pytest.raises(UserFacingError, match=full):
        render_pdf(make_report(), tmp_path / "bao_cao.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("value", "kind", "printed"),
    [
        (1_500_000, CellKind.VND, "1.500.000"),
        (1275, CellKind.INTEGER, "1.275"),
        (0, CellKind.INTEGER, "0"),
        (12.6, CellKind.INTEGER, "13"),
        (0.573, CellKind.PERCENT, "57,3%"),
        ("<3", CellKind.INTEGER, "<3"),
        (None, CellKind.VND, ""),
        ("Tập huấn", CellKind.TEXT, "Tập huấn"),
    ],
)
def test_cells_print_in_vietnamese_notation(
    value: int | float | str | None, kind: CellKind, printed: str
) -> None:
    assert cell_text(value, kind) == printed


def test_wrapping_keeps_every_line_inside_the_column() -> None:
    register_fonts()
    width = 40.0
    text = "Hỗ trợ phụ nữ và trẻ em gặp khó khăn 14/01–15/01/2025"
    lines = wrap_text(text, REGULAR, 11, width).split("\n")
    assert len(lines) > 3
    assert all(stringWidth(line, REGULAR, 11) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_text_that_fits_is_left_alone() -> None:
    register_fonts()
    assert wrap_text("Tổng cộng", BOLD, 12, 200) == "Tổng cộng"


def test_dates_and_figures_get_the_width_they_print_in(tmp_path: Path) -> None:
    """A narrow date or money column (figures never wrap) is widened to its widest printed cell, at the
    expense of the text column, which wraps instead; the table still fills the frame exactly."""
    table = Table(
        "Nhật ký hoạt động",
        (
            TableColumn("Ngày", CellKind.DATE, width=0.3),
            TableColumn("Nội dung hoạt động", width=6),
            TableColumn("Kinh phí (đồng)", CellKind.VND, width=0.3, summed=True),
        ),
        tuple(
            TableRow((date(2026, 12, day), f"Họp dân tuyên truyền tại thôn số {day}", 617_283_945 * day))
            for day in (1, 2)
        ),
        total_label="Tổng cộng",
    )
    text = TableText(size=11.0)
    layout = grid_layout(table, text, 450.0)
    room = [width - 2 * text.padding for width in layout.widths]
    assert room[0] >= stringWidth("02/12/2026", BOLD, 11) > 450 * 0.3 / 6.6
    assert room[2] >= stringWidth("1.851.851.835", BOLD, 11)  # the bold total row
    assert sum(layout.widths) == pytest.approx(450.0)
    assert layout.data[1][0] == "01/12/2026" and layout.data[-1][2] == "1.851.851.835"
    reader = PdfReader(render_pdf(replace(make_report(), blocks=(table,)), tmp_path / "nk.pdf"))
    assert "02/12/2026" in reader.pages[0].extract_text().split()
