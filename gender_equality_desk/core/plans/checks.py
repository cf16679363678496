"""Checks of a plan before it is saved, with Vietnamese messages next to the field they concern.

Field names of rows carry their position as the officer sees it: "activities.2.end_date" is the end
date of the third planned activity ("hoạt động số 3").
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import ranges, validation
from gender_equality_desk.core.plans.model import PlanInput, PlannedActivityInput
from gender_equality_desk.core.records.checks import CheckResult
from gender_equality_desk.core.store.models import ActivityKind, Campaign, PropagandaKind, ResponsibleUnit

TITLE_MAX = 500


def check_plan(session: Session, data: PlanInput) -> CheckResult:
    result = CheckResult()
    result.error("title", validation.required("tên (trích yếu) kế hoạch", data.title))
    result.error("title", validation.max_length("Tên kế hoạch", data.title.strip(), TITLE_MAX))
    result.error("issuing_body", validation.required("tên cơ quan ban hành", data.issuing_body))
    result.error("issuing_body", validation.max_length("Tên cơ quan ban hành", data.issuing_body, 200))
    result.error("place_name", validation.required("địa danh ghi ngày tháng", data.place_name))
    result.error("symbol", validation.required("ký hiệu văn bản (ví dụ KH-UBND)", data.symbol))
    result.error("symbol", validation.max_length("Ký hiệu văn bản", data.symbol.strip(), 40))
    result.error("number", validation.max_length("Số văn bản", data.number.strip(), 20))
    result.error("year", ranges.year_in_range("Năm kế hoạch", data.year))
    if data.issue_month is not None and not 1 <= data.issue_month <= 12:
        month = ranges.shown_number(data.issue_month)
        result.error("issue_month", f"Tháng ban hành {month} không hợp lệ. Vui lòng chọn tháng 1–12.")
    for name, label in (("issued_on", "Ngày ban hành"), ("period_start", "Ngày bắt đầu"),
                        ("period_end", "Ngày kết thúc")):  # fmt: skip
        result.error(name, ranges.day_in_range(label, getattr(data, name)))
    issued = data.issued_on
    if "year" not in result.errors and issued is not None and issued.year not in (data.year - 1, data.year):
        result.error(
            "issued_on",
            f"Ngày ban hành {data.issued_on:%d/%m/%Y} không thuộc năm kế hoạch {data.year} (hoặc năm trước). "
            "Vui lòng kiểm tra lại ngày ban hành hoặc năm kế hoạch.",
        )
    result.error("period_end", validation.date_order(data.period_start, data.period_end))
    if data.campaign_id is not None and session.get(Campaign, data.campaign_id) is None:
        result.error("campaign_id", "Chiến dịch đã chọn không tồn tại. Vui lòng chọn lại.")
    kinds = [section.kind for section in data.sections]
    for index, section in enumerate(data.sections):
        if kinds.count(section.kind) > 1 and section.kind.value != "other":
            result.error(
                f"sections.{index}",
                f"Mục “{section.kind.label.capitalize()}” có hai lần trong kế hoạch. "
                "Vui lòng bỏ bớt một mục.",
            )
        result.error(f"sections.{index}", validation.max_length("Tên mục", section.heading.strip(), 300))
    for index, activity in enumerate(data.activities):
        _check_activity(session, index, activity, result)
    for index, assignment in enumerate(data.assignments):
        if not assignment.unit_name.strip():
            result.error(
                f"assignments.{index}",
                f"Phân công số {index + 1} chưa có tên đơn vị. Vui lòng nhập đơn vị được giao nhiệm vụ.",
            )
        if (
            assignment.responsible_unit_id is not None
            and session.get(ResponsibleUnit, assignment.responsible_unit_id) is None
        ):
            result.error(
                f"assignments.{index}", "Đơn vị đã chọn không còn trong danh mục. Vui lòng chọn lại."
            )
    return result


def _check_activity(
    session: Session, index: int, activity: PlannedActivityInput, result: CheckResult
) -> None:
    name = f"activities.{index}"
    number = index + 1
    if not activity.title.strip() and not activity.body:
        result.error(
            f"{name}.title",
            f"Hoạt động số {number} chưa có nội dung. Vui lòng nhập tên hoặc nội dung hoạt động, "
            "hoặc xóa dòng này.",
        )
    result.error(f"{name}.title", validation.max_length(f"Tên hoạt động số {number}", activity.title, 300))
    for field, label in (("start_date", "ngày bắt đầu"), ("end_date", "ngày kết thúc")):
        outside = ranges.day_in_range(f"Hoạt động số {number}: {label}", getattr(activity, field))
        result.error(f"{name}.{field}", outside)
    order = validation.date_order(activity.start_date, activity.end_date)
    if order:
        result.error(f"{name}.end_date", f"Hoạt động số {number}: {order}")
    budget = ranges.whole_number(f"Kinh phí của hoạt động số {number}", activity.budget_vnd, ranges.MONEY)
    result.error(f"{name}.budget_vnd", budget)
    if activity.kind_id is not None and activity.propaganda_kind_id is not None:
        result.error(
            f"{name}.kind_id",
            f"Hoạt động số {number} chỉ được có một loại: một loại hoạt động hoặc một hình thức tuyên "
            "truyền, không chọn cả hai. Vui lòng bỏ chọn một trong hai.",
        )
    if activity.kind_id is not None and session.get(ActivityKind, activity.kind_id) is None:
        result.error(
            f"{name}.kind_id",
            f"Loại hoạt động của hoạt động số {number} không còn trong danh mục. Vui lòng chọn lại.",
        )
    if (
        activity.propaganda_kind_id is not None
        and session.get(PropagandaKind, activity.propaganda_kind_id) is None
    ):
        result.error(
            f"{name}.propaganda_kind_id",
            f"Hình thức tuyên truyền của hoạt động số {number} không còn trong danh mục. Vui lòng chọn lại.",
        )
    if (
        activity.responsible_unit_id is not None
        and session.get(ResponsibleUnit, activity.responsible_unit_id) is None
    ):
        result.error(
            f"{name}.responsible_unit_id",
            f"Đơn vị thực hiện hoạt động số {number} không còn trong danh mục. Vui lòng chọn lại.",
        )
    result.error(
        f"{name}.place", validation.max_length(f"Địa điểm hoạt động số {number}", activity.place, 300)
    )
