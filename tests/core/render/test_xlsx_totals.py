"""Totals a reader without a calculation engine can read: each total formula carries its result.

Read back with openpyxl's `data_only` (what pandas and a province's script see), every total equals an
independent sum of the figure cells of its sheet and `Table.totals()`; the formula is still there for
Excel and LibreOffice. A total that is text ("—", nothing recorded) is text, not a formula.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import et_xmlfile
import openpyxl
import openpyxl.worksheet._writer as sheet_writer
import pytest
from openpyxl.cell._writer import etree_write_cell
from openpyxl.worksheet.worksheet import Worksheet

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.render.xlsx import cached_values, render_xlsx, uses_write_only
from gender_equality_desk.core.reports.content import Cell, ReportContent, Table
from gender_equality_desk.core.reports.registry import ReportKind, ReportRequest, build_report
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

from .conftest import make_report

FIRST_FIGURE_ROW = 5


def figure_column_sum(sheet: Worksheet, column: int, total_row: int) -> float:
    """The numbers of a column's figure rows, bold group rows left out, read from the saved sheet."""
    total = 0.0
    for row in range(FIRST_FIGURE_ROW, total_row):
        value = sheet.cell(row, column).value
        if not sheet.cell(row, 1).font.b and isinstance(value, int | float):
            total += value
    return total


def check_totals(path: Path, content: ReportContent) -> int:
    """Every total of every table sheet, as a non-calculating reader sees it; returns how many."""
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path)
    checked = 0
    for name, table in zip(values.sheetnames[1:], content.tables(), strict=True):
        if table.total_label is None:
            continue
        row = FIRST_FIGURE_ROW + len(table.rows)
        sheet = values[name]
        assert sheet.cell(row, 1).value == table.total_label
        for index, (column, expected) in enumerate(zip(table.columns, table.totals(), strict=True)):
            if index == 0 or not column.summed:
                continue
            value = sheet.cell(row, index + 1).value
            assert value == expected, (name, index)
            assert value == pytest.approx(figure_column_sum(sheet, index + 1, row)), (name, index)
            formula = formulas[name].cell(row, index + 1).value
            assert isinstance(formula, str) and formula.startswith("=SUM("), (name, index)
            checked += 1
    return checked


def test_the_totals_of_a_report_are_stored_with_their_formulas(tmp_path: Path) -> None:
    content = make_report()
    path = render_xlsx(content, tmp_path / "bc.xlsx")
    assert check_totals(path, content) == 5
    sheet = openpyxl.load_workbook(path, data_only=True)["Hoạt động"]
    assert [sheet.cell(12, column).value for column in range(2, 7)] == [27, 1275, 720, 555, 9_000_000]
    with zipfile.ZipFile(path) as package:
        assert b'fullCalcOnLoad="1"' in package.read("xl/workbook.xml")  # Excel recomputes on opening
        assert {info.compress_type for info in package.infolist()} == {zipfile.ZIP_DEFLATED}


def test_a_streamed_workbook_stores_its_totals_too(tmp_path: Path) -> None:
    content = make_report()
    table = content.tables()[0]
    rows = tuple(
        replace(table.rows[1], cells=(f"Hoạt động {i}", 1, i, i // 2, i - i // 2, 1000 * i))
        for i in range(5003)
    )
    big = replace(content, blocks=(*content.blocks[:5], replace(table, rows=(table.rows[0], *rows))))
    assert uses_write_only(big)
    path = render_xlsx(big, tmp_path / "lon.xlsx")
    assert check_totals(path, big) == 5
    book = openpyxl.load_workbook(path, data_only=True, read_only=True)  # as pandas reads it
    total = next(book["Hoạt động"].iter_rows(min_row=5 + 5004, max_row=5 + 5004, values_only=True))
    book.close()
    assert total[:6] == ("Tổng cộng", 5003, sum(range(5003)), sum(i // 2 for i in range(5003)),
                         sum(i - i // 2 for i in range(5003)), 1000 * sum(range(5003)))  # fmt: skip


def test_totals_are_stored_whichever_xml_writer_openpyxl_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl writes `<v></v>` through lxml and `<v />` without it (as on a PC where lxml is missing)."""
    monkeypatch.setattr(sheet_writer, "xmlfile", et_xmlfile.xmlfile)
    monkeypatch.setattr(sheet_writer, "write_cell", etree_write_cell)
    content = make_report()
    path = render_xlsx(content, tmp_path / "bc.xlsx")
    with zipfile.ZipFile(path) as package:
        assert b"<f>SUM(F6:F11)</f><v>9000000</v>" in package.read("xl/worksheets/sheet2.xml")
    assert check_totals(path, content) == 5


@dataclass(frozen=True)
class RecordedTotals(Table):
    """A table whose content says "—" for a column where nothing was recorded and gives another column a
    total of its own (what Table.totals() may come to say; the renderer must write what it says)."""

    def totals(self) -> tuple[Cell, ...]:
        cells = list(super().totals())
        cells[4] = "—"
        cells[5] = 123
        return tuple(cells)


def test_a_text_total_is_text_and_a_total_the_formula_would_not_give_is_that_number(tmp_path: Path) -> None:
    content = make_report()
    table = content.tables()[0]
    odd = RecordedTotals(**{name: getattr(table, name) for name in table.__dataclass_fields__})
    path = render_xlsx(replace(content, blocks=(odd,)), tmp_path / "bc.xlsx")
    formulas = openpyxl.load_workbook(path)["Hoạt động"]
    values = openpyxl.load_workbook(path, data_only=True)["Hoạt động"]
    assert formulas["E12"].value == "—" and formulas["E12"].data_type == "s"
    assert formulas["E12"].font.b and formulas["E12"].alignment.horizontal == "right"
    assert formulas["F12"].value == 123 and values["F12"].value == 123  # what the PDF prints
    assert formulas["D12"].value == "=SUM(D6:D11)" and values["D12"].value == 720


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("demo")))
    generate_demo(store, years=2, scale=1, seed=8, as_of=date(2026, 12, 20))
    yield store
    store.close()


def test_every_total_of_the_real_reports_is_readable(demo: Store, tmp_path: Path) -> None:
    with demo.reading() as session:
        contents = [build_report(session, ReportRequest(kind, 2025)) for kind in ReportKind]
    checked = 0
    for content in contents:
        checked += check_totals(render_xlsx(content, tmp_path / f"{content.file_stem}.xlsx"), content)
    assert checked >= 10


@pytest.mark.parametrize("chunk", [1, 5, 17, 1 << 20])
def test_results_are_filled_whatever_the_chunks_cut(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sheet is streamed: a cell cut by a chunk's end is still found; a cell that is empty or not a
    formula, or not there at all, is left as openpyxl wrote it."""
    monkeypatch.setattr(cached_values, "CHUNK", chunk)
    sheet = (
        b'<row r="9"><c r="B9" s="3"><f>SUM(B5:B8)</f><v></v></c><c r="C9" s="3"/><c r="D9" t="n"><v>4</v>'
        b'</c><c r="E9"><f>SUM(E5:E8)</f></c></row><row r="90"><c r="C90" s="3"><f>SUM(C5:C8)</f><v />'
        b"</c></row>"
    )
    out = io.BytesIO()
    values = {"B9": b"12", "C9": b"7", "D9": b"5", "E9": b"0.5", "C90": b"8", "Z99": b"1"}
    cached_values.fill_cells(io.BytesIO(sheet), out, values)
    assert out.getvalue() == (
        b'<row r="9"><c r="B9" s="3"><f>SUM(B5:B8)</f><v>12</v></c><c r="C9" s="3"/><c r="D9" t="n"><v>4</v>'
        b'</c><c r="E9"><f>SUM(E5:E8)</f><v>0.5</v></c></row><row r="90"><c r="C90" s="3"><f>SUM(C5:C8)</f>'
        b"<v>8</v></c></row>"
    )
