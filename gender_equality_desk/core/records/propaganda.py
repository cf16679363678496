"""Propaganda-event services: check, create, update, load and duplicate one communication event."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core import campaigns
from gender_equality_desk.core.domain import ranges, validation
from gender_equality_desk.core.records.attachments import copy_event_attachments_for_duplicate
from gender_equality_desk.core.records.checks import CheckResult, InvalidRecordError
from gender_equality_desk.core.records.search import propaganda_search_text
from gender_equality_desk.core.store.models import Campaign, PropagandaEvent, PropagandaKind, Slogan, Village

TITLE_MAX = 300
PLACE_MAX = 200


@dataclass(frozen=True)
class PropagandaInput:
    kind_id: int | None
    title: str
    start_date: date | None
    end_date: date | None
    places: tuple[str, ...] = ()  # several places: villages, schools, roads… one entry each
    campaign_id: int | None = None  # None: the Action Month or annual plan of the start date
    village_id: int | None = None
    quantity: int = 0
    minutes: int | None = None
    estimated_reach: int | None = None
    notes: str = ""
    slogan_ids: tuple[int, ...] = ()


SCALAR_FIELDS = (
    "kind_id", "title", "start_date", "end_date", "campaign_id", "village_id",
    "quantity", "minutes", "estimated_reach", "notes",
)  # fmt: skip


def join_places(places: tuple[str, ...]) -> str:
    return "\n".join(places)


def split_places(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def check_propaganda(
    session: Session,
    data: PropagandaInput,
    *,
    existing_kind_id: int | None = None,
    today: date | None = None,
) -> CheckResult:
    """Every problem of `data`, each next to its field; `today` (default: now) bounds the dates."""
    result = CheckResult()
    result.error("title", validation.required("nội dung tuyên truyền", data.title))
    result.error("title", validation.max_length("Nội dung tuyên truyền", data.title.strip(), TITLE_MAX))
    kind = session.get(PropagandaKind, data.kind_id) if data.kind_id is not None else None
    if data.kind_id is None:
        result.error("kind_id", "Chưa chọn hình thức tuyên truyền. Vui lòng chọn hình thức.")
    elif kind is None:
        result.error("kind_id", "Hình thức tuyên truyền đã chọn không còn trong danh mục. Vui lòng chọn lại.")
    elif not kind.is_active and data.kind_id != existing_kind_id:
        result.error(
            "kind_id",
            f"Hình thức “{kind.label}” đã ngừng dùng. Vui lòng chọn hình thức khác "
            "hoặc bật lại trong Cài đặt › Danh mục.",
        )
    if data.start_date is None:
        result.error("start_date", "Chưa nhập ngày bắt đầu. Vui lòng chọn ngày bắt đầu.")
    if data.end_date is None:
        result.error("end_date", "Chưa nhập ngày kết thúc. Vui lòng chọn ngày kết thúc.")
    result.error("start_date", ranges.day_in_range("Ngày bắt đầu", data.start_date, today=today))
    if "start_date" not in result.errors or ranges.other_day(data.start_date, data.end_date):
        result.error("end_date", ranges.day_in_range("Ngày kết thúc", data.end_date, today=today))
    result.error("end_date", validation.date_order(data.start_date, data.end_date))
    for place in data.places:
        result.error("places", validation.max_length(f"Địa điểm “{place[:30]}…”", place, PLACE_MAX))
    result.error("quantity", ranges.whole_number("Số lượng", data.quantity, ranges.COUNT))
    if data.quantity == 0 and "quantity" not in result.errors:
        unit = kind.unit.label if kind is not None else "đơn vị"
        result.error("quantity", f"Số lượng đang là 0. Vui lòng nhập số {unit} đã thực hiện (từ 1 trở lên).")
    result.error("minutes", ranges.whole_number("Số phút", data.minutes, ranges.COUNT))
    reach = data.estimated_reach
    result.error("estimated_reach", ranges.whole_number("Số người được tiếp cận", reach, ranges.PEOPLE))
    if data.village_id is not None and session.get(Village, data.village_id) is None:
        result.error("village_id", "Thôn/bản đã chọn không còn trong danh mục. Vui lòng chọn lại.")
    if data.slogan_ids:
        found = set(session.scalars(select(Slogan.id).where(Slogan.id.in_(data.slogan_ids))))
        if found != set(data.slogan_ids):
            result.error("slogan_ids", "Một khẩu hiệu đã chọn không còn trong thư viện. Vui lòng chọn lại.")
    campaign = session.get(Campaign, data.campaign_id) if data.campaign_id is not None else None
    if data.campaign_id is not None and campaign is None:
        result.error("campaign_id", "Chiến dịch đã chọn không tồn tại. Vui lòng chọn lại.")
    if campaign is not None and data.start_date is not None:
        result.warn(
            "start_date",
            validation.within_period(data.start_date, campaign.start_date, campaign.end_date, campaign.name),
        )
    if kind is not None and kind.counts_minutes and data.minutes is None and result.ok:
        result.warn("minutes", f"Chưa nhập tổng số phút cho “{kind.label}”; báo cáo sẽ thiếu số phút phát.")
    return result


def _cleaned(data: PropagandaInput) -> PropagandaInput:
    places = tuple(dict.fromkeys(" ".join(place.split()) for place in data.places if place.strip()))
    return replace(data, title=" ".join(data.title.split()), notes=data.notes.strip(), places=places,
                   slogan_ids=tuple(dict.fromkeys(data.slogan_ids)))  # fmt: skip


def _apply(session: Session, row: PropagandaEvent, data: PropagandaInput) -> None:
    assert data.start_date is not None  # guaranteed by check_propaganda
    # Resolve everything that queries before touching `row`, so autoflush never sees it half-filled.
    campaign_id = data.campaign_id
    if campaign_id is None:
        campaign_id = campaigns.default_campaign_for(session, data.start_date).id
    slogans = list(session.scalars(select(Slogan).where(Slogan.id.in_(data.slogan_ids))))
    for name in SCALAR_FIELDS:
        setattr(row, name, getattr(data, name))
    row.campaign_id = campaign_id
    row.places = join_places(data.places)
    row.slogans = slogans
    row.search_text = propaganda_search_text(data.title, row.places, data.notes)


def create_propaganda(session: Session, data: PropagandaInput, *, today: date | None = None) -> int:
    data = _cleaned(data)
    result = check_propaganda(session, data, today=today)
    if not result.ok:
        raise InvalidRecordError(result)
    row = PropagandaEvent()
    _apply(session, row, data)
    session.add(row)
    session.flush()
    return row.id


def update_propaganda(
    session: Session, event_id: int, data: PropagandaInput, *, today: date | None = None
) -> None:
    row = _live(session, event_id)
    data = _cleaned(data)
    result = check_propaganda(session, data, existing_kind_id=row.kind_id, today=today)
    if not result.ok:
        raise InvalidRecordError(result)
    _apply(session, row, data)
    session.flush()


def load_propaganda(session: Session, event_id: int) -> PropagandaInput:
    row = session.get(PropagandaEvent, event_id)
    if row is None:
        raise InvalidRecordError(CheckResult(errors={"id": "Không tìm thấy sự kiện tuyên truyền này."}))
    return PropagandaInput(
        **{name: getattr(row, name) for name in SCALAR_FIELDS},
        places=split_places(row.places),
        slogan_ids=tuple(sorted(slogan.id for slogan in row.slogans)),
    )


def duplicate_propaganda(session: Session, event_id: int) -> int:
    """A copy for a repeated broadcast or a second batch of banners, sharing its evidence files."""
    source = _live(session, event_id)
    copy = PropagandaEvent()
    for name in (*SCALAR_FIELDS, "places", "search_text"):
        setattr(copy, name, getattr(source, name))
    copy.slogans = list(source.slogans)
    session.add(copy)
    session.flush()
    copy_event_attachments_for_duplicate(session, event_id, copy.id)
    return copy.id


def _live(session: Session, event_id: int) -> PropagandaEvent:
    row = session.get(PropagandaEvent, event_id)
    if row is None or row.is_deleted:
        raise InvalidRecordError(
            CheckResult(errors={"id": "Sự kiện này đã bị xóa hoặc chuyển vào Thùng rác; không thể sửa."})
        )
    return row
