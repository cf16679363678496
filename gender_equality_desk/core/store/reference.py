"""Reference data seeded from resources/catalogues: kind catalogues, Action Month themes, slogans.

Seeding only adds what is missing, so the officer's own edits (labels, order, hidden kinds) survive
every start and every upgrade.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.vocabulary import QuantityUnit
from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind, Slogan


def _catalogue(name: str) -> list[dict[str, Any]]:
    path: Path = resources_dir() / "catalogues" / f"{name}.json"
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["items"]
    return items


@dataclass(frozen=True)
class YearTheme:
    year: int
    theme: str
    message: str


@cache
def action_month_themes() -> dict[int, YearTheme]:
    return {
        item["year"]: YearTheme(item["year"], item["theme"], item.get("message", ""))
        for item in _catalogue("action_month_themes")
    }


def theme_for_year(year: int) -> YearTheme:
    """The official theme of `year`, or the latest earlier one (themes usually run several years)."""
    themes = action_month_themes()
    earlier = [known for known in themes if known <= year]
    if earlier:
        found = themes[max(earlier)]
        return YearTheme(year, found.theme, found.message if found.year == year else "")
    return YearTheme(year, "", "")


def seed_reference_data(session: Session) -> None:
    existing_activity = set(session.scalars(select(ActivityKind.code)))
    for order, item in enumerate(_catalogue("activity_kinds"), start=1):
        if item["code"] not in existing_activity:
            session.add(
                ActivityKind(
                    code=item["code"],
                    label=item["label"],
                    description=item.get("description", ""),
                    sort_order=order,
                )
            )
    existing_propaganda = set(session.scalars(select(PropagandaKind.code)))
    for order, item in enumerate(_catalogue("propaganda_kinds"), start=1):
        if item["code"] not in existing_propaganda:
            session.add(
                PropagandaKind(
                    code=item["code"],
                    label=item["label"],
                    unit=QuantityUnit.of(item["unit"]),
                    counts_minutes=bool(item.get("counts_minutes", False)),
                    sort_order=order,
                )
            )
    existing_slogans = set(session.scalars(select(Slogan.text)))
    for order, item in enumerate(_catalogue("slogans"), start=1):
        if item["text"] not in existing_slogans:
            session.add(
                Slogan(
                    text=item["text"],
                    year=item.get("year"),
                    theme_group=item.get("group", ""),
                    source=item.get("source", ""),
                    sort_order=order,
                )
            )
