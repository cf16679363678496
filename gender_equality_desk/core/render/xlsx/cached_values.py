"""Formula results stored in the saved workbook, for readers that do not calculate.

openpyxl writes a total as `<c r="C12"><f>SUM(C5:C11)</f><v></v></c>`: Excel and LibreOffice compute it,
but a reader without a calculation engine (openpyxl's `data_only`, pandas, a province's script) sees a
blank total. openpyxl has no way to give a formula its result, so once it has written the package, the
package is copied entry by entry and each total's `<v>` is filled on the way with the number the report
prints (`Table.totals()`). The formula stays: a spreadsheet program still recalculates when a figure is
edited, and the workbook asks Excel for a full recalculation on opening.

Sheets are streamed a megabyte at a time, so the 100,000-row activity log is never held in memory whole.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import IO, BinaryIO
from xml.etree import ElementTree

from openpyxl.utils.cell import coordinate_to_tuple

Number = int | float
# sheet title → cell reference ("C12") → the formula's result
CachedValues = Mapping[str, Mapping[str, Number]]

CHUNK = 1 << 20
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_EMPTY_VALUE = re.compile(rb"<v\s*/>|<v>[^<]*</v>")


def store_cached_values(package: BinaryIO, target: Path, values: CachedValues) -> None:
    """Copy the workbook `package` (as openpyxl saved it, compressed or not) to `target`, compressed,
    each cell of `values` — a formula cell — carrying its result. A cell that is not a formula is left
    as it is."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        parts = _sheet_parts(source)
        cells_by_part = {parts[title]: cells for title, cells in values.items() if cells and title in parts}
        for info in source.infolist():
            cells = cells_by_part.get(info.filename)
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            big = info.file_size > 1 << 30
            with source.open(info) as reader, out.open(entry, "w", force_zip64=big) as writer:
                if cells:
                    fill_cells(reader, writer, {ref: _number_text(value) for ref, value in cells.items()})
                else:
                    shutil.copyfileobj(reader, writer, CHUNK)


def _sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title → the package entry holding that sheet's XML (read from workbook.xml and its rels)."""
    workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
    relationships = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in relationships.iter(f"{_RELATIONSHIPS}Relationship")
    }
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_RELATIONSHIP_ID), "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
        parts[sheet.get("name", "")] = part
    return parts


def _number_text(value: Number) -> bytes:
    return (str(value) if isinstance(value, int) else repr(float(value))).encode()


def fill_cells(reader: IO[bytes], writer: IO[bytes], cells: Mapping[str, bytes]) -> None:
    """Copy one sheet's XML from `reader` to `writer`, putting `cells[ref]` into the `<v>` of each formula
    cell named there. Cells are met in document order (row by row, column by column)."""
    pending = sorted(cells, key=coordinate_to_tuple, reverse=True)  # the next cell last
    buffer = b""
    while pending:
        marker = f'<c r="{pending[-1]}"'.encode()
        start = buffer.find(marker)
        if start >= 0:
            tag_end = buffer.find(b">", start)
            if tag_end >= 0 and buffer[tag_end - 1 : tag_end] == b"/":  # an empty cell, not a formula
                pending.pop()
                continue
            cell_end = buffer.find(b"</c>", tag_end) if tag_end >= 0 else -1
            if cell_end >= 0:
                cell_end += len(b"</c>")
                writer.write(buffer[:start])
                writer.write(_with_value(buffer[start:cell_end], cells[pending.pop()]))
                buffer = buffer[cell_end:]
                continue
        elif len(buffer) > len(marker):  # keep only what may begin a marker cut by the chunk's end
            writer.write(buffer[: -len(marker)])
            buffer = buffer[-len(marker) :]
        chunk = reader.read(CHUNK)
        if not chunk:
            break  # a cell that is not there keeps what openpyxl wrote
        buffer += chunk
    writer.write(buffer)
    shutil.copyfileobj(reader, writer, CHUNK)


def _with_value(cell: bytes, value: bytes) -> bytes:
    """`<c …><f>…</f><v></v></c>` with `value` in its `<v>`; a cell without a formula is left as it is."""
    if b"<f>" not in cell and b"<f " not in cell:
        return cell
    filled = b"<v>" + value + b"</v>"
    if _EMPTY_VALUE.search(cell):
        return _EMPTY_VALUE.sub(lambda _: filled, cell, count=1)
    return cell[: -len(b"</c>")] + filled + b"</c>"
