"""Reading a province's list of communes from the Excel (.xlsx) or CSV file it already has.

Columns are found by their Vietnamese headings, whatever the case, accents or spacing: "Mã" / "Mã xã" /
"Mã đơn vị hành chính" / "Mã ĐVHC" (the code), "Tên xã/phường" / "Tên đơn vị" / "Tên" (the name),
"Cán bộ phụ trách" / "Họ tên cán bộ" (the officer), "Số điện thoại" / "Điện thoại" / "SĐT" (the phone),
"Ghi chú". The heading row may sit under a title ("DANH SÁCH CÁC XÃ, PHƯỜNG…"); columns of the province
or the former district ("Mã tỉnh", "Tên huyện") are not taken for the commune's. A CSV is UTF-8 with or
without BOM, separated by commas, semicolons (Excel in Vietnamese) or tabs.

Codes stay text: "04378" keeps its zero, and a code Excel stored as the number 4378 is read back as
"04378" (official commune codes have five digits).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gender_equality_desk.core.domain.text import fold, nfc
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.sheet_rows import first_sheet_rows

SUFFIXES = (".xlsx", ".csv")
CODE_DIGITS = 5  # mã đơn vị hành chính cấp xã
HEADING_SEARCH_ROWS = 15  # a title and a few blank lines may come before the headings
MAX_ROWS = 5000  # a province has at most a few hundred communes; thousands means a wrong file
CODE, NAME, OFFICER, PHONE, NOTE = "code", "name", "officer", "phone", "note"
# Folded headings taken as they are, then folded prefixes; words naming another level rule a column out.
_EXACT = {
    CODE: {"ma", "ma xa", "ma xa/phuong", "ma xa, phuong", "ma xa phuong", "ma don vi", "ma dvhc",
           "ma don vi hanh chinh", "ma so", "ma xa/phuong/dac khu"},
    NAME: {"ten", "ten xa", "ten xa/phuong", "ten xa, phuong", "ten xa phuong", "ten don vi", "xa/phuong",
           "xa, phuong", "ten don vi hanh chinh", "don vi", "don vi hanh chinh", "ten xa/phuong/dac khu"},
    OFFICER: {"can bo phu trach", "ho ten can bo", "can bo", "nguoi phu trach", "cong chuc phu trach",
              "ho va ten can bo", "ho ten", "ho va ten", "can bo van hoa - xa hoi"},
    PHONE: {"so dien thoai", "dien thoai", "sdt", "dt", "so dt", "dien thoai lien he"},
    NOTE: {"ghi chu"},
}  # fmt: skip
_PREFIXES = {
    CODE: ("ma ",),
    NAME: ("ten ",),
    OFFICER: ("can bo", "nguoi phu trach", "cong chuc", "ho ten", "ho va ten"),
    PHONE: ("so dien thoai", "dien thoai", "sdt"),
    NOTE: ("ghi chu",),
}
_OTHER_LEVELS = ("tinh", "huyen", "quan", "thanh pho", "tp", "qh", "tieng anh", "cap")


@dataclass(frozen=True)
class RosterLine:
    """One commune as the file lists it; `line` is the row number Excel or a text editor shows."""

    line: int
    code: str
    name: str
    officer: str = ""
    phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class RosterFile:
    lines: list[RosterLine]
    columns: frozenset[str]  # which of CODE, NAME, OFFICER, PHONE, NOTE the file has


Cell = object  # what openpyxl or csv hands back: str, int, float, datetime, None


def read_roster_file(path: Path) -> RosterFile:
    """The communes listed in `path`, blank rows skipped; UserFacingError (Vietnamese) when the file
    cannot be read or has no code and name columns. Checking the values is core.province.roster's."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserFacingError(
            f"Tệp danh bạ “{path.name}” không phải Excel (.xlsx) hoặc CSV (.csv). Hãy lưu danh sách xã "
            "dạng .xlsx, hoặc “CSV UTF-8” trong Excel."
        )
    if not path.exists():
        raise UserFacingError(f"Không tìm thấy tệp “{path}”. Hãy kiểm tra lại đường dẫn.")
    if path.is_dir():
        raise _unreadable(path, "đây là một thư mục, không phải tệp.")
    rows = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
    return _lines(path, rows)


def _unreadable(path: Path, why: str) -> UserFacingError:
    return UserFacingError(f"Không đọc được tệp danh bạ “{path.name}”: {why}")


def _csv_rows(path: Path) -> list[tuple[int, list[Cell]]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _unreadable(path, f"{error.strerror or error}.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _unreadable(
            path,
            "tệp không ở mã UTF-8 (tiếng Việt sẽ sai dấu). Trong Excel chọn Lưu thành → “CSV UTF-8 "
            "(Comma delimited)”, hoặc lưu dạng .xlsx.",
        ) from None
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    found: list[tuple[int, list[Cell]]] = []
    try:
        for fields in reader:
            found.append((reader.line_num, list(fields)))
            if len(found) > MAX_ROWS:
                raise _too_many(path)
    except csv.Error as error:
        raise _unreadable(path, f"dòng {reader.line_num} không đúng dạng CSV ({error}).") from None
    return found


def _xlsx_rows(path: Path) -> list[tuple[int, list[Cell]]]:
    return first_sheet_rows(
        path,
        lambda values: list(values) if any(value not in (None, "") for value in values) else None,
        limit=MAX_ROWS,
        unreadable=lambda why: _unreadable(path, why),
        too_many=lambda: _too_many(path),
    )


def _too_many(path: Path) -> UserFacingError:
    return UserFacingError(
        f"Tệp “{path.name}” có hơn {MAX_ROWS} dòng: có lẽ đã chọn nhầm tệp (một tỉnh có vài trăm xã). "
        "Hãy kiểm tra lại."
    )


def column_of(heading: str) -> str | None:
    """Which roster field a heading names (CODE, NAME, …), or None."""
    folded = fold(heading).strip(" :*.")
    for field, names in _EXACT.items():
        if folded in names:
            return field
    spaced = f" {' '.join(folded.replace('/', ' ').replace(',', ' ').split())} "
    if any(f" {words} " in spaced for words in _OTHER_LEVELS):
        return None
    for field, prefixes in _PREFIXES.items():
        if folded.startswith(prefixes):
            return field
    return None


def _find_headings(rows: Sequence[tuple[int, list[Cell]]]) -> tuple[int, dict[str, int]] | None:
    """(index in rows of the heading row, field → column) for the first row naming a code and a name."""
    for index, (_line, cells) in enumerate(rows[:HEADING_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for column, cell in enumerate(cells):
            field = column_of(_text(cell)) if isinstance(cell, str) else None
            if field is not None and field not in columns:
                columns[field] = column
        if CODE in columns and NAME in columns:
            return index, columns
    return None


def _lines(path: Path, rows: list[tuple[int, list[Cell]]]) -> RosterFile:
    found = _find_headings(rows)
    if found is None:
        raise UserFacingError(
            f"Tệp “{path.name}” không có dòng tiêu đề với cột “Mã” (mã đơn vị hành chính) và cột “Tên "
            "xã/phường”. Hãy thêm một dòng tiêu đề phía trên danh sách, ví dụ: STT | Mã | Tên xã/phường | "
            "Cán bộ phụ trách | Số điện thoại."
        )
    heading, columns = found
    lines: list[RosterLine] = []
    for line, cells in rows[heading + 1 :]:
        values = {field: _value(cells, column, code=field == CODE) for field, column in columns.items()}
        if not any(values.values()):
            continue
        lines.append(
            RosterLine(
                line=line,
                code=values[CODE],
                name=values[NAME],
                officer=values.get(OFFICER, ""),
                phone=values.get(PHONE, ""),
                note=values.get(NOTE, ""),
            )
        )
    return RosterFile(lines, frozenset(columns))


def _value(cells: Sequence[Cell], column: int, *, code: bool) -> str:
    cell = cells[column] if column < len(cells) else None
    if code:
        return normal_code(cell)
    return _text(cell)


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return " ".join(nfc(str(cell)).split())


def normal_code(cell: Cell) -> str:
    """A code as the roster keeps it: text, digits padded to five ("4378" or 4378 → "04378")."""
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = "".join(_text(cell).split())
    if text.isdigit() and len(text) < CODE_DIGITS:
        return text.zfill(CODE_DIGITS)
    return text
