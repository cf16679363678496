"""Case counts in the periodic reports: right numbers, by intake date, forms from the acts on each case;
exact in what goes to the province, small ones shown "<3" only in a copy for publication."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from gender_equality_desk.core.cases.catalogue import DvForm, ensure_dv_acts, list_dv_acts, save_dv_forms
from gender_equality_desk.core.cases.records import create_case
from gender_equality_desk.core.cases.support import MeasureInput, add_measure
from gender_equality_desk.core.cases.vocabulary import AgeGroup, GbvType, MeasureKind, Sex
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.reports.case_figures import case_figures
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle
from gender_equality_desk.core.reports.figures import Period
from gender_equality_desk.core.reports.period_report import dv_statistics_report
from gender_equality_desk.core.reports.registry import FIGURE_PROVIDERS
from gender_equality_desk.core.reports.report_forms import ReportFormInput, save_report_form
from gender_equality_desk.core.reports.suppression import EXACT_LINE, PUBLIC_LINE
from gender_equality_desk.core.security.session import AccessDeniedError
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


def _dv_report(store: Store, *, for_publication: bool = False) -> dict[str, object]:
    with store.transaction() as session:
        save_profile(session, PROFILE)
    with store.reading() as session:
        report = dv_statistics_report(
            session,
            date(2026, 1, 1),
            date(2026, 12, 31),
            providers=FIGURE_PROVIDERS,
            for_publication=for_publication,
        )
    return {row.cells[1]: row.cells[3] for row in report.tables()[0].rows}


def test_dv_statistics_sent_upward_carry_exact_counts(store: Store, team: Team) -> None:
    _open_cases(team)
    figures = _dv_report(store)
    assert figures["Số vụ bạo lực gia đình"] == 3
    assert figures["Trong đó: trẻ em dưới 16 tuổi"] == 1
    assert figures["Tư vấn"] == 2
    assert figures["Tạm lánh tại địa chỉ tin cậy"] == 0


def test_dv_statistics_for_publication_show_small_counts_as_less_than_three(store: Store, team: Team) -> None:
    _open_cases(team)
    figures = _dv_report(store, for_publication=True)
    assert figures["Số vụ bạo lực gia đình"] == 3
    assert figures["Trong đó: trẻ em dưới 16 tuổi"] == "<3"
    assert figures["Tư vấn"] == "<3"
    assert figures["Tạm lánh tại địa chỉ tin cậy"] == 0


def test_each_report_says_whether_it_is_exact_or_for_publication(store: Store, team: Team) -> None:
    _open_cases(team)
    with store.transaction() as session:
        save_profile(session, PROFILE)
    period = (date(2026, 1, 1), date(2026, 12, 31))
    with store.reading() as session:
        exact = dv_statistics_report(session, *period, providers=FIGURE_PROVIDERS)
        public = dv_statistics_report(session, *period, providers=FIGURE_PROVIDERS, for_publication=True)
    assert exact.blocks[0] == Paragraph(EXACT_LINE, ParagraphStyle.NOTE)
    assert public.blocks[0] == Paragraph(PUBLIC_LINE, ParagraphStyle.NOTE)
    assert EXACT_LINE == "Số liệu chính xác, gửi cơ quan cấp trên — không công bố công khai."
    assert PUBLIC_LINE.startswith("Bản công bố công khai: ô có từ 1 đến 2 trường hợp được ghi “<3”")


# -- forms of violence from the acts recorded on each case --------------------------------------------


def _sql(store: Store, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def _case_with_acts(team: Team, *codes: str) -> None:
    acts = tuple(team.acts[code] for code in codes)
    create_case(team.officer, sample_case(team, act_ids=acts, intake_date=date(2026, 6, 1)), today=TODAY)


def _values(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return case_figures(session, Period(date(2026, 1, 1), date(2026, 12, 31)))


def test_forms_come_from_the_acts_and_a_case_counts_under_each_of_its_forms(store: Store, team: Team) -> None:
    _case_with_acts(team, "a", "b", "n")  # beaten, insulted, property destroyed
    _case_with_acts(team, "l")  # forced marriage: no GBVIMS-derived row counted it before
    _case_with_acts(team, "d")  # neglect: not economic violence
    _case_with_acts(team, "g")  # obstructing family rights: not economic either
    _case_with_acts(team, "i", "a")
    values = _values(store)
    expected = dict(
        _sql(
            store,
            "SELECT a.dv_form, count(DISTINCT c.id) FROM support_case c "
            "JOIN support_case_act sa ON sa.case_id = c.id JOIN dv_act a ON a.id = sa.act_id "
            "WHERE c.is_deleted = 0 AND a.dv_form != '' GROUP BY a.dv_form",
        )
    )
    for form in DvForm:
        assert values[f"cases.form.{form.value}"] == expected.get(form.value, 0)
    assert (values["cases.form.physical"], values["cases.form.psychological"]) == (2, 4)
    assert (values["cases.form.sexual"], values["cases.form.economic"]) == (1, 1)
    assert values["cases.opened"] == 5
    assert sum(values[f"cases.form.{form.value}"] for form in DvForm) == 8 > values["cases.opened"]
    assert values["cases.form.none"] == 0
    # the GBVIMS type (one per case) keeps its own figures
    assert values["cases.gbv.forced_marriage"] == 1
    assert sum(values[f"cases.gbv.{gbv.value}"] for gbv in GbvType) == values["cases.opened"]


def test_the_dv_table_prints_forms_and_notes_that_they_may_add_up_to_more(store: Store, team: Team) -> None:
    _case_with_acts(team, "a", "b")
    _case_with_acts(team, "l")
    with store.transaction() as session:
        save_profile(session, PROFILE)
    with store.reading() as session:
        report = dv_statistics_report(
            session, date(2026, 1, 1), date(2026, 12, 31), providers=FIGURE_PROVIDERS
        )
    table = report.tables()[0]
    figures = {row.cells[1]: row.cells[3] for row in table.rows}
    assert figures["Số vụ bạo lực gia đình"] == 2
    assert (figures["Bạo lực thân thể"], figures["Bạo lực tinh thần"]) == (1, 2)
    assert (figures["Bạo lực tình dục"], figures["Bạo lực kinh tế"]) == (0, 0)
    assert figures["Cưỡng ép kết hôn"] == 1  # the GBVIMS section
    assert "tổng các dòng theo hình thức có thể lớn hơn số vụ" in table.note


def test_the_form_a_report_follows_is_printed_only_when_filled(store: Store, team: Team) -> None:
    with store.transaction() as session:
        save_profile(session, PROFILE)
    period = (date(2026, 1, 1), date(2026, 12, 31))
    with store.reading() as session:
        before = dv_statistics_report(session, *period, providers=FIGURE_PROVIDERS)
    texts = [block.text for block in before.blocks if isinstance(block, Paragraph)]
    assert texts == [EXACT_LINE] and not any("07/2017" in text or "BC-X" in text for text in texts)
    with store.transaction() as session:
        save_report_form(
            session, "dv-statistics", ReportFormInput(" Biểu số 01 ", "Công văn số 15/SVHTTDL-GĐ của Sở")
        )
    with store.reading() as session:
        after = dv_statistics_report(session, *period, providers=FIGURE_PROVIDERS)
    assert after.blocks[0] == Paragraph(
        "Mẫu biểu: Biểu số 01 (Công văn số 15/SVHTTDL-GĐ của Sở)", ParagraphStyle.NOTE
    )
    assert after.blocks[1] == Paragraph(EXACT_LINE, ParagraphStyle.NOTE)


# -- the act → form mapping is data an administrator may correct ---------------------------------------


def test_a_new_store_takes_each_acts_form_from_the_catalogue(store: Store, team: Team) -> None:
    with store.reading() as session:
        forms = {act.code: act.dv_form for act in list_dv_acts(session)}
    assert forms["a"] is DvForm.PHYSICAL and forms["i"] is DvForm.SEXUAL
    assert forms["d"] is forms["g"] is forms["l"] is forms["p"] is DvForm.PSYCHOLOGICAL
    assert forms["n"] is forms["o"] is forms["q"] is DvForm.ECONOMIC
    assert None not in forms.values()


def test_only_an_administrator_changes_the_forms_and_the_change_is_logged(store: Store, team: Team) -> None:
    _case_with_acts(team, "g")
    assert _values(store)["cases.form.psychological"] == 1
    with pytest.raises(AccessDeniedError):
        save_dv_forms(team.officer, {team.acts["g"]: DvForm.ECONOMIC})
    assert save_dv_forms(team.admin, {team.acts["g"]: DvForm.ECONOMIC, team.acts["a"]: DvForm.PHYSICAL}) == 1
    values = _values(store)
    assert (values["cases.form.economic"], values["cases.form.psychological"]) == (1, 0)
    ((detail,),) = _sql(store, "SELECT detail FROM audit_entry WHERE action = 'settings_changed'")
    assert detail == "hình thức bạo lực theo hành vi: g=economic"
    save_dv_forms(team.admin, {team.acts["g"]: None})
    assert _values(store)["cases.form.none"] == 1


def test_seeding_again_never_overwrites_an_administrators_form(store: Store, team: Team) -> None:
    save_dv_forms(team.admin, {team.acts["d"]: DvForm.ECONOMIC})
    with store.transaction() as session:
        ensure_dv_acts(session)
    with store.reading() as session:
        assert next(act for act in list_dv_acts(session) if act.code == "d").dv_form is DvForm.ECONOMIC


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
