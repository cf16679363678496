"""Page breaks Qt's rich text cannot ask for, made after it has paginated a report for the printer.

QTextDocument knows no keep-with-next nor keep-together: a heading or a table title ("Biểu 1") could end a
page with its text or table on the next, a table row could be cut in two across pages, and a table's total
row could stand alone under the header repeated on a new page. `keep_together` finds the first place where
that happens, moves it to the next page — a page break before the heading, or the table cut before a row
(gui/table_cuts.py) — lets Qt lay the document out again and looks again from there, until every page
ends well. As in the PDF: a title keeps its table's header and first FIRST_ROWS rows on its page (so a
table of a few rows is not cut at all), and the total takes LAST_ROWS rows along.

Headings are the blocks the HTML marks as headings (`<h1>`–`<h6>`, QTextBlockFormat.headingLevel: the
report HTML uses <h4>) and the paragraph right before each table (its title).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextTable

from gender_equality_desk.gui.table_cuts import TableCuts, header_rows

FIRST_ROWS = 3  # rows under the header on the page where a table starts, as in the PDF (short tables whole)
LAST_ROWS = 2  # rows that go along with a table's last row (its total) to the last page of the table
EPSILON = 0.01  # a line ending exactly on a page's bottom edge belongs to that page
MOVES_PER_PAGE = 4  # bound on the changes made: a few per page boundary at most, however the document is

Item = QTextBlock | QTextTable  # what the document's top level holds, in order (empty blocks left out)


@dataclass(frozen=True)
class Extent:
    """Where something lies in the laid-out document: from the top of its first line to the bottom of its
    last, in document coordinates (page n covers [n·height, (n+1)·height))."""

    top: float
    bottom: float


@dataclass(frozen=True)
class Move:
    """One change that moves content to another page; the search resumes at item `resume`."""

    resume: int
    apply: Callable[[], None]


class Pages:
    """The geometry of a paginated document: which page a line, block or table row falls on."""

    def __init__(self, document: QTextDocument) -> None:
        document.pageCount()  # finishes the layout after a change
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
    search = _Search(document)
    moves, resume = 0, 0
    limit = MOVES_PER_PAGE * document.pageCount() + MOVES_PER_PAGE
    while moves < limit:
        move = search.first_move(resume)
        if move is None:
            break
        move.apply()
        moves, resume = moves + 1, move.resume
    search.cuts.finish()
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


class _Search:
    """One document's search for the next place to move, over the document as Qt last laid it out."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.cuts = TableCuts(document)
        # Items whose page break left a page blank (Qt starts a page after a table whose bottom border runs
        # past its page's end): the break was taken away and is never given again, so nothing loops.
        self._unbreakable: set[int] = set()
        self._pages = Pages(document)
        self._items: list[Item] = []

    def first_move(self, start: int) -> Move | None:
        self._pages, self._items = Pages(self.document), top_level_items(self.document)
        for index in range(start, len(self._items)):
            item = self._items[index]
            if self._leaves_page_blank(index):
                self._unbreakable.add(_position(item))
                move: Move | None = Move(index, partial(set_break_before, item, False))
            elif isinstance(item, QTextTable):
                move = self._table_move(index)
            elif is_heading(self._items, index):
                move = self._heading_move(index)
            else:
                continue
            if move is not None:
                return move
        return None

    def _leaves_page_blank(self, index: int) -> bool:
        item = self._items[index]
        if index == 0 or not breaks_before(item):
            return False
        before, extent = self._pages.item(self._items[index - 1]), self._pages.item(item)
        return (
            before is not None
            and extent is not None
            and self._pages.first(extent) > self._pages.last(before) + 1
        )

    def _heading_move(self, index: int) -> Move | None:
        """A heading shares its page with the first line after it (a table: its header and first rows)."""
        pages, items = self._pages, self._items
        heading = pages.item(items[index])
        if heading is None or index + 1 == len(items):
            return None
        following = items[index + 1]
        if isinstance(following, QTextTable):
            needed = min(header_rows(following) + FIRST_ROWS, following.rows()) - 1
            apart = pages.last(pages.row(following, needed)) > pages.last(heading)
        else:
            extent = pages.block(following)
            apart = extent is not None and pages.first(extent) > pages.last(heading)
        return self._move_with_headings(index) if apart else None

    def _table_move(self, index: int) -> Move | None:
        """No row cut across two pages; a table's last row keeps LAST_ROWS rows above it on its page."""
        pages, table = self._pages, self._items[index]
        assert isinstance(table, QTextTable)
        if self.cuts.has_waiting_rows(table):
            return self._next_page_of(table, index)
        header, last = header_rows(table), table.rows() - 1
        rows: list[Extent] = []
        for row in range(table.rows()):  # measured one by one: the first cut row ends the search
            extent = pages.row(table, row)
            rows.append(extent)
            if pages.first(extent) == pages.last(extent):
                continue
            if row > header and pages.first(extent) > pages.last(rows[row - 1]):
                continue  # taller than a page on its own: nothing to do
            page = pages.first(rows[row - 1]) if row > header else pages.first(extent)
            on_page = sum(1 for above in rows[header:row] if pages.first(above) == page)
            move = self._cut_before(index, min(row, last - LAST_ROWS), on_page)
            if move is not None:
                return move
        last_page = pages.first(rows[last])
        with_last = sum(1 for extent in rows[header:] if pages.first(extent) == last_page)
        if with_last > LAST_ROWS or pages.first(rows[header]) == last_page:
            return None
        return self._cut_before(index, last - LAST_ROWS, with_last)

    def _next_page_of(self, table: QTextTable, index: int) -> Move:
        """A copy holding only the first rows of a cut-off part (TableCuts) is cut again where its first
        page ends, even between two rows: the other rows come back with the next copy."""
        header = header_rows(table)
        page = self._pages.first(self._pages.row(table, header))
        for row in range(header + 1, table.rows()):
            if self._pages.last(self._pages.row(table, row)) > page:
                return Move(index + 1, partial(self.cuts.cut, table, row, row - header))
        return Move(index, partial(self.cuts.widen, table))

    def _cut_before(self, index: int, row: int, rows_per_page: int) -> Move | None:
        """Rows from `row` on to the next page; the whole table, with its title, when fewer than
        FIRST_ROWS rows would stay under its header."""
        table = self._items[index]
        assert isinstance(table, QTextTable)
        if row < header_rows(table) + FIRST_ROWS:
            return self._move_with_headings(index)
        return Move(index + 1, partial(self.cuts.cut, table, row, max(rows_per_page, 1)))

    def _move_with_headings(self, index: int) -> Move | None:
        """A page break before items[index] and the headings on its page right before it; None when they
        already start their page (the content is longer than a page: nothing better to do)."""
        pages, items = self._pages, self._items
        start = index
        while start > 0 and is_heading(items, start - 1):
            before, extent = pages.item(items[start - 1]), pages.item(items[start])
            if before is None or extent is None or pages.last(before) != pages.first(extent):
                break
            start -= 1
        if self._starts_page(start) or _position(items[start]) in self._unbreakable:
            return None
        return Move(start, partial(set_break_before, items[start]))

    def _starts_page(self, index: int) -> bool:
        if index == 0:
            return True
        before, extent = self._pages.item(self._items[index - 1]), self._pages.item(self._items[index])
        return before is None or extent is None or self._pages.last(before) < self._pages.first(extent)


def _position(item: Item) -> int:
    return item.firstPosition() if isinstance(item, QTextTable) else item.position()


def breaks_before(item: Item) -> bool:
    if isinstance(item, QTextTable):
        policy = item.format().pageBreakPolicy()
    else:
        policy = item.blockFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def set_break_before(item: Item, always: bool = True) -> None:
    flag = QTextFormat.PageBreakFlag
    policy = flag.PageBreak_AlwaysBefore if always else flag.PageBreak_Auto
    if isinstance(item, QTextTable):
        table_format = item.format()
        table_format.setPageBreakPolicy(policy)
        item.setFormat(table_format)
        return
    block_format = QTextBlockFormat()
    block_format.setPageBreakPolicy(policy)
    QTextCursor(item).mergeBlockFormat(block_format)
