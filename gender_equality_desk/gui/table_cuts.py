"""Cutting a printed table before a row, for gui/page_breaks.py: the rows from there on go to a copy of the
table that starts the next page, repeating the header rows and keeping every format (column widths,
borders, cell backgrounds).

A long table (a year's activity log) is cut once per page, and Qt lays out the rest of the table again
after every cut: with all its rows that made a 25-page log take seconds. So a copy holds only the rows of
the next WINDOW_PAGES pages; the others wait in a scratch document and come back at the copy's own cut, a
page later. `finish` puts back whatever still waits, so no row is ever lost.
"""

from __future__ import annotations

from itertools import count

from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment, QTextFormat, QTextTable

WINDOW_PAGES = 3  # pages' worth of rows put back after a cut: enough to run past the page it starts
WAITING = int(QTextFormat.Property.UserProperty) + 1  # table format property: the key of its waiting rows


class TableCuts:
    """The cuts made in one document, and the rows waiting to come back into it.

    The document is given once, never asked of a table: once `table.document()` has been called, PySide
    drops the Python side of the document's layout along with the table's ("already deleted")."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._waiting: dict[int, _Rows] = {}
        self._keys = count(1)

    def has_waiting_rows(self, table: QTextTable) -> bool:
        """True for a copy that holds only the first rows of its part: it must be cut after its page."""
        return _key(table) in self._waiting

    def cut(self, table: QTextTable, row: int, rows_per_page: int) -> None:
        """Rows from `row` on go to a copy of `table` on the next page (`rows_per_page`: how many fit on a
        page, about, to know how many to put back)."""
        rest = self._waiting.pop(_key(table), None)
        if rest is None:
            rest = _Rows(self._document, table)
        rest.drop(row - header_rows(table))  # the rows staying in `table`
        copy = self._window(rest, WINDOW_PAGES * rows_per_page)
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()  # Qt lays the document out again once, after the whole cut
        try:
            table.removeRows(row, table.rows() - row)
            cursor.setPosition(table.lastPosition() + 1)
            cursor.insertFragment(copy)
        finally:
            cursor.endEditBlock()

    def widen(self, table: QTextTable) -> None:
        """`table` ends on its first page while rows still wait: put it back with twice its rows."""
        rest = self._waiting.pop(_key(table))
        _replace(self._document, table, self._window(rest, 2 * (table.rows() - header_rows(table))))

    def finish(self) -> None:
        """Put back every row still waiting (when the search for breaks stopped early)."""
        for table in list(self._document.rootFrame().childFrames()):
            if isinstance(table, QTextTable) and self.has_waiting_rows(table):
                _replace(self._document, table, self._waiting.pop(_key(table)).fragment())

    def _window(self, rest: _Rows, rows: int) -> QTextDocumentFragment:
        if rest.body_rows() <= rows:
            return rest.fragment()
        key = next(self._keys)
        self._waiting[key] = rest
        return rest.fragment(rows, key)


class _Rows:
    """A table's header rows and the rows after a cut, in a scratch document, starting a page."""

    def __init__(self, document: QTextDocument, table: QTextTable) -> None:
        self._scratch = _scratch_with(_whole(document, table))
        (self._table,) = _tables(self._scratch)
        _start_page(self._table)

    def body_rows(self) -> int:
        return self._table.rows() - header_rows(self._table)

    def drop(self, rows: int) -> None:
        self._table.removeRows(header_rows(self._table), rows)

    def fragment(self, rows: int | None = None, key: int = 0) -> QTextDocumentFragment:
        """The header and all rows, or the header and the first `rows` marked with `key` (their rest
        waits under that key)."""
        if rows is None:
            return _whole(self._scratch, self._table)
        scratch = _scratch_with(_whole(self._scratch, self._table))
        (table,) = _tables(scratch)
        table.removeRows(header_rows(table) + rows, table.rows() - header_rows(table) - rows)
        table_format = table.format()
        table_format.setProperty(WAITING, key)
        table.setFormat(table_format)
        return _whole(scratch, table)


def header_rows(table: QTextTable) -> int:
    """The rows Qt repeats at the top of each page (from <thead>), at most all rows but one, as Qt does."""
    return max(0, min(table.format().headerRowCount(), table.rows() - 1))


def _key(table: QTextTable) -> int:
    key = table.format().property(WAITING)
    return key if isinstance(key, int) else 0


def _start_page(table: QTextTable) -> None:
    table_format = table.format()
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table_format.setProperty(WAITING, 0)
    table.setFormat(table_format)


def _scratch_with(fragment: QTextDocumentFragment) -> QTextDocument:
    scratch = QTextDocument()
    scratch.setUndoRedoEnabled(False)
    QTextCursor(scratch).insertFragment(fragment)
    return scratch


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def _whole(document: QTextDocument, table: QTextTable) -> QTextDocumentFragment:
    cursor = QTextCursor(document)
    cursor.setPosition(table.firstPosition() - 1)
    cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selection()


def _replace(document: QTextDocument, table: QTextTable, fragment: QTextDocumentFragment) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(table.firstPosition() - 1)
    cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertFragment(fragment)  # in place of the table
