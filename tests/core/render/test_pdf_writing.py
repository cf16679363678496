"""PDF writing is atomic, and the table helpers format and wrap cells as Vietnamese documents need."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.pdf import document, render_pdf
from gender_equality_desk.core.render.pdf.fonts import BOLD, REGULAR, register_fonts
from gender_equality_desk.core.render.pdf.tables import cell_text, wrap_text
from gender_equality_desk.core.reports.content import CellKind

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
    with pytest.raises(UserFacingError, match=r"Không ghi được tệp PDF.*chỗ trống"):
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
