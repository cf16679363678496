"""Case counts for the periodic reports' indicator rows: categories only, never a name or a code.

Reads the clear category columns of support cases (identities stay sealed and are never decrypted here),
counted by intake date. What leaves the machine is suppressed by the report (period_report.py), so a
count of 1 or 2 is printed as "<3".
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.vocabulary import AgeGroup, GbvType, MeasureKind, Sex
from gender_equality_desk.core.reports.figures import Period
from gender_equality_desk.core.store.case_models import CaseMeasure, SupportCase

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
    }
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
    values = dict.fromkeys(case_sources(), 0)
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
