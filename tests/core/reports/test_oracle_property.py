"""The property-based oracle of the reports: for random communes, every figure of every report — in its
content, its PDF, its workbook and on screen — equals a plain-SQL computation from the domain rules
(oracle_sql.py), and every table holds its invariants: rows add up to the total, nữ + nam + chưa rõ giới
tính = tổng, and a figure stated twice (two tables, a table and a sentence) is the same figure.

The communes (oracle_store.py) are recorded through the app's services with every pattern the forms
allow: kinds from the catalogue, one the officer added and one retired, every status, dates on both sides
of the Action Month's and the year's edges (at local hours that are another day in UTC), records filed
under the Action Month or not, participants with every blank pattern, every budget source and none,
records in the trash, propaganda of every kind, cases with several acts and measures. A commune using
every catalogue entry (EVERY_KIND) runs first every time, so no kind's figure is left to chance.

The content is checked on 100 communes (cheap); the PDF, workbook and screen on 15 (rendering is not).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from gender_equality_desk.core.reports.content import ReportContent, Table
from gender_equality_desk.core.reports.registry import ReportKind, ReportRequest, build_report
from gender_equality_desk.core.security import passwords

from . import oracle_sentences as sentences
from . import oracle_sql as sql
from .oracle_compare import Expected, check_content, check_everywhere
from .oracle_store import EVERY_KIND, TODAY, YEAR, Commune, Desk, build_template, communes, days, open_desk

CHEAP = passwords.KdfCost(log2_n=10, r=8, p=1)
Period = tuple[date, date]
Compare = Callable[[ReportContent, list[Expected]], None]
WHOLE_YEAR, FIRST_HALF = (date(YEAR, 1, 1), date(YEAR, 12, 31)), (date(YEAR, 1, 1), date(YEAR, 6, 30))
periods = st.one_of(
    st.sampled_from((WHOLE_YEAR, WHOLE_YEAR, FIRST_HALF)),
    st.tuples(days, days).map(lambda pair: (min(pair), max(pair))),
)


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", CHEAP)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """One store for every example of the module, put back to the template before each."""
    folder = tmp_path_factory.mktemp("oracle")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "current_cost", CHEAP)
        with open_desk(build_template(folder / "template"), folder / "desk") as opened:
            yield opened


def count(value: object) -> int:
    """A figure an invariant adds: always a number there (never blank, "—" or "<3")."""
    assert isinstance(value, int) and not isinstance(value, bool), value
    return value


def column(table: Table, label: str) -> int:
    return [c.label for c in table.columns].index(label)


def summed_columns_add_up(table: Table) -> None:
    """Every summed column's total is the sum of its figure rows, "—" where none recorded a figure."""
    totals = table.totals()
    for index, col in enumerate(table.columns):
        if not col.summed:
            continue
        values = [row.cells[index] for row in table.rows if not row.bold]
        assert all(isinstance(v, int) or v in (None, sql.NOT_RECORDED) for v in values), values
        added = [v for v in values if isinstance(v, int)]
        want = sql.NOT_RECORDED if not added and sql.NOT_RECORDED in values else sum(added)
        assert totals[index] == want, f"{table.title}: {col.label} totals {totals[index]}, its rows {want}"


# -- Báo cáo kết quả Tháng hành động ---------------------------------------------------------------------


def check_action_month(
    content: ReportContent, db: sqlite3.Connection, publish: bool, compare: Compare
) -> None:
    am = sql.action_month(db, YEAR)
    period, campaign = (am.start, am.end), am.campaign_id
    activities, propaganda, budget, indicators = content.tables()
    titles = [table.title.split(".")[0] for table in content.tables()]
    assert titles == ["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4"]
    assert "theo giới tính" in activities.title and "tuyên truyền" in propaganda.title
    assert "theo nguồn" in budget.title and "theo chỉ tiêu" in indicators.title

    # Invariants of what the report says, whatever the store holds.
    sexes = [column(activities, label) for label in ("Tổng số lượt người", "Nữ", "Nam", "Chưa rõ giới tính")]
    for cells in (*(row.cells for row in activities.rows), activities.totals()):
        total, female, male, unknown = (count(cells[i]) for i in sexes)
        assert female + male + unknown == total, f"Biểu 1: nữ + nam + chưa rõ ≠ tổng in {cells}"
    for table in (activities, propaganda, budget):
        summed_columns_add_up(table)
    money = column(activities, "Kinh phí (đồng)")
    assert budget.totals()[1] == activities.totals()[money], "Biểu 3's total is not Biểu 1's budget"
    indicators_state_the_same_figures(db, activities, budget, indicators)

    # Every figure against plain SQL; the Biểu 1 total straight from the activities, not from its rows.
    expected = [
        Expected(sql.activities_by_kind(db, period, campaign), sql.activity_totals(db, period, campaign)),
        Expected(sql.propaganda_by_kind(db, period, campaign), sql.propaganda_totals(db, period, campaign)),
        Expected(
            sql.budget_by_source(db, period, campaign), ("Tổng cộng", sql.budget_total(db, period, campaign))
        ),
    ]
    compare(content, [*expected, indicator_expected(db, "action-month", period, publish, campaign)])
    sentences.check_action_month(content, db, period, campaign, expected, publish)


def indicators_state_the_same_figures(
    db: sqlite3.Connection, activities: Table, budget: Table, indicators: Table
) -> None:
    """Biểu 4 (the figures the commune sends up by code) says what Biểu 1 and 3 say, and its breakdowns
    add up: the kinds to the activities, nữ + nam + chưa rõ to the participants, the sources to the budget."""
    figures = by_code(db, "action-month", indicators)
    totals = activities.totals()
    for code, label in (
        ("activities", "Số cuộc"),
        ("participants", "Tổng số lượt người"),
        ("participants_female", "Nữ"),
        ("participants_male", "Nam"),
        ("participants_sex_unknown", "Chưa rõ giới tính"),
        ("participants_children", "Trẻ em"),
        ("participants_minority", "Người DTTS"),
    ):
        assert figures[code] == totals[column(activities, label)], f"Biểu 4 {code} ≠ Biểu 1 {label}"
    assert figures["budget_total"] == budget.totals()[1], "Biểu 4's budget is not Biểu 3's"
    kinds = [
        row.code
        for row in sql.indicators(db, "action-month")
        if row.level == 1 and row.source.startswith("activities.kind.") and ".participants" not in row.source
    ]
    assert sum(count(figures[code]) for code in kinds) == figures["activities"], "kinds ≠ activities"
    sexes = ("participants_female", "participants_male", "participants_sex_unknown")
    assert sum(count(figures[code]) for code in sexes) == figures["participants"], "nữ + nam + chưa rõ ≠ tổng"
    sources = ("budget_commune", "budget_upper", "budget_socialised", "budget_other")
    assert sum(count(figures[code]) for code in sources) == figures["budget_total"], "sources ≠ budget"


# -- the periodic reports ---------------------------------------------------------------------------------


def indicator_expected(
    db: sqlite3.Connection, report_kind: str, period: Period, publish: bool, campaign: int | None = None
) -> Expected:
    """An indicator table's rows by plain SQL; `campaign`: only the records filed under it (Action Month)."""
    values: dict[str, int | None] = sql.record_figures(db, period, campaign)
    values.update(sql.case_figures(db, period))
    rows = sql.indicators(db, report_kind)
    results = sql.row_values(rows, values, report_kind, publish=publish)
    return Expected(
        [
            (row.number, row.label, row.unit, result, row.note)
            for row, result in zip(rows, results, strict=True)
        ],
        None,
    )


def by_code(db: sqlite3.Connection, report_kind: str, table: Table) -> dict[str, object]:
    """The result column of an indicator table by row code (the rows are the store's, in order)."""
    codes = [row.code for row in sql.indicators(db, report_kind)]
    return {code: row.cells[3] for code, row in zip(codes, table.rows, strict=True)}


def check_gender_equality(
    content: ReportContent, db: sqlite3.Connection, period: Period, publish: bool, compare: Compare
) -> None:
    (table,) = content.tables()
    figures = by_code(db, "gender-equality", table)
    # Section II's kind rows add up to the activities, the sources to the budget, the sexes to the
    # participants; and the activities are the done activities of the period.
    rows = sql.indicators(db, "gender-equality")
    start = next(index for index, row in enumerate(rows) if row.code == "activities_group")
    section = []
    for row in rows[start + 1 :]:
        if row.is_group and row.level == 0:
            break
        if row.level == 0 and row.source.startswith("activities.kind.") and ".participants" not in row.source:
            section.append(row.code)
    assert sum(count(figures[code]) for code in section) == figures["activities"], "section II ≠ activities"
    sources = ("budget_commune", "budget_upper", "budget_socialised", "budget_other")
    assert sum(count(figures[code]) for code in sources) == figures["budget_total"], "sources ≠ budget"
    sexes = ("participants_female", "participants_male", "participants_sex_unknown")
    assert sum(count(figures[code]) for code in sexes) == figures["participants"], "nữ + nam + chưa rõ ≠ tổng"
    assert figures["activities"] == sql.done_count(db, period)

    compare(content, [indicator_expected(db, "gender-equality", period, publish)])
    sentences.check_gender_equality(content, sql.record_figures(db, period))


def check_dv_statistics(
    content: ReportContent, db: sqlite3.Connection, period: Period, publish: bool, compare: Compare
) -> None:
    (table,) = content.tables()
    if not publish:  # exact counts: each way of splitting the cases adds up to them
        figures = by_code(db, "dv-statistics", table)
        cases = count(figures["cases"])
        for split in (
            ("victim_male", "victim_female", "victim_unknown"),
            ("perp_male", "perp_female", "perp_unknown"),
            tuple(code for code in figures if code.startswith("gbv_")),
        ):
            assert sum(count(figures[code]) for code in split) == cases, split
        # A case counts under each of its forms: no form counts more cases than there are.
        assert all(count(figures[code]) <= cases for code in figures if code.startswith("form_"))
    compare(content, [indicator_expected(db, "dv-statistics", period, publish)])
    audience = sentences.PUBLIC if publish else sentences.EXACT
    assert audience in table.note and audience in sentences.text_of(content)


def check_activity_log(
    content: ReportContent, db: sqlite3.Connection, period: Period, compare: Compare
) -> None:
    (table,) = content.tables()
    rows = [row.cells for row in table.rows]
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1)), "STT is not 1, 2, 3…"
    days_ = [row[1] for row in rows if isinstance(row[1], date)]
    assert len(days_) == len(rows) and days_ == sorted(days_), "the log is not in date order"
    wanted = sql.activity_log(db, period)
    assert sorted(map(repr, (row[1:] for row in rows))) == sorted(map(repr, wanted)), "the log's entries"
    people, women, men, money = (sum(count(row[i] or 0) for row in wanted) for i in (5, 6, 7, 10))
    total = ("Tổng cộng", None, None, None, None, None, people, women, men, None, None, money)
    compare(content, [Expected(rows, total if rows else None)])
    sentences.check_activity_log(content, len(wanted), sql.log_sex_unrecorded(db, period))


# -- the properties ---------------------------------------------------------------------------------------


def check_reports(desk: Desk, commune: Commune, period: Period, publish: bool, compare: Compare) -> None:
    store = desk.fill(commune)
    reports = {}
    with store.transaction() as session:
        for kind in ReportKind:
            request = ReportRequest(
                kind, YEAR, start=period[0], end=period[1], day=TODAY, for_publication=publish
            )
            reports[kind] = build_report(session, request)
    with sql.connect(store.path) as db:
        check_action_month(reports[ReportKind.ACTION_MONTH], db, publish, compare)
        check_gender_equality(reports[ReportKind.GENDER_EQUALITY], db, period, publish, compare)
        check_dv_statistics(reports[ReportKind.DV_STATISTICS], db, period, publish, compare)
        check_activity_log(reports[ReportKind.ACTIVITY_LOG], db, period, compare)


PROPERTY = settings(
    deadline=None,
    # Explaining a failure re-runs it many times to say which part mattered: too slow for stores.
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    report_multiple_bugs=False,
)


@settings(PROPERTY, max_examples=100)
@given(commune=communes, period=periods, publish=st.booleans())
@example(commune=EVERY_KIND, period=WHOLE_YEAR, publish=False)
@example(commune=EVERY_KIND, period=(date(YEAR, 3, 1), date(YEAR, 11, 30)), publish=True)
def test_every_figure_of_every_report_equals_plain_sql(
    desk: Desk, commune: Commune, period: Period, publish: bool
) -> None:
    """The four reports' content: every table cell, total and stated figure."""
    check_reports(desk, commune, period, publish, check_content)


@settings(PROPERTY, max_examples=15)
@given(commune=communes, period=periods, publish=st.booleans())
@example(commune=EVERY_KIND, period=WHOLE_YEAR, publish=False)
@example(commune=EVERY_KIND, period=FIRST_HALF, publish=True)
def test_the_pdf_workbook_and_screen_print_the_same_figures(
    desk: Desk, tmp_path: Path, commune: Commune, period: Period, publish: bool
) -> None:
    """The same, read back from the PDF (each figure in its row and column of the grid), the XLSX cells
    (totals as a reader without a calculation engine sees them, and as their formulas recalculate) and the
    screen's HTML; every sentence of the content printed in each."""
    with tempfile.TemporaryDirectory(dir=tmp_path) as scratch:
        folder = Path(scratch)

        def everywhere(content: ReportContent, expected: list[Expected]) -> None:
            check_everywhere(content, expected, folder)

        check_reports(desk, commune, period, publish, everywhere)
