"""One template row → the record input the create services take, plus the row's fingerprint.

Values that cannot even be read (a word in a number column, a village not in the catalogue) are
reported here, each in its column; everything else is left to the record checks of core.records, so an
imported row obeys exactly the rules of the form.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.exchange.excel_import import cells
from gender_equality_desk.core.exchange.excel_import.choices import Choices
from gender_equality_desk.core.exchange.excel_import.columns import COLUMNS, Column, ValueKind
from gender_equality_desk.core.records.activities import ActivityInput
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.propaganda import PropagandaInput

# Fixed forever: changing it would make every earlier import look new and be imported again.
ROW_NAMESPACE = uuid.UUID("3f6c2a8e-1d4b-5e7f-9a0c-2b8d6e4f1a35")
DEFAULT_START = time(8, 0)

RecordInput = ActivityInput | PropagandaInput


@dataclass
class ConvertedRow:
    """The typed values of one row, the problems met reading it, and its record input."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)  # column key → message
    data: RecordInput | None = None

    def fingerprint(self, record_type: RecordType) -> str:
        """A UUID derived from the row's normalised content: the same row in any file, any time, on any
        machine gives the same UUID, so a second import recognises it (the record's own UUID)."""
        canonical = {key: _canonical(value) for key, value in sorted(self.values.items())}
        payload = json.dumps([record_type.value, canonical], ensure_ascii=False, sort_keys=True)
        return str(uuid.uuid5(ROW_NAMESPACE, payload))


def _canonical(value: object) -> object:
    if value is None or isinstance(value, int | bool):
        return value
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_canonical(item) for item in value]
    return " ".join(str(value).split())  # texts: already NFC; case kept ("UBND" ≠ "ubnd" is a choice)


def _read(column: Column, raw: cells.CellValue, choices: Choices, row: ConvertedRow) -> None:
    label = column.header
    try:
        if column.kind is ValueKind.TEXT:
            value: Any = cells.text(raw)
        elif column.kind is ValueKind.LONG_TEXT:
            value = cells.long_text(raw)
        elif column.kind is ValueKind.INTEGER:
            value = cells.integer(raw, label)
        elif column.kind is ValueKind.MONEY:
            value = cells.money(raw, label)
        elif column.kind is ValueKind.DATE:
            value = cells.day(raw, label)
        elif column.kind is ValueKind.TIME:
            value = cells.clock_time(raw, label)
        else:
            value = _choice(column, raw, choices)
    except cells.CellError as error:
        row.problems[column.key] = str(error)
        value = None
    row.values[column.key] = value


def _choice(column: Column, raw: cells.CellValue, choices: Choices) -> str | None:
    typed = cells.text(raw)
    if not typed:
        return None
    assert column.choices is not None
    if choices.find(column.choices, typed) is None:
        raise cells.CellError(
            f"“{typed}” không có trong danh mục {column.choices.value.lower()}. "
            "Vui lòng chọn trong danh sách thả xuống của ô, hoặc thêm mục này trong Cài đặt › Danh mục trước."
        )
    return fold(typed)  # the fingerprint must not change when only the accents of a choice were retyped


def convert_row(
    record_type: RecordType, raw: Mapping[str, cells.CellValue], choices: Choices
) -> ConvertedRow:
    row = ConvertedRow()
    for column in COLUMNS[record_type]:
        _read(column, raw.get(column.key), choices, row)
    if record_type is RecordType.ACTIVITY:
        row.data = _activity(row, raw, choices)
    else:
        row.data = _propaganda(row, raw, choices)
    return row


def _lookup(
    choices: Choices, column_key: str, raw: Mapping[str, cells.CellValue], record_type: RecordType
) -> Any:
    column = next(column for column in COLUMNS[record_type] if column.key == column_key)
    assert column.choices is not None
    found = choices.find(column.choices, cells.text(raw.get(column_key)))
    return None if found is None else found.value


def _at(day: date | None, moment: time | None) -> datetime | None:
    return None if day is None else datetime.combine(day, moment or DEFAULT_START, tzinfo=LOCAL_TZ)


def _activity(row: ConvertedRow, raw: Mapping[str, cells.CellValue], choices: Choices) -> ActivityInput:
    values = row.values
    start_time = values["start_time"] or DEFAULT_START
    start_at = _at(values["start_day"], start_time)
    end_at = _at(values["end_day"] or values["start_day"], values["end_time"] or start_time)
    record = RecordType.ACTIVITY
    status = _lookup(choices, "status", raw, record)
    budget_source = _lookup(choices, "budget_source", raw, record)
    return ActivityInput(
        kind_id=_lookup(choices, "kind", raw, record),
        title=values["title"],
        start_at=start_at,
        end_at=end_at,
        village_id=_lookup(choices, "village", raw, record),
        place_text=values["place_text"],
        organiser=values["organiser"],
        responsible_unit_id=_lookup(choices, "responsible_unit", raw, record),
        participants_total=values["participants_total"] or 0,
        participants_female=values["participants_female"],
        participants_male=values["participants_male"],
        participants_children=values["participants_children"],
        participants_ethnic_minority=values["participants_ethnic_minority"],
        budget_vnd=values["budget_vnd"] or 0,
        budget_source=budget_source if isinstance(budget_source, BudgetSource) else None,
        result_summary=values["result_summary"],
        status=status if isinstance(status, ActivityStatus) else ActivityStatus.DONE,
    )


def _propaganda(row: ConvertedRow, raw: Mapping[str, cells.CellValue], choices: Choices) -> PropagandaInput:
    values = row.values
    places = tuple(place.strip() for place in values["places"].replace("\n", ";").split(";") if place.strip())
    values["places"] = places
    record = RecordType.PROPAGANDA_EVENT
    return PropagandaInput(
        kind_id=_lookup(choices, "kind", raw, record),
        title=values["title"],
        start_date=values["start_day"],
        end_date=values["end_day"] or values["start_day"],
        places=places,
        village_id=_lookup(choices, "village", raw, record),
        quantity=values["quantity"] or 0,
        minutes=values["minutes"],
        estimated_reach=values["estimated_reach"],
        notes=values["notes"],
    )
