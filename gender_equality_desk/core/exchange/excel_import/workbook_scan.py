"""A filled template looked at before openpyxl reads it: sizes within what a village's file can need,
and the last row of each sheet that holds data.

An .xlsx is a zip of XML. openpyxl walks every row element of a sheet, blank or not (a million
formatted blank rows took 44 s), and keeps every shared string in memory (one 60 MB cell took 318 MB).
A pass over the raw XML with regular expressions finds the last row that holds a value in a fraction
of that time, so the reader stops there, and refuses in Vietnamese what no template can contain.

How the caps were derived: a template holds at most reader.MAX_ROWS (5,000) rows of about 20 columns;
filled by Excel with a 2,000-character result summary on every row, it is about 4 MB on disk, its
sheet XML about 2 MB and its shared strings about 14 MB. Allowed: 20 MB on disk, 100 MB for any part
once inflated (a sheet with a million formatted blank rows is ~40 MB and still reads), 32 MB and
200,000 entries of shared strings, 32,767 characters in a cell (Excel's own limit), and data down to
row 10,000 (twice the rows, for blank rows in between).
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.package_limits import describe_bytes

MB = 1024 * 1024
MAX_FILE_BYTES = 20 * MB
MAX_PART_BYTES = 100 * MB
MAX_TOTAL_BYTES = 200 * MB
MAX_SHARED_STRINGS_BYTES = 32 * MB
MAX_SHARED_STRINGS = 200_000
MAX_CELL_CHARS = 32_767
MAX_ROWS = 5000  # a village or school sends dozens; thousands means a wrong file
MAX_DATA_ROW = 2 * MAX_ROWS
SHARED_STRINGS = "xl/sharedStrings.xml"
_CHUNK = 1024 * 1024
# A row element (its number, when written), or the start of a value: <v> or an inline string <is>.
_TOKEN = re.compile(r"<(?:\w+:)?(?:row\b([^>]*)|v[ >]|is[ >])")
_ROW_NUMBER = re.compile(r"""\sr=["'](\d+)["']""")
_VALUE = re.compile(r"<(?:\w+:)?(?:v|is)[ >]")
# A cell's start tag and the row number of its reference, if it has one.
_CELL = re.compile(r"""<(?:\w+:)?c\b(?:[^>]*?\sr=["'][A-Za-z]+(\d+)["'])?[^>]*>""")
_CELL_REACH = 4096  # a cell's start tag lies just before its value (a formula may come between)
_ENTRY = re.compile(r"<(?:\w+:)?si[ >]")

Progress = Callable[[int, int], None]


def too_big(path: Path, what: str) -> UserFacingError:
    return UserFacingError(
        f"Tệp “{path.name}” {what}, lớn hơn mọi tệp nhập liệu của một thôn "
        f"(tối đa {group_thousands(MAX_ROWS)} dòng). Hãy kiểm tra đã chọn đúng tệp; nếu đúng, hãy chép "
        "các dòng dữ liệu sang mẫu mới (bỏ hình ảnh, dòng trống định dạng sẵn) hoặc chia thành nhiều "
        "tệp nhỏ rồi nhập lần lượt."
    )


def check_sizes(path: Path, archive: zipfile.ZipFile) -> None:
    """UserFacingError when the file or any part of it is larger than a template can be."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise too_big(path, f"nặng {describe_bytes(size)} (tối đa {describe_bytes(MAX_FILE_BYTES)})")
    infos = archive.infolist()
    for info in infos:
        limit = MAX_SHARED_STRINGS_BYTES if info.filename == SHARED_STRINGS else MAX_PART_BYTES
        if info.file_size > limit:
            what = f"có phần “{info.filename}” nặng {describe_bytes(info.file_size)} khi giải nén"
            raise too_big(path, f"{what} (tối đa {describe_bytes(limit)})")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise too_big(path, f"giải nén ra {describe_bytes(total)} (tối đa {describe_bytes(MAX_TOTAL_BYTES)})")
    if SHARED_STRINGS in archive.namelist():
        _check_shared_strings(path, archive)


def _decoded(archive: zipfile.ZipFile, name: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    with archive.open(name) as handle:
        while chunk := handle.read(_CHUNK):
            yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


class _TextRuns:
    """The longest stretch of text between two tags, across chunks: a cell's text lies in one."""

    def __init__(self) -> None:
        self.run = 0

    def too_long(self, text: str) -> bool:
        first = text.find("<")
        if first == -1:
            self.run += len(text)
            return self.run > MAX_CELL_CHARS
        if self.run + first > MAX_CELL_CHARS:
            return True
        # Hop from tag to tag a cell's length at a time (a regex would retry at every character).
        position, end = first + 1, len(text)
        while end - position > MAX_CELL_CHARS:
            cut = text.rfind("<", position, position + MAX_CELL_CHARS + 1)
            if cut == -1:
                return True
            position = cut + 1
        self.run = end - text.rfind("<") - 1
        return False


def _check_shared_strings(path: Path, archive: zipfile.ZipFile) -> None:
    entries, runs, carry = 0, _TextRuns(), ""
    for text in _decoded(archive, SHARED_STRINGS):
        if runs.too_long(text):
            raise _long_cell(path)
        window, carry = _split_tag(carry + text)
        entries += len(_ENTRY.findall(window))
        if entries > MAX_SHARED_STRINGS:
            raise too_big(path, f"có hơn {group_thousands(MAX_SHARED_STRINGS)} chuỗi chữ khác nhau")


def _split_tag(text: str) -> tuple[str, str]:
    """(`text` up to a tag cut by the end of the chunk, that cut tag to be read with the next chunk)."""
    cut = text.rfind("<")
    if cut == -1 or ">" in text[cut:]:
        return text, ""
    return text[:cut], text[cut:]


def _long_cell(path: Path) -> UserFacingError:
    return UserFacingError(
        f"Tệp “{path.name}” có một ô dài hơn {group_thousands(MAX_CELL_CHARS)} ký tự, quá giới hạn của "
        "chính Excel: tệp không do Excel tạo ra hoặc đã bị hỏng. Hãy xóa ô đó (hoặc chép dữ liệu sang "
        "mẫu mới) rồi nhập lại."
    )


def last_data_row(
    path: Path, archive: zipfile.ZipFile, sheet_part: str, progress: Progress | None = None
) -> int:
    """The number of the last row of `sheet_part` holding a value (0: none). UserFacingError for a cell
    longer than Excel allows. `progress(bytes read, bytes)` may raise to stop.

    Only values are looked for (a million blank rows hold none): the last one's row is in the reference
    of its cell (``<c r="B12">``), written by Excel, LibreOffice and openpyxl alike; a file without
    references is counted row element by row element instead."""
    found = _scan(path, archive, sheet_part, progress, by_reference=True)
    return found if found is not None else _scan(path, archive, sheet_part, progress, by_reference=False) or 0


def _scan(
    path: Path, archive: zipfile.ZipFile, sheet_part: str, progress: Progress | None, *, by_reference: bool
) -> int | None:
    size = max(archive.getinfo(sheet_part).file_size, 1)
    row = last = read = 0
    runs, carry = _TextRuns(), ""
    for text in _decoded(archive, sheet_part):
        if runs.too_long(text):
            raise _long_cell(path)
        window, carry = _split_tag(carry + text)
        if by_reference:
            value = _last(_VALUE.finditer(window))
            if value is not None:
                cell = _last(_CELL.finditer(window, max(0, value.start() - _CELL_REACH), value.start()))
                if cell is None or cell.group(1) is None:
                    return None  # no reference to read: count the rows instead
                last = int(cell.group(1))
        else:
            for token in _TOKEN.finditer(window):
                attributes = token.group(1)
                if attributes is not None:
                    number = _ROW_NUMBER.search(attributes)
                    row = int(number.group(1)) if number else row + 1  # r may be left out: rows in order
                else:
                    last = row
        read += len(text)
        if progress is not None:
            progress(min(read, size), size)
    return last


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    kept = deque(matches, maxlen=1)
    return kept[0] if kept else None
