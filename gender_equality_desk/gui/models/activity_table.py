"""The activities list as a paging table model: its columns, declared once, over the core's list queries.

Headers are the core's ActivityColumn labels, translated when shown in that enum's context (the column list
is built at import, before the language is chosen); tooltips are translated as they are shown.
"""

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
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.models.record_table import CENTER, RIGHT, Column, RecordSource, RecordTableModel

ActivityTableModel = RecordTableModel[ActivityListRow, ActivityFilter, ActivitySort, ActivityColumn]


def _count(value: int | None) -> str:
    return "" if value is None else group_thousands(value)


def _participants_tip(row: ActivityListRow) -> str:
    parts = [
        translate("activity_table", "Tổng số {n} người").format(n=group_thousands(row.participants_total))
    ]
    if row.participants_female is not None:
        parts.append(translate("activity_table", "nữ {n}").format(n=group_thousands(row.participants_female)))
    if row.participants_male is not None:
        parts.append(translate("activity_table", "nam {n}").format(n=group_thousands(row.participants_male)))
    return ", ".join(parts)


def _budget_tip(row: ActivityListRow) -> str:
    if not row.budget_vnd:
        return translate("activity_table", "Không có kinh phí")
    amount = translate("activity_table", "{amount} đ").format(amount=group_thousands(row.budget_vnd))
    if row.budget_source is None:
        return amount
    return f"{amount} ({translated_label(row.budget_source)})"


COLUMNS: list[Column[ActivityListRow, ActivityColumn]] = [
    Column(
        ActivityColumn.DATE,
        ActivityColumn.DATE.label,
        lambda row: f"{row.day:%d/%m/%Y}",
        CENTER,
        header_context="ActivityColumn",
    ),
    Column(
        ActivityColumn.TITLE,
        ActivityColumn.TITLE.label,
        lambda row: row.title,
        header_context="ActivityColumn",
    ),
    Column(
        ActivityColumn.KIND,
        ActivityColumn.KIND.label,
        lambda row: row.kind_label,
        header_context="ActivityColumn",
    ),
    Column(
        ActivityColumn.PLACE,
        ActivityColumn.PLACE.label,
        lambda row: row.place,
        header_context="ActivityColumn",
    ),
    Column(
        ActivityColumn.ORGANISER,
        ActivityColumn.ORGANISER.label,
        lambda row: row.organiser,
        header_context="ActivityColumn",
    ),
    Column(
        ActivityColumn.PARTICIPANTS,
        ActivityColumn.PARTICIPANTS.label,
        lambda row: group_thousands(row.participants_total),
        RIGHT,
        tooltip=_participants_tip,
        header_context="ActivityColumn",
    ),
    Column(
        ActivityColumn.FEMALE,
        ActivityColumn.FEMALE.label,
        lambda row: _count(row.participants_female),
        RIGHT,
        tooltip=_participants_tip,
        header_context="ActivityColumn",
    ),
    Column(
        ActivityColumn.BUDGET,
        ActivityColumn.BUDGET.label,
        lambda row: group_thousands(row.budget_vnd),
        RIGHT,
        tooltip=_budget_tip,
        header_context="ActivityColumn",
    ),
    Column(
        ActivityColumn.STATUS,
        ActivityColumn.STATUS.label,
        lambda row: translated_label(row.status),
        header_context="ActivityColumn",
    ),
]
# Widths in pixels at the app's 10 pt font; the title column takes what is left.
COLUMN_WIDTHS = {
    ActivityColumn.DATE: 92,
    ActivityColumn.KIND: 136,
    ActivityColumn.PLACE: 130,
    ActivityColumn.ORGANISER: 140,
    ActivityColumn.PARTICIPANTS: 96,
    ActivityColumn.FEMALE: 70,
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
