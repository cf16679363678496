"""The demo generator: realistic, valid, deterministic records, and a refusal to run twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from gender_equality_desk.core import campaigns, profile
from gender_equality_desk.core.demo import generator
from gender_equality_desk.core.demo.generator import DemoSummary, generate_demo
from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

AS_OF = date(2026, 11, 23)  # inside the Action Month: past, planned and partial-year data at once
LOCAL = timedelta(hours=7)


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataLayout(tmp_path / "other"))
    yield opened
    opened.close()


def rows(store: Store, sql: str) -> list[tuple[Any, ...]]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql)]


def count(store: Store, sql: str) -> int:
    return int(rows(store, sql)[0][0])


def local_day(stored: str) -> date:
    """The Vietnam-time calendar day of a stored (naive UTC) datetime."""
    return (datetime.fromisoformat(stored) + LOCAL).date()


@pytest.fixture
def demo(store: Store) -> DemoSummary:
    return generate_demo(store, years=2, scale=1, seed=11, as_of=AS_OF)


def test_counts_for_two_years(store: Store, demo: DemoSummary) -> None:
    assert (demo.first_year, demo.last_year) == (2025, 2026)
    assert demo.activities == 400 == count(store, "SELECT count(*) FROM activity")
    # 60 for 2025, plus 2026 up to 23/11 (most of the year, part of the Action Month).
    assert 95 <= demo.propaganda_events <= 115
    assert demo.propaganda_events == count(store, "SELECT count(*) FROM propaganda_event")
    assert demo.slogan_links == count(store, "SELECT count(*) FROM propaganda_event_slogan")
    assert demo.villages == count(store, "SELECT count(*) FROM village") == 11
    assert demo.campaigns == count(store, "SELECT count(*) FROM campaign") == 4
    assert rows(store, "SELECT commune_name, province_name, receiving_authority FROM commune_profile") == [
        ("Xã Cao Lâu", "Lạng Sơn", "Sở Nội vụ tỉnh Lạng Sơn")
    ]
    kinds = {row[0] for row in rows(store, "SELECT kind FROM village")}
    assert kinds == {"thon", "ban"}
    assert 1 <= demo.slogans <= count(store, "SELECT count(*) FROM slogan")


def test_activities_scale_exactly(store: Store, other_store: Store) -> None:
    single = generate_demo(other_store, years=1, scale=1, seed=11, as_of=AS_OF)
    triple = generate_demo(store, years=1, scale=3, seed=11, as_of=AS_OF)
    assert triple.activities == 3 * single.activities == 600 == count(store, "SELECT count(*) FROM activity")
    # Events stop at as_of (23/11, a quarter of the busy year's weight still ahead): rounded share of 3 × 60.
    assert 120 <= triple.propaganda_events <= 150
    assert abs(triple.propaganda_events - 3 * single.propaganda_events) <= 2


def test_every_activity_passes_the_validation_rules(store: Store, demo: DemoSummary) -> None:
    problems = []
    for total, female, male, children, ethnic, start, end in rows(
        store,
        "SELECT participants_total, participants_female, participants_male, participants_children, "
        "participants_ethnic_minority, start_at, end_at FROM activity",
    ):
        problems += [
            validation.participants_by_sex(total, female, male),
            validation.subgroup_within_total("Trẻ em", children, total),
            validation.subgroup_within_total("Người dân tộc thiểu số", ethnic, total),
            validation.date_order(datetime.fromisoformat(start), datetime.fromisoformat(end)),
        ]
    assert [problem for problem in problems if problem] == []
    assert (
        count(
            store,
            "SELECT count(*) FROM activity WHERE participants_female + participants_male "
            "!= participants_total",
        )
        == 0
    )
    done_female_majority = count(
        store,
        "SELECT count(*) FROM activity WHERE status = 'done' AND participants_female > participants_male",
    )
    assert done_female_majority > 0.7 * count(store, "SELECT count(*) FROM activity WHERE status = 'done'")
    assert count(store, "SELECT count(*) FROM activity WHERE participants_children IS NOT NULL") > 0
    assert count(store, "SELECT count(*) FROM activity WHERE participants_ethnic_minority > 0") > 0


def test_times_budgets_and_texts_are_plausible(store: Store, demo: DemoSummary) -> None:
    for start, end in rows(store, "SELECT start_at, end_at FROM activity"):
        for stored in (start, end):
            local = datetime.fromisoformat(stored) + LOCAL
            assert (7, 30) <= (local.hour, local.minute) <= (16, 30), stored
    assert count(store, "SELECT count(*) FROM activity WHERE budget_vnd % 50000 != 0") == 0
    assert (
        count(store, "SELECT count(*) FROM activity WHERE (budget_vnd > 0) != (budget_source IS NOT NULL)")
        == 0
    )
    assert 0 < count(store, "SELECT count(*) FROM activity WHERE budget_vnd > 0") < 400
    titles = [row[0] for row in rows(store, "SELECT title FROM activity")]
    assert all(0 < len(title) <= 300 and "{" not in title for title in titles)
    assert len(set(titles)) > 150
    assert count(store, "SELECT count(*) FROM activity WHERE organiser = '' OR place_text = ''") == 0
    in_village = count(store, "SELECT count(*) FROM activity WHERE village_id IS NOT NULL")
    assert in_village > 200  # mostly in a village, the rest at a commune venue
    assert count(store, "SELECT count(*) FROM activity WHERE status = 'done' AND result_summary = ''") == 0


def test_campaign_follows_the_date(store: Store, demo: DemoSummary) -> None:
    by_kind: dict[str, int] = {}
    for start, kind, year in rows(
        store, "SELECT a.start_at, c.kind, c.year FROM activity a JOIN campaign c ON c.id = a.campaign_id"
    ):
        day = local_day(start)
        in_month = date(day.year, 11, 15) <= day <= date(day.year, 12, 15)
        assert kind == ("action_month" if in_month else "annual_plan"), (day, kind)
        assert year == day.year
        by_kind[kind] = by_kind.get(kind, 0) + 1
    # The Action Month is 8 % of the days of a year but much busier than the rest.
    assert by_kind["action_month"] > 0.15 * 400
    for start, kind in rows(
        store, "SELECT p.start_date, c.kind FROM propaganda_event p JOIN campaign c ON c.id = p.campaign_id"
    ):
        day = date.fromisoformat(start)
        assert kind == (
            "action_month" if date(day.year, 11, 15) <= day <= date(day.year, 12, 15) else "annual_plan"
        )


def test_status_follows_as_of(store: Store, demo: DemoSummary) -> None:
    statuses: dict[str, int] = {}
    for start, status, total in rows(store, "SELECT start_at, status, participants_total FROM activity"):
        day = local_day(start)
        if status == "done":
            assert day < AS_OF and total > 0
        elif status == "planned":
            assert day >= AS_OF and total == 0
        else:
            assert status == "cancelled" and total == 0
        statuses[status] = statuses.get(status, 0) + 1
    assert statuses["done"] > 300 and statuses["planned"] > 10 and 0 < statuses.get("cancelled", 0) < 20
    stamps = rows(store, "SELECT max(created_at), max(updated_at) FROM activity")[0]
    assert all(datetime.fromisoformat(stamp) <= datetime(2026, 11, 22, 17, 0) for stamp in stamps)


def test_propaganda_events(store: Store, demo: DemoSummary) -> None:
    assert (
        count(
            store,
            "SELECT count(*) FROM propaganda_event p WHERE NOT EXISTS "
            "(SELECT 1 FROM propaganda_event_slogan l WHERE l.event_id = p.id)",
        )
        == 0
    )
    assert (
        count(store, "SELECT max(n) FROM (SELECT count(*) n FROM propaganda_event_slogan GROUP BY event_id)")
        <= 3
    )
    assert count(store, f"SELECT count(*) FROM propaganda_event WHERE start_date >= '{AS_OF}'") == 0
    assert count(store, "SELECT count(*) FROM propaganda_event WHERE end_date < start_date") == 0
    for code, counts_minutes, quantity, minutes in rows(
        store,
        "SELECT k.code, k.counts_minutes, p.quantity, p.minutes FROM propaganda_event p "
        "JOIN propaganda_kind k ON k.id = p.kind_id",
    ):
        assert (minutes is not None) == bool(counts_minutes)
        assert minutes is None or 15 <= minutes <= 300
        low, high = {
            "banner_slogan": (2, 20),
            "radio_broadcast": (3, 30),
            "online_article": (1, 5),
            "leaflet": (100, 2000),
        }.get(code, (1, 2000))
        assert low <= quantity <= high, (code, quantity)
    # 2025 has its own theme slogan in the library: most 2025 events use it.
    own = count(
        store,
        "SELECT count(DISTINCT p.id) FROM propaganda_event p JOIN propaganda_event_slogan l "
        "ON l.event_id = p.id JOIN slogan s ON s.id = l.slogan_id "
        "WHERE s.year = 2025 AND p.start_date LIKE '2025-%'",
    )
    assert own > 0.6 * count(store, "SELECT count(*) FROM propaganda_event WHERE start_date LIKE '2025-%'")


TABLES = ("activity", "propaganda_event", "propaganda_event_slogan", "campaign", "village", "commune_profile")


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {table: rows(store, f"SELECT * FROM {table} ORDER BY 1, 2") for table in TABLES}


def test_same_seed_gives_identical_rows(store: Store, other_store: Store) -> None:
    generate_demo(store, years=2, scale=1, seed=5, as_of=AS_OF)
    generate_demo(other_store, years=2, scale=1, seed=5, as_of=AS_OF)
    first, second = snapshot(store), snapshot(other_store)
    assert len(first["activity"]) == 400
    assert first == second


def test_different_seed_gives_different_rows(store: Store, other_store: Store) -> None:
    generate_demo(store, years=1, scale=1, seed=5, as_of=AS_OF)
    generate_demo(other_store, years=1, scale=1, seed=6, as_of=AS_OF)
    first, second = snapshot(store), snapshot(other_store)
    assert len(first["activity"]) == len(second["activity"]) == 200
    assert first["activity"] != second["activity"]
    assert first["propaganda_event"] != second["propaganda_event"]
    uuids = {row[0] for row in rows(store, "SELECT uuid FROM activity")}
    assert uuids.isdisjoint(row[0] for row in rows(other_store, "SELECT uuid FROM activity"))


def test_chunk_size_does_not_change_the_data(
    store: Store, other_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int]] = []
    generate_demo(store, years=1, scale=1, seed=5, as_of=AS_OF)
    monkeypatch.setattr(generator, "CHUNK_ROWS", 7)
    summary = generate_demo(
        other_store,
        years=1,
        scale=1,
        seed=5,
        as_of=AS_OF,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert snapshot(store) == snapshot(other_store)
    total = summary.activities + summary.propaganda_events
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len(calls) > (total // 7)


def test_second_run_is_refused_and_changes_nothing(store: Store, demo: DemoSummary) -> None:
    before = snapshot(store)
    with pytest.raises(UserFacingError, match=r"đã có 400 hoạt động và \d+ sự kiện tuyên truyền"):
        generate_demo(store, years=3, scale=1, seed=12, as_of=AS_OF)
    assert snapshot(store) == before


def test_officer_profile_villages_and_campaigns_are_kept(store: Store) -> None:
    own = profile.ProfileInput(
        commune_name="Xã Hòa Mỹ",
        province_name="Phú Yên",
        place_name="Hòa Mỹ",
        issuing_body="ỦY BAN NHÂN DÂN XÃ HÒA MỸ",
        receiving_authority="Sở Nội vụ",
        signer_name="Trần Văn A",
    )
    with store.transaction() as session:
        profile.save_profile(session, own)
        profile.add_villages(session, ["Thôn Bó Củng"])
        campaigns.ensure_action_month(session, 2026)
    summary = generate_demo(store, years=1, scale=1, seed=5, as_of=AS_OF)
    with store.reading() as session:
        assert profile.load_profile(session) == own
        assert profile.village_names(session) == ["Thôn Bó Củng"]
    assert summary.villages == 1 and summary.campaigns == 2
    assert count(store, "SELECT count(*) FROM campaign") == 2
    assert count(store, "SELECT count(DISTINCT village_id) FROM activity WHERE village_id IS NOT NULL") == 1
    assert count(store, "SELECT count(*) FROM activity WHERE title LIKE '%thôn Bó Củng%'") > 50


def test_as_of_on_new_year_plans_the_whole_year(store: Store) -> None:
    summary = generate_demo(store, years=1, scale=1, seed=5, as_of=date(2026, 1, 1))
    assert summary.propaganda_events == 0
    assert rows(store, "SELECT DISTINCT status FROM activity ORDER BY 1") in (
        [("cancelled",), ("planned",)],
        [("planned",)],
    )
    created = rows(store, "SELECT max(created_at) FROM activity")[0][0]
    assert datetime.fromisoformat(created).replace(tzinfo=UTC) <= datetime(2025, 12, 31, 17, tzinfo=UTC)


def test_bad_arguments(store: Store) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        generate_demo(store, years=0, as_of=AS_OF)
    assert count(store, "SELECT count(*) FROM village") == 0
