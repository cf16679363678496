"""Biểu 2's reach column: an estimate the officer may leave blank is "—" where no event recorded one, never
a made-up 0 (a province would read "reached nobody"); recorded estimates add up, blanks left out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import select

from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda
from gender_equality_desk.core.render.xlsx import render_xlsx
from gender_equality_desk.core.reports.action_month import action_month_report
from gender_equality_desk.core.reports.content import ReportContent, Table
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import PropagandaKind

from .handmade import make_commune, sql

YEAR = 2025
BANNERS, LEAFLETS = "Treo băng rôn, khẩu hiệu", "Tờ rơi, tài liệu, sản phẩm truyền thông"


def add_event(store: Store, kind: str, day: date, reach: int | None) -> None:
    with store.transaction() as session:
        kind_id = session.scalars(select(PropagandaKind.id).where(PropagandaKind.code == kind)).one()
        create_propaganda(
            session,
            PropagandaInput(kind_id=kind_id, title=f"{kind} {day:%d/%m}", start_date=day, end_date=day,
                            quantity=5, estimated_reach=reach),
        )  # fmt: skip


def report(store: Store) -> ReportContent:
    with store.transaction() as session:
        return action_month_report(session, YEAR, day=date(YEAR, 12, 20))


def propaganda_table(content: ReportContent) -> Table:
    return next(table for table in content.tables() if "tuyên truyền" in table.title)


def reach_by_label(table: Table) -> dict[object, object]:
    return {row.cells[0]: row.cells[-1] for row in table.rows}


def test_a_kind_without_any_estimate_prints_a_dash_and_estimates_add_up(store: Store, tmp_path: Path) -> None:
    make_commune(store)
    add_event(store, "banner_slogan", date(YEAR, 11, 16), None)
    add_event(store, "leaflet", date(YEAR, 11, 18), 300)
    add_event(store, "leaflet", date(YEAR, 11, 20), None)
    content = report(store)
    table = propaganda_table(content)
    ((recorded,),) = sql(store, "SELECT sum(estimated_reach) FROM propaganda_event WHERE is_deleted = 0")
    reach = reach_by_label(table)
    assert reach[BANNERS] == "—"  # one event, no estimate: not "0 people reached"
    assert reach[LEAFLETS] == recorded == 300  # the blank one is left out, not counted as 0
    assert table.totals()[-1] == 300
    assert "“—”: không đợt nào ghi ước tính" in table.note

    sheet = openpyxl.load_workbook(render_xlsx(content, tmp_path / "am.xlsx"), data_only=True)["Tuyên truyền"]
    cells = {row[0]: row[-1] for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]}
    assert cells[BANNERS] == "—" and cells[LEAFLETS] == 300 and cells["Tổng cộng"] == 300


def test_no_estimate_anywhere_totals_a_dash(store: Store) -> None:
    make_commune(store)
    add_event(store, "banner_slogan", date(YEAR, 11, 16), None)
    table = propaganda_table(report(store))
    assert table.totals()[-1] == "—"
    assert set(reach_by_label(table).values()) == {"—"}
