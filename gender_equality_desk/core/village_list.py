"""Reading a list of villages (thôn, bản, tổ dân phố) from a file a province or commune already has.

Accepted, as `gender-equality-desk setup --villages FILE` documents it:

* `.txt` or `.csv` in UTF-8: one village per line (a `.csv` may have several columns, separated by comma,
  semicolon or tab);
* `.xlsx`: one village per row of the first sheet.

The name is the first column, or the second when the first holds a row number (STT). A heading row at
the top ("STT", "Tên thôn", "Thôn/bản", "Danh sách…") and blank rows are skipped; a leading "1." or "1)"
is dropped. The file is refused, with the line numbers, when a name repeats or is too long.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.setup import village_key
from gender_equality_desk.core.sheet_rows import first_sheet_rows

SUFFIXES = (".txt", ".csv", ".xlsx")
NAME_MAX = 120  # Village.name
MAX_LINES = 2000  # a commune has dozens of villages; thousands of lines means a wrong file
_NUMBERING = re.compile(r"^\d{1,3}\s*[.)]\s+")
_NUMBER = re.compile(r"^\d{1,4}\.?$")
_HEADINGS = {"stt", "tt", "so tt", "so thu tu", "ten", "thon", "ban", "thon/ban", "thon, ban", "to dan pho",
             "thon, ban, to dan pho", "thon/ban/to dan pho", "thon, to dan pho", "dia ban"}  # fmt: skip


@dataclass(frozen=True)
class VillageLine:
    line: int  # as a text editor or Excel numbers it
    name: str


def read_village_list(path: Path) -> list[str]:
    """The village names of `path`, in order. UserFacingError (Vietnamese) when it cannot be used."""
    return [line.name for line in read_village_lines(path)]


def read_village_lines(path: Path) -> list[VillageLine]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserFacingError(
            f"Tệp danh sách thôn “{path.name}” không phải .txt, .csv hoặc .xlsx. Hãy lưu danh sách dạng "
            "văn bản (.txt, mỗi dòng một tên) hoặc Excel (.xlsx, mỗi hàng một tên)."
        )
    if not path.exists():
        raise UserFacingError(f"Không tìm thấy tệp danh sách thôn “{path}”. Hãy kiểm tra lại đường dẫn.")
    if path.is_dir():
        raise _unreadable(path, "đây là một thư mục, không phải tệp.")
    rows = _xlsx_rows(path) if suffix == ".xlsx" else _text_rows(path, suffix)
    lines = _names(rows)
    _refuse_problems(path, lines)
    return lines


def _unreadable(path: Path, why: str) -> UserFacingError:
    return UserFacingError(f"Không đọc được tệp danh sách thôn “{path}”: {why}")


def _text_rows(path: Path, suffix: str) -> list[tuple[int, list[str]]]:
    try:
        data = path.read_bytes()
    except PermissionError:
        raise _unreadable(path, "không có quyền đọc tệp này.") from None
    except OSError as error:
        raise _unreadable(path, f"lỗi khi đọc tệp ({error}).") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _unreadable(
            path,
            "tệp không ở mã UTF-8 (tiếng Việt sẽ sai dấu). Hãy mở tệp và lưu lại với mã UTF-8 "
            "(Excel: “CSV UTF-8”; Notepad: Encoding UTF-8), hoặc dùng tệp .xlsx.",
        ) from None
    lines = text.splitlines()
    if suffix == ".txt":
        return [(number, line.split("\t")) for number, line in enumerate(lines, start=1)]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:  # one column: nothing to separate
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    return [(rows.line_num, fields) for fields in rows]


def _xlsx_rows(path: Path) -> list[tuple[int, list[str]]]:
    def keep(values: tuple[object, ...]) -> list[str] | None:
        cells = ["" if value is None else _cell_text(value) for value in values[:2]]
        return cells if any(cell.strip() for cell in cells) else None

    return first_sheet_rows(
        path,
        keep,
        limit=MAX_LINES,
        unreadable=lambda why: _unreadable(path, why),
        too_many=_too_many,
    )


def _too_many() -> UserFacingError:
    return UserFacingError(
        f"Danh sách có hơn {MAX_LINES} thôn, bản: có lẽ đã chọn nhầm tệp. Hãy kiểm tra lại."
    )


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _names(rows: Iterable[tuple[int, Sequence[str]]]) -> list[VillageLine]:
    names: list[VillageLine] = []
    first = True
    for number, fields in rows:
        cells = [" ".join(field.split()) for field in fields]
        if not any(cells):
            continue
        if len(names) >= MAX_LINES:
            raise _too_many()
        numbered = len(cells) > 1 and bool(_NUMBER.match(cells[0]))
        name = _NUMBERING.sub("", cells[1] if numbered else cells[0])
        heading = first and (fold(cells[0]) in _HEADINGS or _looks_like_heading(name))
        first = False
        if name and not heading:
            names.append(VillageLine(number, name))
    return names


def _looks_like_heading(name: str) -> bool:
    folded = fold(name)
    return folded in _HEADINGS or folded.startswith(("ten thon", "ten ban", "ten to ", "danh sach"))


def _refuse_problems(path: Path, lines: list[VillageLine]) -> None:
    if not lines:
        raise UserFacingError(
            f"Tệp “{path.name}” không có tên thôn, bản nào. Mỗi dòng ghi một tên, ví dụ: Thôn Đông Bàn."
        )
    problems: list[str] = []
    for line in lines:
        message = validation.max_length("tên thôn, bản", line.name, NAME_MAX)
        if message:
            problems.append(f"Dòng {line.line}: {message[0].upper()}{message[1:]}")
    first_seen: dict[str, VillageLine] = {}
    repeats: dict[str, list[int]] = {}
    for line in lines:
        key = village_key(line.name)
        if key in first_seen:
            repeats.setdefault(key, [first_seen[key].line]).append(line.line)
        else:
            first_seen[key] = line
    for key, numbers in repeats.items():
        where = ", ".join(str(number) for number in numbers)
        problems.append(f"“{first_seen[key].name}” có ở nhiều dòng ({where}). Hãy giữ một dòng.")
    if problems:
        raise UserFacingError(
            f"Tệp danh sách thôn “{path.name}” chưa dùng được:\n" + "\n".join(f"  {p}" for p in problems)
        )
