"""The yearly report deadlines the officer edits in Cài đặt → Hạn báo cáo (default 05/6 and 10/12 from
seed 004). The dashboard reminds of them (core.dashboard.reminders)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.store.plan_models import ReportDeadline


@dataclass(frozen=True)
class ReportDeadlineRow:
    id: int
    code: str
    label: str
    month: int
    day: int
    is_active: bool


def report_deadlines(session: Session) -> list[ReportDeadlineRow]:
    rows = session.scalars(
        select(ReportDeadline)
        .where(ReportDeadline.is_deleted.is_(False))
        .order_by(ReportDeadline.sort_order, ReportDeadline.id)
    )
    return [ReportDeadlineRow(r.id, r.code, r.label, r.month, r.day, r.is_active) for r in rows]


def update_report_deadline(
    session: Session, deadline_id: int, *, label: str, month: int, day: int, is_active: bool = True
) -> None:
    """Change a deadline; a day that does not exist in every year (e.g. 30/02) is refused."""
    row = session.get(ReportDeadline, deadline_id)
    if row is None:
        raise UserFacingError("Không tìm thấy hạn báo cáo này. Vui lòng tải lại.")
    if not label.strip():
        raise UserFacingError("Chưa nhập tên báo cáo. Vui lòng nhập tên báo cáo.")
    problem = day_month_problem(day, month)
    if problem:
        raise UserFacingError(problem)
    row.label, row.month, row.day, row.is_active = label.strip(), month, day, is_active


def day_month_problem(day: int, month: int) -> str:
    """Why `day`/`month` cannot be a yearly deadline (and how to fix it), or "" when it can."""
    if not 1 <= month <= 12:
        return f"Tháng {month} không có. Vui lòng chọn tháng từ 1 đến 12."
    # A common year: a deadline on 29/02 would be missed three years in four.
    last = (date(2023 + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    if 1 <= day <= last:
        return ""
    if month == 2:
        return (
            f"Ngày {day:02d}/02 không có trong mọi năm: tháng 2 chỉ có 28 ngày (29 ngày vào năm nhuận). "
            "Vui lòng chọn ngày từ 1 đến 28, hoặc ngày 1 tháng 3."
        )
    return (
        f"Không có ngày {day:02d}/{month:02d}: tháng {month} chỉ có {last} ngày. "
        f"Vui lòng chọn ngày từ 1 đến {last}."
    )
