"""The values the drop-down columns accept: labels from the store's catalogues and fixed vocabularies.

The template offers only active entries; the reader also recognises inactive ones, so that the record
check can say "đã ngừng dùng" instead of "không có trong danh mục".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from gender_equality_desk.core.catalogues import CatalogueKind, list_entries
from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.exchange.excel_import.columns import ChoiceList

ChoiceValue = int | ActivityStatus | BudgetSource

_CATALOGUES = {
    ChoiceList.ACTIVITY_KIND: CatalogueKind.ACTIVITY_KIND,
    ChoiceList.PROPAGANDA_KIND: CatalogueKind.PROPAGANDA_KIND,
    ChoiceList.VILLAGE: CatalogueKind.VILLAGE,
    ChoiceList.RESPONSIBLE_UNIT: CatalogueKind.RESPONSIBLE_UNIT,
}


@dataclass(frozen=True)
class Choice:
    label: str
    value: ChoiceValue
    active: bool


@dataclass(frozen=True)
class Choices:
    """Every drop-down list of both templates, read once from the store."""

    lists: dict[ChoiceList, tuple[Choice, ...]]

    def offered(self, name: ChoiceList) -> list[str]:
        """The labels a template lists (active entries, in the officer's order)."""
        return [choice.label for choice in self.lists[name] if choice.active]

    def find(self, name: ChoiceList, typed: str) -> Choice | None:
        """The entry whose label matches `typed`, ignoring case, accents and spacing mistakes."""
        key = fold(typed)
        for choice in self.lists[name]:
            if fold(choice.label) == key:
                return choice
        return None


def _enum_choices(members: Sequence[ActivityStatus | BudgetSource]) -> tuple[Choice, ...]:
    return tuple(Choice(member.label, member, True) for member in members)


def load_choices(session: Session) -> Choices:
    lists: dict[ChoiceList, tuple[Choice, ...]] = {
        name: tuple(
            Choice(entry.label, entry.id, entry.is_active) for entry in list_entries(session, catalogue)
        )
        for name, catalogue in _CATALOGUES.items()
    }
    lists[ChoiceList.STATUS] = _enum_choices(list(ActivityStatus))
    lists[ChoiceList.BUDGET_SOURCE] = _enum_choices(list(BudgetSource))
    return Choices(lists)
