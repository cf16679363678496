from __future__ import annotations

from datetime import date, datetime

import pytest

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.domain.campaigns import (
    action_month_name,
    action_month_period,
    campaign_kind_for,
    in_action_month,
)
from gender_equality_desk.core.domain.vocabulary import (
    ActivityStatus,
    BudgetSource,
    CampaignKind,
    QuantityUnit,
)


def test_end_before_start_is_explained_in_vietnamese() -> None:
    message = validation.date_order(date(2026, 11, 20), date(2026, 11, 18))
    assert message is not None
    assert "18/11/2026" in message and "20/11/2026" in message and "trước ngày bắt đầu" in message


def test_same_day_and_later_end_are_fine() -> None:
    assert validation.date_order(date(2026, 11, 20), date(2026, 11, 20)) is None
    assert validation.date_order(datetime(2026, 11, 20, 8), datetime(2026, 11, 20, 11)) is None


@pytest.mark.parametrize(
    ("total", "female", "male", "fragment"),
    [
        (50, 60, None, "Số nữ (60) lớn hơn tổng số"),
        (50, None, 51, "Số nam (51) lớn hơn tổng số"),
        (50, 30, 10, "không khớp tổng số (50)"),
        (50, -1, None, "không được là số âm"),
        (-5, None, None, "không được là số âm"),
    ],
)
def test_participants_by_sex_problems(
    total: int, female: int | None, male: int | None, fragment: str
) -> None:
    message = validation.participants_by_sex(total, female, male)
    assert message is not None and fragment in message


@pytest.mark.parametrize(
    ("total", "female", "male"), [(50, 30, 20), (50, 30, None), (50, None, None), (0, 0, 0)]
)
def test_participants_by_sex_accepted(total: int, female: int | None, male: int | None) -> None:
    assert validation.participants_by_sex(total, female, male) is None


def test_subgroup_cannot_exceed_total() -> None:
    assert validation.subgroup_within_total("Số trẻ em", 12, 40) is None
    message = validation.subgroup_within_total("Số trẻ em", 41, 40)
    assert message == "Số trẻ em (41) lớn hơn tổng số người tham gia (40). Vui lòng kiểm tra lại."


def test_required_and_length() -> None:
    assert validation.required("tên xã", "  ") == "Chưa nhập tên xã. Vui lòng nhập tên xã."
    assert validation.required("tên xã", "Cao Lâu") is None
    assert validation.max_length("Tên", "x" * 11, 10) is not None
    assert validation.max_length("Tên", "x" * 10, 10) is None


def test_date_outside_campaign_is_a_warning_message() -> None:
    start, end = action_month_period(2026)
    message = validation.within_period(date(2026, 11, 10), start, end, "Tháng hành động năm 2026")
    assert message is not None and "Vẫn có thể lưu" in message and "15/11/2026 – 15/12/2026" in message
    assert validation.within_period(date(2026, 12, 15), start, end, "Tháng hành động") is None


def test_action_month_is_15_11_to_15_12() -> None:
    assert action_month_period(2024) == (date(2024, 11, 15), date(2024, 12, 15))
    assert in_action_month(date(2024, 11, 15)) and in_action_month(date(2024, 12, 15))
    assert not in_action_month(date(2024, 11, 14)) and not in_action_month(date(2024, 12, 16))
    assert campaign_kind_for(date(2024, 12, 1)) is CampaignKind.ACTION_MONTH
    assert campaign_kind_for(date(2024, 3, 8)) is CampaignKind.ANNUAL_PLAN


def test_campaign_name_follows_the_2021_renaming() -> None:
    assert "phòng, chống bạo lực" in action_month_name(2020)
    assert "phòng ngừa, ứng phó với bạo lực" in action_month_name(2021)


def test_vocabulary_has_vietnamese_labels_and_round_trips() -> None:
    assert ActivityStatus.DONE.label == "Đã thực hiện"
    assert BudgetSource.of("socialised") is BudgetSource.SOCIALISED
    assert BudgetSource.SOCIALISED.label == "Xã hội hóa"
    assert QuantityUnit.of("broadcast").label == "lượt phát"
    with pytest.raises(ValueError):
        QuantityUnit.of("nonsense")
