"""Check every row of a filled template, then create the valid ones in the caller's transaction.

    with store.reading() as session:
        checked = check_workbook(session, path, today=today)      # nothing written
    with store.transaction() as session:
        result = import_rows(session, checked, today=today)       # all valid rows, or none

Each record gets the UUID of its row's fingerprint (rows.ConvertedRow.fingerprint): a row imported
before is recognised by its UUID and reported "đã có, bỏ qua", without any extra table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.clock import local_date
from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.exchange.excel_import.choices import load_choices
from gender_equality_desk.core.exchange.excel_import.columns import (
    COLUMNS,
    EXAMPLE_PREFIX,
    column_for_message,
    unreliable_columns,
)
from gender_equality_desk.core.exchange.excel_import.reader import missing_column_warning, read_rows
from gender_equality_desk.core.exchange.excel_import.rows import ConvertedRow, RecordInput, convert_row
from gender_equality_desk.core.progress import Progress, report, stage
from gender_equality_desk.core.records.activities import ActivityInput, check_activity, create_activity
from gender_equality_desk.core.records.checks import CheckResult, InvalidRecordError
from gender_equality_desk.core.records.kinds import MODELS, RecordType
from gender_equality_desk.core.records.propaganda import check_propaganda, create_propaganda
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class RowStatus(LabelledEnum):
    VALID = ("valid", QT_TRANSLATE_NOOP("RowStatus", "Hợp lệ"))
    INVALID = ("invalid", QT_TRANSLATE_NOOP("RowStatus", "Có lỗi"))
    EXISTING = ("existing", QT_TRANSLATE_NOOP("RowStatus", "Đã có, bỏ qua"))
    REPEATED = ("repeated", QT_TRANSLATE_NOOP("RowStatus", "Trùng dòng trên, bỏ qua"))
    EXAMPLE = ("example", QT_TRANSLATE_NOOP("RowStatus", "Dòng ví dụ, bỏ qua"))


@dataclass(frozen=True)
class RowNote:
    column: str  # the header as the template shows it
    message: str

    @property
    def text(self) -> str:
        """ "Cột: lỗi", unless the message already begins with the column's name ("Số nữ (45) lớn hơn…")."""
        if self.message.startswith(self.column.removesuffix(" (*)")):
            return self.message
        return f"{self.column}: {self.message}"


@dataclass(frozen=True)
class CheckedRow:
    row_number: int
    status: RowStatus
    title: str
    day: date | None
    errors: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]
    record_uuid: str
    data: RecordInput | None


@dataclass(frozen=True)
class RowCounts:
    valid: int
    invalid: int
    skipped: int  # already imported, repeated in the file, or the template's example row


@dataclass(frozen=True)
class CheckedFile:
    path: Path
    record_type: RecordType
    rows: tuple[CheckedRow, ...]
    warnings: tuple[str, ...] = ()  # about the whole file (an optional column deleted); import allowed

    def with_status(self, status: RowStatus) -> list[CheckedRow]:
        return [row for row in self.rows if row.status is status]

    @property
    def valid_rows(self) -> list[CheckedRow]:
        return self.with_status(RowStatus.VALID)

    @property
    def counts(self) -> RowCounts:
        valid, invalid = len(self.valid_rows), len(self.with_status(RowStatus.INVALID))
        return RowCounts(valid, invalid, len(self.rows) - valid - invalid)


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped_existing: int


def _check(session: Session, data: RecordInput, today: date) -> CheckResult:
    if isinstance(data, ActivityInput):
        return check_activity(session, data, today=today)
    return check_propaganda(session, data, today=today)


def _notes(record_type: RecordType, messages: dict[str, str], taken: set[str]) -> list[RowNote]:
    columns = COLUMNS[record_type]
    notes = []
    for field_name, message in messages.items():
        column = column_for_message(columns, field_name, message)
        if column.key not in taken:  # a column already explained by the reader keeps that message
            taken.add(column.key)
            notes.append(RowNote(column.heading, message))
    return notes


def _day_of(data: RecordInput | None) -> date | None:
    if isinstance(data, ActivityInput):
        return None if data.start_at is None else local_date(data.start_at)
    return None if data is None else data.start_date


def check_workbook(
    session: Session, path: Path, *, today: date, progress: Progress | None = None
) -> CheckedFile:
    """Read and check every row; writes nothing. UserFacingError when the file is not a template.
    `progress(done, total)` hears how far it is and may raise JobCancelled to stop."""
    sheet = read_rows(path, stage(progress, 0, 50))
    checking = stage(progress, 50, 100)
    record_type = sheet.record_type
    choices = load_choices(session)
    columns = {column.key: column for column in COLUMNS[record_type]}
    model = MODELS[record_type]
    converted: list[tuple[int, ConvertedRow, str]] = []
    for number, raw in sheet.rows:
        row = convert_row(record_type, raw, choices)
        converted.append((number, row, row.fingerprint(record_type)))
    uuids = [fingerprint for _number, _row, fingerprint in converted]
    existing = set(session.scalars(select(model.uuid).where(model.uuid.in_(uuids))))
    seen: dict[str, int] = {}
    checked: list[CheckedRow] = []
    for position, (number, row, fingerprint) in enumerate(converted, start=1):
        report(checking, position, len(converted))
        assert row.data is not None
        title = row.data.title
        errors = [RowNote(columns[key].heading, message) for key, message in row.problems.items()]
        warnings: list[RowNote] = []
        if title.startswith(EXAMPLE_PREFIX):
            status = RowStatus.EXAMPLE
        elif fingerprint in existing:
            status = RowStatus.EXISTING
        elif fingerprint in seen:
            status = RowStatus.REPEATED
            warnings.append(RowNote(columns["title"].heading, f"Giống hệt dòng {seen[fingerprint]}."))
        else:
            result = _check(session, row.data, today)
            errors += _notes(record_type, result.errors, unreliable_columns(set(row.problems)))
            warnings += _notes(record_type, result.warnings, set())
            status = RowStatus.INVALID if errors else RowStatus.VALID
        seen.setdefault(fingerprint, number)
        checked.append(
            CheckedRow(
                number,
                status,
                title,
                _day_of(row.data),
                tuple(errors),
                tuple(warnings),
                fingerprint,
                row.data if status is RowStatus.VALID else None,
            )
        )
    warning = missing_column_warning(sheet)
    return CheckedFile(path, record_type, tuple(checked), (warning,) if warning else ())


def import_rows(
    session: Session, checked: CheckedFile, *, today: date, progress: Progress | None = None
) -> ImportResult:
    """Create every valid row through the record services, in the caller's transaction.

    Rows saved meanwhile (the same file imported twice at once) are skipped; a row that no longer passes
    its check (a village removed meanwhile) raises InvalidRecordError and the caller's transaction saves
    nothing. `progress` may raise JobCancelled: the caller's transaction then saves nothing either.
    """
    model = MODELS[checked.record_type]
    rows = checked.valid_rows
    existing = set(
        session.scalars(select(model.uuid).where(model.uuid.in_([row.record_uuid for row in rows])))
    )
    created = 0
    for position, row in enumerate(rows, start=1):
        report(progress, position, len(rows))
        if row.record_uuid in existing:
            continue
        assert row.data is not None
        try:
            if isinstance(row.data, ActivityInput):
                record_id = create_activity(session, row.data, today=today)
            else:
                record_id = create_propaganda(session, row.data, today=today)
        except InvalidRecordError as error:
            message = f"Dòng {row.row_number}: {error}"
            raise InvalidRecordError(CheckResult(errors={"row": message})) from error
        record = session.get(model, record_id)
        assert isinstance(record, Activity | PropagandaEvent)
        record.uuid = row.record_uuid
        existing.add(row.record_uuid)
        created += 1
    session.flush()
    return ImportResult(created=created, skipped_existing=len(rows) - created)
