"""Case dates out of their sane range (01/01/0001, 31/12/9999) are refused under their field, with the
allowed range named, and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from gender_equality_desk.core.cases import detail, records, support, trusted
from gender_equality_desk.core.cases.support import FollowUpInput, MeasureInput
from gender_equality_desk.core.cases.vocabulary import ClosureReason, FollowUpKind, MeasureKind
from gender_equality_desk.core.records.checks import InvalidRecordError

from .conftest import TODAY, Team, sample_case

OUTSIDE = "nằm ngoài khoảng cho phép (từ 01/01/2000 đến "


def test_intake_and_consent_days(team: Team) -> None:
    for field, day in (("intake_date", date(1, 1, 1)), ("consent_date", date(1999, 12, 31))):
        with pytest.raises(InvalidRecordError) as refused:
            records.create_case(team.officer, sample_case(team, **{field: day}), today=TODAY)
        assert OUTSIDE in refused.value.result.errors[field]
    assert records.list_cases(team.officer) == []


def test_measure_follow_up_and_closing_days(team: Team) -> None:
    case = records.create_case(team.officer, sample_case(team), today=TODAY)
    with pytest.raises(InvalidRecordError) as refused:
        support.add_measure(team.officer, case.id, MeasureInput(MeasureKind.MEDICAL, date(2026, 3, 14),
                                                               date(9999, 12, 31)))  # fmt: skip
    assert refused.value.result.errors["end_date"].startswith(f"Ngày kết thúc 31/12/9999 {OUTSIDE}")
    with pytest.raises(InvalidRecordError) as refused:
        support.add_follow_up(
            team.officer, case.id, FollowUpInput(FollowUpKind.HOME_VISIT, date(9999, 12, 31))
        )
    assert OUTSIDE in refused.value.result.errors["due_date"]
    with pytest.raises(InvalidRecordError) as refused:
        support.close_case(team.officer, case.id, ClosureReason.SAFE, date(9999, 12, 31))
    assert OUTSIDE in refused.value.result.errors["closed_on"]
    shown = detail.load_case(team.officer, case.id)
    assert (shown.measures, shown.follow_ups, shown.closed_on) == ((), (), None)
    with pytest.raises(InvalidRecordError) as refused:
        trusted.save_trusted_address(
            team.officer, trusted.TrustedAddressInput(name="Nhà văn hóa thôn", registered_on=date(1, 1, 1)),
            today=TODAY,
        )  # fmt: skip
    assert OUTSIDE in refused.value.result.errors["registered_on"]
