"""Table numbers ("Biểu 1.", "Biểu 2." …) given when a report is assembled, in order of appearance.

A number typed into a table's title goes stale the day a section moves (the Action Month report once
printed Biểu 2 before Biểu 1); numbering the assembled blocks makes the order right by construction, in
every renderer (the XLSX writes one sheet per table in the same order).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from gender_equality_desk.core.reports.content import Block, Table

TABLE_WORD = "Biểu"
NUMBERED = re.compile(rf"^{TABLE_WORD} (\d+)\. ")


def number_tables(blocks: Iterable[Block]) -> tuple[Block, ...]:
    """`blocks` with each table titled "Biểu N. <title>", N = 1, 2, … in the order the tables appear."""
    numbered: list[Block] = []
    count = 0
    for block in blocks:
        if isinstance(block, Table):
            if NUMBERED.match(block.title):
                raise ValueError(f"table {block.title!r} already carries a number: numbers are given here")
            count += 1
            block = replace(block, title=f"{TABLE_WORD} {count}. {block.title}")
        numbered.append(block)
    return tuple(numbered)


def table_numbers(titles: Iterable[str]) -> list[int]:
    """The "Biểu N" numbers found at the start of `titles`, in order (for checks and tests)."""
    return [int(match.group(1)) for title in titles if (match := NUMBERED.match(title))]
