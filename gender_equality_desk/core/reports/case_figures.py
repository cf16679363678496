"""Case counts for the periodic reports' indicator rows: categories only, never a name or a code.

Reads the clear category columns of support cases (identities stay sealed and are never decrypted here),
counted by intake date. The forms of violence (thân thể / tinh thần / tình dục / kinh tế) come from the
Law 13/2022 Art. 3 acts recorded on each case, through each act's form (dv_act.dv_form, data the
administrator may correct): a case counts once under every form among its acts, so the form rows may add
up to more than the cases. The GBVIMS type (one per case) keeps its own keys for the GBVIMS table.
Counts are exact; a report prepared for publication shows 1 and 2 as "<3" (core/reports/suppression.py).
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.catalogue import DvForm, dv_form_of
from gender_equality_desk.core.cases.vocabulary import AgeGroup, GbvType, MeasureKind, Sex
from gender_equality_desk.core.reports.figures import Period
from gender_equality_desk.core.store.case_models import CaseMeasure, DvAct, SupportCase, support_case_act

UNDER_16 = {AgeGroup.UNDER_12.value, AgeGroup.FROM_12.value}
SEXUAL = {GbvType.RAPE.value, GbvType.SEXUAL_ASSAULT.value}


def case_sources() -> dict[str, str]:
    """The keys this provider fills, with the description shown in Cài đặt → Chỉ tiêu báo cáo."""
    sources = {
        "cases.opened": "Số vụ tiếp nhận trong kỳ",
        "cases.supported": "Số nạn nhân được hỗ trợ (có ít nhất một biện pháp)",
        "cases.supported.female": "Số nạn nhân nữ được hỗ trợ",
        "cases.gbv.sexual": "Số vụ bạo lực tình dục (hiếp dâm, xâm hại tình dục)",
        "cases.survivor_age.under_16": "Nạn nhân dưới 16 tuổi",
        "cases.survivor_age.60_plus": "Nạn nhân từ 60 tuổi",
        "cases.form.none": "Số vụ chưa xác định hình thức (hành vi chưa gắn hình thức bạo lực)",
    }
    for form in DvForm:
        sources[f"cases.form.{form.value}"] = f"Số vụ có hình thức {form.label.lower()} (theo hành vi)"
    for gbv in GbvType:
        sources[f"cases.gbv.{gbv.value}"] = f"Số vụ theo loại GBVIMS: {gbv.label}"
    for sex in Sex:
        sources[f"cases.survivor_sex.{sex.value}"] = f"Nạn nhân: {sex.label}"
        sources[f"cases.perpetrator_sex.{sex.value}"] = f"Người gây bạo lực: {sex.label}"
    for measure in MeasureKind:
        sources[f"cases.measure.{measure.value}"] = f"Số vụ áp dụng: {measure.label}"
    return sources


def case_figures(session: Session, period: Period) -> dict[str, int]:
    in_period = (
        SupportCase.is_deleted.is_(False),
        SupportCase.intake_date >= period.start,
        SupportCase.intake_date <= period.end,
    )
    cases = session.execute(
        select(SupportCase.id, SupportCase.gbv_type, SupportCase.survivor_sex, SupportCase.survivor_age_group,
               SupportCase.perpetrator_sex).where(*in_period)
    ).all()  # fmt: skip
    measures = session.execute(
        select(CaseMeasure.kind, func.count(func.distinct(CaseMeasure.case_id)))
        .join(SupportCase, SupportCase.id == CaseMeasure.case_id)
        .where(*in_period, CaseMeasure.is_deleted.is_(False))
        .group_by(CaseMeasure.kind)
    ).all()
    supported = set(
        session.scalars(
            select(CaseMeasure.case_id)
            .join(SupportCase, SupportCase.id == CaseMeasure.case_id)
            .where(*in_period, CaseMeasure.is_deleted.is_(False))
        )
    )
    forms: dict[str, set[int]] = {}
    for case_id, form in session.execute(
        select(support_case_act.c.case_id, DvAct.dv_form)
        .join(DvAct, DvAct.id == support_case_act.c.act_id)
        .join(SupportCase, SupportCase.id == support_case_act.c.case_id)
        .where(*in_period)
    ):
        if dv_form_of(form) is not None:
            forms.setdefault(form, set()).add(case_id)
    values = dict.fromkeys(case_sources(), 0)
    for form in DvForm:
        values[f"cases.form.{form.value}"] = len(forms.get(form.value, set()))
    with_form = set().union(*forms.values())
    values["cases.form.none"] = sum(1 for case in cases if case.id not in with_form)
    values["cases.opened"] = len(cases)
    values["cases.supported"] = len(supported)
    values["cases.supported.female"] = sum(
        1 for case in cases if case.id in supported and case.survivor_sex == Sex.FEMALE.value
    )
    for key, count in Counter(case.gbv_type for case in cases).items():
        values[f"cases.gbv.{key}"] = count
    values["cases.gbv.sexual"] = sum(1 for case in cases if case.gbv_type in SEXUAL)
    for key, count in Counter(case.survivor_sex for case in cases).items():
        values[f"cases.survivor_sex.{key}"] = count
    for key, count in Counter(case.perpetrator_sex for case in cases).items():
        values[f"cases.perpetrator_sex.{key}"] = count
    values["cases.survivor_age.under_16"] = sum(1 for case in cases if case.survivor_age_group in UNDER_16)
    values["cases.survivor_age.60_plus"] = sum(
        1 for case in cases if case.survivor_age_group == AgeGroup.FROM_60.value
    )
    for kind, count in measures:
        values[f"cases.measure.{kind}"] = count
    return values
