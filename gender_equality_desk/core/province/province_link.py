"""Commune desk: the province it reports to, from the key file the province handed over at set-up.

The key is kept in `province_link` (one live row). Importing the same key again only refreshes the names;
a different key is refused unless the officer confirms the change, after reading both fingerprints to the
province by phone — otherwise a forged key file on a USB stick would quietly redirect every report. A
replaced key stays in the table, soft-deleted, so what was linked when is never lost.

    with store.transaction() as session:
        result = import_province_key_file(session, Path("LangSon.gedkey"))
    print(result.linked.fingerprint)  # read it out to the province
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import decode, encode
from gender_equality_desk.core.province.keys import ProvinceKey, read_key_file
from gender_equality_desk.core.province.round_scope import list_rounds
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.province_models import ProvinceLink


@dataclass(frozen=True)
class LinkedProvince:
    """The province this commune sends its reports to, as its key file named it."""

    province: str
    authority: str
    sealing_key: bytes  # X25519 public key: submissions are sealed to it
    signing_key: bytes  # Ed25519 public key: round files must be signed with it
    fingerprint: str  # "3F2A 91C0 5B7E D4A8 0C11", read out by phone
    imported_at: datetime  # UTC

    @property
    def key(self) -> ProvinceKey:
        return ProvinceKey(self.province, self.authority, self.sealing_key, self.signing_key)


@dataclass(frozen=True)
class KeyImport:
    linked: LinkedProvince  # as saved now
    replaced: LinkedProvince | None  # the different key it replaced (only with `replace=True`)
    already_linked: bool  # the same key was already there (names refreshed, nothing else changed)


class ProvinceKeyChangeError(UserFacingError):
    """A different province key is already linked; replacing it needs the officer's explicit confirmation."""

    def __init__(self, current: LinkedProvince, offered: ProvinceKey) -> None:
        super().__init__(
            f"Máy này đã nhập khóa của {_named(current.province, current.authority)} với mã "
            f"{current.fingerprint}. Tệp vừa chọn mang khóa khác: "
            f"{_named(offered.province, offered.authority)}, mã {offered.fingerprint}. Chỉ thay khóa "
            "khi tỉnh đã báo đổi khóa và bạn đã gọi điện cho tỉnh đọc đối chiếu mã mới; báo cáo gửi sau đó "
            "chỉ tỉnh giữ khóa mới mở được."
        )
        self.current = current
        self.offered = offered


def _named(province: str, authority: str) -> str:
    return f"{authority} ({province})" if authority else f"tỉnh {province}"


def _linked(row: ProvinceLink) -> LinkedProvince:
    return LinkedProvince(
        province=row.province_name,
        authority=row.authority,
        sealing_key=decode(row.sealing_key),
        signing_key=decode(row.signing_key),
        fingerprint=row.fingerprint,
        imported_at=row.updated_at,
    )


def live_link(session: Session) -> ProvinceLink | None:
    """The stored link to the province (its keys base64-encoded as kept); None before any key import."""
    return session.scalars(
        select(ProvinceLink)
        .where(ProvinceLink.is_deleted.is_(False))
        .order_by(ProvinceLink.id.desc())
        .limit(1)
    ).first()


def linked_province(session: Session) -> LinkedProvince | None:
    """The province key this commune imported; None before any."""
    row = live_link(session)
    return _linked(row) if row is not None else None


def import_province_key(session: Session, key: ProvinceKey, *, replace: bool = False) -> KeyImport:
    """Link this commune to `key`'s province, in the caller's transaction.

    Raises ProvinceKeyChangeError (both fingerprints in Vietnamese, nothing written) when another key is
    linked and `replace` is False.
    """
    row = live_link(session)
    if row is not None and (decode(row.sealing_key), decode(row.signing_key)) == (
        key.sealing_key,
        key.signing_key,
    ):
        row.province_name, row.authority = key.province, key.authority
        row.updated_at = utc_now()  # the names may have been refreshed: now is when it was confirmed
        session.flush()
        return KeyImport(_linked(row), None, already_linked=True)
    replaced: LinkedProvince | None = None
    if row is not None:
        current = _linked(row)
        if not replace:
            raise ProvinceKeyChangeError(current, key)
        row.is_deleted, row.deleted_at = True, utc_now()
        replaced = current
    new = ProvinceLink(
        province_name=key.province,
        authority=key.authority,
        sealing_key=encode(key.sealing_key),
        signing_key=encode(key.signing_key),
        fingerprint=key.fingerprint,
    )
    session.add(new)
    session.flush()
    return KeyImport(_linked(new), replaced, already_linked=False)


def import_province_key_file(session: Session, path: Path, *, replace: bool = False) -> KeyImport:
    """Read a province key file (.gedkey) and link to it; UserFacingError (Vietnamese) when it is not one
    or when it would replace another key without `replace`."""
    return import_province_key(session, read_key_file(path), replace=replace)


@dataclass(frozen=True)
class ImportedRound:
    """A round the province published and this commune imported (its rows are in round_indicator)."""

    report_kind: str
    year: int
    period: str
    deadline: date
    title: str


def imported_rounds(session: Session) -> list[ImportedRound]:
    """The rounds this commune imported, newest first (round_scope.list_rounds)."""
    return [
        ImportedRound(row.report_kind, row.year, row.period, row.deadline, row.title)
        for row in list_rounds(session)
    ]
