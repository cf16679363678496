"""A row's source: one key, keys added up with "+", or a family's rest; rows read with their indentation."""

from __future__ import annotations

from gender_equality_desk.core.reports.indicator_sources import ACTIVITY_KINDS, BUDGET_SOURCES, parts
from gender_equality_desk.core.reports.indicators import (
    IndicatorInput,
    IndicatorRow,
    check_indicator,
    known_sources,
    row_figures,
)


def row(source: str, level: int = 0, label: str = "x") -> IndicatorRow:
    return IndicatorRow(0, "gender-equality", label, "", label, "", level, False, source, "", True)


VALUES: dict[str, int | None] = {
    "activities.count": 10,
    "activities.kind.training": 3,
    "activities.kind.club_meeting": 2,
    "activities.kind.dv_model": 1,
    "activities.kind.contest": 4,
    "activities.kind.k3f9a": 0,  # a kind the officer added: no activity yet
    "activities.children": None,
    "budget.source.other": 500,
    "budget.source.none": 200,
}


def test_parts_ignore_blanks_and_spaces() -> None:
    assert parts(" activities.kind.a + activities.kind.b +") == ("activities.kind.a", "activities.kind.b")
    assert parts("") == ()


def test_compound_rows_add_up_and_rest_takes_what_no_other_row_names() -> None:
    rows = [
        row("activities.count"),
        row("activities.kind.training"),
        row("activities.kind.club_meeting+activities.kind.dv_model"),
        row("activities.kind.rest"),
    ]
    figures = [figure.value for figure in row_figures(rows, VALUES)]
    assert figures == [10, 3, 3, 4]  # rest: contest 4 + the new kind 0


def test_a_trong_do_row_does_not_shrink_the_rest() -> None:
    rows = [
        row("activities.kind.training"),
        row("activities.kind.rest"),
        row("activities.kind.contest", level=1, label="Trong đó: hội thi"),
    ]
    assert [figure.value for figure in row_figures(rows, VALUES)] == [3, 7, 4]


def test_blank_stays_blank_and_unknown_keys_are_left_to_the_officer() -> None:
    rows = [row("activities.children"), row("activities.kind.training+activities.kind.gone"), row("")]
    figures = row_figures(rows, VALUES)
    assert (figures[0].computed, figures[0].value) == (True, None)  # printed "—"
    assert not figures[1].computed and not figures[2].computed


def test_case_rows_are_marked_for_suppression() -> None:
    figures = row_figures([row("cases.opened"), row("activities.count")], {**VALUES, "cases.opened": 2})
    assert [figure.counts_cases for figure in figures] == [True, False]


def test_families_know_their_members() -> None:
    assert ACTIVITY_KINDS.members_in("activities.kind.training") == ("training",)
    assert ACTIVITY_KINDS.members_in("activities.kind.training.participants") == ()
    assert BUDGET_SOURCES.members_in("budget.source.none") == ("none",)
    assert BUDGET_SOURCES.members_in("budget.total") == ()


def test_compound_sources_are_checked_key_by_key() -> None:
    sources = known_sources()
    ok = IndicatorInput("CLB", source="activities.kind.club_meeting+activities.kind.dv_model")
    assert check_indicator(ok, sources) is None
    assert check_indicator(IndicatorInput("x", source="activities.kind.rest"), sources) is None
    unknown = check_indicator(IndicatorInput("x", source="activities.kind.training+khong.co"), sources)
    assert unknown == "Nguồn số liệu “khong.co” không có trong danh sách. Vui lòng chọn lại hoặc để trống."
    twice = check_indicator(IndicatorInput("x", source="budget.total+budget.total"), sources)
    assert twice == "Nguồn số liệu “Tổng kinh phí (đồng)” được chọn hai lần. Mỗi nguồn chỉ được cộng một lần."
