"""A real spreadsheet program opens the workbook: LibreOffice converts it and recalculates the totals."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from gender_equality_desk.core.render.xlsx import render_xlsx, uses_write_only
from gender_equality_desk.core.reports.content import CellKind, ReportContent, Table, TableColumn, TableRow

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: installer/dev.sh installs libreoffice-calc-nogui",
)
# CSV of every sheet (the last field, -1), UTF-8 (76), raw values rather than as displayed (9th: false).
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def convert(source: Path, to: str, workdir: Path) -> Path:
    """Run soffice with a profile and HOME of its own, so parallel test runs do not share one."""
    assert SOFFICE is not None
    out = workdir / "out"
    env = {**os.environ, "HOME": str(workdir)}
    completed = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(source),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return out


def sheet_rows(out: Path, stem: str, sheet: str) -> list[list[str]]:
    with (out / f"{stem}-{sheet}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_libreoffice_converts_to_pdf_with_vietnamese_text(report: ReportContent, tmp_path: Path) -> None:
    source = render_xlsx(report, tmp_path / "bc.xlsx")
    pdf = convert(source, "pdf", tmp_path) / "bc.pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Độc lập - Tự do - Hạnh phúc" in text and "ỦY BAN NHÂN DÂN XÃ CAO LÂU" in text
    assert "Hoạt động truyền thông và số người tham gia" in text
    # The [$-42A] format tag makes LibreOffice group thousands the Vietnamese way, whatever its locale.
    assert "9.000.000" in text and "1.275" in text


def test_recalculated_totals_equal_the_content(report: ReportContent, tmp_path: Path) -> None:
    source = render_xlsx(report, tmp_path / "bc.xlsx")
    rows = sheet_rows(convert(source, CSV_ALL_SHEETS, tmp_path), "bc", "Hoạt động")
    table = report.tables()[0]
    total_row = rows[4 + len(table.rows)]
    assert total_row[0] == "Tổng cộng"
    expected = table.totals()
    for index, column in enumerate(table.columns[1:], start=1):
        assert column.summed and int(total_row[index]) == expected[index]


def test_streamed_workbook_recalculates_too(report: ReportContent, tmp_path: Path) -> None:
    table = report.tables()[0]
    body = table.rows[1]
    rows = tuple(
        replace(body, cells=(f"Hoạt động {i}", 1, i, i // 2, i - i // 2, 50_000 * i)) for i in range(5200)
    )
    big = replace(report, blocks=(replace(table, rows=rows),))
    assert uses_write_only(big)
    source = render_xlsx(big, tmp_path / "lon.xlsx")
    total = sheet_rows(convert(source, CSV_ALL_SHEETS, tmp_path), "lon", "Hoạt động")[4 + len(rows)]
    assert total[:6] == [
        "Tổng cộng",
        "5200",
        str(sum(range(5200))),
        *[str(v) for v in big.tables()[0].totals()[3:]],
    ]


def test_a_figure_edited_by_a_script_changes_the_recalculated_total(
    report: ReportContent, tmp_path: Path
) -> None:
    """The stored results do not freeze the totals: a figure changed by another program (here a script
    with openpyxl) is added up again by LibreOffice."""
    source = render_xlsx(report, tmp_path / "bc.xlsx")
    book = openpyxl.load_workbook(source)
    sheet = book["Hoạt động"]
    assert sheet["C7"].value == 157 and sheet["C12"].value == "=SUM(C6:C11)"
    sheet["C7"] = 1157
    book.save(tmp_path / "sua.xlsx")
    rows = sheet_rows(convert(tmp_path / "sua.xlsx", CSV_ALL_SHEETS, tmp_path), "sua", "Hoạt động")
    assert rows[11][:3] == ["Tổng cộng", "27", str(1275 + 1000)]


def test_a_date_column_shows_its_dates(report: ReportContent, tmp_path: Path) -> None:
    """A date column is wide enough for its dates: measured like a number it showed "###" instead of
    "05/12/2026"."""
    table = Table(
        "Nhật ký hoạt động",
        (
            TableColumn("STT", CellKind.INTEGER),
            TableColumn("Ngày", CellKind.DATE),
            TableColumn("Nội dung hoạt động"),
        ),
        (TableRow((1, date(2026, 12, 5), "Họp dân")), TableRow((2, date(2026, 11, 28), "Tập huấn"))),
        sheet_name="Nhật ký",
    )
    source = render_xlsx(replace(report, blocks=(table,)), tmp_path / "nk.xlsx")
    text = PdfReader(convert(source, "pdf", tmp_path) / "nk.pdf").pages[1].extract_text()
    assert "05/12/2026" in text and "28/11/2026" in text and "###" not in text
