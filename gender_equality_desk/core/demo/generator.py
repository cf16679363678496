"""Deterministic demo data: a realistic commune with years of activities and propaganda events.

Used for trying the app, for tests and for benchmarks (`gender-equality-desk demo --scale 1000` gives a
million activities). Same seed, as_of, years and scale → byte-identical rows: every random choice, UUID
and timestamp comes from `random.Random` streams seeded by text (stable across runs and platforms), and
`created_at` is derived from each record's own date, never from the clock.

Times: activities are held 07:30–16:30 Vietnam time (UTC+7, no daylight saving) and stored in UTC as
the store requires, so 07:30 local is 00:30 UTC.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from itertools import chain, islice
from typing import Any, TypeVar, cast

from sqlalchemy import Engine, Table, func, insert, select
from sqlalchemy.orm import Session

from gender_equality_desk.core import campaigns, profile
from gender_equality_desk.core.demo import vocabulary as vocab
from gender_equality_desk.core.demo.cases import generate_demo_cases
from gender_equality_desk.core.demo.plans import generate_demo_plans
from gender_equality_desk.core.demo.vocabulary import ActivitySpec, PropagandaSpec
from gender_equality_desk.core.domain.campaigns import in_action_month
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.search import activity_search_text, propaganda_search_text
from gender_equality_desk.core.store import models
from gender_equality_desk.core.store.base import RecordMixin
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Village

ACTIVITIES_PER_YEAR = 200  # at scale 1; exactly this many per year, times the scale
PROPAGANDA_PER_YEAR = 60  # at scale 1, for a whole year; the current year stops at as_of
CHUNK_ROWS = 10_000  # rows per transaction: big enough for speed, small enough for flat memory
CANCELLED_SHARE = 0.02
LOCAL_OFFSET = timedelta(hours=7)  # Vietnam time
REFORM_DAY = date(2025, 7, 1)  # the commune's culture–social officer became a Phòng from then on
WEEKDAY_FACTOR = (1.0, 1.0, 1.0, 1.0, 1.0, 0.4, 0.15)
MORNING_STARTS = (450, 480, 510, 540)  # minutes after local midnight: 07:30 … 09:00
AFTERNOON_STARTS = (810, 840, 870)  # 13:30 … 14:30
MORNING_END, DAY_END, FULL_DAY = 690, 990, 480  # 11:30, 16:30, a full working day

ACTIVITY_TABLE = cast(Table, models.Activity.__table__)
EVENT_TABLE = cast(Table, models.PropagandaEvent.__table__)
T = TypeVar("T")
Row = dict[str, Any]
Event = tuple[Row, list[int]]  # a propaganda_event row and the ids of its slogans
Kind = models.ActivityKind | models.PropagandaKind
Ids = tuple[int, ...]


@dataclass(frozen=True)
class DemoSummary:
    """What the demo years hold after generation."""

    villages: int
    campaigns: int
    activities: int
    propaganda_events: int
    slogans: int  # distinct slogans used by the generated propaganda events
    slogan_links: int
    first_year: int
    last_year: int
    cases: int = 0  # demo victim-support cases (0 when the store already had user accounts)
    plans: int = 0  # Action Month plans drafted from the template and linked to what was done


@dataclass(frozen=True)
class _Village:
    id: int
    phrase: str  # "thôn Nà Làng": how the village reads inside a sentence
    ethnic_share: float
    size_factor: float  # bigger villages bring more people to a meeting


@dataclass(frozen=True)
class _Day:
    day: date
    season: str
    midnight: datetime  # local midnight, in UTC
    campaign_id: int
    fixed: dict[str, str]  # template values of the day: {occ}, {year}, {review}, {vhxh}


@dataclass(frozen=True)
class _Kinds:
    """A weighted kind mix: codes, ids and cumulative weights for `random.choices`."""

    codes: tuple[str, ...]
    ids: tuple[int, ...]
    cum_weights: tuple[float, ...]


@dataclass(frozen=True)
class _World:
    as_of: date
    cutoff: datetime  # local midnight starting as_of, in UTC: nothing is created after it
    villages: tuple[_Village, ...]
    village_cum: tuple[float, ...]
    population: int
    activity_specs: dict[str, ActivitySpec]
    activity_mix: dict[str, _Kinds]
    propaganda_specs: dict[str, tuple[PropagandaSpec, str, bool]]  # code → spec, label, counts minutes
    propaganda_mix: dict[str, _Kinds]
    slogans_all: tuple[int, ...]
    slogans_of_year: dict[int, tuple[int, ...]]
    campaigns: dict[int, tuple[int, int]]  # year → (Action Month id, annual plan id)
    units: dict[str, int]  # responsible-unit name → id

    def unit_of(self, organiser: str) -> int | None:
        """The catalogue unit behind an organiser text ("Tổ hòa giải thôn X" → "Tổ hòa giải ở cơ sở")."""
        if organiser in self.units:
            return self.units[organiser]
        for prefix, name in vocab.UNIT_OF_ORGANISER_PREFIX:
            if organiser.startswith(prefix):
                return self.units.get(name)
        return None


class _Picks(dict[str, str]):
    """Template values; pool placeholders ({topic}…) are drawn only when a template uses them."""

    def __init__(self, rng: random.Random, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        value = self[key] = self.rng.choice(vocab.POOLS[key])
        return value


def generate_demo(
    store: Store,
    *,
    years: int = 5,
    scale: int = 1,
    seed: int = 2026,
    as_of: date,
    progress: Callable[[int, int], None] | None = None,
    with_cases: bool = True,
) -> DemoSummary:
    """Fill an empty store with `years` years of demo data ending with as_of's year.

    Adds the commune profile when none exists, the demo villages when the store has no village (an
    officer's own villages are used as they are), each year's Action Month and annual plan (kept when
    present), then exactly 200 × scale activities per year (DONE before as_of, PLANNED from as_of, 2 %
    CANCELLED) and about 60 × scale propaganda events per year (none from as_of on). Rows are written in
    chunks of CHUNK_ROWS, one transaction each; progress(done, total) is called with (0, total) first,
    then after every chunk. An interrupted run keeps the chunks already written.

    Then each year's Action Month plan from the shipped template, its planned activities linked to what
    was done (core/demo/plans.py), and demo accounts and victim-support cases (core/demo/cases.py),
    sealed like real ones, unless with_cases is False or the store already has accounts.

    A second run, or a run on any store that already has activities or propaganda events, is refused
    with a UserFacingError before anything is written: demo records never mix with or duplicate others.
    """
    if years < 1 or scale < 1:
        raise ValueError(f"years and scale must be at least 1 (got years={years}, scale={scale})")
    year_list = list(range(as_of.year - years + 1, as_of.year + 1))
    with store.transaction() as session:
        _refuse_if_not_empty(session)
        world = _prepare_world(session, year_list, seed, as_of)
    calendars = {year: _calendar(year, world) for year in year_list}
    activities = ACTIVITIES_PER_YEAR * scale * len(year_list)
    full_year = PROPAGANDA_PER_YEAR * scale
    event_counts = {year: _event_count(days, as_of, full_year) for year, days in calendars.items()}
    total, done = activities + sum(event_counts.values()), 0
    if progress:
        progress(0, total)
    activity_rows = chain.from_iterable(
        _activity_rows(
            random.Random(f"gedesk-demo/{seed}/activity/{year}"),
            world,
            calendars[year],
            ACTIVITIES_PER_YEAR * scale,
        )
        for year in year_list
    )
    for rows in _chunks(activity_rows, CHUNK_ROWS):
        with store.engine.begin() as connection:
            connection.execute(insert(ACTIVITY_TABLE), rows)
        done += len(rows)
        if progress:
            progress(done, total)
    event_rows = chain.from_iterable(
        _event_rows(
            random.Random(f"gedesk-demo/{seed}/propaganda/{year}"), world, calendars[year], event_counts[year]
        )
        for year in year_list
    )
    used: set[int] = set()
    links = 0
    for events in _chunks(event_rows, CHUNK_ROWS):
        links += _insert_events(store.engine, events)
        used.update(slogan for _, slogans in events for slogan in slogans)
        done += len(events)
        if progress:
            progress(done, total)
    plans = generate_demo_plans(store, years=year_list, as_of=as_of)
    demo_cases = (
        generate_demo_cases(
            store,
            years=year_list,
            village_ids=[village.id for village in world.villages],
            seed=seed,
            as_of=as_of,
            scale=scale,
        ).cases
        if with_cases
        else 0
    )
    return DemoSummary(
        cases=demo_cases,
        plans=plans,
        villages=len(world.villages),
        campaigns=2 * len(year_list),
        activities=activities,
        propaganda_events=sum(event_counts.values()),
        slogans=len(used),
        slogan_links=links,
        first_year=year_list[0],
        last_year=year_list[-1],
    )


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _insert_events(engine: Engine, events: list[Event]) -> int:
    """Events get explicit ids (max + 1…) so that their slogan links go in the same batch.

    The max is read inside the write transaction; in WAL mode a concurrent writer makes this transaction
    fail rather than reuse an id. Returns the number of slogan links written.
    """
    with engine.begin() as connection:
        first = (connection.scalar(select(func.coalesce(func.max(EVENT_TABLE.c.id), 0))) or 0) + 1
        links = []
        for offset, (row, slogans) in enumerate(events):
            row["id"] = first + offset
            links += [{"event_id": first + offset, "slogan_id": slogan} for slogan in slogans]
        connection.execute(insert(EVENT_TABLE), [row for row, _ in events])
        if links:
            connection.execute(insert(models.propaganda_event_slogan), links)
    return len(links)


def _refuse_if_not_empty(session: Session) -> None:
    activities = session.scalar(select(func.count()).select_from(models.Activity)) or 0
    events = session.scalar(select(func.count()).select_from(models.PropagandaEvent)) or 0
    if activities or events:
        raise UserFacingError(
            f"Kho dữ liệu đã có {activities} hoạt động và {events} sự kiện tuyên truyền; "
            "hãy dùng một thư mục dữ liệu trống cho dữ liệu mẫu."
        )


def _local(day: date, minutes: int = 0) -> datetime:
    """Local Vietnam time `minutes` after midnight of `day`, as an aware UTC datetime."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) - LOCAL_OFFSET + timedelta(minutes=minutes)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(record: RecordMixin, rng: random.Random, when: datetime) -> None:
    """Give a record made through the services a reproducible identity instead of uuid4() and now()."""
    record.uuid = _uuid(rng)
    record.created_at = record.updated_at = when


def _prepare_world(session: Session, year_list: list[int], seed: int, as_of: date) -> _World:
    rng = random.Random(f"gedesk-demo/{seed}/setup")
    cutoff = _local(as_of)
    first_day = min(_local(date(year_list[0], 1, 2), 480), cutoff)
    if profile.load_profile(session) is None:
        profile.save_profile(session, vocab.DEMO_PROFILE)
        live_profile = models.CommuneProfile.is_deleted.is_(False)
        _stamp(session.scalars(select(models.CommuneProfile).where(live_profile)).one(), rng, first_day)
    live = select(Village).where(Village.is_deleted.is_(False)).order_by(Village.sort_order, Village.id)
    demo = {village.name: village for village in vocab.DEMO_VILLAGES}
    if session.scalars(live).first() is None:
        profile.add_villages(session, list(demo))
        for row in session.scalars(live):
            row.households = demo[row.name].households
            _stamp(row, rng, first_day)
    villages, households = [], []
    for row in session.scalars(live):
        size = row.households or vocab.DEFAULT_HOUSEHOLDS
        share = demo[row.name].ethnic_share if row.name in demo else vocab.DEFAULT_ETHNIC_SHARE
        factor = min(1.4, max(0.6, (size / vocab.DEFAULT_HOUSEHOLDS) ** 0.5))
        villages.append(_Village(row.id, _village_phrase(row.name), share, factor))
        households.append(size)
    known = set(session.scalars(select(models.Campaign.id)))
    campaign_ids = {}
    for year in year_list:
        plan = campaigns.ensure_annual_plan(session, year)
        month = campaigns.ensure_action_month(session, year)
        for campaign, created in ((plan, date(year, 1, 2)), (month, date(year, 10, 25))):
            if campaign.id not in known:
                _stamp(campaign, rng, min(_local(created, 480), cutoff))
        campaign_ids[year] = (month.id, plan.id)
    session.flush()
    slogans = session.execute(
        select(models.Slogan.id, models.Slogan.year)
        .where(models.Slogan.is_deleted.is_(False))
        .order_by(models.Slogan.id)
    ).all()
    return _World(
        as_of=as_of,
        cutoff=cutoff,
        villages=tuple(villages),
        village_cum=_cumulative(households),
        population=4 * sum(households),
        activity_specs=_activity_specs(session),
        activity_mix=_mix(_active_kinds(session, models.ActivityKind), vocab.ACTIVITY_MIX),
        propaganda_specs={
            code: (vocab.PROPAGANDA_SPECS.get(code, vocab.GENERIC_PROPAGANDA), label, counts_minutes)
            for code, label, counts_minutes in session.execute(
                select(
                    models.PropagandaKind.code,
                    models.PropagandaKind.label,
                    models.PropagandaKind.counts_minutes,
                )
            )
        },
        propaganda_mix=_mix(_active_kinds(session, models.PropagandaKind), vocab.PROPAGANDA_MIX),
        units={
            name: unit_id
            for unit_id, name in session.execute(
                select(models.ResponsibleUnit.id, models.ResponsibleUnit.name)
            )
        },
        slogans_all=tuple(slogan_id for slogan_id, _ in slogans),
        slogans_of_year=_slogans_of_year(slogans, year_list),
        campaigns=campaign_ids,
    )


def _village_phrase(name: str) -> str:
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.lower() in {"thôn", "bản", "khối", "tổ"} else name


def _cumulative(weights: Iterable[float]) -> tuple[float, ...]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return tuple(out)


def _active_kinds(session: Session, model: type[Kind]) -> dict[str, int]:
    rows = session.execute(
        select(model.code, model.id)
        .where(model.is_deleted.is_(False), model.is_active.is_(True))
        .order_by(model.sort_order, model.id)
    )
    kinds = {code: kind_id for code, kind_id in rows}
    if not kinds:
        raise UserFacingError(
            "Danh mục loại hoạt động hoặc hình thức tuyên truyền đang trống; "
            "hãy khôi phục danh mục trước khi tạo dữ liệu mẫu."
        )
    return kinds


def _mix(available: dict[str, int], table: dict[str, dict[str, int]]) -> dict[str, _Kinds]:
    """Season mixes restricted to the active kinds; a kind the officer added gets a small weight."""
    listed = {code for weights in table.values() for code in weights}
    mixes = {}
    for season, weights in table.items():
        chosen = [(code, weights.get(code, 0 if code in listed else 1)) for code in available]
        chosen = [(code, weight) for code, weight in chosen if weight > 0] or [(c, 1) for c in available]
        mixes[season] = _Kinds(
            tuple(code for code, _ in chosen),
            tuple(available[code] for code, _ in chosen),
            _cumulative(weight for _, weight in chosen),
        )
    return mixes


def _activity_specs(session: Session) -> dict[str, ActivitySpec]:
    specs = {}
    for code, label in session.execute(select(models.ActivityKind.code, models.ActivityKind.label)):
        spec = vocab.ACTIVITY_SPECS.get(code)
        if spec is None:  # a kind the officer added: generic wording around its own label
            spec = replace(
                vocab.ACTIVITY_SPECS[vocab.OTHER_KIND],
                village_titles=(f"{label} tại {{v}}",),
                commune_titles=(f"{label} tại {{venue}}",),
            )
        specs[code] = spec
    return specs


def _slogans_of_year(slogans: Iterable[tuple[int, int | None]], years: list[int]) -> dict[int, Ids]:
    """Each year's own slogans, else those of the latest earlier year that has some, else the earliest."""
    by_year: dict[int, list[int]] = {}
    for slogan_id, year in slogans:
        if year is not None:
            by_year.setdefault(year, []).append(slogan_id)
    result = {}
    for year in years:
        source = max((known for known in by_year if known <= year), default=min(by_year, default=None))
        result[year] = tuple(by_year[source]) if source is not None else ()
    return result


def _season(day: date) -> str:
    tet = vocab.TET_DAYS.get(day.year)
    if tet is not None and abs((day - tet).days) <= 7:
        return "day_off"
    month_day = (day.month, day.day)
    return next((season for start, end, season in vocab.SEASONS if start <= month_day <= end), "normal")


def _review(day: date, season: str) -> str:
    if season == "am_close":
        return f"tổng kết Tháng hành động vì bình đẳng giới năm {day.year}"
    if day.month <= 2:
        return f"tổng kết năm {day.year - 1}"
    if day.month <= 7:
        return f"sơ kết 6 tháng đầu năm {day.year}"
    return f"sơ kết 9 tháng năm {day.year}" if day.month <= 10 else f"tổng kết năm {day.year}"


def _calendar(year: int, world: _World) -> list[_Day]:
    month_id, plan_id = world.campaigns[year]
    days = []
    for offset in range((date(year + 1, 1, 1) - date(year, 1, 1)).days):
        day = date(year, 1, 1) + timedelta(days=offset)
        season = _season(day)
        fixed = {
            "occ": vocab.OCCASIONS.get(season, vocab.DEFAULT_OCCASION).format(year=year),
            "year": str(year),
            "review": _review(day, season),
            "vhxh": "Công chức Văn hóa – Xã hội" if day < REFORM_DAY else "Phòng Văn hóa – Xã hội",
        }
        campaign_id = month_id if in_action_month(day) else plan_id
        days.append(_Day(day, season, _local(day), campaign_id, fixed))
    return days


def _day_weights(days: list[_Day], which: int) -> list[float]:
    return [vocab.SEASON_WEIGHT[d.season][which] * WEEKDAY_FACTOR[d.day.weekday()] for d in days]


def _event_count(days: list[_Day], as_of: date, full_year: int) -> int:
    """Propaganda has no 'planned' state: the current year only gets the share of events before as_of."""
    weights = _day_weights(days, 1)
    before = sum(weight for d, weight in zip(days, weights, strict=True) if d.day < as_of)
    return round(full_year * before / sum(weights))


def _spread(rng: random.Random, days: list[_Day], weights: list[float], count: int) -> list[_Day]:
    """`count` days drawn by weight, in calendar order (so ids follow the dates)."""
    if count == 0 or not days:
        return []
    picks = sorted(rng.choices(range(len(days)), cum_weights=_cumulative(weights), k=count))
    return [days[index] for index in picks]


def _activity_rows(rng: random.Random, world: _World, days: list[_Day], count: int) -> Iterator[Row]:
    sources = [BudgetSource.of(code) for code, _ in vocab.BUDGET_SOURCES]
    source_cum = _cumulative(weight for _, weight in vocab.BUDGET_SOURCES)
    launched = False  # every Action Month opens with the commune's own launch ceremony
    for day in _spread(rng, days, _day_weights(days, 0), count):
        mix = world.activity_mix[vocab.ACTIVITY_MIX_OF_SEASON.get(day.season, "normal")]
        index = rng.choices(range(len(mix.ids)), cum_weights=mix.cum_weights)[0]
        commune_launch = day.season == "am_launch" and not launched and "launch_ceremony" in mix.codes
        if commune_launch:
            index, launched = mix.codes.index("launch_ceremony"), True
        spec = world.activity_specs[mix.codes[index]]
        picks = _Picks(rng, day.fixed)
        village: _Village | None = None
        if rng.random() < spec.at_village and not commune_launch:
            village = rng.choices(world.villages, cum_weights=world.village_cum)[0]
            picks["v"] = village.phrase
            title = rng.choice(spec.village_titles).format_map(picks)
            place, units = f"Nhà văn hóa {village.phrase}", spec.units
        else:
            place = picks["venue"] = rng.choice(spec.venues)
            title = rng.choice(spec.commune_titles).format_map(picks)
            units = tuple(unit for unit in spec.units if "{v}" not in unit) or (vocab.UBND,)
        organiser = rng.choice(units).format_map(picks)

        # A full working day (trainings sometimes two days), or a morning or an afternoon session.
        minutes, end_day = rng.choice(spec.minutes), day.midnight
        if minutes >= FULL_DAY:
            start, end = MORNING_STARTS[0], DAY_END
            if rng.random() < 0.15 and (day.day.month, day.day.day) != (12, 31):
                end_day += timedelta(days=1)
        elif rng.random() < 0.6:
            start = rng.choice(MORNING_STARTS)
            end = min(start + minutes, MORNING_END)
        else:
            start = rng.choice(AFTERNOON_STARTS)
            end = min(start + minutes, DAY_END)
        start_at, end_at = day.midnight + timedelta(minutes=start), end_day + timedelta(minutes=end)

        status = ActivityStatus.DONE if day.day < world.as_of else ActivityStatus.PLANNED
        if rng.random() < CANCELLED_SHARE:
            status = ActivityStatus.CANCELLED
        total = female = budget = 0
        children: int | None = None
        ethnic: int | None = None
        source: BudgetSource | None = None
        result = ""
        chance, low, high = spec.budget
        if status is not ActivityStatus.CANCELLED and rng.random() < chance:  # planned: the estimate
            budget = max(50_000, round(rng.uniform(low, high) / 50_000) * 50_000)
            source = rng.choices(sources, cum_weights=source_cum)[0]
        if status is ActivityStatus.DONE:
            total = rng.randint(*spec.participants)
            if village is not None and total > 20:
                total = round(total * village.size_factor)
            female = round(total * rng.uniform(*spec.female_share))
            if place in vocab.SCHOOL_VENUES and spec.child_share is not None:
                children = max(0, total - rng.randint(2, 6))  # pupils plus a few teachers
            elif spec.child_share is not None and rng.random() < 0.7:
                children = round(total * rng.uniform(*spec.child_share))
            elif spec.child_share is None and rng.random() < 0.4:
                children = 0
            if rng.random() < 0.7:
                share = village.ethnic_share if village else vocab.DEFAULT_ETHNIC_SHARE
                ethnic = min(total, max(0, round(total * (share + rng.uniform(-0.05, 0.03)))))
            result = rng.choice(spec.results)
            if total >= 20:
                result = f"{vocab.GENERIC_RESULT.format(total=total, female=female)} {result}"
            created = end_at + timedelta(minutes=rng.randint(30, 3 * 1440))  # written up within days
        else:
            if status is ActivityStatus.CANCELLED:
                result = rng.choice(vocab.CANCELLED_RESULTS)
            created = start_at - timedelta(days=rng.randint(3, 45))  # entered while planning
        created = min(created, world.cutoff)
        yield {
            "uuid": _uuid(rng),
            "campaign_id": day.campaign_id,
            "kind_id": mix.ids[index],
            "title": title,
            "start_at": start_at,
            "end_at": end_at,
            "village_id": village.id if village else None,
            "place_text": place,
            "organiser": organiser,
            "responsible_unit_id": world.unit_of(organiser),
            "participants_total": total,
            "participants_female": female,
            "participants_male": total - female,
            "participants_children": children,
            "participants_ethnic_minority": ethnic,
            "budget_vnd": budget,
            "budget_source": source,
            "result_summary": result,
            "status": status,
            "search_text": activity_search_text(title, place, organiser, result),
            "created_at": created,
            "updated_at": created,
            "is_deleted": False,
        }


def _event_rows(rng: random.Random, world: _World, days: list[_Day], count: int) -> Iterator[Event]:
    before = [d for d in days if d.day < world.as_of]
    slogan_counts = [n for n, _ in vocab.SLOGAN_COUNTS]
    slogan_weights = [weight for _, weight in vocab.SLOGAN_COUNTS]
    for day in _spread(rng, before, _day_weights(before, 1), count):
        mix = world.propaganda_mix[vocab.PROPAGANDA_MIX_OF_SEASON.get(day.season, "normal")]
        index = rng.choices(range(len(mix.ids)), cum_weights=mix.cum_weights)[0]
        spec, label, counts_minutes = world.propaganda_specs[mix.codes[index]]
        village = rng.choices(world.villages, cum_weights=world.village_cum)[0]
        picks = _Picks(rng, {**day.fixed, "v": village.phrase, "label": label})
        title, places = rng.choice(spec.titles), rng.choice(spec.places)
        in_village = "{v}" in title or "{v}" in places or rng.random() < spec.in_village

        quantity = rng.randint(*spec.quantity)
        if spec.quantity[1] >= 1000:
            quantity = max(50, round(quantity / 50) * 50)  # printed copies come in round numbers
        minutes = None
        if counts_minutes:
            per_unit = spec.minutes_per_unit if spec.minutes_per_unit[1] else (10, 30)
            minutes = min(300, max(15, quantity * rng.randint(*per_unit)))
        reach = None
        if rng.random() < 0.9:
            reach = max(10, round(min(world.population, quantity * rng.randint(*spec.reach_per_unit)), -1))
        # Nothing runs past the year; Action Month material (banners above all) stays until it ends.
        last = date(day.day.year, 12, 15) if in_action_month(day.day) else date(day.day.year, 12, 31)
        end = min(day.day + timedelta(days=rng.randint(*spec.days) - 1), last)
        if mix.codes[index] == "banner_slogan" and in_action_month(day.day):
            end = last

        own = world.slogans_of_year.get(day.day.year, ())
        wanted = min(rng.choices(slogan_counts, weights=slogan_weights)[0], len(world.slogans_all))
        slogans: list[int] = []
        while len(slogans) < wanted:
            slogan = rng.choice(own if own and rng.random() < 0.75 else world.slogans_all)
            if slogan not in slogans:
                slogans.append(slogan)
        created = min(day.midnight + timedelta(minutes=rng.randint(990, 990 + 3 * 1440)), world.cutoff)
        uuid_text = _uuid(rng)
        event_title, event_places, notes = (
            title.format_map(picks),
            places.format_map(picks),
            rng.choice(spec.notes),
        )
        yield (
            {
                "uuid": uuid_text,
                "campaign_id": day.campaign_id,
                "kind_id": mix.ids[index],
                "title": event_title,
                "start_date": day.day,
                "end_date": end,
                "village_id": village.id if in_village else None,
                "places": event_places,
                "quantity": quantity,
                "minutes": minutes,
                "estimated_reach": reach,
                "notes": notes,
                "search_text": propaganda_search_text(event_title, event_places, notes),
                "created_at": created,
                "updated_at": created,
                "is_deleted": False,
            },
            slogans,
        )
