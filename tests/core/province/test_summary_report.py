"""The Sở's consolidated report: the PDF read back with pdftotext, the workbook with openpyxl (formulas and
stored results) and recalculated by LibreOffice; every figure against plain SQL on the store file."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.province.consolidation import Consolidation, consolidate
from gender_equality_desk.core.province.summary_report import province_summary_report, symbol_of
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.render.xlsx import render_xlsx
from gender_equality_desk.core.store.engine import Store
from tests.core.render.test_xlsx_libreoffice import CSV_ALL_SHEETS, SOFFICE, convert, sheet_rows

from .province_fixtures import (
    FIGURE_CODES,
    SUMMED_CODES,
    Province,
    add_commune,
    add_round,
    fill_province,
    set_up_province,
)
from .test_consolidation import sql_sums

TODAY = date(2026, 12, 24)


@pytest.fixture
def province(store: Store) -> Province:
    return fill_province(store, communes=40)


@pytest.fixture
def consolidation(store: Store, province: Province) -> Consolidation:
    with store.reading() as session:
        return consolidate(session, province.round_id)


def pdf_text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_pdf_is_the_sos_report_with_sums_and_the_missing_named(
    store: Store, province: Province, consolidation: Consolidation, tmp_path: Path
) -> None:
    with store.reading() as session:
        content = province_summary_report(session, province.round_id, today=TODAY, day=TODAY)
    text = pdf_text(render_pdf(content, tmp_path / "tong-hop.pdf"))
    assert "UBND TỈNH LẠNG SƠN" in text and "SỞ NỘI VỤ" in text and "/BC-SNV" in text
    assert "Lạng Sơn, ngày 24 tháng 12 năm 2026" in text
    included = len(province.reported)
    assert f"đã nhận báo cáo của {included}/40 xã, phường" in text
    assert f"tổng cộng của {included}/40 xã, phường đã gửi báo cáo" in text
    for commune in consolidation.missing:
        assert commune.name in text
    assert "Xã Hợp Thành (cũ) (mã 09990) không được cộng" in text
    sums = sql_sums(store, province.round_id)
    cursor = text.index("KẾT QUẢ TỔNG HỢP")
    for code in SUMMED_CODES:
        line = consolidation.total_of(code).line
        total, count = sums[code]
        assert total is not None
        # A unit may wrap onto a second line ("Lượt / người"): the label, then its total and count.
        at = text.index(line.label, cursor)
        cursor = at + len(line.label)
        assert f"{group_thousands(total)} {count}" in text[at : at + 200], line.label
    assert "Tỷ lệ, không cộng giữa các xã" in text
    assert "Hoàng Văn Minh" in text and "- Bộ Nội vụ;" in text and "- UBND tỉnh Lạng Sơn;" in text


def test_workbook_has_one_row_per_commune_and_live_totals(
    store: Store, province: Province, consolidation: Consolidation, tmp_path: Path
) -> None:
    with store.reading() as session:
        content = province_summary_report(session, province.round_id, today=TODAY, per_commune=True)
    target = render_xlsx(content, tmp_path / "tong-hop.xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Báo cáo", "Tổng hợp", "Theo xã", "Xã chưa báo cáo"]
    sheet = book["Theo xã"]
    header = [cell.value for cell in sheet[4]]
    assert header[:3] == ["TT", "Mã xã", "Tên xã, phường"]
    assert header[3:] == [line.heading for line in consolidation.figure_lines]
    assert header[3] == "1. Số hoạt động truyền thông đã tổ chức"
    included = len(province.reported)
    first, last, total_row = 5, 4 + included, 5 + included
    assert [sheet.cell(row, 2).value for row in range(first, last + 1)] == list(province.reported)
    assert sheet.cell(total_row, 1).value == "Tổng cộng"
    cached = openpyxl.load_workbook(target, data_only=True)["Theo xã"]
    sums = sql_sums(store, province.round_id)
    for column, code in enumerate(FIGURE_CODES, start=4):
        letter = openpyxl.utils.get_column_letter(column)
        formula = sheet.cell(total_row, column).value
        if code in SUMMED_CODES:
            assert formula == f"=SUM({letter}{first}:{letter}{last})"
            assert cached.cell(total_row, column).value == sums[code][0]  # the result travels with it
        else:  # a share: no total at all
            assert formula is None
        blanks = [sheet.cell(row, column).value for row in range(first, last + 1)].count("—")
        assert blanks == included - sums[code][1]
    missing = book["Xã chưa báo cáo"]
    assert [missing.cell(row, 2).value for row in range(5, 5 + len(province.missing))] == list(
        province.missing
    )


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculates_the_same_totals(
    store: Store, province: Province, consolidation: Consolidation, tmp_path: Path
) -> None:
    with store.reading() as session:
        content = province_summary_report(session, province.round_id, today=TODAY, per_commune=True)
    source = render_xlsx(content, tmp_path / "th.xlsx")
    rows = sheet_rows(convert(source, CSV_ALL_SHEETS, tmp_path), "th", "Theo xã")
    total = rows[4 + len(province.reported)]
    assert total[0] == "Tổng cộng"
    sums = sql_sums(store, province.round_id)
    for column, code in enumerate(FIGURE_CODES, start=3):
        expected = str(sums[code][0]) if code in SUMMED_CODES else ""
        assert total[column] == expected, code


def test_symbol_of_the_issuing_body() -> None:
    assert symbol_of("SỞ NỘI VỤ") == "SNV"
    assert symbol_of("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") == "SVHTTDL"


def test_a_round_nobody_answered_has_no_total_row(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        set_up_province(session)
        add_commune(session, "001", "Xã An", officer="Vi Thị Lan", phone="0987 654 321")
        round_id = add_round(session)
    with store.reading() as session:
        content = province_summary_report(session, round_id, today=TODAY, per_commune=True)
    _summary, communes, missing = content.tables()
    assert communes.rows == () and communes.total_label is None
    assert missing.rows[0].cells == (1, "001", "Xã An", "Vi Thị Lan", "0987 654 321")
    sheet = openpyxl.load_workbook(render_xlsx(content, tmp_path / "rong.xlsx"))["Theo xã"]
    assert "Tổng cộng" not in [cell.value for cell in sheet["A"]]
    with store.reading() as session:
        document = province_summary_report(session, round_id, today=TODAY)
    text = pdf_text(render_pdf(document, tmp_path / "r.pdf"))
    assert "Chưa có báo cáo của 1 xã, phường: Xã An" in text and "nhận báo cáo của 0/1 xã, phường" in text
