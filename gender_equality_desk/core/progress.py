"""Long core jobs say how far they are, and can be stopped from outside.

A job takes `progress: Progress | None` and calls `progress(done, total)` now and then; the caller's
callback may raise JobCancelled (the officer pressed Hủy), which the job lets through, so a job that
writes inside `store.transaction()` is rolled back whole: cancelling leaves nothing written.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


class JobCancelled(Exception):  # noqa: N818 (what happened, not a failure: the officer chose it)
    """Raised by a progress callback to stop the job; nothing the job wrote is kept."""


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def stage(progress: Progress | None, start: int, end: int) -> Progress | None:
    """A callback for one stage of a job that spans `start`…`end` of the job's 0…100."""
    if progress is None:
        return None
    outer = progress

    def inner(done: int, total: int) -> None:
        outer(start + (end - start) * min(done, total) // max(total, 1), 100)

    return inner
