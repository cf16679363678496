"""Registry of trusted addresses / community shelters (Law 13/2022/QH15 Art. 36) with capacity in use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.vocabulary import MeasureKind
from gender_equality_desk.core.domain import ranges, validation
from gender_equality_desk.core.domain.clock import today_local
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.checks import CheckResult, InvalidRecordError
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.case_models import CaseMeasure, TrustedAddress

NAME_MAX, KIND_MAX, CONTACT_MAX = 200, 100, 200
CAPACITY_MAX = 200


@dataclass(frozen=True)
class TrustedAddressInput:
    name: str
    capacity: int = 1
    kind: str = ""  # "Hộ gia đình", "Nhà văn hóa thôn", "Trụ sở Hội Phụ nữ"…
    village_id: int | None = None
    contact: str = ""
    registered_on: date | None = None
    is_active: bool = True


@dataclass(frozen=True)
class TrustedAddressRow:
    id: int
    name: str
    kind: str
    village: str
    village_id: int | None
    contact: str
    capacity: int
    in_use: int  # ongoing shelter stays on the given day
    registered_on: date | None
    is_active: bool

    @property
    def free_places(self) -> int:
        return max(0, self.capacity - self.in_use)

    def as_input(self) -> TrustedAddressInput:
        """The row as the form edits it."""
        return TrustedAddressInput(
            self.name,
            self.capacity,
            self.kind,
            self.village_id,
            self.contact,
            self.registered_on,
            self.is_active,
        )


def list_trusted_addresses(
    auth: AuthSession, *, on: date, active_only: bool = False
) -> list[TrustedAddressRow]:
    auth.require_role(Role.ADMIN, Role.CASE_OFFICER)
    in_use = (
        select(CaseMeasure.trusted_address_id, func.count().label("n"))
        .where(
            CaseMeasure.kind == MeasureKind.SHELTER.value,
            CaseMeasure.is_deleted.is_(False),
            CaseMeasure.start_date <= on,
            or_(CaseMeasure.end_date.is_(None), CaseMeasure.end_date >= on),
        )
        .group_by(CaseMeasure.trusted_address_id)
        .subquery()
    )
    query = (
        select(TrustedAddress, func.coalesce(in_use.c.n, 0))
        .outerjoin(in_use, in_use.c.trusted_address_id == TrustedAddress.id)
        .where(TrustedAddress.is_deleted.is_(False))
        .order_by(TrustedAddress.name)
    )
    if active_only:
        query = query.where(TrustedAddress.is_active.is_(True))
    with auth.store.reading() as db:
        return [
            TrustedAddressRow(
                row.id,
                row.name,
                row.kind,
                row.village.name if row.village else "",
                row.village_id,
                row.contact,
                row.capacity,
                int(used),
                row.registered_on,
                row.is_active,
            )
            for row, used in db.execute(query)
        ]


def _in_use(db: Session, address_id: int, on: date) -> int:
    query = select(func.count()).where(
        CaseMeasure.trusted_address_id == address_id,
        CaseMeasure.kind == MeasureKind.SHELTER.value,
        CaseMeasure.is_deleted.is_(False),
        CaseMeasure.start_date <= on,
        or_(CaseMeasure.end_date.is_(None), CaseMeasure.end_date >= on),
    )
    return db.scalar(query) or 0


def _refusal(name: str, message: str) -> InvalidRecordError:
    result = CheckResult()
    result.error(name, message)
    return InvalidRecordError(result)


def check_trusted_address(data: TrustedAddressInput, *, today: date) -> CheckResult:
    result = CheckResult()
    result.error("name", validation.required("tên địa chỉ tin cậy", data.name))
    result.error("name", validation.max_length("Tên địa chỉ tin cậy", data.name.strip(), NAME_MAX))
    result.error("kind", validation.max_length("Loại địa chỉ", data.kind.strip(), KIND_MAX))
    result.error("contact", validation.max_length("Người liên hệ", data.contact.strip(), CONTACT_MAX))
    if data.capacity < 1:
        result.error("capacity", "Sức chứa phải từ 1 người trở lên.")
    elif data.capacity > CAPACITY_MAX:
        shown = ranges.shown_number(data.capacity)
        result.error("capacity", f"Sức chứa {shown} người có vẻ quá lớn (tối đa {CAPACITY_MAX}).")
    result.error("registered_on", ranges.day_in_range("Ngày công nhận", data.registered_on, today=today))
    if data.registered_on is not None and data.registered_on > today:
        result.error("registered_on", "Ngày công nhận ở tương lai. Hãy kiểm tra lại ngày.")
    return result


def save_trusted_address(
    auth: AuthSession,
    data: TrustedAddressInput,
    address_id: int | None = None,
    *,
    today: date | None = None,
) -> int:
    """Add (address_id None) or change one address; every problem is reported under its field."""
    auth.require_role(Role.ADMIN, Role.CASE_OFFICER)
    today = today or today_local()
    result = check_trusted_address(data, today=today)
    if not result.ok:
        raise InvalidRecordError(result)
    with auth.store.transaction() as db:
        same = db.scalar(select(TrustedAddress.id).where(TrustedAddress.name == data.name.strip()))
        if same is not None and same != address_id:
            raise _refusal(
                "name", f"Đã có địa chỉ tin cậy “{data.name.strip()}”. Hãy đặt tên khác hoặc sửa địa chỉ đó."
            )
        if address_id is None:
            row = TrustedAddress()
            db.add(row)
        else:
            found = db.get(TrustedAddress, address_id)
            if found is None or found.is_deleted:
                raise UserFacingError("Không tìm thấy địa chỉ tin cậy này (có thể đã bị xóa).")
            row = found
            used = _in_use(db, address_id, today)
            if data.capacity < used:
                raise _refusal(
                    "capacity", f"Đang có {used} người tạm lánh tại đây; sức chứa không thể ít hơn {used}."
                )
        row.name, row.kind, row.village_id = data.name.strip(), data.kind.strip(), data.village_id
        row.contact, row.capacity = data.contact.strip(), data.capacity
        row.registered_on, row.is_active = data.registered_on, data.is_active
        db.flush()
        record(db, Actor.of(auth), AuditAction.SETTINGS_CHANGED, detail=f"địa chỉ tin cậy #{row.id}")
        return row.id


def set_trusted_address_active(auth: AuthSession, address_id: int, active: bool) -> None:
    """Stop offering an address for new shelter stays (or offer it again); ongoing stays are kept."""
    auth.require_role(Role.ADMIN, Role.CASE_OFFICER)
    with auth.store.transaction() as db:
        row = db.get(TrustedAddress, address_id)
        if row is None or row.is_deleted:
            raise UserFacingError("Không tìm thấy địa chỉ tin cậy này (có thể đã bị xóa).")
        row.is_active = active
        what = "dùng lại" if active else "ngừng sử dụng"
        record(db, Actor.of(auth), AuditAction.SETTINGS_CHANGED, detail=f"{what} địa chỉ tin cậy #{row.id}")
