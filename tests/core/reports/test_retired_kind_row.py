"""A kind the officer retires keeps its row of the annual report counted: the row "Kiểm tra, giám sát"
says 0 in a year without inspections, never a blank cell left to fill in by hand (a province reads a
blank as "not reported"), and section II still adds up to the activities."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from gender_equality_desk.core.catalogues import CatalogueKind, set_active
from gender_equality_desk.core.reports.indicators import list_indicators
from gender_equality_desk.core.reports.period_report import GENDER_EQUALITY, gender_equality_report
from gender_equality_desk.core.reports.registry import FIGURE_PROVIDERS
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind

from .handmade import add_activity, make_commune, sql

YEAR = 2025


def retire(store: Store, code: str) -> None:
    with store.transaction() as session:
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == code)).one()
        set_active(session, CatalogueKind.ACTIVITY_KIND, kind_id, False)


def results(store: Store) -> dict[str, object]:
    with store.reading() as session:
        content = gender_equality_report(
            session, date(YEAR, 1, 1), date(YEAR, 12, 31), day=date(YEAR, 12, 20), providers=FIGURE_PROVIDERS
        )
        codes = [row.code for row in list_indicators(session, GENDER_EQUALITY)]
    return {code: row.cells[3] for code, row in zip(codes, content.tables()[0].rows, strict=True)}


def inspections(store: Store) -> int:
    ((count,),) = sql(
        store,
        "SELECT count(*) FROM activity a JOIN activity_kind k ON k.id = a.kind_id "
        "WHERE k.code = 'inspection' AND a.status = 'done' AND a.is_deleted = 0",
    )
    assert isinstance(count, int)
    return count


def test_a_retired_kind_with_nothing_in_the_year_counts_zero(store: Store) -> None:
    make_commune(store)
    add_activity(store, "training", date(YEAR, 3, 10), total=20)
    retire(store, "inspection")
    figures = results(store)
    assert figures["inspection"] == inspections(store) == 0
    section = ("launch", "conference", "training", "clubs", "village_meetings", "mediation",
               "legal_counselling", "support", "inspection", "other_activities")  # fmt: skip
    numbers = [value for value in (figures[code] for code in section) if isinstance(value, int)]
    assert len(numbers) == len(section)  # every row a number, none left blank
    assert sum(numbers) == figures["activities"] == 1


def test_a_kind_retired_after_use_still_counts_what_was_done(store: Store) -> None:
    make_commune(store)
    add_activity(store, "inspection", date(YEAR, 5, 10), total=6)
    retire(store, "inspection")
    assert results(store)["inspection"] == inspections(store) == 1
