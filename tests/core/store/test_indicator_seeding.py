"""Upgrading a store whose indicator rows an earlier release seeded: new rows land after their predecessor,
shipped values still in place are upgraded, whatever the officer edited is kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from gender_equality_desk.core.reports.action_month import ACTION_MONTH
from gender_equality_desk.core.reports.coverage import check_report
from gender_equality_desk.core.reports.indicators import (
    IndicatorInput,
    IndicatorRow,
    check_indicator,
    known_sources,
    list_indicators,
    move_indicator,
    set_indicator_active,
    update_indicator,
)
from gender_equality_desk.core.reports.period_report import DV_STATISTICS, GENDER_EQUALITY
from gender_equality_desk.core.store import reference
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.report_models import ReportIndicator

DATA = Path(__file__).resolve().parents[2] / "data"
SHIPPED = Path(__file__).resolve().parents[3] / "resources" / "report_indicators"


def _rows(store: Store, kind: str) -> list[IndicatorRow]:
    with store.reading() as session:
        return list_indicators(session, kind, include_inactive=True)


def _codes(store: Store, kind: str) -> list[str]:
    return [row.code for row in _rows(store, kind)]


def _edit(store: Store, kind: str, code: str, **changes: object) -> None:
    row = next(row for row in _rows(store, kind) if row.code == code)
    fields = {
        "label": row.label,
        "number": row.number,
        "unit": row.unit,
        "level": row.level,
        "is_group": row.is_group,
        "source": row.source,
        "note": row.note,
    }
    with store.transaction() as session:
        update_indicator(session, row.id, IndicatorInput(**{**fields, **changes}))  # type: ignore[arg-type]


@pytest.fixture
def old_store(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store as release 0008 seeded it, then edited by the officer; the current release not yet run."""
    old_resources = tmp_path / "old_resources"
    shutil.copytree(DATA / "indicators_before_issue14", old_resources / "report_indicators")
    with store.transaction() as session:
        session.execute(delete(ReportIndicator))
    with monkeypatch.context() as patch:
        patch.setattr(reference, "resources_dir", lambda: old_resources)
        # Release 0008 shipped no action-month rows (they came with issue 15).
        patch.setattr(reference, "REPORT_INDICATOR_FILES", ("gender_equality", "dv_statistics"))
        with store.transaction() as session:
            reference.seed_report_indicators(session)
    assert "reportage" not in _codes(store, GENDER_EQUALITY)
    assert _codes(store, ACTION_MONTH) == []
    _edit(store, GENDER_EQUALITY, "mediation", number="12.")  # the province numbers with a dot
    _edit(store, GENDER_EQUALITY, "training", label="Tập huấn cho cán bộ, cộng tác viên")
    _edit(store, DV_STATISTICS, "form_economic", source="cases.gbv.denial_of_resources+cases.gbv.rape")
    inspection = next(row for row in _rows(store, GENDER_EQUALITY) if row.code == "inspection")
    articles = next(row for row in _rows(store, GENDER_EQUALITY) if row.code == "articles")
    with store.transaction() as session:
        move_indicator(session, inspection.id, -100)  # the officer moved it to the top
        set_indicator_active(session, articles.id, False)
    return store


def test_new_rows_land_after_their_predecessor(old_store: Store) -> None:
    with old_store.transaction() as session:
        reference.seed_report_indicators(session)
    codes = _codes(old_store, GENDER_EQUALITY)
    assert codes[:2] == ["inspection", "other_activities"]  # follows inspection where the officer put it
    assert codes[codes.index("participants_male") + 1] == "participants_sex_unknown"
    assert codes[codes.index("articles") + 1 : codes.index("articles") + 3] == [
        "reportage",
        "reportage_minutes",
    ]
    assert codes[codes.index("budget_socialised") + 1] == "budget_other"
    assert codes[codes.index("mediation") - 1] == "village_meetings"
    rows = _rows(old_store, GENDER_EQUALITY)
    with old_store.reading() as session:
        orders = list(
            session.scalars(
                select(ReportIndicator.sort_order)
                .where(ReportIndicator.report_kind == GENDER_EQUALITY)
                .order_by(ReportIndicator.sort_order)
            )
        )
    assert orders == list(range(1, len(rows) + 1))
    assert not next(row for row in rows if row.code == "articles").is_active  # still hidden


def test_shipped_values_are_upgraded_and_the_officers_edits_kept(old_store: Store) -> None:
    with old_store.transaction() as session:
        reference.seed_report_indicators(session)
    ge = {row.code: row for row in _rows(old_store, GENDER_EQUALITY)}
    assert ge["clubs"].source == "activities.kind.club_meeting+activities.kind.dv_model"
    assert ge["leaflets"].number == "7" and ge["budget_total"].number == "22"
    assert ge["mediation"].number == "12."  # the officer's numbering
    assert ge["training"].label == "Tập huấn cho cán bộ, cộng tác viên"
    assert ge["training"].number == "11"
    dv = {row.code: row for row in _rows(old_store, DV_STATISTICS)}
    assert dv["form_physical"].source == "cases.form.physical"
    assert dv["form_sexual"].source == "cases.form.sexual"
    assert dv["form_economic"].source == "cases.gbv.denial_of_resources+cases.gbv.rape"  # the officer's
    assert dv["victim_child"].label == "Trong đó: trẻ em dưới 16 tuổi"
    assert "victim_unknown" in dv and "gbv_forced_marriage" in dv
    with old_store.reading() as session:
        (hidden,) = check_report(session, GENDER_EQUALITY)  # only what the officer's hiding left out
        economic, *twice = check_report(session, DV_STATISTICS)  # the officer's own economic row
    assert hidden.startswith("Hình thức tuyên truyền “Tin, bài trên cổng thông tin, mạng xã hội”")
    assert economic.startswith("Hình thức bạo lực “Bạo lực kinh tế” không được tính ở dòng nào")
    assert [problem.split(" được tính ở 2 dòng")[0] for problem in twice] == [
        "Loại bạo lực (GBVIMS) “Hiếp dâm”",
        "Loại bạo lực (GBVIMS) “Từ chối nguồn lực, cơ hội, dịch vụ”",
    ]


def test_an_existing_store_gets_the_action_month_rows_on_its_next_start(old_store: Store) -> None:
    with old_store.transaction() as session:
        reference.seed_report_indicators(session)
    shipped = json.loads((SHIPPED / "action_month.json").read_text(encoding="utf-8"))
    assert _codes(old_store, ACTION_MONTH) == [item["code"] for item in shipped["items"]]
    with old_store.reading() as session:
        assert check_report(session, ACTION_MONTH) == []


def test_seeding_again_changes_nothing(old_store: Store) -> None:
    with old_store.transaction() as session:
        reference.seed_report_indicators(session)
    kinds = (GENDER_EQUALITY, DV_STATISTICS, ACTION_MONTH)
    first = [row for kind in kinds for row in _rows(old_store, kind)]
    with old_store.transaction() as session:
        reference.seed_report_indicators(session)
    assert [row for kind in kinds for row in _rows(old_store, kind)] == first


@pytest.mark.parametrize(
    ("kind", "name"),
    [(GENDER_EQUALITY, "gender_equality"), (DV_STATISTICS, "dv_statistics"), (ACTION_MONTH, "action_month")],
)
def test_a_new_store_has_the_files_rows_in_order(store: Store, kind: str, name: str) -> None:
    shipped = json.loads((SHIPPED / f"{name}.json").read_text(encoding="utf-8"))
    assert _codes(store, kind) == [item["code"] for item in shipped["items"]]
    rows = {row.code: row for row in _rows(store, kind)}
    for item in shipped["items"]:
        assert rows[item["code"]].source == item.get("source", "")


def test_every_replaced_value_differs_from_the_shipped_one() -> None:
    for name in reference.REPORT_INDICATOR_FILES:
        for item in json.loads((SHIPPED / f"{name}.json").read_text(encoding="utf-8"))["items"]:
            for field in ("number", "label", "unit", "source"):
                assert item.get(field, "") not in item.get(f"replaces_{field}", ()), (name, item["code"])


def test_a_kind_the_officer_added_can_be_chosen_as_a_source(store: Store) -> None:
    from gender_equality_desk.core.catalogues import CatalogueKind, add_entry
    from gender_equality_desk.core.store.models import ActivityKind

    with store.transaction() as session:
        kind_id = add_entry(session, CatalogueKind.ACTIVITY_KIND, "Ngày hội gia đình")
        code = session.get_one(ActivityKind, kind_id).code
        sources = known_sources(session)
    assert sources[f"activities.kind.{code}"] == "Số cuộc: Ngày hội gia đình"
    assert check_indicator(IndicatorInput("Ngày hội", source=f"activities.kind.{code}"), sources) is None
