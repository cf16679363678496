"""The annual gender-equality table on a store built by hand: its rows add up, and equal plain SQL.

The store holds what broke the old table: a "mô hình phòng, chống BLGĐ" activity (counted by no row), a
reportage (no row), a kind the officer added, a "Khác" budget and an amount without a source (in the total,
in no row), and an activity with Tổng 40, Nữ 25, Nam blank (nữ + nam ≠ tổng).
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select, update

from gender_equality_desk.core.catalogues import CatalogueKind, add_entry
from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda
from gender_equality_desk.core.reports.content import Cell, ReportContent
from gender_equality_desk.core.reports.indicators import list_indicators
from gender_equality_desk.core.reports.period_report import GENDER_EQUALITY, gender_equality_report
from gender_equality_desk.core.reports.registry import FIGURE_PROVIDERS
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, ActivityKind, PropagandaKind

YEAR = 2026
TODAY = date(YEAR, 12, 20)
PROFILE = ProfileInput(
    commune_name="Xã Tân Lập",
    province_name="Phú Thọ",
    place_name="Tân Lập",
    issuing_body="Ủy ban nhân dân xã Tân Lập",
    receiving_authority="Sở Nội vụ tỉnh Phú Thọ",
    signer_name="Hà Văn Minh",
)

# (kind code, month, total, nữ, nam, budget, source, status)
ACTIVITIES = [
    ("launch_ceremony", 3, 120, 70, 50, 5_000_000, BudgetSource.COMMUNE, ActivityStatus.DONE),
    ("club_meeting", 4, 30, 30, 0, 0, None, ActivityStatus.DONE),
    ("dv_model", 5, 40, 25, None, 1_500_000, BudgetSource.OTHER, ActivityStatus.DONE),
    ("dv_model", 6, 18, 10, 8, 700_000, BudgetSource.COMMUNE, ActivityStatus.DONE),  # source cleared below
    ("training", 7, 45, 20, 25, 12_000_000, BudgetSource.UPPER_LEVEL, ActivityStatus.DONE),
    ("contest", 8, 200, None, None, 3_000_000, BudgetSource.SOCIALISED, ActivityStatus.DONE),
    ("counselling", 9, 6, 6, 0, 0, None, ActivityStatus.DONE),
    ("new_kind", 10, 25, 15, 10, 400_000, BudgetSource.COMMUNE, ActivityStatus.DONE),
    ("training", 11, 50, 25, 25, 9_000_000, BudgetSource.COMMUNE, ActivityStatus.CANCELLED),
]


def _sql(store: Store, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


@pytest.fixture
def report(store: Store) -> ReportContent:
    with store.transaction() as session:
        save_profile(session, PROFILE)
        new_kind = add_entry(session, CatalogueKind.ACTIVITY_KIND, "Ngày hội gia đình hạnh phúc")
        kinds = {
            code: kind_id for code, kind_id in session.execute(select(ActivityKind.code, ActivityKind.id))
        }
        kinds["new_kind"] = new_kind
        ids = []
        for code, month, total, female, male, budget, source, status in ACTIVITIES:
            activity_id = create_activity(
                session,
                ActivityInput(
                    kind_id=kinds[code],
                    title=f"Hoạt động {code} tháng {month}",
                    start_at=local_datetime(date(YEAR, month, 10), 8),
                    end_at=local_datetime(date(YEAR, month, 10), 11),
                    participants_total=total,
                    participants_female=female,
                    participants_male=male,
                    budget_vnd=budget,
                    budget_source=source,
                    status=status,
                ),
                today=TODAY,
            )
            ids.append(activity_id)
        # An amount without a source: the form refuses it today, but stores made earlier hold such rows.
        session.execute(update(Activity).where(Activity.id == ids[3]).values(budget_source=None))
        create_activity(  # last year: outside the period
            session,
            ActivityInput(
                kind_id=kinds["dv_model"],
                title="Sinh hoạt mô hình năm trước",
                start_at=local_datetime(date(YEAR - 1, 12, 1), 8),
                end_at=local_datetime(date(YEAR - 1, 12, 1), 10),
                participants_total=12,
            ),
            today=TODAY,
        )
        propaganda = {
            code: kind_id for code, kind_id in session.execute(select(PropagandaKind.code, PropagandaKind.id))
        }
        for code, quantity, minutes in (
            ("reportage", 2, 25),
            ("radio_broadcast", 30, 450),
            ("leaflet", 500, None),
        ):
            create_propaganda(
                session,
                PropagandaInput(
                    kind_id=propaganda[code],
                    title=f"Tuyên truyền {code}",
                    start_date=date(YEAR, 11, 20),
                    end_date=date(YEAR, 11, 20),
                    quantity=quantity,
                    minutes=minutes,
                ),
            )
    with store.reading() as session:
        return gender_equality_report(
            session, date(YEAR, 1, 1), date(YEAR, 12, 31), day=TODAY, providers=FIGURE_PROVIDERS
        )


def _by_code(store: Store, report: ReportContent) -> dict[str, Cell]:
    with store.reading() as session:
        codes = [row.code for row in list_indicators(session, GENDER_EQUALITY)]
    return {code: row.cells[3] for code, row in zip(codes, report.tables()[0].rows, strict=True)}


DONE_IN_YEAR = (
    f"a.status = 'done' AND a.is_deleted = 0 AND a.start_at >= '{YEAR}-01-01' "
    f"AND a.start_at < '{YEAR + 1}-01-01'"
)


def _count(store: Store, *codes: str) -> int:
    listed = ", ".join(f"'{code}'" for code in codes)
    (count,) = _sql(
        store,
        f"SELECT count(*) FROM activity a JOIN activity_kind k ON k.id = a.kind_id "
        f"WHERE {DONE_IN_YEAR} AND k.code IN ({listed})",
    )[0]
    assert isinstance(count, int)
    return count


SECTION_II = (
    "launch",
    "conference",
    "training",
    "clubs",
    "village_meetings",
    "mediation",
    "legal_counselling",
    "support",
    "inspection",
    "other_activities",
)


def test_section_ii_rows_add_up_to_the_number_of_activities(store: Store, report: ReportContent) -> None:
    figures = _by_code(store, report)
    (expected,) = _sql(store, f"SELECT count(*) FROM activity a WHERE {DONE_IN_YEAR}")[0]
    assert figures["activities"] == expected == 8
    assert sum(int(figures[code] or 0) for code in SECTION_II) == expected


def test_the_club_row_counts_the_dv_model_kind_too(store: Store, report: ReportContent) -> None:
    figures = _by_code(store, report)
    assert figures["clubs"] == _count(store, "club_meeting", "dv_model") == 3
    assert figures["legal_counselling"] == _count(store, "legal_aid", "counselling") == 1


def test_kinds_without_a_row_of_their_own_are_in_other_activities(
    store: Store, report: ReportContent
) -> None:
    (new_kind,) = _sql(store, "SELECT code FROM activity_kind WHERE label = 'Ngày hội gia đình hạnh phúc'")[0]
    figures = _by_code(store, report)
    # the contest and the kind the officer added this year: no row names them
    assert figures["other_activities"] == _count(store, "contest", str(new_kind)) == 2


def test_participants_by_sex_add_up_to_the_total(store: Store, report: ReportContent) -> None:
    figures = _by_code(store, report)
    total, female, male = _sql(
        store,
        "SELECT sum(participants_total), sum(coalesce(participants_female, 0)), "
        f"sum(coalesce(participants_male, 0)) FROM activity a WHERE {DONE_IN_YEAR}",
    )[0]
    assert (figures["participants"], figures["participants_female"], figures["participants_male"]) == (
        total,
        female,
        male,
    )
    assert isinstance(total, int) and isinstance(female, int) and isinstance(male, int)
    # 40 − 25 on the Nam-blank activity, 200 on the contest with neither recorded
    assert figures["participants_sex_unknown"] == total - female - male == 15 + 200
    assert (
        int(figures["participants_female"] or 0)
        + int(figures["participants_male"] or 0)
        + int(figures["participants_sex_unknown"] or 0)
        == figures["participants"]
    )


def test_budget_sources_add_up_to_the_total(store: Store, report: ReportContent) -> None:
    figures = _by_code(store, report)
    ((total,),) = _sql(store, f"SELECT sum(budget_vnd) FROM activity a WHERE {DONE_IN_YEAR}")
    ((other,),) = _sql(
        store,
        f"SELECT sum(budget_vnd) FROM activity a WHERE {DONE_IN_YEAR} "
        "AND (budget_source = 'other' OR budget_source IS NULL)",
    )
    assert figures["budget_total"] == total == 22_600_000
    assert figures["budget_other"] == other == 2_200_000
    parts = ("budget_commune", "budget_upper", "budget_socialised", "budget_other")
    assert sum(int(figures[code] or 0) for code in parts) == total


def test_reportage_has_its_row(store: Store, report: ReportContent) -> None:
    figures = _by_code(store, report)
    ((episodes, minutes),) = _sql(
        store,
        "SELECT sum(e.quantity), sum(e.minutes) FROM propaganda_event e "
        "JOIN propaganda_kind k ON k.id = e.kind_id WHERE k.unit = 'episode' AND e.is_deleted = 0",
    )
    assert (figures["reportage"], figures["reportage_minutes"]) == (episodes, minutes) == (2, 25)
