"""Page breaks Qt's rich text cannot ask for, made after it has paginated a report for the printer.

QTextDocument knows no keep-with-next nor keep-together: a heading or a table title ("Biểu 1") could end a
page with its text or table on the next, a table row could be cut in two across pages, and a table's total
row could stand alone under the header repeated on a new page. `keep_together` finds the first place where
that happens, moves it to the next page — a page break before the heading, or the table cut in two before
a row, its second part repeating the header row — lets Qt lay the document out again and looks again from
there, until every page ends well. As in the PDF: a title keeps its table's header and first FIRST_ROWS
rows on its page (so a table of a few rows is not cut at all), and the total takes LAST_ROWS rows along.

Headings are the blocks the HTML marks as headings (`<h1>`–`<h6>`, QTextBlockFormat.headingLevel: the
report HTML uses <h4>) and the paragraph right before each table (its title).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextTable,
)

FIRST_ROWS = 3  # rows under the header on the page where a table starts, as in the PDF (short tables whole)
LAST_ROWS = 2  # rows that go along with a table's last row (its total) to the last page of the table
EPSILON = 0.01  # a line ending exactly on a page's bottom edge belongs to that page
MOVES_PER_PAGE = 4  # bound on the breaks made: a few per page boundary at most, however the document is

Item = QTextBlock | QTextTable  # what the document's top level holds, in order (empty blocks left out)


@dataclass(frozen=True)
class Extent:
    """Where something lies in the laid-out document: from the top of its first line to the bottom of its
    last, in document coordinates (page n covers [n·height, (n+1)·height))."""

    top: float
    bottom: float


@dataclass(frozen=True)
class Move:
    """One change that moves content to the next page; the search resumes at item `resume`."""

    resume: int
    apply: Callable[[], None]


class Pages:
    """The geometry of a paginated document: which page a line, block or table row falls on."""

    def __init__(self, document: QTextDocument) -> None:
        document.pageCount()  # finishes the layout after a change
        self.document = document
        self._layout = document.documentLayout()
        self._height = document.pageSize().height()

    def first(self, extent: Extent) -> int:
        return int(extent.top // self._height)

    def last(self, extent: Extent) -> int:
        return int((extent.bottom - EPSILON) // self._height)

    def block(self, block: QTextBlock) -> Extent | None:
        lines = block.layout()
        if lines is None or lines.lineCount() == 0:
            return None
        # Qt moves the lines of a block, not the block, to the next page: line y is from the block's origin.
        origin = self._layout.blockBoundingRect(block).top()
        first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
        return Extent(origin + first.y(), origin + last.y() + last.height())

    def row(self, table: QTextTable, row: int) -> Extent:
        extents: list[Extent] = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue  # covered by a cell spanning from another row or column
            block, end = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
            while block.isValid():
                extent = self.block(block)
                if extent is not None:
                    extents.append(extent)
                if block == end:
                    break
                block = block.next()
        return Extent(min(e.top for e in extents), max(e.bottom for e in extents))

    def item(self, item: Item) -> Extent | None:
        if isinstance(item, QTextTable):
            return Extent(self.row(item, 0).top, self.row(item, item.rows() - 1).bottom)
        return self.block(item)


def keep_together(document: QTextDocument) -> int:
    """Move headings, table titles and table rows to the next page until no heading ends a page, no row is
    cut across two pages and no table's last row is without LAST_ROWS rows above it on its page. The
    document must already be paginated (its page size set). Returns the number of changes made."""
    moves, resume = 0, 0
    limit = MOVES_PER_PAGE * document.pageCount() + MOVES_PER_PAGE
    while moves < limit:
        items = top_level_items(document)
        move = _first_move(Pages(document), items, resume)
        if move is None:
            break
        move.apply()
        moves, resume = moves + 1, move.resume
    return moves


def top_level_items(document: QTextDocument) -> list[Item]:
    items: list[Item] = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            items.append(frame)
        elif frame is None:
            block = iterator.currentBlock()
            if block.text().strip():  # Qt's empty blocks around tables take no room
                items.append(block)
        iterator += 1
    return items


def is_heading(items: list[Item], index: int) -> bool:
    item = items[index]
    if not isinstance(item, QTextBlock):
        return False
    before_table = index + 1 < len(items) and isinstance(items[index + 1], QTextTable)
    return item.blockFormat().headingLevel() > 0 or before_table


def _first_move(pages: Pages, items: list[Item], start: int) -> Move | None:
    for index in range(start, len(items)):
        item = items[index]
        if isinstance(item, QTextTable):
            move = _table_move(pages, items, index)
        elif is_heading(items, index):
            move = _heading_move(pages, items, index)
        else:
            continue
        if move is not None:
            return move
    return None


def _heading_move(pages: Pages, items: list[Item], index: int) -> Move | None:
    """A heading must share its page with the first line after it (a table: its header and first rows)."""
    heading = pages.item(items[index])
    if heading is None or index + 1 == len(items):
        return None
    following = items[index + 1]
    if isinstance(following, QTextTable):
        needed = min(_header_rows(following) + FIRST_ROWS, following.rows()) - 1
        after = pages.row(following, needed)
        apart = pages.last(after) > pages.last(heading)
    else:
        extent = pages.block(following)
        apart = extent is not None and pages.first(extent) > pages.last(heading)
    return _move_with_headings(pages, items, index) if apart else None


def _table_move(pages: Pages, items: list[Item], index: int) -> Move | None:
    """No row cut across two pages; a table's last row keeps LAST_ROWS rows above it on its page."""
    table = items[index]
    assert isinstance(table, QTextTable)
    header, last = _header_rows(table), table.rows() - 1
    rows: list[Extent] = []
    for row in range(table.rows()):  # measured one by one: the first cut row ends the search
        extent = pages.row(table, row)
        rows.append(extent)
        if pages.first(extent) == pages.last(extent):
            continue
        if row > header and pages.first(extent) > pages.last(rows[row - 1]):
            continue  # taller than a page on its own: nothing to do
        move = _cut_before(pages, items, index, min(row, last - LAST_ROWS))
        if move is not None:
            return move
    last_page = pages.first(rows[last])
    with_last = sum(1 for extent in rows[header:] if pages.first(extent) == last_page)
    if with_last > LAST_ROWS or pages.first(rows[header]) == last_page:
        return None
    return _cut_before(pages, items, index, last - LAST_ROWS)


def _cut_before(pages: Pages, items: list[Item], index: int, row: int) -> Move | None:
    """Rows from `row` on to the next page; the whole table, with its title, when fewer than FIRST_ROWS
    rows would stay under its header."""
    table = items[index]
    assert isinstance(table, QTextTable)
    if row < _header_rows(table) + FIRST_ROWS:
        return _move_with_headings(pages, items, index)
    return Move(index + 1, partial(split_table, pages.document, table, row))


def _move_with_headings(pages: Pages, items: list[Item], index: int) -> Move | None:
    """A page break before items[index] and the headings on its page right before it; None when they
    already start their page (the content is longer than a page: nothing better to do)."""
    start = index
    while start > 0 and is_heading(items, start - 1):
        before, extent = pages.item(items[start - 1]), pages.item(items[start])
        if before is None or extent is None or pages.last(before) != pages.first(extent):
            break
        start -= 1
    if _starts_page(pages, items, start):
        return None
    return Move(start, partial(break_before, items[start]))


def _starts_page(pages: Pages, items: list[Item], index: int) -> bool:
    if index == 0:
        return True
    before, extent = pages.item(items[index - 1]), pages.item(items[index])
    return before is None or extent is None or pages.last(before) < pages.first(extent)


def _header_rows(table: QTextTable) -> int:
    """The rows Qt repeats at the top of each page (from <thead>), at most all rows but one, as Qt does."""
    return max(0, min(table.format().headerRowCount(), table.rows() - 1))


def break_before(item: Item) -> None:
    if isinstance(item, QTextTable):
        table_format = item.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        item.setFormat(table_format)
        return
    block_format = QTextBlockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(item).mergeBlockFormat(block_format)


def split_table(document: QTextDocument, table: QTextTable, row: int) -> None:
    """Cut `table` before `row`: the rows from `row` on go to a copy of the table on the next page, which
    keeps the header rows and every format (column widths, borders, cell backgrounds).

    The document is passed in, not asked of the table: once `table.document()` has been called, PySide
    drops the Python side of the document's layout along with the table's ("already deleted")."""
    rest = _table_from(document, table, row)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # Qt lays the document out again once, after the whole cut
    try:
        table.removeRows(row, table.rows() - row)
        cursor.setPosition(table.lastPosition() + 1)
        cursor.insertFragment(rest)
    finally:
        cursor.endEditBlock()


def _table_from(document: QTextDocument, table: QTextTable, row: int) -> QTextDocumentFragment:
    """A copy of `table` with its header rows and the rows from `row` on, starting a page; made in a
    scratch document, where the cut costs no layout of the whole report."""
    scratch = QTextDocument()
    scratch.setUndoRedoEnabled(False)
    QTextCursor(scratch).insertFragment(_whole(document, table))
    (copy,) = (frame for frame in scratch.rootFrame().childFrames() if isinstance(frame, QTextTable))
    header = _header_rows(copy)
    copy.removeRows(header, row - header)
    break_before(copy)
    return _whole(scratch, copy)


def _whole(document: QTextDocument, table: QTextTable) -> QTextDocumentFragment:
    cursor = QTextCursor(document)
    cursor.setPosition(table.firstPosition() - 1)
    cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selection()
