"""Sổ nhật ký hoạt động: every activity and propaganda event of a period, in date order (landscape)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.domain.clock import local_date, local_midnight_utc
from gender_equality_desk.core.domain.text import group_thousands
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
from gender_equality_desk.core.reports.letterhead import document_header, signature_block
from gender_equality_desk.core.reports.naming import ascii_file_stem
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    PropagandaEvent,
    PropagandaKind,
    Village,
)

COLUMNS = (
    TableColumn("STT", CellKind.INTEGER, width=0.5),
    TableColumn("Ngày", width=0.95),
    TableColumn("Nội dung hoạt động", width=3.4),
    TableColumn("Hình thức", width=1.6),
    TableColumn("Địa điểm", width=1.6),
    TableColumn("Đơn vị thực hiện", width=1.5),
    TableColumn("Số lượng / người tham gia", width=1.2),
    TableColumn("Nữ", CellKind.INTEGER, width=0.6),
    TableColumn("Kinh phí (đồng)", CellKind.VND, width=1.1, summed=True),
)


Entry = tuple[date, int, tuple[Cell, ...]]  # sort day, tie-break (activities +id, events -id), cells
ID_CHUNK = 500  # ids per IN (...) query: well under SQLite's bound-parameter limit


def _activity_entries(session: Session, *where: ColumnElement[bool]) -> Iterator[Entry]:
    rows = session.execute(
        select(
            Activity.id,
            Activity.status,
            Activity.start_at,
            Activity.title,
            ActivityKind.label,
            Village.name,
            Activity.place_text,
            Activity.organiser,
            Activity.participants_total,
            Activity.participants_female,
            Activity.budget_vnd,
        )
        .join(ActivityKind, Activity.kind_id == ActivityKind.id)
        .outerjoin(Village, Activity.village_id == Village.id)
        .where(Activity.is_deleted.is_(False), *where)
    )
    for row_id, status, start_at, title, kind, village, place, organiser, total, female, budget in rows:
        day = local_date(start_at)
        place_text = place or village or ""
        # Only a hand-picked selection can hold a planned or cancelled activity: say so in the log.
        shown = title if status == ActivityStatus.DONE else f"{title} ({status.label})"
        cells: tuple[Cell, ...] = (
            f"{day:%d/%m/%Y}",
            shown,
            kind,
            place_text,
            organiser,
            group_thousands(total),
            female,
            budget,
        )
        yield day, row_id, cells


def _propaganda_entries(session: Session, *where: ColumnElement[bool]) -> Iterator[Entry]:
    rows = session.execute(
        select(
            PropagandaEvent.id,
            PropagandaEvent.start_date,
            PropagandaEvent.end_date,
            PropagandaEvent.title,
            PropagandaKind.label,
            PropagandaKind.unit,
            PropagandaEvent.places,
            PropagandaEvent.quantity,
        )
        .join(PropagandaKind, PropagandaEvent.kind_id == PropagandaKind.id)
        .where(PropagandaEvent.is_deleted.is_(False), *where)
    )
    for row_id, first, last, title, kind, unit, places, quantity in rows:
        day_text = f"{first:%d/%m/%Y}" if first == last else f"{first:%d/%m}–{last:%d/%m/%Y}"
        place_text = "; ".join(line.strip() for line in places.splitlines() if line.strip())
        amount = f"{group_thousands(quantity)} {unit.label}"
        yield first, -row_id, (day_text, title, kind, place_text, "", amount, None, None)


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


def selected_activities_log(
    session: Session, activity_ids: Sequence[int], *, day: date | None = None
) -> ReportContent:
    """The log of exactly the activities the officer selected (any status), by date, over their dates."""
    profile = _profile(session)
    entries: list[Entry] = []
    for first in range(0, len(activity_ids), ID_CHUNK):
        chunk = list(activity_ids[first : first + ID_CHUNK])
        entries.extend(_activity_entries(session, Activity.id.in_(chunk)))
    if not entries:
        raise UserFacingError(
            "Các hoạt động đã chọn không còn (có thể đã bị xóa). Vui lòng chọn lại trong danh sách."
        )
    days = [entry[0] for entry in entries]
    return _log(profile, entries, min(days), max(days), day=day, what="hoạt động")


def _log(
    profile: ProfileInput,
    entries: list[Entry],
    start: date,
    end: date,
    *,
    day: date | None,
    what: str = "hoạt động và sự kiện tuyên truyền",
) -> ReportContent:
    entries = sorted(entries, key=lambda entry: (entry[0], entry[1]))
    rows = tuple(TableRow((number, *cells)) for number, (_, _, cells) in enumerate(entries, start=1))
    period = f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    table = Table(
        title=f"Nhật ký hoạt động {period}",
        columns=COLUMNS,
        rows=rows,
        total_label="Tổng cộng" if rows else None,
        sheet_name="Nhật ký",
    )
    subject = f"Sổ nhật ký hoạt động bình đẳng giới {period}"
    summary = (
        f"Trong thời gian {period} ghi nhận {len(entries)} {what}."
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
