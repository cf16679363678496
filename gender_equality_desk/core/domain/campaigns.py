"""The yearly rhythm: Action Month 15/11–15/12, the annual plan, and which one a date belongs to."""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.domain.vocabulary import CampaignKind

ACTION_MONTH_START = (11, 15)
ACTION_MONTH_END = (12, 15)
# The campaign was renamed in 2021 ("phòng, chống" → "phòng ngừa, ứng phó với").
RENAMED_IN = 2021


def action_month_period(year: int) -> tuple[date, date]:
    return date(year, *ACTION_MONTH_START), date(year, *ACTION_MONTH_END)


def action_month_name(year: int) -> str:
    if year < RENAMED_IN:
        return f"Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm {year}"
    return f"Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm {year}"


def annual_plan_name(year: int) -> str:
    return f"Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm {year}"


def in_action_month(day: date) -> bool:
    start, end = action_month_period(day.year)
    return start <= day <= end


def campaign_kind_for(day: date) -> CampaignKind:
    """The campaign a new record dated `day` belongs to by default."""
    return CampaignKind.ACTION_MONTH if in_action_month(day) else CampaignKind.ANNUAL_PLAN
