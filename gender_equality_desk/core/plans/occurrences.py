"""Which occurrence of a yearly report deadline is still owed: pure date rules shared by the dashboard's
reminders (raw SQL, core.dashboard.reminders) and the deadline services (ORM, core.plans.deadlines).

A deadline (say 10/12) falls once a year. Each year's occurrence stays owed, overdue if need be, until the
officer marks a report sent for it: a missed 10/12 never silently rolls over to next year. A report marked
sent answers its deadline's occurrence of that year (matched by year, so moving the deadline from 10/12 to
08/12 afterwards does not bring the sent report back as owed).

Owed occurrences start with the first one on or after the day the deadline row was created: a deadline
added on 20/12 does not claim that the 10/12 before it was missed (nor every 10/12 since the app's first
year), while a store left closed for months still shows last year's unsent report. When the PC's clock says
a day before the creation (a clock set back), owed occurrences start from that day instead, so the coming
occurrence is still reminded of.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta


def occurrence(year: int, month: int, day: int) -> date:
    """The deadline `day`/`month` in `year`; a day the month lacks that year (29/02 in a common year, from a
    row written before such days were refused) falls on the month's last day rather than being skipped."""
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return min(date(year, month, 1) + timedelta(days=day - 1), first_of_next - timedelta(days=1))


def first_owed(month: int, day: int, created_on: date, today: date, sent_years: Collection[int]) -> date:
    """The earliest occurrence not marked sent (see the module doc), past or future."""
    start = min(created_on, today)
    year = start.year if occurrence(start.year, month, day) >= start else start.year + 1
    while year in sent_years:
        year += 1
    return occurrence(year, month, day)


def previous_occurrence(due: date, month: int, day: int) -> date:
    """The occurrence a year before `due`: a report sent on or before it answers that earlier one."""
    return occurrence(due.year - 1, month, day)
