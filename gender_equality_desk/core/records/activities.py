"""Activity services: check, create, update, load and duplicate one campaign activity.

The GUI form, the Excel import and the tests all go through these functions; each runs in the caller's
unit of work (`store.transaction()`), so a refused save leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from gender_equality_desk.core import campaigns
from gender_equality_desk.core.domain import ranges, validation
from gender_equality_desk.core.domain.clock import local_date
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.records.attachments import copy_attachments_for_duplicate
from gender_equality_desk.core.records.checks import CheckResult, InvalidRecordError
from gender_equality_desk.core.records.search import activity_search_text
from gender_equality_desk.core.store.models import Activity, ActivityKind, Campaign, ResponsibleUnit, Village

TITLE_MAX = 300
PLACE_MAX = 300
ORGANISER_MAX = 200


@dataclass(frozen=True)
class ActivityInput:
    """What the officer fills in. Datetimes are timezone-aware; None means "not entered"."""

    kind_id: int | None
    title: str
    start_at: datetime | None
    end_at: datetime | None
    campaign_id: int | None = None  # None: the Action Month or annual plan of the start date
    village_id: int | None = None
    place_text: str = ""
    organiser: str = ""
    responsible_unit_id: int | None = None
    participants_total: int = 0
    participants_female: int | None = None
    participants_male: int | None = None
    participants_children: int | None = None
    participants_ethnic_minority: int | None = None
    budget_vnd: int = 0
    budget_source: BudgetSource | None = None
    result_summary: str = ""
    status: ActivityStatus = ActivityStatus.DONE


INPUT_FIELDS = tuple(f.name for f in fields(ActivityInput))


def check_activity(
    session: Session, data: ActivityInput, *, today: date, existing_kind_id: int | None = None
) -> CheckResult:
    """Every problem of `data`, each next to its field. `existing_kind_id`: the kind the record already had
    (an edited old record may keep a kind that was deactivated since)."""
    result = CheckResult()
    result.error("title", validation.required("tên hoạt động", data.title))
    result.error("title", validation.max_length("Tên hoạt động", data.title.strip(), TITLE_MAX))
    result.error("place_text", validation.max_length("Địa điểm", data.place_text.strip(), PLACE_MAX))
    result.error("organiser", validation.max_length("Đơn vị tổ chức", data.organiser.strip(), ORGANISER_MAX))
    _check_kind(session, data.kind_id, existing_kind_id, result)
    if data.start_at is None:
        result.error("start_at", "Chưa nhập thời gian bắt đầu. Vui lòng chọn ngày giờ bắt đầu.")
    if data.end_at is None:
        result.error("end_at", "Chưa nhập thời gian kết thúc. Vui lòng chọn ngày giờ kết thúc.")
    _check_days(data, today, result)
    if _check_ranges(data, result):
        _check_participants(data, result)
    if data.budget_vnd > 0 and data.budget_source is None:
        result.error(
            "budget_source", "Có kinh phí nhưng chưa chọn nguồn kinh phí. Vui lòng chọn nguồn kinh phí."
        )
    if data.village_id is not None and session.get(Village, data.village_id) is None:
        result.error("village_id", "Thôn/bản đã chọn không còn trong danh mục. Vui lòng chọn lại.")
    if (
        data.responsible_unit_id is not None
        and session.get(ResponsibleUnit, data.responsible_unit_id) is None
    ):
        result.error("responsible_unit_id", "Đơn vị đã chọn không còn trong danh mục. Vui lòng chọn lại.")
    if data.campaign_id is not None and session.get(Campaign, data.campaign_id) is None:
        result.error("campaign_id", "Chiến dịch đã chọn không tồn tại. Vui lòng chọn lại.")
    if data.start_at is not None and result.ok:
        _warn_about_dates(session, data, data.start_at, today, result)
    return result


NUMBER_LABELS = {
    "participants_total": "Tổng số người tham gia",
    "participants_female": "Số nữ",
    "participants_male": "Số nam",
    "participants_children": "Số trẻ em",
    "participants_ethnic_minority": "Số người dân tộc thiểu số",
}


def _check_days(data: ActivityInput, today: date, result: CheckResult) -> None:
    result.error("start_at", ranges.day_in_range("Ngày bắt đầu", data.start_at, today=today))
    if "start_at" not in result.errors or ranges.other_day(data.start_at, data.end_at):  # said once
        result.error("end_at", ranges.day_in_range("Ngày kết thúc", data.end_at, today=today))
    result.error("end_at", validation.date_order(data.start_at, data.end_at))


def _check_ranges(data: ActivityInput, result: CheckResult) -> bool:
    """Counts and money in their sane range; True when all are, so the sums that follow never meet a
    20-digit number."""
    problems = {name: ranges.whole_number(label, getattr(data, name), ranges.PEOPLE)
                for name, label in NUMBER_LABELS.items()}  # fmt: skip
    problems["budget_vnd"] = ranges.whole_number("Kinh phí", data.budget_vnd, ranges.MONEY)
    for name, message in problems.items():
        result.error(name, message)
    return not any(problems.values())


def _check_participants(data: ActivityInput, result: CheckResult) -> None:
    total = data.participants_total
    message = validation.participants_by_sex(total, data.participants_female, data.participants_male)
    result.error("participants_female", message)
    result.error(
        "participants_children",
        validation.subgroup_within_total("Số trẻ em", data.participants_children, total),
    )
    result.error(
        "participants_ethnic_minority",
        validation.subgroup_within_total(
            "Số người dân tộc thiểu số", data.participants_ethnic_minority, total
        ),
    )


def _check_kind(
    session: Session, kind_id: int | None, existing_kind_id: int | None, result: CheckResult
) -> None:
    if kind_id is None:
        result.error("kind_id", "Chưa chọn loại hoạt động. Vui lòng chọn loại hoạt động.")
        return
    kind = session.get(ActivityKind, kind_id)
    if kind is None:
        result.error("kind_id", "Loại hoạt động đã chọn không còn trong danh mục. Vui lòng chọn lại.")
    elif not kind.is_active and kind_id != existing_kind_id:
        result.error(
            "kind_id",
            f"Loại hoạt động “{kind.label}” đã ngừng dùng. Vui lòng chọn loại khác "
            "hoặc bật lại loại này trong Cài đặt › Danh mục.",
        )


def _warn_about_dates(
    session: Session, data: ActivityInput, start_at: datetime, today: date, result: CheckResult
) -> None:
    start_day = local_date(start_at)
    if data.campaign_id is not None:
        campaign = session.get(Campaign, data.campaign_id)
        if campaign is not None:
            result.warn(
                "start_at",
                validation.within_period(start_day, campaign.start_date, campaign.end_date, campaign.name),
            )
    if data.status is ActivityStatus.DONE and start_day > today:
        result.warn(
            "status",
            f"Hoạt động ngày {start_day:%d/%m/%Y} chưa diễn ra nhưng đang ghi “Đã thực hiện”. "
            "Nếu mới là kế hoạch, hãy chọn trạng thái “Dự kiến”.",
        )


def _cleaned(data: ActivityInput) -> ActivityInput:
    return replace(
        data,
        title=" ".join(data.title.split()),
        place_text=data.place_text.strip(),
        organiser=data.organiser.strip(),
        result_summary=data.result_summary.strip(),
    )


def _apply(session: Session, row: Activity, data: ActivityInput) -> None:
    assert data.start_at is not None  # guaranteed by check_activity
    campaign_id = data.campaign_id
    if campaign_id is None:
        campaign_id = campaigns.default_campaign_for(session, local_date(data.start_at)).id
    for name in INPUT_FIELDS:
        setattr(row, name, getattr(data, name))
    row.campaign_id = campaign_id
    row.search_text = activity_search_text(data.title, data.place_text, data.organiser, data.result_summary)


def create_activity(session: Session, data: ActivityInput, *, today: date) -> int:
    """Save a new activity; raises InvalidRecordError (nothing written) when a check fails. Returns its id."""
    data = _cleaned(data)
    result = check_activity(session, data, today=today)
    if not result.ok:
        raise InvalidRecordError(result)
    row = Activity()
    _apply(session, row, data)
    session.add(row)
    session.flush()
    return row.id


def update_activity(session: Session, activity_id: int, data: ActivityInput, *, today: date) -> None:
    row = _live(session, activity_id)
    data = _cleaned(data)
    result = check_activity(session, data, today=today, existing_kind_id=row.kind_id)
    if not result.ok:
        raise InvalidRecordError(result)
    _apply(session, row, data)
    session.flush()


def load_activity(session: Session, activity_id: int) -> ActivityInput:
    row = session.get(Activity, activity_id)
    if row is None:
        raise InvalidRecordError(
            CheckResult(errors={"id": "Không tìm thấy hoạt động này; có thể đã bị xóa hẳn."})
        )
    return ActivityInput(**{name: getattr(row, name) for name in INPUT_FIELDS})


def duplicate_activity(session: Session, activity_id: int) -> int:
    """A copy of the activity (e.g. the same meeting in another village), to be edited; returns its id.

    The copy shares the source's evidence files (new attachment rows, the same stored files).
    """
    source = _live(session, activity_id)
    copy = Activity()
    for name in (*INPUT_FIELDS, "campaign_id", "search_text"):
        setattr(copy, name, getattr(source, name))
    session.add(copy)
    session.flush()
    copy_attachments_for_duplicate(session, activity_id, copy.id)
    return copy.id


def _live(session: Session, activity_id: int) -> Activity:
    row = session.get(Activity, activity_id)
    if row is None or row.is_deleted:
        raise InvalidRecordError(
            CheckResult(errors={"id": "Hoạt động này đã bị xóa hoặc chuyển vào Thùng rác; không thể sửa."})
        )
    return row
