"""Reading parts of a package zip within their caps (package_limits): never more bytes than allowed,
and record parts row by row, never a whole part at once."""

from __future__ import annotations

import zipfile
from collections.abc import Generator
from contextlib import closing
from typing import Any

from gender_equality_desk.core.exchange.json_stream import iter_array
from gender_equality_desk.core.exchange.package_limits import MAX_ROW_CHARS, MAX_ROWS

CHUNK = 64 * 1024


class PartTooLargeError(ValueError):
    """A part bigger than its cap (declared or found), or a table with more rows than a commune makes."""

    def __init__(self, name: str, size: int, limit: int, *, rows: bool = False) -> None:
        super().__init__(name)
        self.name, self.size, self.limit, self.rows = name, size, limit, rows


def read_bounded(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The bytes of `name`; PartTooLargeError before inflating anything when its declared size exceeds
    `limit` (zipfile stops at the declared size, and a part longer than declared fails its CRC)."""
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise PartTooLargeError(name, info.file_size, limit)
    with archive.open(info) as handle:
        return handle.read(limit + 1)


def chunks(archive: zipfile.ZipFile, name: str) -> Generator[bytes]:
    with archive.open(name) as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def stream_rows(archive: zipfile.ZipFile, name: str, table: str) -> Generator[Any]:
    """The items of the JSON list in `name`, one at a time (JsonStreamError when it is not one);
    PartTooLargeError past the table's row cap. Close it (contextlib.closing) when stopping early."""
    limit = MAX_ROWS.get(table, 0)
    with closing(chunks(archive, name)) as source:  # closed with this generator: the zip member too
        for count, item in enumerate(iter_array(source, max_item_chars=MAX_ROW_CHARS), start=1):
            if count > limit:
                raise PartTooLargeError(name, count, limit, rows=True)
            yield item
