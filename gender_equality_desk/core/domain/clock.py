"""Vietnam local time. The store keeps UTC; officers think in local dates (UTC+7, no daylight saving)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

LOCAL_TZ = timezone(timedelta(hours=7), "ICT")


def local_midnight_utc(day: date) -> datetime:
    """The UTC instant at which `day` begins in Vietnam."""
    return datetime.combine(day, time(), tzinfo=LOCAL_TZ).astimezone(UTC)


def local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL_TZ).date()


def local_datetime(day: date, hour: int = 0, minute: int = 0) -> datetime:
    """An aware datetime at local wall-clock time `hour:minute` of `day`."""
    return datetime.combine(day, time(hour, minute), tzinfo=LOCAL_TZ)


def today_local() -> date:
    return datetime.now(LOCAL_TZ).date()
