"""Which backups to keep: the newest of each of the last days, weeks and months (grandfather–father–son).

`backups_to_keep` is a pure function of the backup times and the policy, so it is tested with dates alone.
Each rule looks at the periods that *have* backups, newest first (an office closed for Tết does not lose
its last week of backups), keeps the newest backup of each of its N most recent periods, and the rules
are combined (a backup kept by the daily rule may also be the weekly one). The newest `keep_last`
backups are always kept, whatever their day: the one taken just before a restore must survive it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class RotationPolicy:
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    keep_last: int = 3


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def backups_to_keep(backups: Iterable[tuple[K, datetime]], policy: RotationPolicy) -> set[K]:
    """The keys of the backups to keep, given (key, local creation time) pairs."""
    newest_first = sorted(backups, key=lambda item: item[1], reverse=True)
    kept = {key for key, _ in newest_first[: max(policy.keep_last, 0)]}
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (_day, policy.keep_daily),
        (_week, policy.keep_weekly),
        (_month, policy.keep_monthly),
    ]
    for period_of, count in rules:
        seen: set[Hashable] = set()
        for key, moment in newest_first:
            if len(seen) >= count:
                break
            period = period_of(moment)
            if period not in seen:
                seen.add(period)
                kept.add(key)
    return kept
