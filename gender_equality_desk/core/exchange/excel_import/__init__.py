"""Excel import for data sent by villages and schools: templates to fill, then a checked import.

* `write_template(session, record_type, path)`: an .xlsx with Vietnamese headers, drop-down lists from
  the store's catalogues, an example row and an instructions sheet.
* `check_workbook(session, path, today=…)`: every row checked with the record rules of core.records,
  with row-level Vietnamese messages; nothing is written.
* `import_rows(session, checked, today=…)`: the valid rows created in the caller's transaction; rows
  imported before are recognised by their fingerprint UUID and skipped.
"""

from gender_equality_desk.core.exchange.excel_import.columns import TEMPLATE_NAMES
from gender_equality_desk.core.exchange.excel_import.importer import (
    CheckedFile,
    CheckedRow,
    ImportResult,
    RowCounts,
    RowNote,
    RowStatus,
    check_workbook,
    import_rows,
)
from gender_equality_desk.core.exchange.excel_import.template import write_template

__all__ = [
    "TEMPLATE_NAMES",
    "CheckedFile",
    "CheckedRow",
    "ImportResult",
    "RowCounts",
    "RowNote",
    "RowStatus",
    "check_workbook",
    "import_rows",
    "write_template",
]
