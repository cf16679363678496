"""What every list's core filter takes from the filter bar, so a page only adds its own fields."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from gender_equality_desk.gui.widgets.filter_bar import FilterValues


class ListFilterFields(TypedDict):
    """What every list's core filter takes from the filter bar (a page adds its own, e.g. status)."""

    campaign_id: int | None
    kind_id: int | None
    village_id: int | None
    date_from: date | None
    date_to: date | None
    text: str


def filter_fields(values: FilterValues) -> ListFilterFields:
    return ListFilterFields(
        campaign_id=values.campaign_id,
        kind_id=values.kind_id,
        village_id=values.village_id,
        date_from=values.date_from,
        date_to=values.date_to,
        text=values.text,
    )
