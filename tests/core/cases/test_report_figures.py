"""Case counts in the periodic reports: right numbers, by intake date, small ones suppressed on paper."""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.cases.records import create_case
from gender_equality_desk.core.cases.support import MeasureInput, add_measure
from gender_equality_desk.core.cases.vocabulary import AgeGroup, MeasureKind, Sex
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.reports.case_figures import case_figures
from gender_equality_desk.core.reports.figures import Period
from gender_equality_desk.core.reports.period_report import dv_statistics_report
from gender_equality_desk.core.reports.registry import FIGURE_PROVIDERS
from gender_equality_desk.core.store.engine import Store

from .conftest import TODAY, Team, sample_case

PROFILE = ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Lạng Sơn",
    place_name="Cao Lâu",
    issuing_body="Ủy ban nhân dân xã Cao Lâu",
    receiving_authority="Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
    signer_name="Vi Văn Thái",
)


def _open_cases(team: Team) -> None:
    officer = team.officer
    first = create_case(officer, sample_case(team), today=TODAY)
    add_measure(officer, first.id, MeasureInput(MeasureKind.NO_CONTACT, date(2026, 3, 15)))
    add_measure(officer, first.id, MeasureInput(MeasureKind.COUNSELLING, date(2026, 3, 16)))
    create_case(
        officer, sample_case(team, survivor_sex=Sex.MALE, survivor_age_group=AgeGroup.FROM_60), today=TODAY
    )
    young = sample_case(team, survivor_age_group=AgeGroup.FROM_12, intake_date=date(2026, 5, 2))
    third = create_case(officer, young, today=TODAY)
    add_measure(officer, third.id, MeasureInput(MeasureKind.COUNSELLING, date(2026, 5, 3)))
    create_case(officer, sample_case(team, intake_date=date(2025, 12, 1)), today=TODAY)  # before the period


def test_counts_by_category_for_cases_taken_in_the_period(store: Store, team: Team) -> None:
    _open_cases(team)
    with store.reading() as session:
        values = case_figures(session, Period(date(2026, 1, 1), date(2026, 12, 31)))
    assert values["cases.opened"] == 3
    assert values["cases.supported"] == 2 and values["cases.supported.female"] == 2
    assert values["cases.survivor_sex.female"] == 2 and values["cases.survivor_sex.male"] == 1
    assert values["cases.perpetrator_sex.male"] == 3
    assert values["cases.survivor_age.under_16"] == 1 and values["cases.survivor_age.60_plus"] == 1
    assert values["cases.measure.counselling"] == 2 and values["cases.measure.no_contact"] == 1
    assert values["cases.measure.shelter"] == 0


def test_dv_statistics_print_small_counts_as_less_than_three(store: Store, team: Team) -> None:
    _open_cases(team)
    with store.transaction() as session:
        save_profile(session, PROFILE)
    with store.reading() as session:
        report = dv_statistics_report(
            session, date(2026, 1, 1), date(2026, 12, 31), providers=FIGURE_PROVIDERS
        )
    figures = {row.cells[1]: row.cells[3] for row in report.tables()[0].rows}
    assert figures["Số vụ bạo lực gia đình"] == 3
    assert figures["Trẻ em dưới 16 tuổi"] == "<3"
    assert figures["Tư vấn"] == "<3"
    assert figures["Tạm lánh tại địa chỉ tin cậy"] == 0


def test_action_month_report_states_victims_supported_without_identities(store: Store, team: Team) -> None:
    from gender_equality_desk.core.reports.action_month import action_month_report

    officer = team.officer
    for day in (date(2026, 11, 20), date(2026, 11, 28), date(2026, 12, 3)):
        case = create_case(officer, sample_case(team, intake_date=day), today=date(2026, 12, 10))
        add_measure(officer, case.id, MeasureInput(MeasureKind.COUNSELLING, day))
    with store.transaction() as session:
        save_profile(session, PROFILE)
    with store.reading() as session:
        report = action_month_report(session, 2026)
    text = " ".join(block.text for block in report.blocks if hasattr(block, "text"))
    assert "xã tiếp nhận 3 vụ bạo lực gia đình" in text and "3 nạn nhân được hỗ trợ" in text
    assert "tư vấn 3 vụ" in text
    assert "Hà Thị Phương Thảo" not in text and "BL-" not in text
