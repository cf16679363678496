"""Exact counts for the receiving authority; small numbers hidden only where the public may read them.

The official forms need exact counts that a province can add up, so a report sent upward carries them as
they are. Where the public may read the figures (a report the officer marks for publication, and the
viewer role's screens in core/cases/statistics.py), a count of 1 or 2 victims' cases is shown as "<3": in a
commune such a count points at a family. Every report that states case counts says which of the two it is.
"""

from __future__ import annotations

from gender_equality_desk.core.domain.text import group_thousands

SUPPRESS_BELOW = 3
SUPPRESSED = f"<{SUPPRESS_BELOW}"

EXACT_LINE = "Số liệu chính xác, gửi cơ quan cấp trên — không công bố công khai."
PUBLIC_LINE = (
    f"Bản công bố công khai: ô có từ 1 đến {SUPPRESS_BELOW - 1} trường hợp được ghi “{SUPPRESSED}” "
    "để bảo vệ danh tính nạn nhân."
)


def is_hidden(count: int, publish: bool) -> bool:
    """Whether a count of victims' cases is shown as "<3" (only for publication, only 1 and 2)."""
    return publish and 0 < count < SUPPRESS_BELOW


def shown_count(count: int, publish: bool) -> int | str:
    """A table cell: the count itself, or "<3" in a report for publication."""
    return SUPPRESSED if is_hidden(count, publish) else count


def shown_text(count: int, publish: bool) -> str:
    """For a sentence: "1", "1.250", or "<3" in a report for publication."""
    return SUPPRESSED if is_hidden(count, publish) else group_thousands(count)


def file_marks(publish: bool) -> tuple[str, ...]:
    """What the suggested file name of the public copy ends with, so it never replaces the exact one."""
    return ("CongKhai",) if publish else ()


def audience_line(publish: bool) -> str:
    """The line that says whether the report's counts are exact (sent upward) or for publication."""
    return PUBLIC_LINE if publish else EXACT_LINE
