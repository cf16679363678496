"""The rows of the first sheet of an Excel list an officer hands the app (villages, the province's
communes), with the refusals every such list needs said once: an empty file, no permission, not an
Excel file, far too many rows (a wrong file chosen)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TypeVar

from gender_equality_desk.core.errors import UserFacingError

T = TypeVar("T")


def first_sheet_rows(
    path: Path,
    keep: Callable[[tuple[object, ...]], T | None],
    *,
    limit: int,
    unreadable: Callable[[str], UserFacingError],
    too_many: Callable[[], UserFacingError],
) -> list[tuple[int, T]]:
    """(row number, what `keep` made of the row) for every row `keep` does not drop (None: a blank row).

    `unreadable(why)` words the refusal of a file that cannot be read; `too_many()` that of a list longer
    than `limit` kept rows."""
    # Imported here: openpyxl takes a tenth of a second, and the pages that read lists open without one.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if path.stat().st_size == 0:
        raise unreadable("tệp trống (0 byte).")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except PermissionError:
        raise unreadable("không có quyền đọc tệp này.") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise unreadable("tệp không phải Excel (.xlsx) hoặc bị hỏng.") from None
    try:
        found: list[tuple[int, T]] = []
        with closing(workbook.worksheets[0].iter_rows(values_only=True)) as rows:
            for number, values in enumerate(rows, start=1):
                kept = keep(values)
                if kept is not None:
                    found.append((number, kept))
                if len(found) > limit:
                    raise too_many()
        return found
    finally:
        workbook.close()
