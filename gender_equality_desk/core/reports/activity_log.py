"""Sổ nhật ký hoạt động: every activity and propaganda event of a period, in date order (landscape)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.domain.clock import local_date, local_midnight_utc
from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import load_profile
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


def _activity_entries(
    session: Session, start: date, end: date
) -> Iterator[tuple[date, int, tuple[Cell, ...]]]:
    rows = session.execute(
        select(
            Activity.id,
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
        .where(
            Activity.is_deleted.is_(False),
            Activity.status == ActivityStatus.DONE,
            Activity.start_at >= local_midnight_utc(start),
            Activity.start_at < local_midnight_utc(end + timedelta(days=1)),
        )
    )
    for row_id, start_at, title, kind, village, place, organiser, total, female, budget in rows:
        day = local_date(start_at)
        where = place or village or ""
        cells: tuple[Cell, ...] = (
            f"{day:%d/%m/%Y}",
            title,
            kind,
            where,
            organiser,
            group_thousands(total),
            female,
            budget,
        )
        yield day, row_id, cells


def _propaganda_entries(
    session: Session, start: date, end: date
) -> Iterator[tuple[date, int, tuple[Cell, ...]]]:
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
        .where(
            PropagandaEvent.is_deleted.is_(False),
            PropagandaEvent.start_date >= start,
            PropagandaEvent.start_date <= end,
        )
    )
    for row_id, first, last, title, kind, unit, places, quantity in rows:
        day_text = f"{first:%d/%m/%Y}" if first == last else f"{first:%d/%m}–{last:%d/%m/%Y}"
        where = "; ".join(line.strip() for line in places.splitlines() if line.strip())
        amount = f"{group_thousands(quantity)} {unit.label}"
        yield first, -row_id, (day_text, title, kind, where, "", amount, None, None)


def activity_log_report(
    session: Session, start: date, end: date, *, day: date | None = None
) -> ReportContent:
    """The log of `start`–`end` (local dates, inclusive): done activities and propaganda events by date."""
    wrong_order = validation.date_order(start, end)
    if wrong_order:
        raise UserFacingError(wrong_order)
    profile = load_profile(session)
    if profile is None:
        raise UserFacingError(
            "Chưa có thông tin xã. Vui lòng nhập thông tin xã trong Cài đặt trước khi lập sổ."
        )
    entries = sorted(
        [*_activity_entries(session, start, end), *_propaganda_entries(session, start, end)],
        key=lambda entry: (entry[0], entry[1]),
    )
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
        f"Trong thời gian {period} ghi nhận {len(entries)} hoạt động và sự kiện tuyên truyền."
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
