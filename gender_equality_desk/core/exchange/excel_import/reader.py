"""Reading a filled template: find the data sheet and its columns by their headers, then the rows.

Columns are found by header text (accents and "(*)" ignored), so a template whose columns were moved
or that lost an optional column still reads; a file that is not one of our templates is refused with a
message saying which template to download.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.excel_import.cells import CellValue, is_blank
from gender_equality_desk.core.exchange.excel_import.columns import COLUMNS, header_key
from gender_equality_desk.core.records.kinds import RecordType

MAX_ROWS = 5000  # a village or school sends dozens; thousands means a wrong file


@dataclass(frozen=True)
class SheetRows:
    record_type: RecordType
    sheet_title: str
    rows: tuple[tuple[int, dict[str, CellValue]], ...]  # (row number as Excel shows it, key → cell)


def _match(headers: list[str]) -> tuple[RecordType, dict[str, int]] | None:
    keys = [header_key(header) for header in headers]
    best: tuple[RecordType, dict[str, int]] | None = None
    for record_type, columns in COLUMNS.items():
        positions = {column.key: keys.index(header_key(column.header)) for column in columns
                     if header_key(column.header) in keys}  # fmt: skip
        required = [column.key for column in columns if column.required]
        if all(key in positions for key in required) and (best is None or len(positions) > len(best[1])):
            best = (record_type, positions)
    return best


def read_rows(path: Path) -> SheetRows:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise UserFacingError(f"Không tìm thấy tệp “{path.name}”. Hãy chọn lại tệp.") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise UserFacingError(
            f"Không đọc được “{path.name}” như một tệp Excel (.xlsx). Nếu tệp là .xls cũ, hãy mở bằng Excel "
            "hoặc LibreOffice và lưu lại dạng .xlsx; nếu tệp bị hỏng, hãy xin gửi lại."
        ) from None
    try:
        for sheet in workbook.worksheets:
            rows: Iterator[tuple[CellValue, ...]] = sheet.iter_rows(values_only=True)  # type: ignore[assignment]
            first = next(rows, None)
            if first is None:
                continue
            matched = _match([str(cell) if cell is not None else "" for cell in first])
            if matched is None:
                continue
            record_type, positions = matched
            found: list[tuple[int, dict[str, CellValue]]] = []
            for number, values in enumerate(rows, start=2):
                if all(is_blank(value) for value in values):
                    continue
                if len(found) >= MAX_ROWS:
                    raise UserFacingError(
                        f"Tệp có hơn {MAX_ROWS} dòng dữ liệu; hãy chia thành nhiều tệp nhỏ hơn "
                        "rồi nhập lần lượt."
                    )
                found.append((number, {key: values[index] if index < len(values) else None
                                       for key, index in positions.items()}))  # fmt: skip
            return SheetRows(record_type, sheet.title, tuple(found))
    finally:
        workbook.close()
    raise UserFacingError(
        f"“{path.name}” không phải mẫu nhập liệu của ứng dụng: không thấy dòng tiêu đề có các cột bắt buộc "
        "(đánh dấu *). Hãy bấm “Tải mẫu”, chép dữ liệu vào mẫu rồi nhập lại."
    )
