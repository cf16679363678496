"""Every kind, propaganda kind, budget source and DV form is counted by a row, once, and the rows add up.

Run over the shipped catalogues and indicator files (no problem allowed), over the files as release 0008
shipped them (each defect of issue 14 found), and over rows an officer could make.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from gender_equality_desk.core.cases.catalogue import DvForm
from gender_equality_desk.core.catalogues import CatalogueKind, add_entry
from gender_equality_desk.core.reports.action_month import ACTION_MONTH
from gender_equality_desk.core.reports.coverage import (
    Catalogues,
    DvActEntry,
    check_report,
    check_rows,
    outside,
    shipped_catalogues,
    store_catalogues,
)
from gender_equality_desk.core.reports.indicators import (
    IndicatorInput,
    IndicatorRow,
    list_indicators,
    set_indicator_active,
    update_indicator,
)
from gender_equality_desk.core.reports.period_report import DV_STATISTICS, GENDER_EQUALITY
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.reference import REPORT_INDICATOR_FILES

OLD_FILES = Path(__file__).resolve().parents[2] / "data" / "indicators_before_issue14"
SHIPPED_FILES = Path(__file__).resolve().parents[3] / "resources" / "report_indicators"


def rows_of(path: Path) -> tuple[str, list[IndicatorRow]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    kind = data["report_kind"]
    rows = [
        IndicatorRow(
            index,
            kind,
            item["code"],
            item.get("number", ""),
            item["label"],
            item.get("unit", ""),
            item.get("level", 0),
            bool(item.get("group", False)),
            item.get("source", ""),
            item.get("note", ""),
            True,
        )
        for index, item in enumerate(data["items"], start=1)
    ]
    return kind, rows


def problems_of(path: Path, catalogues: Catalogues | None = None) -> list[str]:
    kind, rows = rows_of(path)
    return check_rows(rows, catalogues or shipped_catalogues(), outside(kind))


@pytest.mark.parametrize("name", REPORT_INDICATOR_FILES)
def test_the_shipped_files_count_every_shipped_kind_once_and_add_up(name: str) -> None:
    assert problems_of(SHIPPED_FILES / f"{name}.json") == []


@pytest.mark.parametrize("kind", [GENDER_EQUALITY, DV_STATISTICS, ACTION_MONTH])
def test_a_new_store_has_no_problem(store: Store, kind: str) -> None:
    with store.reading() as session:
        assert check_report(session, kind) == []


def test_each_report_says_what_it_leaves_out() -> None:
    assert outside(GENDER_EQUALITY) == {"dv_forms"}
    assert outside(DV_STATISTICS) == {"activity_kinds", "propaganda_units", "budget_sources"}
    assert outside(ACTION_MONTH) == {"dv_forms"}


# -- the defects of the old annual report ---------------------------------------------------------------


@pytest.fixture(scope="module")
def old_annual() -> list[str]:
    return problems_of(OLD_FILES / "gender_equality.json")


def _about(problems: list[str], *words: str) -> list[str]:
    return [problem for problem in problems if all(word in problem for word in words)]


def test_old_annual_report_missed_the_dv_model_kind(old_annual: list[str]) -> None:
    (problem,) = _about(old_annual, "Hoạt động mô hình, nhóm phòng, chống bạo lực gia đình")
    assert "không được tính ở dòng nào" in problem
    assert "không cộng lại bằng dòng “1. Số hoạt động truyền thông, hưởng ứng đã tổ chức”" in problem


def test_old_annual_report_had_no_reportage_row(old_annual: list[str]) -> None:
    assert _about(old_annual, "Hình thức tuyên truyền “Phóng sự”", "không được tính ở dòng nào")


def test_old_annual_report_left_other_and_unsourced_budget_in_no_row(old_annual: list[str]) -> None:
    (problem,) = _about(old_annual, "nguồn kinh phí")
    assert "“Khác”" in problem and "“Chưa ghi nguồn”" in problem
    assert "không cộng lại bằng dòng “18. Tổng kinh phí”" in problem


def test_old_annual_report_participants_by_sex_did_not_add_up(old_annual: list[str]) -> None:
    assert _about(old_annual, "giới tính người tham gia", "“2. Số lượt người tham gia”", "chưa rõ giới tính")


def test_old_dv_statistics_counted_forms_from_the_gbvims_type() -> None:
    problems = problems_of(OLD_FILES / "dv_statistics.json")
    (forms,) = _about(problems, "hình thức bạo lực")
    for form in DvForm:
        assert f"“{form.label}”" in forms
    assert _about(problems, "loại bạo lực (GBVIMS)", "Cưỡng ép kết hôn")  # forced marriage in no row
    assert _about(problems, "giới tính nạn nhân", "Không rõ")
    assert _about(problems, "giới tính người gây bạo lực", "Không rõ")


# -- what an officer may do ----------------------------------------------------------------------------


def _rows(store: Store, kind: str = GENDER_EQUALITY) -> dict[str, IndicatorRow]:
    with store.reading() as session:
        return {row.code: row for row in list_indicators(session, kind)}


def _set_source(store: Store, row: IndicatorRow, source: str, **changes: object) -> None:
    value = IndicatorInput(row.label, row.number, row.unit, row.level, row.is_group, source, row.note)
    with store.transaction() as session:
        update_indicator(session, row.id, replace(value, **changes))  # type: ignore[arg-type]


def _problems(store: Store, kind: str = GENDER_EQUALITY) -> list[str]:
    with store.reading() as session:
        return check_report(session, kind)


def test_a_kind_the_officer_adds_is_counted_by_the_rest_row(store: Store) -> None:
    with store.transaction() as session:
        add_entry(session, CatalogueKind.ACTIVITY_KIND, "Ngày hội gia đình hạnh phúc")
    assert _problems(store) == []
    with store.transaction() as session:
        set_indicator_active(session, _rows(store)["other_activities"].id, False)
    (problem,) = _problems(store)
    assert "“Ngày hội gia đình hạnh phúc”" in problem and "“Cuộc thi, hội thi, văn nghệ”" in problem


def test_a_kind_counted_in_two_rows_is_found(store: Store) -> None:
    rows = _rows(store)
    _set_source(store, rows["mediation"], "activities.kind.mediation+activities.kind.training")
    (problem,) = _problems(store)
    assert problem.startswith("Loại hoạt động “Tập huấn” được tính ở 2 dòng:")
    assert "“11. Tập huấn, bồi dưỡng kiến thức về bình đẳng giới”" in problem
    assert "“14. Hòa giải ở cơ sở”" in problem


def test_a_trong_do_row_indented_under_its_row_is_not_counted_twice(store: Store) -> None:
    with store.reading() as session:
        rows = list_indicators(session, GENDER_EQUALITY)
        catalogues = store_catalogues(session)
    clubs = next(index for index, row in enumerate(rows) if row.code == "clubs")
    detail = replace(rows[clubs], id=0, code="x", number="", label="Trong đó: mô hình", level=1)
    detail = replace(detail, source="activities.kind.dv_model")
    under_clubs = [*rows[: clubs + 1], detail, *rows[clubs + 1 :]]
    assert check_rows(under_clubs, catalogues, outside(GENDER_EQUALITY)) == []
    # the same row indented under the training row is a second share of the activities, not a detail
    training = next(index for index, row in enumerate(rows) if row.code == "training")
    misplaced = [*rows[: training + 1], detail, *rows[training + 1 :]]
    (problem,) = check_rows(misplaced, catalogues, outside(GENDER_EQUALITY))
    assert "“Hoạt động mô hình, nhóm phòng, chống bạo lực gia đình” được tính ở 2 dòng" in problem


def test_removing_the_unknown_sex_row_breaks_the_participants_breakdown(store: Store) -> None:
    _set_source(store, _rows(store)["participants_sex_unknown"], "")
    (problem,) = _problems(store)
    assert "không cộng lại bằng dòng “2. Số lượt người tham gia”: thiếu “chưa rõ giới tính”" in problem


def test_an_act_without_a_form_is_reported_for_the_dv_statistics(store: Store) -> None:
    with store.transaction() as session:
        act = session.scalars(select(DvAct).where(DvAct.code == "l")).one()
        act.dv_form = ""
    (problem,) = _problems(store, DV_STATISTICS)
    assert problem.startswith("Hành vi “Cưỡng ép tảo hôn, kết hôn, ly hôn")
    assert "(Điểm l khoản 1 Điều 3) chưa gắn hình thức bạo lực" in problem
    assert _problems(store, GENDER_EQUALITY) == []  # forms are outside the annual report


def test_one_key_can_be_declared_outside_a_report() -> None:
    _kind, rows = rows_of(OLD_FILES / "gender_equality.json")
    without_reportage = {"dv_forms", "propaganda.unit.episode"}
    problems = check_rows(rows, shipped_catalogues(), without_reportage)
    assert not _about(problems, "Phóng sự")


def test_store_catalogues_read_the_officers_acts(store: Store) -> None:
    with store.reading() as session:
        acts = store_catalogues(session).dv_acts
    assert DvActEntry("Điểm a khoản 1 Điều 3", acts[0].label, DvForm.PHYSICAL) == acts[0]
    assert len(acts) == 16 and all(act.form is not None for act in acts)
