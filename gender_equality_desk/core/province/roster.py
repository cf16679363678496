"""The province's roster of communes: imported from its list, edited one by one, communes merged, and read
back (roster_entries, live_commune: the other modules read the roster through these).

A commune is known by its official administrative-unit code (`province_commune.code`), the code its
submissions carry. Importing a list checks every row first and writes nothing while any row has a
problem; importing again updates names, officers and phones by code, and never deletes a commune (its
received reports and pinned key stay with it). A blank cell never erases what the roster holds.

A commune merged into another keeps its row with the code and date of the merger: the reports it sent
before keep the name they were sent under (`received_submission.commune_name`).

    with store.transaction() as session:
        result = import_roster(session, Path("danh-sach-xa.xlsx"))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.roster_file import (
    NOTE,
    OFFICER,
    PHONE,
    RosterLine,
    normal_code,
    read_roster_file,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.province_models import ProvinceCommune, ReceivedSubmission

CODE_MAX, NAME_MAX, OFFICER_MAX, PHONE_MAX, NOTE_MAX = 20, 120, 120, 40, 300
# The 2025 merger of communes, when the district level ended: what a merger's date defaults to.
MERGER_DAY = date(2025, 7, 1)
_LIMITS = (
    ("name", "tên xã/phường", NAME_MAX),
    ("officer", "họ tên cán bộ phụ trách", OFFICER_MAX),
    ("phone", "số điện thoại", PHONE_MAX),
    ("note", "ghi chú", NOTE_MAX),
)


@dataclass(frozen=True)
class CommuneInput:
    """One commune as the officer types it (or as one row of a list gives it)."""

    code: str
    name: str
    officer_name: str = ""
    officer_phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class RosterEntry:
    """One commune of the roster, as the pages, the completeness list and the consolidation read it."""

    code: str
    name: str
    officer_name: str
    officer_phone: str
    note: str
    merged_into_code: str
    merged_into_name: str  # "" when the roster does not have that commune
    merged_on: date | None
    key_fingerprint: str  # "" until the commune's first accepted submission pinned its key
    key_pinned_at: datetime | None
    dhis2_org_unit: str  # "" = the code

    @property
    def org_unit(self) -> str:
        return self.dhis2_org_unit or self.code


@dataclass(frozen=True)
class RosterChange:
    code: str
    name: str
    changes: tuple[str, ...]  # "tên: Xã A → Xã B"


@dataclass
class RosterImport:
    """What importing a list did — or, with problems, why it wrote nothing."""

    file_name: str
    problems: list[str] = field(default_factory=list)  # "Dòng 7: mã 04378 trùng với dòng 3."
    added: list[CommuneInput] = field(default_factory=list)
    updated: list[RosterChange] = field(default_factory=list)
    unchanged: int = 0
    not_in_file: int = 0  # communes of the roster the file does not list: kept as they are
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One Vietnamese sentence: what was (or would be) done."""
        verb = "Đã" if self.written else "Sẽ"
        parts = [f"thêm {len(self.added)} xã", f"cập nhật {len(self.updated)} xã"]
        if self.unchanged:
            parts.append(f"{self.unchanged} xã không đổi")
        text = f"{verb} {', '.join(parts)} từ tệp “{self.file_name}”."
        if self.not_in_file:
            text += f" {self.not_in_file} xã có trong danh bạ nhưng không có trong tệp: giữ nguyên."
        return text


class RosterProblemsError(UserFacingError):
    """A list with problems: nothing was written; `result.problems` lists them by row."""

    def __init__(self, result: RosterImport) -> None:
        listed = "\n".join(f"  {problem}" for problem in result.problems)
        super().__init__(
            f"Tệp “{result.file_name}” chưa nhập được ({len(result.problems)} lỗi, chưa ghi gì vào danh "
            f"bạ). Hãy sửa trong tệp rồi nhập lại:\n{listed}"
        )
        self.result = result


# -- checking -------------------------------------------------------------------------------------------


def code_problem(code: str) -> str:
    """Why `code` cannot be a commune's code ("" when it can)."""
    if not code:
        return "chưa có mã xã (mã đơn vị hành chính)"
    if not code.isdigit():
        return f"mã “{code}” không phải mã đơn vị hành chính (chỉ gồm chữ số, ví dụ 04378)"
    if len(code) > CODE_MAX:
        return f"mã “{code}” dài quá {CODE_MAX} chữ số"
    return ""


def commune_problems(value: CommuneInput) -> list[str]:
    """Every problem of one commune, as sentences without the row ("chưa có tên xã/phường (mã 04378)")."""
    problems: list[str] = []
    if message := code_problem(value.code):
        problems.append(message + (f" của “{value.name}”" if value.name else ""))
    if not value.name:
        problems.append(f"chưa có tên xã/phường (mã {value.code})" if value.code else "chưa có tên xã/phường")
    texts = {"name": value.name, "officer": value.officer_name, "phone": value.officer_phone,
             "note": value.note}  # fmt: skip
    for key, label, limit in _LIMITS:
        too_long = validation.max_length(label, texts[key], limit)
        if too_long:
            problems.append(too_long[0].lower() + too_long[1:].rstrip("."))
    return problems


def _cleaned(value: CommuneInput) -> CommuneInput:
    return CommuneInput(
        code=normal_code(value.code),
        name=" ".join(value.name.split()),
        officer_name=" ".join(value.officer_name.split()),
        officer_phone=" ".join(value.officer_phone.split()),
        note=" ".join(value.note.split()),
    )


def _from_line(line: RosterLine) -> CommuneInput:
    return CommuneInput(line.code, line.name, line.officer, line.phone, line.note)


# -- importing a list -----------------------------------------------------------------------------------


def check_roster_file(session: Session, path: Path) -> RosterImport:
    """What importing `path` would do, with every problem by row; writes nothing. UserFacingError when
    the file cannot be read at all (not a list, no heading row)."""
    listed = read_roster_file(path)
    result = RosterImport(path.name)
    first_line: dict[str, int] = {}
    for line in listed.lines:
        for problem in commune_problems(_from_line(line)):
            result.problems.append(f"Dòng {line.line}: {problem}.")
        if line.code:
            if line.code in first_line:
                result.problems.append(
                    f"Dòng {line.line}: mã {line.code} trùng với dòng {first_line[line.code]}."
                )
            first_line.setdefault(line.code, line.line)
    if not listed.lines:
        result.problems.append("Tệp không có xã nào dưới dòng tiêu đề.")
    if result.problems:
        return result
    known = {row.code: row for row in session.scalars(select(ProvinceCommune)) if not row.is_deleted}
    for line in listed.lines:
        row = known.get(line.code)
        if row is None:
            result.added.append(_from_line(line))
            continue
        changes = _changes(row, line, listed.columns)
        if changes:
            result.updated.append(RosterChange(row.code, line.name, changes))
        else:
            result.unchanged += 1
    result.not_in_file = len(set(known) - set(first_line))
    return result


def _changes(row: ProvinceCommune, line: RosterLine, columns: frozenset[str]) -> tuple[str, ...]:
    changes: list[str] = []
    if row.name != line.name:
        changes.append(f"tên: {row.name} → {line.name}")
    for column, label, old, new in (
        (OFFICER, "cán bộ", row.officer_name, line.officer),
        (PHONE, "điện thoại", row.officer_phone, line.phone),
        (NOTE, "ghi chú", row.note, line.note),
    ):
        if column in columns and new and new != old:  # a blank cell keeps what the roster holds
            changes.append(f"{label}: {old or '(trống)'} → {new}")
    return tuple(changes)


def import_roster(session: Session, path: Path) -> RosterImport:
    """Import `path` in the caller's transaction: new codes added (in the file's order, after the
    roster's), known codes updated; RosterProblemsError (nothing written) when any row has a problem."""
    result = check_roster_file(session, path)
    if result.problems:
        raise RosterProblemsError(result)
    listed = {line.code: line for line in read_roster_file(path).lines}
    rows = {row.code: row for row in session.scalars(select(ProvinceCommune)) if not row.is_deleted}
    for change in result.updated:
        row, line = rows[change.code], listed[change.code]
        row.name = line.name
        row.officer_name = line.officer or row.officer_name
        row.officer_phone = line.phone or row.officer_phone
        row.note = line.note or row.note
    order = _last_order(session)
    for value in result.added:
        order += 1
        _insert(session, value, order)
    session.flush()
    result.written = True
    return result


def _last_order(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(ProvinceCommune.sort_order), 0))) or 0


def _insert(session: Session, value: CommuneInput, order: int) -> ProvinceCommune:
    existing = session.scalar(select(ProvinceCommune).where(ProvinceCommune.code == value.code))
    if existing is not None and existing.is_deleted:  # the code is unique: bring the row back
        existing.is_deleted, existing.deleted_at = False, None
        row = existing
    else:
        row = ProvinceCommune(code=value.code)
        session.add(row)
    row.name, row.officer_name, row.officer_phone = value.name, value.officer_name, value.officer_phone
    row.note, row.sort_order = value.note, order
    return row


# -- one commune ----------------------------------------------------------------------------------------


def _row(session: Session, code: str) -> ProvinceCommune:
    row = live_commune(session, code)
    if row is None:
        raise UserFacingError(f"Không có xã mã {code} trong danh bạ. Hãy kiểm tra lại mã.")
    return row


def _refuse_problems(value: CommuneInput) -> None:
    problems = commune_problems(value)
    if problems:
        raise UserFacingError("\n".join(f"{problem[0].upper()}{problem[1:]}." for problem in problems))


def add_commune(session: Session, value: CommuneInput) -> ProvinceCommune:
    """Add one commune to the roster (after the others); UserFacingError when its code is taken."""
    value = _cleaned(value)
    _refuse_problems(value)
    taken = live_commune(session, value.code)
    if taken is not None:
        raise UserFacingError(f"Mã {value.code} đã có trong danh bạ ({taken.name}). Mỗi xã một mã.")
    row = _insert(session, value, _last_order(session) + 1)
    session.flush()
    return row


def update_commune(session: Session, code: str, value: CommuneInput) -> ProvinceCommune:
    """Save what the officer edited of commune `code`. Its code may change only while nothing was
    received from it (its reports and pinned key are filed under the code)."""
    row = _row(session, code)
    value = _cleaned(value)
    _refuse_problems(value)
    if value.code != row.code:
        received = session.scalar(
            select(func.count())
            .select_from(ReceivedSubmission)
            .where(ReceivedSubmission.commune_code == code)
        )
        if received or row.public_key:
            raise UserFacingError(
                f"Không đổi mã của {row.name} được: tỉnh đã nhận báo cáo của xã theo mã {code}. Nếu mã đã "
                "đổi do sắp xếp đơn vị hành chính, hãy thêm xã với mã mới rồi đánh dấu xã cũ đã sáp nhập."
            )
        taken = session.scalar(select(ProvinceCommune).where(ProvinceCommune.code == value.code))
        if taken is not None:
            raise UserFacingError(f"Mã {value.code} đã có trong danh bạ ({taken.name}). Mỗi xã một mã.")
        session.execute(  # the communes merged into it follow it to its new code
            update(ProvinceCommune)
            .where(ProvinceCommune.merged_into_code == code)
            .values(merged_into_code=value.code)
        )
    row.code, row.name = value.code, value.name
    row.officer_name, row.officer_phone, row.note = value.officer_name, value.officer_phone, value.note
    session.flush()
    return row


def mark_merged(session: Session, code: str, into_code: str, on: date) -> ProvinceCommune:
    """Commune `code` was merged into `into_code` on `on`: it stays in the roster (its earlier reports
    keep its name), no longer expected in rounds after that day."""
    row = _row(session, normal_code(code))
    into = _row(session, normal_code(into_code))
    if into.code == row.code:
        raise UserFacingError(f"Không thể đánh dấu {row.name} sáp nhập vào chính nó. Hãy chọn xã khác.")
    if into.merged_into_code:
        raise UserFacingError(
            f"{into.name} (mã {into.code}) cũng đã sáp nhập vào xã mã {into.merged_into_code}. Hãy chọn xã "
            "đang hoạt động (xã nhận sáp nhập sau cùng)."
        )
    row.merged_into_code, row.merged_on = into.code, on
    session.flush()
    return row


def clear_merge(session: Session, code: str) -> ProvinceCommune:
    """Undo a merger marked by mistake."""
    row = _row(session, normal_code(code))
    row.merged_into_code, row.merged_on = "", None
    session.flush()
    return row


# -- reading --------------------------------------------------------------------------------------------


def roster_entries(session: Session) -> list[RosterEntry]:
    """The roster in its order (as imported, then added)."""
    rows = list(
        session.scalars(
            select(ProvinceCommune)
            .where(ProvinceCommune.is_deleted.is_(False))
            .order_by(ProvinceCommune.sort_order, ProvinceCommune.code)
        )
    )
    names = {row.code: row.name for row in rows}
    return [
        RosterEntry(
            code=row.code,
            name=row.name,
            officer_name=row.officer_name,
            officer_phone=row.officer_phone,
            note=row.note,
            merged_into_code=row.merged_into_code,
            merged_into_name=names.get(row.merged_into_code, ""),
            merged_on=row.merged_on,
            key_fingerprint=key_fingerprint(row.public_key),
            key_pinned_at=row.key_pinned_at,
            dhis2_org_unit=row.dhis2_org_unit,
        )
        for row in rows
    ]


def communes_on_their_own(session: Session) -> int:
    """How many communes of the roster are not merged into another."""
    count = session.scalar(
        select(func.count())
        .select_from(ProvinceCommune)
        .where(ProvinceCommune.is_deleted.is_(False), ProvinceCommune.merged_into_code == "")
    )
    return int(count or 0)


def live_commune(session: Session, code: str) -> ProvinceCommune | None:
    """The roster's row of commune `code` (None when the roster does not have it)."""
    return session.scalars(
        select(ProvinceCommune).where(ProvinceCommune.code == code, ProvinceCommune.is_deleted.is_(False))
    ).first()


def commune_contact(session: Session, code: str) -> str:
    """ "Nông Thị Hạnh, 0912 345 678": whom to call about commune `code` ("" when the roster has no one)."""
    commune = live_commune(session, code)
    return contact_line(commune.officer_name, commune.officer_phone) if commune is not None else ""


def contact_line(officer_name: str, officer_phone: str) -> str:
    """ "Nông Thị Hạnh, 0912 345 678", either part alone, or "" when the roster has neither."""
    return ", ".join(part for part in (officer_name, officer_phone) if part)


def key_fingerprint(public_key: str) -> str:
    """The pinned key (base64) as read out by phone; "" when none is pinned or it cannot be read."""
    if not public_key:
        return ""
    # Imported here: cryptography is only needed once some commune's key is pinned.
    from gender_equality_desk.core.exchange.packages_signing import decode, fingerprint

    try:
        return fingerprint(decode(public_key))
    except ValueError:
        return ""


def commune_phrase(code: str, name: str) -> str:
    """ "Xã Hồng Phong (mã 04378)" in a sentence, or "xã mã 04378" when the roster does not name it."""
    return f"{name} (mã {code})" if name else f"xã mã {code}"


def merged_sentence(entry: RosterEntry) -> str:
    """ "Sáp nhập vào Xã Tân Thành (04390) từ 01/07/2025", or "" for a commune still on its own."""
    if not entry.merged_into_code:
        return ""
    into = (
        f"{entry.merged_into_name} ({entry.merged_into_code})"
        if entry.merged_into_name
        else entry.merged_into_code
    )
    when = f" từ {format_date(entry.merged_on)}" if entry.merged_on else ""
    return f"Sáp nhập vào {into}{when}"
