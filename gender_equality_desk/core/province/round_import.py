"""Commune side: importing the round file the province published.

The file is verified against the signing key of the province key file the commune imported
(`province_link`); a file signed by anyone else, or changed after signing, is refused with nothing
written. The round and its rows are kept in the commune's own round tables, matched by the round's uuid
(importing a corrected file refreshes them). Every indicator code of the round the commune's own rows
lack is added to them (label, number and unit from the round, no source: the officer fills it by hand),
so the commune's report has every row the province adds up; a row the commune had hidden is shown again.

    with store.transaction() as session:
        result = import_round_file(session, Path("ky-bao-cao_action-month_2026.gedround"))
        print(result.summary())
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import decode
from gender_equality_desk.core.province.periods import KIND_PERIODS
from gender_equality_desk.core.province.province_link import live_link
from gender_equality_desk.core.province.round_file import RoundDefinition, RoundRow, read_round_file
from gender_equality_desk.core.province.round_scope import period_text, round_for, round_with_uuid
from gender_equality_desk.core.province.rounds import store_round_rows
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.province_models import ReportingRound
from gender_equality_desk.core.store.report_models import ReportIndicator


@dataclass(frozen=True)
class RoundImportResult:
    title: str
    kind: str
    year: int
    period: str
    deadline: date
    rows: int
    created: bool  # the first import of this round
    replaced: str  # the title of another round of the same kind and period this file replaced, or ""
    added_codes: tuple[str, ...]  # indicator rows added to the commune's own
    restored_codes: tuple[str, ...]  # rows the commune had hidden, shown again

    def summary(self) -> str:
        """What the import did, in Vietnamese, one sentence a line."""
        what = "Đã nhập" if self.created else "Đã cập nhật"
        lines = [
            f"{what} kỳ báo cáo “{self.title}” ({period_text(self.period, self.year)}), hạn nộp "
            f"{format_date(self.deadline)}: {self.rows} dòng chỉ tiêu."
        ]
        if self.replaced:
            lines.append(f"Kỳ báo cáo cũ cùng thời kỳ (“{self.replaced}”) được thay bằng tệp này.")
        if self.added_codes:
            lines.append(
                f"Đã thêm {len(self.added_codes)} dòng chỉ tiêu xã chưa có ({', '.join(self.added_codes)}): "
                "số liệu các dòng này cán bộ tự điền ở Cài đặt → Chỉ tiêu báo cáo."
            )
        if self.restored_codes:
            lines.append(
                f"Đã hiện lại {len(self.restored_codes)} dòng chỉ tiêu tỉnh yêu cầu báo cáo "
                f"({', '.join(self.restored_codes)})."
            )
        return "\n".join(lines)


def _signing_key(session: Session) -> bytes:
    """The province's signing key, from the key file this commune imported; UserFacingError before one is
    imported, or when the stored key cannot be read."""
    link = live_link(session)
    if link is None:
        raise UserFacingError(
            "Máy này chưa nhập tệp khóa của tỉnh, nên chưa kiểm tra được tệp kỳ báo cáo. Hãy nhập tệp khóa "
            "(.gedkey) tỉnh gửi trước (lệnh “province-key import TỆP”), rồi nhập lại tệp kỳ báo cáo."
        )
    try:
        return decode(link.signing_key)
    except ValueError:
        raise UserFacingError(
            "Khóa của tỉnh lưu trên máy bị hỏng. Hãy nhập lại tệp khóa (.gedkey) tỉnh gửi."
        ) from None


def import_round_file(session: Session, path: Path) -> RoundImportResult:
    """Verify `path` against the province's key and store the round, in the caller's transaction."""
    definition = read_round_file(path, _signing_key(session))
    _check(definition, path)
    stored, replaced = _stored_round(session, definition)
    created = stored is None
    if stored is None:
        stored = ReportingRound(uuid=definition.uuid, report_kind=definition.report_kind,
                                year=definition.year, period=definition.period)  # fmt: skip
        session.add(stored)
    stored.uuid, stored.is_deleted, stored.deleted_at = definition.uuid, False, None
    stored.report_kind, stored.year, stored.period = (
        definition.report_kind,
        definition.year,
        definition.period,
    )
    stored.period_start, stored.period_end = definition.period_start, definition.period_end
    stored.deadline, stored.title = definition.deadline, definition.title
    stored.province_name, stored.published_at = definition.province, utc_now()
    session.flush()
    store_round_rows(session, stored.id, definition.rows)
    added, restored = _complete_own_rows(session, definition.report_kind, definition.rows)
    return RoundImportResult(
        title=definition.title,
        kind=definition.report_kind,
        year=definition.year,
        period=definition.period,
        deadline=definition.deadline,
        rows=len(definition.rows),
        created=created,
        replaced=replaced,
        added_codes=added,
        restored_codes=restored,
    )


def _check(definition: RoundDefinition, path: Path) -> None:
    if definition.period not in KIND_PERIODS.get(definition.report_kind, ()):
        raise UserFacingError(
            f"Tệp “{path.name}” là kỳ báo cáo loại “{definition.report_kind}” kỳ “{definition.period}” mà "
            "phiên bản phần mềm này chưa biết. Hãy cập nhật phần mềm rồi nhập lại."
        )
    codes = [row.code for row in definition.rows]
    if not codes or len(set(codes)) != len(codes) or not all(code.strip() for code in codes):
        raise UserFacingError(
            f"Tệp “{path.name}” không có danh sách dòng chỉ tiêu dùng được (trống hoặc trùng mã). "
            "Hãy xin tỉnh gửi lại."
        )


def _stored_round(session: Session, definition: RoundDefinition) -> tuple[ReportingRound | None, str]:
    """The round this file refreshes (same uuid), else the one of the same kind and period it replaces
    (the province made the round anew), with that one's title."""
    same = round_with_uuid(session, definition.uuid, include_deleted=True)
    if same is not None:
        return same, ""
    other = round_for(
        session, definition.report_kind, definition.year, definition.period, include_deleted=True
    )
    if other is None:
        return None, ""
    return other, ("" if other.is_deleted else other.title)


def _complete_own_rows(
    session: Session, kind: str, rows: tuple[RoundRow, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Add the round's codes the commune's rows of `kind` lack, each right after the row preceding it in
    the round (wherever the officer moved that one); show hidden ones again. Returns (added, restored)."""
    own = list(
        session.scalars(
            select(ReportIndicator)
            .where(ReportIndicator.report_kind == kind)
            .order_by(ReportIndicator.sort_order, ReportIndicator.id)
        )
    )
    by_code = {row.code: row for row in own}
    added: list[str] = []
    restored: list[str] = []
    previous: ReportIndicator | None = None
    for round_row in rows:
        row = by_code.get(round_row.code)
        if row is None:
            row = ReportIndicator(
                report_kind=kind,
                code=round_row.code,
                number=round_row.number,
                label=round_row.label,
                unit=round_row.unit,
                level=round_row.level,
                is_group=round_row.is_group,
                source="",
            )
            session.add(row)
            own.insert(own.index(previous) + 1 if previous is not None else 0, row)
            by_code[row.code] = row
            added.append(row.code)
        elif row.is_deleted or not row.is_active:
            row.is_deleted, row.deleted_at, row.is_active = False, None, True
            restored.append(row.code)
        previous = row
    if added:
        for order, row in enumerate(own, start=1):
            row.sort_order = order
    session.flush()
    return tuple(added), tuple(restored)
