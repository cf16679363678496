"""Reading a filled template: find the data sheet and its columns by their headers, then the rows.

Columns are found by header text (accents and "(*)" ignored), so a template whose columns were moved
still reads. A template that lost an optional column still reads too, with a warning naming the column;
one that lost a required column is refused, naming the column and the sheet. A file that is not one of
our templates is refused with a message saying which template to download.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.excel_import.cells import CellValue, is_blank
from gender_equality_desk.core.exchange.excel_import.columns import (
    COLUMNS,
    SHEET_TITLES,
    TEMPLATE_ARGUMENTS,
    Column,
    header_key,
)
from gender_equality_desk.core.exchange.excel_import.template import GUIDE_SHEET, LISTS_SHEET
from gender_equality_desk.core.exchange.excel_import.workbook_scan import (
    MAX_DATA_ROW,
    MAX_ROWS,
    check_sizes,
    last_data_row,
)
from gender_equality_desk.core.progress import Progress, report, stage
from gender_equality_desk.core.records.kinds import RecordType

# A sheet with fewer of a template's headers than this is not taken for a damaged copy of it.
MIN_RECOGNISED_HEADERS = 2
_NOT_DATA_SHEETS = {header_key(GUIDE_SHEET), header_key(LISTS_SHEET)}  # the template's other sheets


@dataclass(frozen=True)
class SheetRows:
    record_type: RecordType
    sheet_title: str
    rows: tuple[tuple[int, dict[str, CellValue]], ...]  # (row number as Excel shows it, key → cell)
    missing_columns: tuple[Column, ...] = ()  # optional columns deleted from the template


@dataclass(frozen=True)
class _Match:
    record_type: RecordType
    positions: dict[str, int]  # column key → index in the header row

    @property
    def columns(self) -> tuple[Column, ...]:
        return COLUMNS[self.record_type]

    @property
    def missing(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.key not in self.positions)

    @property
    def missing_required(self) -> tuple[Column, ...]:
        return tuple(column for column in self.missing if column.required)

    @property
    def share(self) -> float:
        return len(self.positions) / len(self.columns)


def template_source(record_type: RecordType) -> str:
    """Where a fresh template comes from, in the app and on the command line."""
    return (
        "nút “Tải mẫu” ở Cài đặt › Dữ liệu › Nhập từ Excel, hoặc lệnh "
        f"“gender-equality-desk template {TEMPLATE_ARGUMENTS[record_type]} --out mau.xlsx”"
    )


def _best_match(headers: list[str]) -> _Match:
    """The template whose headers this row carries most of (complete templates first)."""
    keys = [header_key(header) for header in headers]
    matches = [
        _Match(record_type, {column.key: keys.index(header_key(column.header)) for column in columns
                             if header_key(column.header) in keys})
        for record_type, columns in COLUMNS.items()
    ]  # fmt: skip
    return max(matches, key=lambda match: (not match.missing_required, match.share))


def _archive(path: Path) -> zipfile.ZipFile:
    try:
        if path.is_file() and path.stat().st_size == 0:
            raise UserFacingError(
                f"Tệp “{path.name}” trống (0 byte), không có dữ liệu nào. Có thể tệp chưa được lưu xong "
                "hoặc bị lỗi khi chép; hãy mở lại tệp gốc, lưu lại rồi gửi lại."
            )
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise UserFacingError(f"Không tìm thấy tệp “{path.name}”. Hãy chọn lại tệp.") from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _unreadable(path) from None


def _open(path: Path) -> Workbook:
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise UserFacingError(f"Không tìm thấy tệp “{path.name}”. Hãy chọn lại tệp.") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise _unreadable(path) from None


def _unreadable(path: Path) -> UserFacingError:
    return UserFacingError(
        f"Không đọc được “{path.name}” như một tệp Excel (.xlsx). Nếu tệp là .xls cũ, hãy mở bằng Excel "
        "hoặc LibreOffice và lưu lại dạng .xlsx; nếu tệp bị hỏng, hãy xin gửi lại."
    )


@dataclass(frozen=True)
class _Header:
    """What row 1 of a sheet says: nothing at all, or which template it is most like."""

    blank_sheet: bool
    match: _Match | None


def _read_sheet(
    sheet: Worksheet, last_row: int, progress: Progress | None
) -> tuple[_Header, SheetRows | None]:
    """Row 1 of `sheet` and, when it is a complete template header, its data rows down to `last_row`
    (the last row holding a value: the formatted blank rows below it are never read)."""
    if last_row == 0:
        return _Header(True, None), None
    generated = sheet.iter_rows(max_row=last_row, values_only=True)
    # openpyxl's cell types include formula objects a data_only read never yields.
    rows: Iterator[tuple[CellValue, ...]] = generated  # type: ignore[assignment]
    with closing(generated):  # at once: an unfinished read-only row generator keeps the file open
        first = next(rows, None)
        if first is None or all(is_blank(cell) for cell in first):  # data below, but no header on row 1
            return _Header(False, None), None
        match = _best_match([str(cell) if cell is not None else "" for cell in first])
        if match.missing_required:
            return _Header(False, match), None
        if last_row > MAX_DATA_ROW:
            raise UserFacingError(_too_many_rows(sheet.title, last_row))
        return _Header(False, match), SheetRows(
            match.record_type, sheet.title, _data_rows(rows, match, last_row, progress), match.missing
        )


def _too_many_rows(sheet_title: str, last_row: int) -> str:
    return (
        f"Trang “{sheet_title}” có dữ liệu đến dòng {group_thousands(last_row)}; một tệp nhập liệu có tối "
        f"đa {group_thousands(MAX_ROWS)} dòng dữ liệu (đến dòng {group_thousands(MAX_DATA_ROW)}). Hãy xóa "
        "các dòng thừa ở cuối trang hoặc chia thành nhiều tệp nhỏ rồi nhập lần lượt."
    )


def read_rows(path: Path, progress: Progress | None = None) -> SheetRows:
    """The template sheet's data rows; `progress(done, total)` may raise JobCancelled to stop."""
    with warnings.catch_warnings():
        # openpyxl warns about a date cell holding 10^12 and reads it as an error value; the cell check
        # then explains it under its column. Not a warning for whoever runs the app.
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        return _read_rows(path, progress)


def _read_rows(path: Path, progress: Progress | None) -> SheetRows:
    with _archive(path) as archive:
        check_sizes(path, archive)  # before openpyxl loads shared strings and styles whole
        workbook = _open(path)
        try:
            return _template_sheet(path, archive, workbook, progress)
        finally:
            workbook.close()


def _template_sheet(
    path: Path, archive: zipfile.ZipFile, workbook: Workbook, progress: Progress | None
) -> SheetRows:
    damaged: tuple[str, _Match] | None = None  # the sheet most like a template that lost a required column
    blank = True  # a file whose sheets are all blank is called empty, not "not a template"
    for sheet in workbook.worksheets:
        last_row = _last_row(path, archive, sheet, stage(progress, 0, 30))
        header, found = _read_sheet(sheet, last_row, stage(progress, 30, 100))
        if found is not None:
            return found
        blank = blank and header.blank_sheet
        match = header.match
        if (
            match is not None
            and len(match.positions) >= MIN_RECOGNISED_HEADERS
            and header_key(sheet.title) not in _NOT_DATA_SHEETS
            and (damaged is None or match.share > damaged[1].share)
        ):
            damaged = (sheet.title, match)
    if damaged is not None:
        raise UserFacingError(_missing_required_message(path, *damaged))
    if blank:
        raise UserFacingError(
            f"Tệp “{path.name}” không có dữ liệu: mọi trang đều trống. Hãy kiểm tra đã chọn đúng tệp "
            "và tệp đã được lưu sau khi điền."
        )
    raise UserFacingError(
        f"“{path.name}” không phải mẫu nhập liệu của ứng dụng: không thấy dòng tiêu đề có các cột bắt buộc "
        "(đánh dấu *). Hãy bấm “Tải mẫu” (hoặc chạy lệnh “gender-equality-desk template activities” hay "
        "“… template propaganda”), chép dữ liệu vào mẫu rồi nhập lại."
    )


def _last_row(path: Path, archive: zipfile.ZipFile, sheet: Worksheet, progress: Progress | None) -> int:
    # openpyxl keeps the sheet's part name on its read-only worksheets (private, stable since 2.x);
    # without it the sheet is read to its end as before.
    part = getattr(sheet, "_worksheet_path", None)
    if not isinstance(part, str) or part.lstrip("/") not in archive.namelist():
        return sheet.max_row or MAX_DATA_ROW
    return last_data_row(path, archive, part.lstrip("/"), progress)


def _data_rows(
    rows: Iterator[tuple[CellValue, ...]], match: _Match, last_row: int, progress: Progress | None
) -> tuple[tuple[int, dict[str, CellValue]], ...]:
    found: list[tuple[int, dict[str, CellValue]]] = []
    for number, values in enumerate(rows, start=2):
        if number % 50 == 0:
            report(progress, number, last_row)
        if all(is_blank(value) for value in values):
            continue
        if len(found) >= MAX_ROWS:
            raise UserFacingError(
                f"Tệp có hơn {MAX_ROWS} dòng dữ liệu; hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt."
            )
        found.append((number, {key: values[index] if index < len(values) else None
                               for key, index in match.positions.items()}))  # fmt: skip
    report(progress, last_row, last_row)
    return tuple(found)


def _missing_required_message(path: Path, sheet_title: str, match: _Match) -> str:
    missing = match.missing_required
    names = ", ".join(f"“{column.heading}”" for column in missing)
    which = "cột bắt buộc" if len(missing) == 1 else f"{len(missing)} cột bắt buộc"
    expected = SHEET_TITLES[match.record_type].lower()
    return (
        f"Trang “{sheet_title}” của tệp “{path.name}” (mẫu nhập {expected}) thiếu {which} {names}: "
        "cột đã bị xóa hoặc tiêu đề cột đã bị sửa, nên không nhập được. Hãy thêm lại cột với đúng tiêu đề "
        f"ở dòng 1, hoặc tải mẫu mới ({template_source(match.record_type)}), chép dữ liệu vào mẫu "
        "rồi nhập lại."
    )


def missing_column_warning(sheet: SheetRows) -> str | None:
    """The warning for optional columns deleted from the template: their cells are taken as blank."""
    if not sheet.missing_columns:
        return None
    names = ", ".join(f"“{column.header}”" for column in sheet.missing_columns)
    which = "cột" if len(sheet.missing_columns) == 1 else f"{len(sheet.missing_columns)} cột"
    cells = "ô này" if len(sheet.missing_columns) == 1 else "các ô này"
    return (
        f"Trang “{sheet.sheet_title}” không có {which} {names} (không bắt buộc): các dòng được nhập với "
        f"{cells} để trống. Nếu cần số liệu ấy, hãy thêm lại cột với đúng tiêu đề ở dòng 1, hoặc tải mẫu mới "
        f"({template_source(sheet.record_type)}) và chép dữ liệu vào mẫu."
    )
