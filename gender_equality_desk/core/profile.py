"""The commune profile (letterhead, signer, receiving authority) and the village list."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.domain.vocabulary import VillageKind
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.store.models import CommuneProfile, Village

DEFAULT_SIGNING_AUTHORITY = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
DEFAULT_SIGNER_TITLE = "PHÓ CHỦ TỊCH"
DEFAULT_RECEIVING_AUTHORITY = "Sở Nội vụ"
# Centrally-run cities (after the 2025 merger) are "thành phố", every other province is "tỉnh".
_CITIES = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}


@dataclass(frozen=True)
class ProfileInput:
    commune_name: str
    province_name: str
    place_name: str
    issuing_body: str
    receiving_authority: str
    signer_name: str
    signer_title: str = DEFAULT_SIGNER_TITLE
    signing_authority: str = DEFAULT_SIGNING_AUTHORITY
    parent_body: str = ""
    officer_name: str = ""
    officer_phone: str = ""
    # The commune's official administrative-unit code ("04378"): how the province's roster and the reports
    # sent up identify it. Optional until the commune sends a report to the province.
    unit_code: str = ""


FIELD_LABELS: dict[str, str] = {
    "commune_name": "tên xã/phường",
    "province_name": "tên tỉnh/thành phố",
    "place_name": "địa danh ghi ngày tháng",
    "issuing_body": "tên cơ quan ban hành",
    "receiving_authority": "cơ quan nhận báo cáo",
    "signer_name": "họ tên người ký",
    "signer_title": "chức vụ người ký",
    "signing_authority": "thẩm quyền ký",
    "parent_body": "cơ quan chủ quản",
    "officer_name": "họ tên cán bộ phụ trách",
    "officer_phone": "số điện thoại cán bộ",
    "unit_code": "mã đơn vị hành chính",
}
REQUIRED_FIELDS = (
    "commune_name",
    "province_name",
    "place_name",
    "issuing_body",
    "receiving_authority",
    "signer_name",
    "signer_title",
    "signing_authority",
)


def suggest_issuing_body(commune_name: str) -> str:
    """'Xã Cao Lâu' or 'Cao Lâu' → 'ỦY BAN NHÂN DÂN XÃ CAO LÂU' (letterhead since the 2025 reform)."""
    name = " ".join(commune_name.split())
    lowered = name.lower()
    if lowered.startswith(("xã ", "phường ", "thị trấn ", "đặc khu ")):
        return f"ỦY BAN NHÂN DÂN {name.upper()}"
    return f"ỦY BAN NHÂN DÂN XÃ {name.upper()}" if name else ""


def suggest_place_name(commune_name: str) -> str:
    """'Xã Cao Lâu' → 'Cao Lâu' for the date line."""
    name = " ".join(commune_name.split())
    for prefix in ("xã ", "phường ", "thị trấn ", "đặc khu "):
        if name.lower().startswith(prefix):
            return name[len(prefix) :]
    return name


def suggest_receiving_authority(province_name: str) -> str:
    """'Quảng Nam' → 'Sở Nội vụ tỉnh Quảng Nam'; 'Thành phố Đà Nẵng' → 'Sở Nội vụ thành phố Đà Nẵng'."""
    name = " ".join(province_name.split())
    lowered = name.lower()
    for prefix, kind in (("tỉnh ", "tỉnh"), ("thành phố ", "thành phố"), ("tp. ", "thành phố")):
        if lowered.startswith(prefix):
            name, lowered = name[len(prefix) :], lowered[len(prefix) :]
            return f"{DEFAULT_RECEIVING_AUTHORITY} {kind} {name}" if name else ""
    if not name:
        return ""
    kind = "thành phố" if lowered in _CITIES else "tỉnh"
    return f"{DEFAULT_RECEIVING_AUTHORITY} {kind} {name}"


def validate_profile(profile: ProfileInput) -> dict[str, str]:
    """Field name → Vietnamese message, for every problem found (empty when valid)."""
    problems: dict[str, str] = {}
    for name in REQUIRED_FIELDS:
        message = validation.required(FIELD_LABELS[name], getattr(profile, name))
        if message:
            problems[name] = message
    for model_field in fields(ProfileInput):
        if model_field.name in problems:
            continue
        limit = getattr(CommuneProfile, model_field.name).type.length
        message = validation.max_length(
            FIELD_LABELS[model_field.name].capitalize(), getattr(profile, model_field.name), limit
        )
        if message:
            problems[model_field.name] = message
    if "unit_code" not in problems:
        message = unit_code_problem(profile.unit_code)
        if message:
            problems["unit_code"] = message
    return problems


def unit_code_problem(code: str) -> str | None:
    """A Vietnamese message when `code` is not an administrative-unit code (blank is allowed)."""
    if code.strip() and not (code.strip().isascii() and code.strip().isdigit()):
        return (
            f"Mã đơn vị hành chính “{code.strip()}” chỉ được gồm chữ số, ví dụ 04378. Vui lòng sửa lại, "
            "hoặc để trống nếu chưa biết (hỏi Sở Nội vụ)."
        )
    return None


def load_profile(session: Session) -> ProfileInput | None:
    row = session.scalars(
        select(CommuneProfile)
        .where(CommuneProfile.is_deleted.is_(False))
        .order_by(CommuneProfile.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return ProfileInput(**{f.name: getattr(row, f.name) for f in fields(ProfileInput)})


def save_profile(session: Session, profile: ProfileInput) -> None:
    """Create or update the single commune profile. Raises UserFacingError listing every problem."""
    cleaned = ProfileInput(**{k: v.strip() for k, v in asdict(profile).items()})
    problems = validate_profile(cleaned)
    if problems:
        raise UserFacingError("\n".join(problems.values()))
    row = session.scalars(
        select(CommuneProfile)
        .where(CommuneProfile.is_deleted.is_(False))
        .order_by(CommuneProfile.id)
        .limit(1)
    ).first()
    if row is None:
        session.add(CommuneProfile(**asdict(cleaned)))
    else:
        for key, value in asdict(cleaned).items():
            setattr(row, key, value)
    session.flush()


def set_unit_code(session: Session, code: str) -> ProfileInput:
    """Fill in only the administrative-unit code of a commune already set up; the profile as saved."""
    profile = load_profile(session)
    if profile is None:
        raise UserFacingError(
            "Máy này chưa khai báo thông tin xã nên chưa ghi được mã đơn vị hành chính. Hãy khai báo thông "
            "tin xã trước (bước khai báo ban đầu, hoặc lệnh setup với --commune, --province, --signer)."
        )
    blank = "Mã đơn vị hành chính đang để trống. Vui lòng nhập mã của xã, ví dụ 04378."
    problem = unit_code_problem(code) or (None if code.strip() else blank)
    if problem:
        raise UserFacingError(problem)
    save_profile(session, replace(profile, unit_code=code))
    saved = load_profile(session)
    assert saved is not None
    return saved


def parse_village_names(text: str) -> list[str]:
    """One village per line (or separated by commas/semicolons); blanks and repeats dropped."""
    names: list[str] = []
    for chunk in text.replace(";", "\n").replace(",", "\n").splitlines():
        name = " ".join(chunk.split())
        if name and name.casefold() not in {existing.casefold() for existing in names}:
            names.append(name)
    return names


def village_kind_from_name(name: str) -> VillageKind:
    lowered = name.lower()
    if lowered.startswith("bản "):
        return VillageKind.BAN
    if lowered.startswith("tổ dân phố") or lowered.startswith("tdp "):
        return VillageKind.TO_DAN_PHO
    if lowered.startswith("khối "):
        return VillageKind.KHOI
    return VillageKind.THON


def add_villages(session: Session, names: list[str]) -> int:
    """Add the villages not yet known (case-insensitive). Returns how many were added."""
    for name in names:
        message = validation.max_length("Tên thôn/bản", name, 120)
        if message:
            raise UserFacingError(message)
    known = {name.casefold() for name in session.scalars(select(Village.name))}
    order = session.scalar(select(func.coalesce(func.max(Village.sort_order), 0))) or 0
    added = 0
    for name in names:
        if name.casefold() in known:
            continue
        order += 1
        session.add(Village(name=name, kind=village_kind_from_name(name), sort_order=order))
        known.add(name.casefold())
        added += 1
    session.flush()
    return added


def village_names(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Village.name)
            .where(Village.is_deleted.is_(False))
            .order_by(Village.sort_order, Village.name)
        )
    )
