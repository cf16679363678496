"""The activities list as a paging table model: its columns, declared once, over the core's list queries."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.records.activity_list import (
    ActivityColumn,
    ActivityFilter,
    ActivityListRow,
    ActivitySort,
    activity_ids,
    activity_rows,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.models.record_table import CENTER, RIGHT, Column, RecordSource, RecordTableModel

ActivityTableModel = RecordTableModel[ActivityListRow, ActivityFilter, ActivitySort, ActivityColumn]


def _count(value: int | None) -> str:
    return "" if value is None else group_thousands(value)


def _participants_tip(row: ActivityListRow) -> str:
    parts = [f"Tổng số {group_thousands(row.participants_total)} người"]
    if row.participants_female is not None:
        parts.append(f"nữ {group_thousands(row.participants_female)}")
    if row.participants_male is not None:
        parts.append(f"nam {group_thousands(row.participants_male)}")
    return ", ".join(parts)


def _budget_tip(row: ActivityListRow) -> str:
    if not row.budget_vnd:
        return "Không có kinh phí"
    source = f" ({row.budget_source.label})" if row.budget_source is not None else ""
    return f"{group_thousands(row.budget_vnd)} đ{source}"


COLUMNS: list[Column[ActivityListRow, ActivityColumn]] = [
    Column(ActivityColumn.DATE, ActivityColumn.DATE.label, lambda row: f"{row.day:%d/%m/%Y}", CENTER),
    Column(ActivityColumn.TITLE, ActivityColumn.TITLE.label, lambda row: row.title),
    Column(ActivityColumn.KIND, ActivityColumn.KIND.label, lambda row: row.kind_label),
    Column(ActivityColumn.PLACE, ActivityColumn.PLACE.label, lambda row: row.place),
    Column(ActivityColumn.ORGANISER, ActivityColumn.ORGANISER.label, lambda row: row.organiser),
    Column(
        ActivityColumn.PARTICIPANTS,
        ActivityColumn.PARTICIPANTS.label,
        lambda row: group_thousands(row.participants_total),
        RIGHT,
        tooltip=_participants_tip,
    ),
    Column(
        ActivityColumn.FEMALE,
        ActivityColumn.FEMALE.label,
        lambda row: _count(row.participants_female),
        RIGHT,
        tooltip=_participants_tip,
    ),
    Column(
        ActivityColumn.BUDGET,
        ActivityColumn.BUDGET.label,
        lambda row: group_thousands(row.budget_vnd),
        RIGHT,
        tooltip=_budget_tip,
    ),
    Column(ActivityColumn.STATUS, ActivityColumn.STATUS.label, lambda row: row.status.label),
]
# Widths in pixels at the app's 10 pt font; the title column takes what is left.
COLUMN_WIDTHS = {
    ActivityColumn.DATE: 92,
    ActivityColumn.KIND: 136,
    ActivityColumn.PLACE: 130,
    ActivityColumn.ORGANISER: 140,
    ActivityColumn.PARTICIPANTS: 78,
    ActivityColumn.FEMALE: 56,
    ActivityColumn.BUDGET: 100,
    ActivityColumn.STATUS: 100,
}
SOURCE: RecordSource[ActivityListRow, ActivityFilter, ActivitySort, ActivityColumn] = RecordSource(
    ids=activity_ids,
    rows=activity_rows,
    sort_for=lambda column, descending: ActivitySort(column, descending),
)


def activity_table_model(
    store: Store, flt: ActivityFilter | None = None, *, parent: QObject | None = None
) -> ActivityTableModel:
    """Newest first, as the officer looks for what was just done."""
    return RecordTableModel(store, SOURCE, COLUMNS, flt or ActivityFilter(), (0, True), parent=parent)
