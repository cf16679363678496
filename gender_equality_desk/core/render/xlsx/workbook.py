"""render_xlsx: the workbook as a whole — mode, sheets in order, document properties, atomic save."""

from __future__ import annotations

import errno
import tempfile
import zipfile
from pathlib import Path
from typing import cast

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from gender_equality_desk.core import disk_space, fileio
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.xlsx.cached_values import CachedValues, Number, store_cached_values
from gender_equality_desk.core.render.xlsx.cells import Sheet
from gender_equality_desk.core.render.xlsx.cover import write_cover_sheet
from gender_equality_desk.core.render.xlsx.sheet_names import SheetNamer
from gender_equality_desk.core.render.xlsx.styles import register_styles
from gender_equality_desk.core.render.xlsx.table_sheet import write_table_sheet
from gender_equality_desk.core.reports.content import ReportContent

# Above this many figure rows in any table the workbook is written in openpyxl's write-only mode: rows
# stream to disk instead of living in memory (an ordinary sheet keeps every cell as a Python object,
# hundreds of MB for a 100,000-row log). Both modes produce the same sheets; the package docstring says
# what differs.
WRITE_ONLY_ROWS = 5_000


def uses_write_only(content: ReportContent) -> bool:
    return any(len(table.rows) > WRITE_ONLY_ROWS for table in content.tables())


def render_xlsx(content: ReportContent, target: Path) -> Path:
    """Write `content` as an .xlsx workbook at `target` (atomically: a failure keeps any old file)."""
    try:
        fileio.write_with(target, lambda tmp: _save(content, tmp))
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):  # the room left and needed, not "[Errno 28]"
            raise disk_space.explain(error, target.parent, f"tệp “{target.name}”") from error
        raise UserFacingError(
            f"Không ghi được tệp “{target.name}” vào thư mục “{target.parent}” ({error.strerror or error}). "
            "Nếu tệp đang mở trong Excel, vui lòng đóng lại; nếu ổ đĩa đầy hoặc chỉ cho đọc, vui lòng chọn "
            "thư mục khác rồi thử lại."
        ) from error
    return target


def _save(content: ReportContent, path: Path) -> None:
    """openpyxl writes the package uncompressed to a temporary file, which is compressed once into
    `path` with the totals' results filled in (see `cached_values`)."""
    workbook, results = _build(content)
    with tempfile.TemporaryFile() as package:
        with zipfile.ZipFile(package, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
            ExcelWriter(workbook, archive).save()  # what Workbook.save does, into our archive
        package.seek(0)
        store_cached_values(package, path, results)


def _build(content: ReportContent) -> tuple[Workbook, CachedValues]:
    """The workbook, sheets in content order, and the results of its total formulas by sheet."""
    write_only = uses_write_only(content)
    workbook = Workbook(write_only=write_only)
    for empty in list(workbook.worksheets):  # the ordinary mode starts with an empty "Sheet"
        workbook.remove(empty)
    register_styles(workbook)
    _set_properties(workbook, content)
    # Excel recomputes every formula on opening (openpyxl's default, stated here because the stored
    # results must never outlive an edit made by another program).
    workbook.calculation.fullCalcOnLoad = True

    namer = SheetNamer()
    cover_name = namer.name(content.header.document_type.capitalize(), "Văn bản")
    tables = content.tables()
    names = {
        id(table): namer.name(table.sheet_name or table.title, f"Biểu {number}")
        for number, table in enumerate(tables, start=1)
    }
    write_cover_sheet(_new_sheet(workbook, cover_name), content, names)
    results: dict[str, dict[str, Number]] = {}
    for table in tables:
        name = names[id(table)]
        sheet = _new_sheet(workbook, name)
        results[name] = write_table_sheet(
            sheet, table, content.header.issuing_body, landscape=content.landscape
        )
    return workbook, results


def _new_sheet(workbook: Workbook, name: str) -> Sheet:
    return cast(Sheet, workbook.create_sheet(name))  # see cells.Sheet


def _set_properties(workbook: Workbook, content: ReportContent) -> None:
    properties = workbook.properties
    properties.title = content.metadata.get("title", content.header.subject)
    properties.creator = content.metadata.get("author", content.header.issuing_body)
    properties.subject = content.header.subject
    properties.language = "vi-VN"
