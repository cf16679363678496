"""What every report should say, computed with plain SQL on the store file from the domain rules alone.

Nothing here calls the app's figure code: the rules are read from the domain brief and the issue.
- An activity counts when it is live (not in the trash) and done, on the local (UTC+7) date it starts;
  the Action Month report counts only records filed under that year's Action Month campaign, within it.
- Participants of unknown sex, per activity: the total less the nữ and nam recorded (a blank is not 0), so
  nữ + nam + chưa rõ = tổng. Children and ethnic-minority people are summed where recorded; recorded
  nowhere is "—", never 0.
- A propaganda event counts on its start date; its quantity is in its kind's unit. Its reach, an estimate
  the officer may leave blank, is summed where recorded: "—" when no event recorded it.
- A case counts on its intake date; it counts once under each form (thân thể / tinh thần / tình dục /
  kinh tế) among its acts' forms, once per measure kind applied; its GBVIMS type is the first, in GBVIMS
  order, among its acts' types. In a copy for publication 1 and 2 print "<3".
- A shipped indicator row counts what its label says (MEANINGS below, written from the labels and the
  issue, not read from the row's `source`): "Sinh hoạt câu lạc bộ, mô hình phòng, chống BLGĐ" counts club
  meetings and DV-model activities, "Nguồn khác" includes amounts without a source, "Các hoạt động khác"
  every kind no other row counts. A row the officer added adds up the keys its source names ("a+b"); a
  family's rest ("…kind.rest") is every member no other row of the report names. A kind still in the
  catalogue counts 0 in a period without it, retired or not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gender_equality_desk.core.cases.vocabulary import MeasureKind
from gender_equality_desk.core.domain.vocabulary import BudgetSource, QuantityUnit

NOT_RECORDED = "—"
SUPPRESSED = "<3"
GBVIMS_ORDER = (
    "rape", "sexual_assault", "physical_assault", "forced_marriage", "denial_of_resources",
    "psychological_abuse",
)  # fmt: skip
FORMS = ("physical", "psychological", "sexual", "economic")
SEXES = ("female", "male", "unknown")
LOCAL_DAY = "date({column}, '+7 hours')"  # stored instants are naive UTC; Vietnam is UTC+7 all year

Row = tuple[object, ...]
Period = tuple[date, date]  # local dates, both inclusive


@dataclass(frozen=True)
class Indicator:
    code: str
    number: str
    label: str
    unit: str
    level: int
    is_group: bool
    source: str
    note: str


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        yield connection


def one(db: sqlite3.Connection, query: str, *args: object) -> tuple[object, ...]:
    row = db.execute(query, args).fetchone()
    assert row is not None
    return tuple(row)


def _int(value: object) -> int:
    assert isinstance(value, int), value
    return value


def _recorded(value: object) -> int | str:
    return NOT_RECORDED if value is None else _int(value)


# -- the Action Month -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionMonth:
    campaign_id: int
    start: date
    end: date


def action_month(db: sqlite3.Connection, year: int) -> ActionMonth:
    campaign_id, start, end = one(
        db,
        "SELECT id, start_date, end_date FROM campaign WHERE kind = 'action_month' AND year = ? "
        "AND is_deleted = 0 ORDER BY id LIMIT 1",
        year,
    )
    return ActionMonth(_int(campaign_id), date.fromisoformat(str(start)), date.fromisoformat(str(end)))


def _done_in(period: Period, campaign_id: int | None, alias: str = "a") -> str:
    """The SQL condition of an activity counted in `period` (and filed under `campaign_id` when given)."""
    start, end = period
    where = (
        f"{alias}.is_deleted = 0 AND {alias}.status = 'done' "
        f"AND {LOCAL_DAY.format(column=alias + '.start_at')} BETWEEN '{start}' AND '{end}'"
    )
    return where + (f" AND {alias}.campaign_id = {campaign_id}" if campaign_id is not None else "")


def _events_in(period: Period, campaign_id: int | None, alias: str = "e") -> str:
    start, end = period
    where = f"{alias}.is_deleted = 0 AND {alias}.start_date BETWEEN '{start}' AND '{end}'"
    return where + (f" AND {alias}.campaign_id = {campaign_id}" if campaign_id is not None else "")


UNKNOWN_SEX = "a.participants_total - coalesce(a.participants_female, 0) - coalesce(a.participants_male, 0)"


def activities_by_kind(db: sqlite3.Connection, period: Period, campaign_id: int | None) -> list[Row]:
    """Biểu 1: (label, count, tổng, nữ, nam, chưa rõ, trẻ em, DTTS, kinh phí) per kind in catalogue order;
    a retired kind only when something of it is counted."""
    rows = db.execute(
        "SELECT k.label, k.is_active, count(a.id), coalesce(sum(a.participants_total), 0), "
        "coalesce(sum(a.participants_female), 0), coalesce(sum(a.participants_male), 0), "
        f"coalesce(sum({UNKNOWN_SEX}), 0), sum(a.participants_children), "
        "sum(a.participants_ethnic_minority), coalesce(sum(a.budget_vnd), 0) "
        f"FROM activity_kind k LEFT JOIN activity a ON a.kind_id = k.id AND {_done_in(period, campaign_id)} "
        "GROUP BY k.id ORDER BY k.sort_order, k.id"
    ).fetchall()
    return [
        (label, count, total, female, male, unknown, _recorded(children), _recorded(ethnic), budget)
        for label, active, count, total, female, male, unknown, children, ethnic, budget in rows
        if active or count
    ]


def activity_totals(db: sqlite3.Connection, period: Period, campaign_id: int | None) -> Row:
    """Biểu 1's total row straight from the activities (not from the rows): an independent sum."""
    count, total, female, male, unknown, children, ethnic, budget = one(
        db,
        "SELECT count(a.id), coalesce(sum(a.participants_total), 0), "
        "coalesce(sum(a.participants_female), 0), coalesce(sum(a.participants_male), 0), "
        f"coalesce(sum({UNKNOWN_SEX}), 0), sum(a.participants_children), "
        "sum(a.participants_ethnic_minority), coalesce(sum(a.budget_vnd), 0) "
        f"FROM activity a WHERE {_done_in(period, campaign_id)}",
    )
    return ("Tổng cộng", count, total, female, male, unknown, _recorded(children), _recorded(ethnic), budget)


def propaganda_by_kind(db: sqlite3.Connection, period: Period, campaign_id: int | None) -> list[Row]:
    """Biểu 2: (label, events, quantity, unit, minutes or blank, reach or "—") per kind in catalogue order."""
    rows = db.execute(
        "SELECT k.label, k.unit, k.is_active, count(e.id), coalesce(sum(e.quantity), 0), "
        "coalesce(sum(e.minutes), 0), sum(e.estimated_reach) "
        f"FROM propaganda_kind k LEFT JOIN propaganda_event e ON e.kind_id = k.id "
        f"AND {_events_in(period, campaign_id)} GROUP BY k.id ORDER BY k.sort_order, k.id"
    ).fetchall()
    return [
        (label, events, quantity, QuantityUnit.of(unit).label, minutes or None, _recorded(reach))
        for label, unit, active, events, quantity, minutes, reach in rows
        if active or events
    ]


def propaganda_totals(db: sqlite3.Connection, period: Period, campaign_id: int | None) -> Row:
    events, minutes, reach = one(
        db,
        "SELECT count(e.id), coalesce(sum(e.minutes), 0), sum(e.estimated_reach) "
        f"FROM propaganda_event e WHERE {_events_in(period, campaign_id)}",
    )
    return ("Tổng cộng", events, None, None, minutes, _recorded(reach))


def budget_by_source(db: sqlite3.Connection, period: Period, campaign_id: int | None) -> list[Row]:
    """Biểu 3: every source in its order (zeros too), then the amounts recorded without a source, if any."""
    amounts = dict(
        db.execute(
            "SELECT a.budget_source, sum(a.budget_vnd) FROM activity a "
            f"WHERE {_done_in(period, campaign_id)} GROUP BY a.budget_source"
        ).fetchall()
    )
    rows: list[Row] = [(source.label, amounts.get(source.value) or 0) for source in BudgetSource]
    if amounts.get(None):
        rows.append(("Chưa ghi nguồn", amounts[None]))
    return rows


def budget_total(db: sqlite3.Connection, period: Period, campaign_id: int | None) -> int:
    (total,) = one(
        db, f"SELECT coalesce(sum(a.budget_vnd), 0) FROM activity a WHERE {_done_in(period, campaign_id)}"
    )
    return _int(total)


def done_count(db: sqlite3.Connection, period: Period) -> int:
    """The done activities of a period, whatever campaign they are filed under."""
    (count,) = one(db, f"SELECT count(*) FROM activity a WHERE {_done_in(period, None)}")
    return _int(count)


def quantity_by_unit(
    db: sqlite3.Connection, period: Period, campaign_id: int | None, unit: str
) -> tuple[int, int]:
    quantity, minutes = one(
        db,
        "SELECT coalesce(sum(e.quantity), 0), coalesce(sum(e.minutes), 0) FROM propaganda_event e "
        f"JOIN propaganda_kind k ON k.id = e.kind_id WHERE k.unit = ? AND {_events_in(period, campaign_id)}",
        unit,
    )
    return _int(quantity), _int(minutes)


# -- cases ------------------------------------------------------------------------------------------------


def case_figures(db: sqlite3.Connection, period: Period) -> dict[str, int]:
    """Every case key an indicator row may name, counted per case from the clear category columns."""
    start, end = period
    live = f"c.is_deleted = 0 AND c.intake_date BETWEEN '{start}' AND '{end}'"
    cases = db.execute(
        "SELECT c.id, c.survivor_sex, c.survivor_age_group, c.perpetrator_sex "
        f"FROM support_case c WHERE {live}"
    ).fetchall()
    acts: dict[int, list[tuple[str, str]]] = {case_id: [] for case_id, *_ in cases}
    for case_id, form, gbv in db.execute(
        "SELECT sa.case_id, d.dv_form, d.gbv_type FROM support_case_act sa JOIN dv_act d ON d.id = sa.act_id "
        f"JOIN support_case c ON c.id = sa.case_id WHERE {live}"
    ):
        acts[case_id].append((form, gbv))
    measures: dict[int, set[str]] = {case_id: set() for case_id, *_ in cases}
    for case_id, kind in db.execute(
        "SELECT m.case_id, m.kind FROM case_measure m JOIN support_case c ON c.id = m.case_id "
        f"WHERE m.is_deleted = 0 AND {live}"
    ):
        measures[case_id].add(kind)

    keys = [
        "cases.form.none", "cases.gbv.sexual", "cases.survivor_age.under_16", "cases.survivor_age.60_plus",
        "cases.supported", "cases.supported.female",
        *(f"cases.form.{form}" for form in FORMS),
        *(f"cases.gbv.{gbv}" for gbv in GBVIMS_ORDER),
        *(f"cases.{who}_sex.{sex}" for who in ("survivor", "perpetrator") for sex in SEXES),
        *(f"cases.measure.{kind.value}" for kind in MeasureKind),
    ]  # fmt: skip
    values = dict.fromkeys(keys, 0) | {"cases.opened": len(cases)}

    def add(key: str, count: int = 1) -> None:
        values[key] += count

    for case_id, survivor_sex, age, perpetrator_sex in cases:
        forms = {form for form, _ in acts[case_id] if form in FORMS}
        for form in FORMS:
            add(f"cases.form.{form}", form in forms)
        add("cases.form.none", not forms)
        types = {gbv for _, gbv in acts[case_id]}
        decided = next(gbv for gbv in GBVIMS_ORDER if gbv in types)
        for gbv in GBVIMS_ORDER:
            add(f"cases.gbv.{gbv}", gbv == decided)
        add("cases.gbv.sexual", decided in ("rape", "sexual_assault"))
        for sex in SEXES:
            add(f"cases.survivor_sex.{sex}", survivor_sex == sex)
            add(f"cases.perpetrator_sex.{sex}", perpetrator_sex == sex)
        add("cases.survivor_age.under_16", age in ("0_11", "12_15"))
        add("cases.survivor_age.60_plus", age == "60_plus")
        add("cases.supported", bool(measures[case_id]))
        add("cases.supported.female", bool(measures[case_id]) and survivor_sex == "female")
        for kind in MeasureKind:
            add(f"cases.measure.{kind.value}", kind.value in measures[case_id])
    return values


def shown(count: int, publish: bool) -> int | str:
    return SUPPRESSED if publish and 0 < count < 3 else count


# -- indicator rows ---------------------------------------------------------------------------------------


def indicators(db: sqlite3.Connection, report_kind: str) -> list[Indicator]:
    rows = db.execute(
        "SELECT code, number, label, unit, level, is_group, source, note FROM report_indicator "
        "WHERE report_kind = ? AND is_deleted = 0 AND is_active = 1 ORDER BY sort_order, id",
        (report_kind,),
    ).fetchall()
    return [Indicator(c, n, label, u, lv, bool(g), s, note) for c, n, label, u, lv, g, s, note in rows]


def record_figures(
    db: sqlite3.Connection, period: Period, campaign_id: int | None = None
) -> dict[str, int | None]:
    """The keys of activities, propaganda and budget for a period (every campaign, or only the records
    filed under `campaign_id`: the Action Month)."""
    totals = activity_totals(db, period, campaign_id)
    _, count, total, female, male, unknown, children, ethnic, budget = totals
    values: dict[str, int | None] = {
        "activities.count": _int(count),
        "activities.participants_total": _int(total),
        "activities.participants_female": _int(female),
        "activities.participants_male": _int(male),
        "activities.participants_sex_unknown": _int(unknown),
        "activities.children": None if children == NOT_RECORDED else _int(children),
        "activities.ethnic_minority": None if ethnic == NOT_RECORDED else _int(ethnic),
        "budget.total": _int(budget),
    }
    for unit in QuantityUnit:
        quantity, minutes = quantity_by_unit(db, period, campaign_id, unit.value)
        values[f"propaganda.unit.{unit.value}"] = quantity
        values[f"propaganda.minutes.{unit.value}"] = minutes
    for source, amount in db.execute(
        "SELECT coalesce(a.budget_source, 'none'), sum(a.budget_vnd) FROM activity a "
        f"WHERE {_done_in(period, campaign_id)} GROUP BY a.budget_source"
    ):
        values[f"budget.source.{source}"] = amount
    for source in (*(source.value for source in BudgetSource), "none"):
        values.setdefault(f"budget.source.{source}", 0)
    for code, count, people in db.execute(
        "SELECT k.code, count(a.id), coalesce(sum(a.participants_total), 0) FROM activity_kind k "
        f"LEFT JOIN activity a ON a.kind_id = k.id AND {_done_in(period, campaign_id)} GROUP BY k.id"
    ):
        values[f"activities.kind.{code}"] = count
        values[f"activities.kind.{code}.participants"] = people
    return values


# What each shipped row counts, written from its label and the issue (not read from its `source`): a row
# named "Sinh hoạt câu lạc bộ, mô hình phòng, chống bạo lực gia đình" counts club meetings and the
# activities of DV-prevention models; "Nguồn khác" takes in amounts recorded without a source; "Các hoạt
# động khác" every kind no other row of section II counts (a kind the officer adds lands there).
KIND_ROWS = {
    "launch": ("launch_ceremony",),
    "conference": ("conference",),
    "training": ("training",),
    "clubs": ("club_meeting", "dv_model"),
    "village_meetings": ("village_meeting",),
    "mediation": ("mediation",),
    "legal_counselling": ("legal_aid", "counselling"),
    "support": ("support_women_children",),
    "inspection": ("inspection",),
}
OTHER_KINDS = "other_activities"
# Rows that mean the same in the gender-equality report and the Action Month's indicator table.
SHARED_MEANINGS: dict[str, tuple[str, ...]] = {
    "activities": ("activities.count",),
    "participants": ("activities.participants_total",),
    "participants_female": ("activities.participants_female",),
    "participants_male": ("activities.participants_male",),
    "participants_sex_unknown": ("activities.participants_sex_unknown",),
    "participants_children": ("activities.children",),
    "participants_minority": ("activities.ethnic_minority",),
    "banners": ("propaganda.unit.piece",),
    "broadcasts": ("propaganda.unit.broadcast",),
    "broadcast_minutes": ("propaganda.minutes.broadcast",),
    "articles": ("propaganda.unit.article",),
    "reportage": ("propaganda.unit.episode",),
    "reportage_minutes": ("propaganda.minutes.episode",),
    "leaflets": ("propaganda.unit.copy",),
    "mobile": ("propaganda.unit.session",),
    **{code: tuple(f"activities.kind.{kind}" for kind in kinds) for code, kinds in KIND_ROWS.items()},
    "victims_supported": ("cases.supported",),
    "budget_total": ("budget.total",),
    "budget_commune": ("budget.source.commune",),
    "budget_upper": ("budget.source.upper_level",),
    "budget_socialised": ("budget.source.socialised",),
    "budget_other": ("budget.source.other", "budget.source.none"),
}
MEANINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "gender-equality": {
        **SHARED_MEANINGS,
        "training_people": ("activities.kind.training.participants",),
        "cases_new": ("cases.opened",),
        "victims_female": ("cases.supported.female",),
    },
    # The Action Month's rows, from their labels: cases received in its time, and the cases where each
    # measure the report's victims sentence names was applied.
    "action-month": {
        **SHARED_MEANINGS,
        "cases_new": ("cases.opened",),
        "m_no_contact": ("cases.measure.no_contact",),
        "m_shelter": ("cases.measure.shelter",),
        "m_medical": ("cases.measure.medical",),
        "m_counselling": ("cases.measure.counselling",),
        "m_legal": ("cases.measure.legal_aid",),
        "m_mediation": ("cases.measure.mediation",),
    },
    "dv-statistics": {
        "cases": ("cases.opened",),
        **{f"form_{form}": (f"cases.form.{form}",) for form in FORMS},
        **{f"gbv_{gbv}": (f"cases.gbv.{gbv}",) for gbv in GBVIMS_ORDER},
        **{f"perp_{sex}": (f"cases.perpetrator_sex.{sex}",) for sex in SEXES},
        **{f"victim_{sex}": (f"cases.survivor_sex.{sex}",) for sex in SEXES},
        "victim_child": ("cases.survivor_age.under_16",),
        "victim_elderly": ("cases.survivor_age.60_plus",),
        "m_no_contact": ("cases.measure.no_contact",),
        "m_shelter": ("cases.measure.shelter",),
        "m_medical": ("cases.measure.medical",),
        "m_counselling": ("cases.measure.counselling",),
        "m_legal": ("cases.measure.legal_aid",),
        "m_education": ("cases.measure.behaviour_change",),
    },
}
# Rows an officer added are read by the source grammar: keys joined by "+", a family's rest is every
# member no other row of the report names. (prefix, suffix) of the members' keys:
RESTS = {
    "activities.kind.rest": ("activities.kind.", ""),
    "activities.kind.rest.participants": ("activities.kind.", ".participants"),
    "budget.source.rest": ("budget.source.", ""),
    "propaganda.unit.rest": ("propaganda.unit.", ""),
}


def _member(key: str, prefix: str, suffix: str) -> str | None:
    if not (key.startswith(prefix) and key.endswith(suffix)):
        return None
    middle = key[len(prefix) : len(key) - len(suffix)]
    return middle if middle and "." not in middle and middle != "rest" else None


def _keys(
    rows: Sequence[Indicator], values: dict[str, int | None], report_kind: str
) -> list[list[str] | None]:
    """The figure keys each row adds up: by its meaning when it is a shipped row, else by its source;
    None for a row the officer fills in by hand."""
    meanings = MEANINGS[report_kind]
    named = [
        list(meanings.get(row.code, [k.strip() for k in row.source.split("+") if k.strip()])) for row in rows
    ]
    kinds = {member for key in values if (member := _member(key, "activities.kind.", "")) is not None}
    for index, row in enumerate(rows):
        if row.code == OTHER_KINDS and report_kind in ("gender-equality", "action-month"):
            counted = {kind for kinds_ in KIND_ROWS.values() for kind in kinds_}
            named[index] = [f"activities.kind.{kind}" for kind in sorted(kinds - counted)]
    result: list[list[str] | None] = []
    for row, keys in zip(rows, named, strict=True):
        if row.code not in meanings and row.code != OTHER_KINDS and not keys:
            result.append(None)
            continue
        expanded: list[str] = []
        for key in keys:
            if key not in RESTS:
                expanded.append(key)
                continue
            prefix, suffix = RESTS[key]
            taken = {
                m for other in named if other is not keys for k in other if (m := _member(k, prefix, suffix))
            }
            members = {m for k in values if (m := _member(k, prefix, suffix)) is not None}
            expanded.extend(f"{prefix}{member}{suffix}" for member in sorted(members - taken))
        result.append(expanded)
    return result


def row_values(
    rows: Sequence[Indicator], values: dict[str, int | None], report_kind: str, *, publish: bool
) -> list[int | str | None]:
    """The printed result of each row: blank without a source (filled in by hand), "—" when nothing
    recorded it, "<3" for 1–2 cases in a copy for publication."""
    result: list[int | str | None] = []
    for keys in _keys(rows, values, report_kind):
        if keys is None:
            result.append(None)
            continue
        assert all(key in values for key in keys), keys
        recorded = [value for key in keys if (value := values[key]) is not None]
        if keys and not recorded:
            result.append(NOT_RECORDED)
            continue
        total = sum(recorded)
        cases = any(key.startswith("cases.") for key in keys)
        result.append(shown(total, publish) if cases else total)
    return result


# -- the activity log -------------------------------------------------------------------------------------


def _place(place: str, village: str | None) -> str:
    """The place typed, then the village chosen; "Thôn" is lower case inside the text, "Bản" (the start
    of many proper names) is not. The generated places never name a village themselves."""
    if not village:
        return place
    inside = "thôn" + village[4:] if village.startswith("Thôn ") else village
    return f"{place}, {inside}" if place else village


def _until(first: date, last: date) -> str:
    return f" (đến {last:%d/%m/%Y})" if last > first else ""


def activity_log(db: sqlite3.Connection, period: Period) -> list[Row]:
    """The log's rows without STT, in no particular order: done activities and propaganda events."""
    start, end = period
    rows: list[Row] = []
    for day, last, title, kind, place, village, organiser, total, female, male, budget in db.execute(
        f"SELECT {LOCAL_DAY.format(column='a.start_at')}, {LOCAL_DAY.format(column='a.end_at')}, a.title, "
        "k.label, a.place_text, v.name, a.organiser, a.participants_total, a.participants_female, "
        "a.participants_male, a.budget_vnd FROM activity a JOIN activity_kind k ON k.id = a.kind_id "
        f"LEFT JOIN village v ON v.id = a.village_id WHERE {_done_in(period, None)}"
    ):
        first = date.fromisoformat(day)
        rows.append(
            (first, title + _until(first, date.fromisoformat(last)), kind, _place(place, village), organiser,
             total, female, male, None, "", budget)
        )  # fmt: skip
    for first, last, title, kind, unit, places, village, quantity in db.execute(
        "SELECT e.start_date, e.end_date, e.title, k.label, k.unit, e.places, v.name, e.quantity "
        "FROM propaganda_event e JOIN propaganda_kind k ON k.id = e.kind_id "
        f"LEFT JOIN village v ON v.id = e.village_id WHERE {_events_in((start, end), None)}"
    ):
        day = date.fromisoformat(first)
        text = "; ".join(line for line in places.splitlines() if line)
        rows.append(
            (day, title + _until(day, date.fromisoformat(last)), kind, _place(text, village), "", None, None,
             None, quantity, QuantityUnit.of(unit).label, None)
        )  # fmt: skip
    return rows


def log_sex_unrecorded(db: sqlite3.Connection, period: Period) -> int:
    (unknown,) = one(
        db, f"SELECT coalesce(sum({UNKNOWN_SEX}), 0) FROM activity a WHERE {_done_in(period, None)}"
    )
    return _int(unknown)
