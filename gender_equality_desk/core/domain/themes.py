"""The official Action Month themes by year (resources/catalogues/action_month_themes.json).

Kept free of the store so that the dashboard's first paint can name the theme without SQLAlchemy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from gender_equality_desk.core.paths import resources_dir


@dataclass(frozen=True)
class YearTheme:
    year: int
    theme: str
    message: str


@cache
def action_month_themes() -> dict[int, YearTheme]:
    path = resources_dir() / "catalogues" / "action_month_themes.json"
    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    return {item["year"]: YearTheme(item["year"], item["theme"], item.get("message", "")) for item in items}


def theme_for_year(year: int) -> YearTheme:
    """The official theme of `year`, or the latest earlier one (themes usually run several years)."""
    themes = action_month_themes()
    earlier = [known for known in themes if known <= year]
    if earlier:
        found = themes[max(earlier)]
        return YearTheme(year, found.theme, found.message if found.year == year else "")
    return YearTheme(year, "", "")
