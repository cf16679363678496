"""Opening the small JSON files the two desks hand each other (the province's key file, its round file).

Both are read the same way before their own fields are: no larger than their format allows, UTF-8 JSON,
an object naming their format and version. A file that is not one says so in the format's own words.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gender_equality_desk.core.errors import UserFacingError


def read_json_file(
    path: Path, *, file_format: str, version: int, max_bytes: int, not_it: str, named: str = "Tệp"
) -> dict[str, Any]:
    """The JSON object in `path`; UserFacingError (Vietnamese): `not_it` when it is not a `file_format`
    file, a request to update when another version of the software wrote it (`named` begins that
    sentence: "Tệp khóa"), or why it could not be read."""
    try:
        if path.stat().st_size > max_bytes:
            raise UserFacingError(not_it)
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise UserFacingError(f"Không đọc được tệp “{path}”: {error.strerror or error}.") from error
    except ValueError:
        raise UserFacingError(not_it) from None
    if not isinstance(raw, dict) or raw.get("format") != file_format:
        raise UserFacingError(not_it)
    if raw.get("version") != version:
        raise UserFacingError(
            f"{named} “{path.name}” được tạo bởi phiên bản phần mềm khác. Hãy cập nhật phần mềm."
        )
    return raw
