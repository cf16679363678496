"""Sổ nhật ký hoạt động: every done activity and propaganda event of a period, in date order (landscape).

Figures are cells a spreadsheet can use: the day a real date, head counts and quantities numbers in their
own columns (people, nữ, nam; quantity and its unit for propaganda), totals under the people and money
columns. A blank Nữ or Nam stays blank (not recorded, never 0) and the note under the table says how
many participants were not recorded by sex, so Nữ + Nam + that gap = the total.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.domain.clock import local_date, local_midnight_utc
from gender_equality_desk.core.domain.text import fold, group_thousands
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import ProfileInput, load_profile
from gender_equality_desk.core.reports.content import (
    Cell,
    CellKind,
    Paragraph,
    ReportContent,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.reports.letterhead import document_header, signature_block
from gender_equality_desk.core.reports.naming import UNIT_WORDS, ascii_file_stem, in_sentence
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    PropagandaEvent,
    PropagandaKind,
    Village,
)

COLUMNS = (
    TableColumn("STT", CellKind.INTEGER, width=0.5),
    TableColumn("Ngày", CellKind.DATE, width=1.15),
    TableColumn("Nội dung hoạt động", width=2.9),
    TableColumn("Hình thức", width=1.5),
    TableColumn("Địa điểm", width=1.6),
    TableColumn("Đơn vị thực hiện", width=1.4),
    TableColumn("Số người tham gia", CellKind.INTEGER, width=0.85, summed=True),
    TableColumn("Nữ", CellKind.INTEGER, width=0.6, summed=True),
    TableColumn("Nam", CellKind.INTEGER, width=0.6, summed=True),
    TableColumn("Số lượng", CellKind.INTEGER, width=0.7),
    TableColumn("Đơn vị tính", width=0.8),
    TableColumn("Kinh phí (đồng)", CellKind.VND, width=1.1, summed=True),
)


@dataclass(frozen=True)
class Entry:
    day: date  # sort key, local date
    tie: int  # activities +id, events -id: a stable order within a day
    cells: tuple[Cell, ...]  # every column but STT
    sex_unrecorded: int = 0  # participants neither counted as nữ nor as nam


ID_CHUNK = 500  # ids per IN (...) query: well under SQLite's bound-parameter limit


def place_with_village(place: str, village: str | None) -> str:
    """ "Nhà văn hóa, thôn Nà Lầm": the place typed and the village chosen, the village left out when the
    place already names it ("Nhà văn hóa thôn Nà Lầm"), either alone when the other is empty."""
    place = " ".join(place.split())
    village = " ".join((village or "").split())
    if not village:
        return place
    if not place:
        return village
    proper = fold(village)
    for unit in UNIT_WORDS:  # "Thôn Nà Lầm" is named by "Nhà văn hóa Nà Lầm" too
        proper = proper.removeprefix(fold(unit) + " ")
    if proper in fold(place):
        return place
    return f"{place}, {in_sentence(village)}"


def _days(first: date, last: date) -> str:
    return "" if last <= first else f" (đến {format_date(last)})"


def _activity_entries(session: Session, *where: ColumnElement[bool]) -> Iterator[Entry]:
    rows = session.execute(
        select(
            Activity.id,
            Activity.status,
            Activity.start_at,
            Activity.end_at,
            Activity.title,
            ActivityKind.label.label("kind"),
            Village.name.label("village"),
            Activity.place_text,
            Activity.organiser,
            Activity.participants_total.label("total"),
            Activity.participants_female.label("female"),
            Activity.participants_male.label("male"),
            Activity.budget_vnd,
        )
        .join(ActivityKind, Activity.kind_id == ActivityKind.id)
        .outerjoin(Village, Activity.village_id == Village.id)
        .where(Activity.is_deleted.is_(False), *where)
    )
    for row in rows:
        day = local_date(row.start_at)
        # Only an officer who asked for them sees planned or cancelled activities: say so in the log.
        shown = row.title if row.status == ActivityStatus.DONE else f"{row.title} ({row.status.label})"
        cells: tuple[Cell, ...] = (
            day,
            shown + _days(day, local_date(row.end_at)),
            row.kind,
            place_with_village(row.place_text, row.village),
            row.organiser,
            row.total,
            row.female,
            row.male,
            None,  # quantity and unit: propaganda only
            "",
            row.budget_vnd,
        )
        unrecorded = max(0, row.total - (row.female or 0) - (row.male or 0))
        yield Entry(day, row.id, cells, unrecorded)


def _propaganda_entries(session: Session, *where: ColumnElement[bool]) -> Iterator[Entry]:
    rows = session.execute(
        select(
            PropagandaEvent.id,
            PropagandaEvent.start_date,
            PropagandaEvent.end_date,
            PropagandaEvent.title,
            PropagandaKind.label,
            PropagandaKind.unit,
            Village.name,
            PropagandaEvent.places,
            PropagandaEvent.quantity,
        )
        .join(PropagandaKind, PropagandaEvent.kind_id == PropagandaKind.id)
        .outerjoin(Village, PropagandaEvent.village_id == Village.id)
        .where(PropagandaEvent.is_deleted.is_(False), *where)
    )
    for row_id, first, last, title, kind, unit, village, places, quantity in rows:
        place_text = "; ".join(line.strip() for line in places.splitlines() if line.strip())
        cells: tuple[Cell, ...] = (
            first,
            title + _days(first, last),
            kind,
            place_with_village(place_text, village),
            "",
            None,
            None,
            None,
            quantity,
            unit.label,
            None,
        )
        yield Entry(first, -row_id, cells)


def _profile(session: Session) -> ProfileInput:
    profile = load_profile(session)
    if profile is None:
        raise UserFacingError(
            "Chưa có thông tin xã. Vui lòng nhập thông tin xã trong Cài đặt trước khi lập sổ."
        )
    return profile


def activity_log_report(
    session: Session, start: date, end: date, *, day: date | None = None
) -> ReportContent:
    """The log of `start`–`end` (local dates, inclusive): done activities and propaganda events by date."""
    wrong_order = validation.date_order(start, end)
    if wrong_order:
        raise UserFacingError(wrong_order)
    profile = _profile(session)
    entries = [
        *_activity_entries(
            session,
            Activity.status == ActivityStatus.DONE,
            Activity.start_at >= local_midnight_utc(start),
            Activity.start_at < local_midnight_utc(end + timedelta(days=1)),
        ),
        *_propaganda_entries(session, PropagandaEvent.start_date >= start, PropagandaEvent.start_date <= end),
    ]
    return _log(profile, entries, start, end, day=day)


@dataclass(frozen=True)
class SelectedLog:
    content: ReportContent
    left_out: int  # selected activities not done (planned, cancelled) and so not in the log


def selected_activities_log(
    session: Session,
    activity_ids: Sequence[int],
    *,
    day: date | None = None,
    include_not_done: bool = False,
) -> SelectedLog:
    """The log of the activities the officer selected, by date, over their dates. Only the done ones
    unless `include_not_done` (then a planned or cancelled one carries its status after its name); how
    many were left out is returned for the screen to say."""
    profile = _profile(session)
    entries: list[Entry] = []
    left_out = 0
    for first in range(0, len(activity_ids), ID_CHUNK):
        chunk = list(activity_ids[first : first + ID_CHUNK])
        if include_not_done:
            entries.extend(_activity_entries(session, Activity.id.in_(chunk)))
            continue
        entries.extend(
            _activity_entries(session, Activity.id.in_(chunk), Activity.status == ActivityStatus.DONE)
        )
        left_out += (
            session.scalar(
                select(func.count(Activity.id)).where(
                    Activity.id.in_(chunk),
                    Activity.is_deleted.is_(False),
                    Activity.status != ActivityStatus.DONE,
                )
            )
            or 0
        )
    if not entries and left_out:
        raise UserFacingError(
            "Các hoạt động đã chọn đều chưa thực hiện (dự kiến hoặc đã hủy); sổ nhật ký chỉ ghi hoạt động đã "
            "thực hiện. Vui lòng chọn các hoạt động đã thực hiện."
        )
    if not entries:
        raise UserFacingError(
            "Các hoạt động đã chọn không còn (có thể đã bị xóa). Vui lòng chọn lại trong danh sách."
        )
    days = [entry.day for entry in entries]
    what = "hoạt động đã chọn" if include_not_done else "hoạt động đã thực hiện"
    content = _log(profile, entries, min(days), max(days), day=day, what=what)
    return SelectedLog(content, left_out)


def _sex_note(entries: list[Entry]) -> str:
    unrecorded = sum(entry.sex_unrecorded for entry in entries)
    if not unrecorded:
        return ""
    return (
        f"Có {group_thousands(unrecorded)} lượt người tham gia chưa được ghi nhận là nữ hay nam (ô Nữ, Nam "
        "để trống hoặc chưa đủ): Số người tham gia = Nữ + Nam + số chưa rõ giới tính."
    )


def _log(
    profile: ProfileInput,
    entries: list[Entry],
    start: date,
    end: date,
    *,
    day: date | None,
    what: str = "hoạt động đã thực hiện và sự kiện tuyên truyền",
) -> ReportContent:
    entries = sorted(entries, key=lambda entry: (entry.day, entry.tie))
    rows = tuple(TableRow((number, *entry.cells)) for number, entry in enumerate(entries, start=1))
    period = f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    table = Table(
        title=f"Nhật ký hoạt động {period}",
        columns=COLUMNS,
        rows=rows,
        total_label="Tổng cộng" if rows else None,
        note=_sex_note(entries),
        sheet_name="Nhật ký",
    )
    subject = f"Sổ nhật ký hoạt động bình đẳng giới {period}"
    summary = (
        f"Trong thời gian {period} ghi nhận {group_thousands(len(entries))} {what}."
        if entries
        else f"Không có hoạt động hoặc sự kiện tuyên truyền nào được ghi nhận {period}."
    )
    return ReportContent(
        header=document_header(
            profile, document_type="Sổ nhật ký", symbol="NK-UBND", subject=subject, day=day
        ),
        blocks=(Paragraph(summary), table),
        signature=signature_block(profile, ()),
        file_stem=ascii_file_stem(
            "NhatKy", "HoatDong", f"{start:%Y%m%d}", f"{end:%Y%m%d}", profile.commune_name
        ),
        landscape=True,
        metadata={"title": subject, "author": profile.issuing_body},
    )
