"""DHIS2 hand-off: the mapping of indicator codes to DHIS2 data elements, and a `dataValueSets` export.

A province that runs DHIS2 as its aggregation server imports the consolidated figures there instead of
typing them. The officer keeps a mapping per report kind: indicator code → data element UID (and, when
the data element is disaggregated, the category option combo UID); `dhis2_mapping` rows, edited here.

The export (POST /api/dataValueSets, or Import/Export → Data import) holds one dataValue per included
commune × mapped code:
- orgUnit: the commune's DHIS2 org-unit code from the roster, else its administrative-unit code, sent with
  "orgUnitIdScheme": "CODE" (DHIS2 looks org units up by code);
- period in DHIS2's ISO form: a year "2026", the first half "2026S1". DHIS2 has no period for 15/11–15/12,
  so the Action Month is sent as its year ("2026"); the export says so in `period_note`;
- a blank figure is not sent (a blank is not 0); shares (%) are sent per commune as the commune gave them.
Codes of the round without a mapping are listed in `unmapped`, never silently dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.fileio import check_output_file, write_bytes_atomic
from gender_equality_desk.core.province.consolidation import Consolidation, IndicatorLine
from gender_equality_desk.core.province.periods import KIND_PERIODS
from gender_equality_desk.core.province.round_scope import RoundInfo
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.province_models import Dhis2Mapping

# DHIS2 identifiers: 11 characters, a letter then letters or digits.
UID = re.compile(r"[A-Za-z][A-Za-z0-9]{10}")
ACTION_MONTH_NOTE = "DHIS2 không có kỳ 15/11–15/12: số liệu Tháng hành động được gửi theo kỳ năm {period}."


@dataclass(frozen=True)
class MappingRow:
    report_kind: str
    indicator_code: str
    data_element: str
    category_option_combo: str = ""  # "" = DHIS2's default combo


@dataclass(frozen=True)
class Dhis2Export:
    payload: dict[str, object]
    values: int  # dataValues written
    blanks_skipped: int  # commune × mapped code left blank: not sent
    unmapped: tuple[IndicatorLine, ...]  # figure lines of the round without a data element
    period: str
    period_note: str  # "" unless the period had to be widened (the Action Month)


def _check_kind(kind: str) -> None:
    if kind not in KIND_PERIODS:
        raise UserFacingError(f"Loại báo cáo “{kind}” không gửi lên tỉnh nên không có mã DHIS2.")


def check_mapping(row: MappingRow) -> str | None:
    """A Vietnamese message when the row cannot be saved, else None."""
    if not row.indicator_code.strip():
        return "Chưa chọn chỉ tiêu. Vui lòng chọn chỉ tiêu cần gán mã DHIS2."
    if not UID.fullmatch(row.data_element.strip()):
        return (
            f"Mã phần tử dữ liệu (data element) “{row.data_element.strip()}” không đúng dạng mã DHIS2: 11 ký "
            "tự chữ và số, bắt đầu bằng chữ (ví dụ “fbfJHSPpUQD”). Vui lòng chép mã từ DHIS2 (Bảo trì → "
            "Phần tử dữ liệu)."
        )
    combo = row.category_option_combo.strip()
    if combo and not UID.fullmatch(combo):
        return (
            f"Mã tổ hợp phân tổ (category option combo) “{combo}” không đúng dạng mã DHIS2: 11 ký tự chữ và "
            "số, bắt đầu bằng chữ. Để trống nếu phần tử dữ liệu không phân tổ."
        )
    return None


def list_mappings(session: Session, kind: str) -> tuple[MappingRow, ...]:
    rows = session.scalars(
        select(Dhis2Mapping)
        .where(Dhis2Mapping.report_kind == kind, Dhis2Mapping.is_deleted.is_(False))
        .order_by(Dhis2Mapping.indicator_code)
    )
    return tuple(
        MappingRow(row.report_kind, row.indicator_code, row.data_element, row.category_option_combo)
        for row in rows
    )


def _stored(session: Session, kind: str, code: str) -> Dhis2Mapping | None:
    return session.scalars(
        select(Dhis2Mapping).where(Dhis2Mapping.report_kind == kind, Dhis2Mapping.indicator_code == code)
    ).first()


def save_mapping(session: Session, row: MappingRow) -> MappingRow:
    """Add the mapping of a code, or change it (a removed one comes back with the new values)."""
    _check_kind(row.report_kind)
    cleaned = MappingRow(
        row.report_kind,
        row.indicator_code.strip(),
        row.data_element.strip(),
        row.category_option_combo.strip(),
    )
    problem = check_mapping(cleaned)
    if problem:
        raise UserFacingError(problem)
    stored = _stored(session, cleaned.report_kind, cleaned.indicator_code)
    if stored is None:
        session.add(
            Dhis2Mapping(
                report_kind=cleaned.report_kind,
                indicator_code=cleaned.indicator_code,
                data_element=cleaned.data_element,
                category_option_combo=cleaned.category_option_combo,
            )
        )
    else:
        stored.data_element = cleaned.data_element
        stored.category_option_combo = cleaned.category_option_combo
        stored.is_deleted = False
        stored.deleted_at = None
    session.flush()
    return cleaned


def remove_mapping(session: Session, kind: str, code: str) -> None:
    """The code is no longer sent (the row is kept, hidden, like every record removed from the GUI)."""
    stored = _stored(session, kind, code)
    if stored is None or stored.is_deleted:
        raise UserFacingError(f"Chỉ tiêu mã “{code}” chưa được gán mã DHIS2.")
    stored.is_deleted = True
    stored.deleted_at = utc_now()
    session.flush()


@dataclass(frozen=True)
class MappingChanges:
    saved: int  # added or changed
    removed: int


def apply_mappings(session: Session, kind: str, rows: Sequence[MappingRow]) -> MappingChanges:
    """The mapping editor's table saved at once (the caller's transaction): a row with a data element is
    added or changed, a row emptied is removed, unchanged rows are left alone. Every row is checked first,
    so a wrong one saves nothing; the message names its code."""
    _check_kind(kind)
    for row in rows:
        if row.data_element.strip() or row.category_option_combo.strip():
            problem = check_mapping(row)
            if problem:
                raise UserFacingError(f"Chỉ tiêu mã “{row.indicator_code}”: {problem}")
    current = {row.indicator_code: row for row in list_mappings(session, kind)}
    saved = removed = 0
    for row in rows:
        wanted = MappingRow(kind, row.indicator_code.strip(), row.data_element.strip(),
                            row.category_option_combo.strip())  # fmt: skip
        before = current.get(wanted.indicator_code)
        if not wanted.data_element and not wanted.category_option_combo:
            if before is not None:
                remove_mapping(session, kind, wanted.indicator_code)
                removed += 1
        elif wanted != before:
            save_mapping(session, wanted)
            saved += 1
    return MappingChanges(saved, removed)


def dhis2_period(round_info: RoundInfo) -> tuple[str, str]:
    """(DHIS2 ISO period, a note when the round's period had to be widened to fit DHIS2's periods)."""
    year = str(round_info.year)
    if round_info.period == "h1":
        return f"{year}S1", ""
    if round_info.period == "action-month":
        return year, ACTION_MONTH_NOTE.format(period=year)
    return year, ""


def build_export(consolidation: Consolidation, mappings: tuple[MappingRow, ...]) -> Dhis2Export:
    round_info = consolidation.round
    by_code = {row.indicator_code: row for row in mappings if row.report_kind == round_info.report_kind}
    period, note = dhis2_period(round_info)
    lines = consolidation.figure_lines
    mapped = [line for line in lines if line.code in by_code]
    unmapped = tuple(line for line in lines if line.code not in by_code)
    data_values: list[dict[str, str]] = []
    blanks = 0
    for report in consolidation.included:
        for line in mapped:
            value = report.figures[line.code]
            if value is None:
                blanks += 1
                continue
            mapping = by_code[line.code]
            data_value = {
                "dataElement": mapping.data_element,
                "period": period,
                "orgUnit": report.commune.org_unit,
                "value": str(value),
            }
            if mapping.category_option_combo:
                data_value["categoryOptionCombo"] = mapping.category_option_combo
            data_values.append(data_value)
    payload: dict[str, object] = {"orgUnitIdScheme": "CODE", "dataValues": data_values}
    return Dhis2Export(payload, len(data_values), blanks, unmapped, period, note)


def write_export(export: Dhis2Export, target: Path) -> Path:
    check_output_file(target, ".json")
    data = json.dumps(export.payload, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        write_bytes_atomic(target, data)
    except OSError as error:
        raise UserFacingError(
            f"Không ghi được tệp “{target.name}” ({error.strerror or error}). Vui lòng chọn thư mục khác."
        ) from error
    return target


def export_summary(export: Dhis2Export) -> list[str]:
    """What the officer is told after the export, in Vietnamese, one sentence a line."""
    lines = [f"{export.values} giá trị, kỳ DHIS2 “{export.period}”."]
    if export.period_note:
        lines.append(export.period_note)
    if export.blanks_skipped:
        lines.append(f"{export.blanks_skipped} ô xã để trống không được gửi (để trống khác với 0).")
    if export.unmapped:
        codes = ", ".join(f"{line.code} ({line.label})" for line in export.unmapped)
        lines.append(f"{len(export.unmapped)} chỉ tiêu chưa gán mã DHIS2 nên không được gửi: {codes}.")
    return lines
