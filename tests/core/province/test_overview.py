"""The province's Tổng quan: which rounds it shows, in which order, with their progress."""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.province.overview import province_overview
from gender_equality_desk.core.store.engine import Store

from .province_fixtures import add_commune, add_round, add_submission, set_up_province, vietnam


def test_open_rounds_first_then_recent_ones_old_ones_left_out(store: Store) -> None:
    with store.transaction() as session:
        set_up_province(session)
        for code in ("001", "002", "003", "004"):
            add_commune(session, code, f"Xã {code}")
        old = add_round(session, kind="gender-equality", period="year", year=2025, start=date(2025, 1, 1),
                        end=date(2025, 12, 31), deadline=date(2025, 12, 10))  # fmt: skip
        half = add_round(session, kind="gender-equality", period="h1", start=date(2026, 1, 1),
                         end=date(2026, 6, 30), deadline=date(2026, 6, 5))  # fmt: skip
        month = add_round(session, deadline=date(2026, 12, 20))
        year = add_round(session, kind="dv-statistics", period="year", start=date(2026, 1, 1),
                         end=date(2026, 12, 31), deadline=date(2026, 12, 10))  # fmt: skip
        add_submission(session, month, "001", "Xã 001", {"AM01": 1}, signed_at=vietnam(date(2026, 12, 1), 9))
        add_submission(session, year, "001", "Xã 001", {"AM01": 1}, signed_at=vietnam(date(2026, 12, 9), 9))
        add_submission(session, year, "002", "Xã 002", {"AM01": 1}, signed_at=vietnam(date(2026, 12, 11), 9))
    with store.reading() as session:
        overview = province_overview(session, date(2026, 12, 12))
    assert [item.round.id for item in overview.rounds] == [month, year]  # half (June) and 2025: too old
    assert [item.round.id for item in overview.upcoming] == [month]
    month_progress, year_progress = overview.rounds
    assert (month_progress.reported, month_progress.expected, month_progress.days_to_deadline) == (1, 4, 8)
    assert (year_progress.on_time, year_progress.late, year_progress.not_yet) == (1, 1, 2)
    assert year_progress.days_to_deadline == -2
    assert overview.round_count == 4
    with store.reading() as session:  # long after every deadline: the latest round still shows
        later = province_overview(session, date(2027, 5, 1))
    assert [item.round.id for item in later.rounds] == [month] and later.upcoming == ()
    assert old and half


def test_a_desk_without_rounds_shows_none(store: Store) -> None:
    with store.reading() as session:
        overview = province_overview(session, date(2026, 12, 12))
    assert overview.rounds == () and overview.round_count == 0
