"""Writing the downloadable templates: a data sheet with drop-down lists, instructions, the lists.

The data sheet has the headers in row 1 and one example row (its title starts with "Ví dụ:" and the
reader skips it). Drop-downs point at the "Danh mục" sheet, filled from the store's active catalogue
entries when the template is downloaded, so a village added yesterday is in today's template.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import ranges as number_ranges
from gender_equality_desk.core.exchange.excel_import.choices import Choices, load_choices
from gender_equality_desk.core.exchange.excel_import.columns import (
    COLUMNS,
    EXAMPLE_PREFIX,
    SHEET_TITLES,
    ChoiceList,
    Column,
    ValueKind,
)
from gender_equality_desk.core.fileio import write_with
from gender_equality_desk.core.records.kinds import RecordType

DATA_ROWS = 1000  # rows prepared with drop-downs and formats below the header
PRINTED_ROWS = 25  # ruled rows on a printed copy
LISTS_SHEET = "Danh mục"
GUIDE_SHEET = "Hướng dẫn"
FONT = "Times New Roman"  # the font of Decree-30 documents; present on every office PC
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
REQUIRED_FILL = PatternFill("solid", fgColor="F8DDC9")
THIN = Side(style="thin", color="9AA5B1")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
_EXAMPLES: dict[RecordType, dict[str, Any]] = {
    RecordType.ACTIVITY: {
        "title": f"{EXAMPLE_PREFIX} Họp dân lồng ghép nội dung bình đẳng giới",
        "start_day": date(2025, 11, 20), "start_time": time(8, 0), "end_day": date(2025, 11, 20),
        "end_time": time(10, 30), "place_text": "Nhà văn hóa thôn", "organiser": "Hội Liên hiệp Phụ nữ xã",
        "participants_total": 60, "participants_female": 38, "participants_male": 22,
        "participants_children": 0, "participants_ethnic_minority": 0, "budget_vnd": 1500000,
        "budget_source": "Ngân sách xã", "status": "Đã thực hiện",
        "result_summary": "Người dân nắm được quy định về bình đẳng giới trong gia đình.",
    },
    RecordType.PROPAGANDA_EVENT: {
        "title": f"{EXAMPLE_PREFIX} Treo băng rôn hưởng ứng Tháng hành động",
        "start_day": date(2025, 11, 15), "end_day": date(2025, 12, 15),
        "places": "Trụ sở UBND xã; Ngã ba chợ; Trường THCS", "quantity": 6, "minutes": None,
        "estimated_reach": 1200, "notes": "",
    },
}  # fmt: skip
_NUMBER_FORMATS = {ValueKind.DATE: "DD/MM/YYYY", ValueKind.TIME: "HH:MM", ValueKind.MONEY: "#,##0",
                   ValueKind.INTEGER: "0", ValueKind.TEXT: "@", ValueKind.LONG_TEXT: "@"}  # fmt: skip


def write_template(session: Session, record_type: RecordType, target: Path) -> Path:
    """Write the template for `record_type` to `target` atomically; returns `target`."""
    choices = load_choices(session)
    workbook = Workbook()
    data = workbook.active
    assert data is not None
    data.title = SHEET_TITLES[record_type]
    lists = workbook.create_sheet(LISTS_SHEET)
    ranges = _fill_lists(lists, choices, record_type)
    _fill_data_sheet(data, record_type, choices, ranges)
    guide = workbook.create_sheet(GUIDE_SHEET, 1)
    _fill_guide(guide, record_type)
    write_with(target, lambda tmp: workbook.save(tmp))
    return target


def _used_lists(record_type: RecordType) -> list[ChoiceList]:
    return [column.choices for column in COLUMNS[record_type] if column.choices is not None]


def _fill_lists(sheet: Worksheet, choices: Choices, record_type: RecordType) -> dict[ChoiceList, str]:
    """One column per drop-down list; returns each list's absolute range for the validations."""
    ranges = {}
    for index, name in enumerate(_used_lists(record_type), start=1):
        letter = get_column_letter(index)
        header = sheet.cell(row=1, column=index, value=name.value)
        header.font = Font(name=FONT, bold=True)
        header.fill = HEADER_FILL
        labels = choices.offered(name) or ["(chưa có mục nào)"]
        for row, label in enumerate(labels, start=2):
            sheet.cell(row=row, column=index, value=label).font = Font(name=FONT)
        sheet.column_dimensions[letter].width = min(60, max(18, max(len(label) for label in labels) + 2))
        ranges[name] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(labels) + 1}"
    sheet.freeze_panes = "A2"
    sheet.protection.sheet = True  # the lists come from Cài đặt › Danh mục, not from this file
    return ranges


def _fill_data_sheet(
    sheet: Worksheet, record_type: RecordType, choices: Choices, ranges: dict[ChoiceList, str]
) -> None:
    columns = COLUMNS[record_type]
    example = _example(record_type, choices)
    last_row = DATA_ROWS + 1
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        header = sheet.cell(row=1, column=index, value=column.heading)
        header.font = Font(name=FONT, bold=True, size=11)
        header.fill = REQUIRED_FILL if column.required else HEADER_FILL
        header.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.border = BORDER
        sheet.column_dimensions[letter].width = column.width
        cell = sheet.cell(row=2, column=index, value=example.get(column.key))
        cell.font = Font(name=FONT, italic=True, color="7F7F7F")
        for row in range(2, min(last_row, 60) + 1):  # formats on the rows officers usually fill
            target = sheet.cell(row=row, column=index)
            target.number_format = _NUMBER_FORMATS.get(column.kind, "General")
            if column.kind is ValueKind.LONG_TEXT:
                target.alignment = Alignment(wrap_text=True, vertical="top")
        cell_range = f"{letter}2:{letter}{last_row}"
        validation = _validation(column, ranges)
        if validation is not None:
            sheet.add_data_validation(validation)
            validation.add(cell_range)
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "B2"
    # Villages sometimes print the sheet and fill it by hand: landscape, header on every page, and
    # at most two pages wide so the writing space stays readable.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 2 if len(columns) > 12 else 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"
    sheet.print_area = f"A1:{get_column_letter(len(columns))}{PRINTED_ROWS + 1}"
    for row in range(2, PRINTED_ROWS + 2):
        for index in range(1, len(columns) + 1):
            sheet.cell(row=row, column=index).border = BORDER


def _validation(column: Column, ranges: dict[ChoiceList, str]) -> DataValidation | None:
    if column.choices is not None:
        validation = DataValidation(type="list", formula1=ranges[column.choices], allow_blank=True)
        validation.error = f"Vui lòng chọn {column.header.lower()} trong danh sách thả xuống."
    elif column.kind is ValueKind.DATE:
        first, last = number_ranges.EARLIEST_DAY, number_ranges.latest_day()
        validation = DataValidation(type="date", operator="between",
                                    formula1=f"DATE({first.year},{first.month},{first.day})",
                                    formula2=f"DATE({last.year},{last.month},{last.day})",
                                    allow_blank=True)  # fmt: skip
        validation.error = (
            f"Vui lòng nhập ngày dạng ngày/tháng/năm, ví dụ 20/11/2025, {number_ranges.describe_days()}."
        )
    elif column.kind in (ValueKind.INTEGER, ValueKind.MONEY):
        allowed = number_ranges.MONEY if column.kind is ValueKind.MONEY else number_ranges.COUNT
        validation = DataValidation(
            type="whole",
            operator="between",
            formula1=str(allowed.low),
            formula2=str(allowed.high),
            allow_blank=True,
        )
        validation.error = f"{column.header}: vui lòng nhập số nguyên {allowed.describe()}."
    else:
        return None
    validation.showErrorMessage = True
    validation.errorTitle = "Giá trị chưa đúng"
    validation.errorStyle = "warning"  # the import checks again; let the officer keep an unusual value
    return validation


def _example(record_type: RecordType, choices: Choices) -> dict[str, Any]:
    example = dict(_EXAMPLES[record_type])
    for column in COLUMNS[record_type]:
        if column.choices is not None and column.key not in example:
            offered = choices.offered(column.choices)
            wanted = {"kind": 4 if record_type is RecordType.ACTIVITY else 0}.get(column.key, 0)
            example[column.key] = offered[min(wanted, len(offered) - 1)] if offered else None
    return example


def _fill_guide(sheet: Worksheet, record_type: RecordType) -> None:
    noun = "hoạt động" if record_type is RecordType.ACTIVITY else "sự kiện tuyên truyền"
    lines = [
        (f"HƯỚNG DẪN NHẬP {noun.upper()} TỪ TỆP EXCEL", True),
        (f"1. Mỗi dòng của trang “{SHEET_TITLES[record_type]}” là một {noun}. "
         "Dòng 1 là tiêu đề, không sửa.", False),
        (f"2. Dòng 2 là ví dụ (bắt đầu bằng “{EXAMPLE_PREFIX}”): ghi đè lên dòng này hoặc để nguyên — "
         "dòng ví dụ được bỏ qua khi nhập.", False),
        ("3. Cột có dấu (*) bắt buộc phải nhập. Các cột có mũi tên: chọn trong danh sách thả xuống.", False),
        ("4. Nhập xong, lưu tệp (.xlsx) và gửi cho cán bộ văn hóa – xã hội xã. Khi nhập, phần mềm kiểm tra "
         "từng dòng và báo lỗi theo số dòng; chỉ các dòng hợp lệ được nhập.", False),
        ("5. Nhập lại cùng một tệp không tạo bản ghi trùng: các dòng đã nhập được báo "
         "“Đã có, bỏ qua”.", False),
        ("", False),
        ("Các cột", True),
    ]  # fmt: skip
    for row, (text, bold) in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(name=FONT, bold=bold, size=13 if row == 1 else 11)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        sheet.row_dimensions[row].height = 32 if len(text) > 100 else 18
    start = len(lines) + 1
    for index, title in enumerate(("Cột", "Bắt buộc", "Cách nhập"), start=1):
        cell = sheet.cell(row=start, column=index, value=title)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
    for offset, column in enumerate(COLUMNS[record_type], start=1):
        values = (column.header, "Có" if column.required else "", column.hint)
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row=start + offset, column=index, value=value)
            cell.font = Font(name=FONT)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 10
    sheet.column_dimensions["C"].width = 70
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
