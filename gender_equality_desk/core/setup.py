"""Setting up a commune on a new installation: its profile and its villages, saved together.

The first-run wizard and `gender-equality-desk setup` both call `set_up_commune`, so what they save and
what they refuse cannot drift apart:

    with store.transaction() as session:
        result = set_up_commune(session, suggested_profile("Xã Cao Lâu", "Quảng Nam", "Trần Thị Hằng"),
                                ["Thôn Đông Bàn", "Bản Nà Hẩu"])
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import (
    ProfileInput,
    add_villages,
    load_profile,
    save_profile,
    suggest_issuing_body,
    suggest_place_name,
    suggest_receiving_authority,
)


class ProfileExistsError(UserFacingError):
    """The commune is already set up here; `existing` is what was saved."""

    def __init__(self, existing: ProfileInput) -> None:
        super().__init__(
            f"Máy này đã khai báo {existing.commune_name}, {existing.province_name}: thông tin xã không bị "
            "ghi đè. Hãy sửa thông tin xã ở trang Cài đặt."
        )
        self.existing = existing


@dataclass(frozen=True)
class SetupResult:
    profile: ProfileInput  # as saved
    replaced: ProfileInput | None  # the profile saved before, when the caller asked to replace it
    villages_added: int
    villages_known: int  # listed, but already in the store: kept as they were


def suggested_profile(commune_name: str, province_name: str, signer_name: str) -> ProfileInput:
    """A profile with what the wizard's form suggests from the names: the place on the date line, the
    issuing body ("ỦY BAN NHÂN DÂN XÃ …"), the receiving authority ("Sở Nội vụ tỉnh …"), and the usual
    signer's title and signing authority. Change any field with dataclasses.replace."""
    return ProfileInput(
        commune_name=" ".join(commune_name.split()),
        province_name=" ".join(province_name.split()),
        place_name=suggest_place_name(commune_name),
        issuing_body=suggest_issuing_body(commune_name),
        receiving_authority=suggest_receiving_authority(province_name),
        signer_name=" ".join(signer_name.split()),
    )


def village_key(name: str) -> str:
    """Two spellings of one village: case, spacing and composed/decomposed accents do not count."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def repeated_villages(names: Sequence[str]) -> list[str]:
    """The names listed more than once, each as first written, in order."""
    first: dict[str, str] = {}
    repeated: dict[str, str] = {}
    for name in names:
        key = village_key(name)
        if key in first:
            repeated.setdefault(key, first[key])
        first.setdefault(key, name)
    return list(repeated.values())


def set_up_commune(
    session: Session, profile: ProfileInput, villages: Sequence[str], *, replace_profile: bool = False
) -> SetupResult:
    """Save the commune profile and add its villages, in the caller's transaction (both or neither).

    Refuses (UserFacingError, nothing written): a profile with an empty or too long field, a blank or
    repeated village name, and, unless `replace_profile`, a commune already set up (ProfileExistsError)
    — a second setup never overwrites the first silently. Villages already in the store are kept as they
    are (activities point at them); only the missing ones are added.
    """
    names = [" ".join(name.split()) for name in villages]
    if any(not name for name in names):
        raise UserFacingError("Có tên thôn, bản để trống. Vui lòng nhập tên hoặc bỏ dòng trống.")
    repeated = repeated_villages(names)
    if repeated:
        listed = ", ".join(f"“{name}”" for name in repeated)
        raise UserFacingError(f"Tên thôn, bản bị lặp lại: {listed}. Vui lòng bỏ tên trùng.")
    existing = load_profile(session)
    if existing is not None and not replace_profile:
        raise ProfileExistsError(existing)
    save_profile(session, profile)
    added = add_villages(session, names)
    saved = load_profile(session)
    assert saved is not None
    return SetupResult(saved, existing, added, len(names) - added)
