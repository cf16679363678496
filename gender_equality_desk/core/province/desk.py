"""Which desk a data folder is, and setting up a province desk (the Sở receiving the communes' reports).

A province desk keeps its identity in the same profile row as a commune (`commune_profile`), so the
letterhead code of the reports works unchanged: `commune_name` is the Sở itself ("Sở Nội vụ tỉnh Lạng
Sơn"), `issuing_body` "SỞ NỘI VỤ", `parent_body` "UBND TỈNH LẠNG SƠN", and `desk_role` is "province".
The first-run wizard and `gender-equality-desk setup --province-desk` both call `set_up_province_desk`.

A desk that already holds data keeps its role: a commune's activities make no sense on a province desk,
nor a roster of communes on a commune's. An empty one may switch (`switch_desk_role`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import (
    FIELD_LABELS,
    ProfileInput,
    load_profile,
    suggest_receiving_authority,
    validate_profile,
)
from gender_equality_desk.core.province.desk_roles import (
    DESK_COMMUNE,
    DESK_PROVINCE,
    DESK_ROLES,
    known_role,
)
from gender_equality_desk.core.setup import ProfileExistsError
from gender_equality_desk.core.store.base import RecordMixin
from gender_equality_desk.core.store.case_models import SupportCase
from gender_equality_desk.core.store.models import Activity, CommuneProfile, PropagandaEvent
from gender_equality_desk.core.store.plan_models import Plan
from gender_equality_desk.core.store.province_models import (
    ProvinceCommune,
    ProvinceLink,
    ReceivedSubmission,
    ReportingRound,
)

__all__ = [
    "DESK_COMMUNE",
    "DESK_PROVINCE",
    "DESK_ROLES",
    "ProvinceDeskExistsError",
    "desk_data",
    "desk_role",
    "province_desk_profile",
    "require_desk",
    "set_up_province_desk",
    "switch_desk_role",
]

PROVINCE_SIGNER_TITLE = "PHÓ GIÁM ĐỐC"
PROVINCE_SIGNING_AUTHORITY = "KT. GIÁM ĐỐC"
MINISTRY_OF_HOME_AFFAIRS = "Bộ Nội vụ"
MINISTRY_OF_CULTURE = "Bộ Văn hóa, Thể thao và Du lịch"
DESK_NAMES = {DESK_COMMUNE: "bàn làm việc của xã/phường", DESK_PROVINCE: "bàn tiếp nhận của tỉnh (Sở)"}
# What makes a desk "hold data", with how each is named in a refusal. Villages and the profile do not
# count: they are what setting up writes.
_DATA: tuple[tuple[type[RecordMixin], str], ...] = (
    (Activity, "hoạt động"),
    (PropagandaEvent, "sự kiện tuyên truyền"),
    (SupportCase, "hồ sơ hỗ trợ"),
    (Plan, "kế hoạch"),
    (ProvinceLink, "tệp khóa của tỉnh đã nhập"),
    (ProvinceCommune, "xã trong danh bạ"),
    (ReportingRound, "kỳ báo cáo"),
    (ReceivedSubmission, "báo cáo đã nhận của xã"),
)
_PROVINCE_PREFIXES = ("tỉnh ", "thành phố ", "tp. ")


class ProvinceDeskExistsError(ProfileExistsError):
    """This data folder is already set up (as either desk); `existing` is what was saved."""

    def __init__(self, existing: ProfileInput, role: str) -> None:
        UserFacingError.__init__(
            self,
            f"Máy này đã khai báo {existing.commune_name}, {existing.province_name} "
            f"({DESK_NAMES[role]}): thông tin không bị ghi đè. Hãy sửa thông tin đơn vị ở trang Cài đặt.",
        )
        self.existing = existing
        self.role = role


@dataclass(frozen=True)
class ProvinceSetupResult:
    profile: ProfileInput  # as saved
    replaced: ProfileInput | None  # the profile saved before, when the caller asked to replace it


def _profile_row(session: Session) -> CommuneProfile | None:
    return session.scalars(
        select(CommuneProfile)
        .where(CommuneProfile.is_deleted.is_(False))
        .order_by(CommuneProfile.id)
        .limit(1)
    ).first()


def desk_role(session: Session) -> str:
    """ "commune" or "province"; a folder not set up yet counts as a commune desk (the default)."""
    row = _profile_row(session)
    return known_role(row.desk_role if row is not None else None)


def require_desk(session: Session, role: str, doing: str) -> None:
    """UserFacingError unless this folder is the `role` desk; `doing` names the refused action."""
    actual = desk_role(session)
    if actual == role:
        return
    if role == DESK_PROVINCE:
        raise UserFacingError(
            f"Thư mục dữ liệu này là {DESK_NAMES[actual]}: không {doing} được. Việc này chỉ làm trên bàn "
            "tiếp nhận của tỉnh (khai báo bằng “setup --province-desk”)."
        )
    raise UserFacingError(
        f"Thư mục dữ liệu này là {DESK_NAMES[actual]}: không {doing} được. Việc này làm trên máy của xã."
    )


def _province_place(province: str) -> tuple[str, str]:
    """'Tỉnh Lạng Sơn' → ('tỉnh', 'Lạng Sơn'); 'Đà Nẵng' → ('thành phố', 'Đà Nẵng')."""
    authority = suggest_receiving_authority(province)  # "Sở Nội vụ tỉnh Lạng Sơn"
    rest = authority.split(" ", 3)[-1] if authority else ""  # "tỉnh Lạng Sơn"
    for prefix in _PROVINCE_PREFIXES:
        if rest.lower().startswith(prefix):
            return prefix.strip().rstrip("."), rest[len(prefix) :]
    return "tỉnh", " ".join(province.split())


def issuing_body_of(authority: str) -> str:
    """ "Sở Nội vụ tỉnh Lạng Sơn" → "SỞ NỘI VỤ": the Sở's own name, upper case, without its province."""
    name = " ".join(authority.split())
    lowered = name.lower()
    for marker in (" tỉnh ", " thành phố ", " tp. "):
        at = lowered.find(marker)
        if at > 0:
            name = name[:at]
            break
    return name.upper()


def ministry_of(authority: str) -> str:
    """Where the Sở sends its consolidated report: the ministry over it."""
    return MINISTRY_OF_CULTURE if fold(authority).startswith("so van hoa") else MINISTRY_OF_HOME_AFFAIRS


def province_desk_profile(
    province: str,
    *,
    authority: str | None = None,
    signer: str = "",
    officer: str = "",
    phone: str = "",
) -> ProfileInput:
    """The profile of a province desk suggested from the province's name: the Sở ("Sở Nội vụ tỉnh …"
    unless `authority` names another), its letterhead, the province on the date line."""
    province = " ".join(province.split())
    kind, name = _province_place(province)
    body = " ".join((authority or "").split()) or suggest_receiving_authority(province)
    return ProfileInput(
        commune_name=body,
        province_name=name or province,
        place_name=name,
        issuing_body=issuing_body_of(body),
        receiving_authority=ministry_of(body),
        signer_name=" ".join(signer.split()),
        signer_title=PROVINCE_SIGNER_TITLE,
        signing_authority=PROVINCE_SIGNING_AUTHORITY,
        parent_body=f"UBND {kind.upper()} {name.upper()}" if name else "",
        officer_name=" ".join(officer.split()),
        officer_phone=" ".join(phone.split()),
    )


def province_profile_problems(profile: ProfileInput) -> dict[str, str]:
    """validate_profile, except that the signer may be named later (at Cài đặt, before the first report)."""
    problems = validate_profile(profile)
    if not profile.signer_name.strip():
        problems.pop("signer_name", None)
    return problems


def _check(profile: ProfileInput) -> ProfileInput:
    cleaned = ProfileInput(**{key: value.strip() for key, value in asdict(profile).items()})
    if not cleaned.province_name:
        raise UserFacingError(f"Chưa nhập {FIELD_LABELS['province_name']}. Ví dụ: Lạng Sơn.")
    problems = province_profile_problems(cleaned)
    if problems:
        raise UserFacingError("\n".join(problems.values()))
    return cleaned


def _write(session: Session, profile: ProfileInput, role: str) -> None:
    row = _profile_row(session)
    values = {**asdict(profile), "desk_role": role}
    if row is None:
        session.add(CommuneProfile(**values))
    else:
        for key, value in values.items():
            setattr(row, key, value)
    session.flush()


def set_up_province_desk(
    session: Session, profile: ProfileInput, *, replace_profile: bool = False
) -> ProvinceSetupResult:
    """Make this data folder a province desk with `profile` (see province_desk_profile), in the caller's
    transaction. Nothing commune-only is added (no villages).

    Refuses (UserFacingError, nothing written): a profile with an empty or too long field (the signer may
    be blank); a folder already set up (ProvinceDeskExistsError) unless `replace_profile`; and, even
    then, a commune desk that already holds a commune's data."""
    cleaned = _check(profile)
    existing = load_profile(session)
    if existing is not None:
        role = desk_role(session)
        if not replace_profile:
            raise ProvinceDeskExistsError(existing, role)
        if role != DESK_PROVINCE:
            _refuse_if_holding_data(session, role, DESK_PROVINCE)
    _write(session, cleaned, DESK_PROVINCE)
    saved = load_profile(session)
    assert saved is not None
    return ProvinceSetupResult(saved, existing)


def desk_data(session: Session) -> list[str]:
    """What this folder holds beyond its set-up, e.g. ["12 hoạt động", "3 kỳ báo cáo"] (empty: nothing)."""
    held: list[str] = []
    for model, noun in _DATA:
        count = session.scalar(select(func.count()).select_from(model).where(model.is_deleted.is_(False)))
        if count:
            held.append(f"{count} {noun}")
    return held


def _refuse_if_holding_data(session: Session, role: str, wanted: str) -> None:
    held = desk_data(session)
    if held:
        raise UserFacingError(
            f"Thư mục dữ liệu này là {DESK_NAMES[role]} và đã có dữ liệu ({', '.join(held)}): không chuyển "
            f"thành {DESK_NAMES[wanted]} được, vì dữ liệu của hai bàn không dùng chung. Hãy dùng một thư "
            "mục dữ liệu khác cho bàn kia (mở ứng dụng với --data-dir THƯ_MỤC_MỚI)."
        )


def switch_desk_role(session: Session, wanted: str) -> ProfileInput:
    """Make this set-up folder the `wanted` desk, if it holds no data yet (UserFacingError otherwise).

    Becoming a province desk, the letterhead is suggested anew from the province (a commune's UBND
    letterhead and signer are wrong for a Sở; the signer is left for the officer to name). Becoming a
    commune desk, the profile is kept for the officer to correct at Cài đặt. Returns the profile saved."""
    if wanted not in DESK_ROLES:
        raise ValueError(wanted)
    existing = load_profile(session)
    if existing is None:
        raise UserFacingError("Máy này chưa khai báo đơn vị. Hãy hoàn tất bước khai báo ban đầu trước.")
    role = desk_role(session)
    if role == wanted:
        return existing
    _refuse_if_holding_data(session, role, wanted)
    if wanted == DESK_PROVINCE:
        suggested = province_desk_profile(
            existing.province_name, officer=existing.officer_name, phone=existing.officer_phone
        )
        _write(session, _check(suggested), DESK_PROVINCE)
    else:
        _write(session, existing, DESK_COMMUNE)
    saved = load_profile(session)
    assert saved is not None
    return saved


def save_province_profile(session: Session, profile: ProfileInput) -> None:
    """Save the province desk's profile edited at Cài đặt (the signer may still be blank)."""
    _write(session, _check(profile), DESK_PROVINCE)
