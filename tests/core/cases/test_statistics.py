"""Anonymised statistics: counts per dimension and small-number suppression."""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.cases import records, statistics, support
from gender_equality_desk.core.cases.statistics import StatCell, StatTable, suppress
from gender_equality_desk.core.cases.support import MeasureInput
from gender_equality_desk.core.cases.vocabulary import AgeGroup, MeasureKind, Relationship, Sex

from .conftest import TODAY, Team, sample_case


def test_counts_by_every_dimension(team: Team) -> None:
    for day, sex, relationship in (
        (date(2026, 3, 14), Sex.FEMALE, Relationship.HUSBAND),
        (date(2026, 3, 20), Sex.FEMALE, Relationship.HUSBAND),
        (date(2026, 4, 2), Sex.MALE, Relationship.CHILD),
        (date(2026, 4, 9), Sex.FEMALE, Relationship.HUSBAND),
        (date(2025, 12, 31), Sex.FEMALE, Relationship.HUSBAND),  # outside the period
    ):
        case = records.create_case(
            team.officer,
            sample_case(team, intake_date=day, survivor_sex=sex, perpetrator_relationship=relationship),
            today=TODAY,
        )
        support.add_measure(team.officer, case.id, MeasureInput(MeasureKind.COUNSELLING, day))
        support.add_measure(
            team.officer, case.id, MeasureInput(MeasureKind.COUNSELLING, day)
        )  # same case: once
    records.create_case(
        team.officer,
        sample_case(
            team,
            intake_date=date(2026, 5, 1),
            act_ids=(team.acts["i"],),
            village_id=None,
            survivor_age_group=AgeGroup.FROM_60,
        ),
        today=TODAY,
    )
    stats = statistics.case_statistics(team.viewer, date(2026, 1, 1), date(2026, 12, 31))
    assert stats.total_cases == 5
    t = stats.tables
    assert (t["act"].count_of("a"), t["act"].count_of("b"), t["act"].count_of("i")) == (4, 4, 1)
    assert (t["gbv_type"].count_of("physical_assault"), t["gbv_type"].count_of("rape")) == (4, 1)
    assert (t["survivor_sex"].count_of("female"), t["survivor_sex"].count_of("male")) == (4, 1)
    assert (t["survivor_age_group"].count_of("26_40"), t["survivor_age_group"].count_of("60_plus")) == (4, 1)
    assert t["perpetrator_relationship"].count_of("husband") == 4
    assert t["measure"].count_of("counselling") == 4
    village = str(team.villages["Thôn Nà Làng"])
    assert (t["village"].count_of(village), t["village"].count_of("none")) == (4, 1)
    assert [c.count for c in t["month"].cells] == [0, 0, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0]
    assert t["month"].cells[2].label == "Tháng 3/2026"
    shown = dict(stats.suppressed["survivor_sex"].cells)
    assert shown == {"Nữ": "x", "Nam": "<3", "Không rõ": "0"}  # 4 would give away the 1 (5 − 4)
    assert stats.suppressed["survivor_sex"].total == "5"
    # Raw tables keep exact numbers for the authorised screen.
    assert t["survivor_sex"].count_of("male") == 1


def test_suppression_hides_small_cells_and_what_would_reveal_them() -> None:
    table = StatTable(
        "x",
        "X",
        (StatCell("a", "A", 10), StatCell("b", "B", 2), StatCell("c", "C", 5), StatCell("d", "D", 0)),
        True,
    )
    shown = suppress(table, total=17, threshold=3)
    # B (2) is hidden; alone it could be recomputed as 17 - 10 - 5, so C (the next smallest) is hidden too.
    assert shown.cells == (("A", "10"), ("B", "<3"), ("C", "x"), ("D", "0"))
    assert shown.total == "17"
    non_additive = StatTable("x", "X", table.cells, False)
    assert suppress(non_additive, total=17).cells == (("A", "10"), ("B", "<3"), ("C", "5"), ("D", "0"))
    assert suppress(table, total=17, threshold=6).cells == (("A", "10"), ("B", "<6"), ("C", "<6"), ("D", "0"))
    tiny = StatTable("x", "X", (StatCell("a", "A", 1), StatCell("b", "B", 1)), True)
    assert suppress(tiny, total=2).total == "<3"
    assert suppress(tiny, total=2, threshold=1).cells == (("A", "1"), ("B", "1"))


def test_statistics_of_an_empty_period(team: Team) -> None:
    stats = statistics.case_statistics(team.viewer, date(2020, 1, 1), date(2020, 3, 31), threshold=5)
    assert stats.total_cases == 0 and stats.threshold == 5
    assert [label for label, _ in stats.suppressed["month"].cells] == [
        "Tháng 1/2020",
        "Tháng 2/2020",
        "Tháng 3/2020",
    ]
    assert {text for _, text in stats.suppressed["act"].cells} == {"0"}
    assert len(stats.tables["act"].cells) == 16
