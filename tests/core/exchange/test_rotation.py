"""Rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12 months (and the last few)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from gender_equality_desk.core.exchange.rotation import RotationPolicy, backups_to_keep


def at(day: date, hour: int = 8) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def test_daily_backups_over_two_years() -> None:
    start = date(2024, 1, 1)
    stamps = [at(start + timedelta(days=n)) for n in range(731)]  # 2024-01-01 … 2025-12-31
    kept = backups_to_keep(((s, s) for s in stamps), RotationPolicy(keep_last=1))
    kept_days = sorted(s.date() for s in kept)
    last_seven = [date(2025, 12, 25) + timedelta(days=n) for n in range(7)]
    # ISO week 2026-W01 starts on Monday 29/12/2025 (newest: 31/12); then the Sundays of W52, W51, W50.
    weekly = [date(2025, 12, 14), date(2025, 12, 21), date(2025, 12, 28), date(2025, 12, 31)]
    monthly = [date(2025, m + 1, 1) - timedelta(days=1) for m in range(1, 12)] + [date(2025, 12, 31)]
    assert kept_days == sorted(set(last_seven) | set(weekly) | set(monthly))
    assert len(kept_days) == 7 + 2 + 11  # 28/12 and 31/12 are daily as well as weekly (and monthly)


def test_several_backups_a_day_keep_the_newest_of_each_day() -> None:
    day = date(2026, 11, 20)
    stamps = [at(day - timedelta(days=d), hour) for d in range(3) for hour in (7, 12, 17)]
    kept = backups_to_keep(((s, s) for s in stamps), RotationPolicy(keep_last=1))
    assert sorted(kept) == [at(day - timedelta(days=d), 17) for d in (2, 1, 0)]


def test_the_newest_few_are_kept_whatever_their_day() -> None:
    day = date(2026, 11, 20)
    stamps = [at(day, hour) for hour in (8, 9, 10, 11)]
    kept = backups_to_keep(((s, s) for s in stamps), RotationPolicy(keep_last=3))
    assert sorted(kept) == [at(day, 9), at(day, 10), at(day, 11)]


def test_days_without_backups_do_not_count() -> None:
    # The office was closed for three weeks: the last seven *used* days are kept.
    used = [date(2026, 1, d) for d in range(1, 11)] + [date(2026, 2, 2)]
    kept = backups_to_keep(((d, at(d)) for d in used), RotationPolicy(keep_weekly=0, keep_monthly=0))
    assert sorted(kept) == [date(2026, 1, d) for d in range(5, 11)] + [date(2026, 2, 2)]


def test_configurable_counts_and_nothing_to_keep() -> None:
    assert backups_to_keep([], RotationPolicy()) == set()
    stamps = [at(date(2026, 1, 1) + timedelta(days=n)) for n in range(10)]
    none = RotationPolicy(keep_daily=0, keep_weekly=0, keep_monthly=0, keep_last=0)
    assert backups_to_keep(((s, s) for s in stamps), none) == set()
    two = RotationPolicy(keep_daily=2, keep_weekly=0, keep_monthly=0, keep_last=0)
    assert sorted(backups_to_keep(((s, s) for s in stamps), two)) == stamps[-2:]
