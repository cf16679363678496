"""Each sender's signing key, pinned on first receipt (trust on first use, as SSH does with host keys).

A valid signature only proves a package was made with the key it carries, and anyone can make a key: a
package changed on the way and signed again with a fresh key under the same commune name verified as
"Chữ ký hợp lệ". So the first package *imported* from a sender — the province and commune its manifest
names, composed and case-folded — pins that sender's public key in `package_sender_key`; a later package
from the same sender signed with another key is refused before anything is written, with both
fingerprints and what to do: call the sender, have them read out the key fingerprint their PC shows when
it exports, and compare. Only when they match (the sender moved to a new PC or reinstalled) does an
administrator accept the new key (`accept_sender_key`), which is written to the access log.

Whoever can write this store could change a pinned key as well; the pin guards against whoever handles
the package between the two desks (a USB stick, a mail box), not against a writer of the store file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.clock import local_date
from gender_equality_desk.core.domain.text import nfc
from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.packages_format import PackageError
from gender_equality_desk.core.exchange.packages_verify import VerifiedPackage
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.base import utc_now
from gender_equality_desk.core.store.trust_models import PackageSenderKey

_SPACES = re.compile(r"\s+")


class KeyStatus(Enum):
    NEW = "new"  # no package of this sender imported yet
    KNOWN = "known"  # signed with the pinned key
    CHANGED = "changed"  # signed with another key: refused until an administrator accepts it


@dataclass(frozen=True)
class SenderKey:
    """How a package's key compares with the one pinned for its sender."""

    status: KeyStatus
    pinned_fingerprint: str = ""  # "" for a new sender
    pinned_at: datetime | None = None


class SenderKeyChangedError(PackageError):
    """The sender's pinned key differs from the package's: nothing was imported."""


def sender_of(package: VerifiedPackage) -> str:
    """The pin's key: province and commune as the manifest names them, composed, case- and space-folded."""
    province, commune = (
        _SPACES.sub(" ", nfc(part)).strip().casefold() for part in (package.province, package.commune)
    )
    return f"{province}|{commune}"


def _pinned(db: Session, package: VerifiedPackage) -> PackageSenderKey | None:
    return db.scalars(
        select(PackageSenderKey).where(PackageSenderKey.sender == sender_of(package))
    ).one_or_none()


def sender_key(db: Session, package: VerifiedPackage) -> SenderKey:
    pinned = _pinned(db, package)
    if pinned is None:
        return SenderKey(KeyStatus.NEW)
    fingerprint = signing.fingerprint(signing.decode(pinned.public_key))
    same = pinned.public_key == signing.encode(package.public_key)
    return SenderKey(KeyStatus.KNOWN if same else KeyStatus.CHANGED, fingerprint, pinned.pinned_at)


def _since(known: SenderKey) -> str:
    return f" từ ngày {local_date(known.pinned_at):%d/%m/%Y}" if known.pinned_at else ""


def _commune(package: VerifiedPackage) -> str:
    return package.commune or "đơn vị không rõ"


def changed_key_message(package: VerifiedPackage, known: SenderKey) -> str:
    """Why a package with another key is refused, and what to do (Vietnamese)."""
    since = _since(known)
    commune = _commune(package)
    return (
        f"Gói “{package.path.name}” mang tên {commune} nhưng được ký bằng khóa khác với khóa đã ghi nhớ cho "
        f"{commune}{since} (đã ghi nhớ: {known.pinned_fingerprint}; gói này: {package.key_fingerprint}). Gói "
        "có thể đã bị người khác sửa rồi ký lại; chưa nhập gì. Hãy gọi điện cho cán bộ của "
        f"{commune}, nhờ đọc “Mã khóa ký của máy này” hiện ra khi họ xuất gói, và so với "
        f"{package.key_fingerprint}. Chỉ khi trùng khớp (nơi gửi đã đổi máy hoặc cài lại phần mềm) thì quản "
        "trị viên mới chấp nhận khóa mới."
    )


def key_note(package: VerifiedPackage, known: SenderKey) -> str:
    """One sentence for the preview: first receipt, known key or changed key (Vietnamese)."""
    commune = _commune(package)
    if known.status is KeyStatus.NEW:
        return (
            f"Lần đầu nhận gói của {commune}: mã khóa ký {package.key_fingerprint} sẽ được ghi nhớ khi nhập. "
            "Hãy gọi điện cho nơi gửi để đối chiếu mã này."
        )
    if known.status is KeyStatus.KNOWN:
        return f"Khóa ký khớp với khóa đã ghi nhớ cho {commune}{_since(known)}."
    return changed_key_message(package, known)


def pin_sender_key(db: Session, package: VerifiedPackage) -> None:
    """In the import's transaction: pin a new sender's key, note a known one as seen; a changed key
    refuses the whole import (SenderKeyChangedError)."""
    known = sender_key(db, package)
    if known.status is KeyStatus.CHANGED:
        raise SenderKeyChangedError(changed_key_message(package, known))
    pinned = _pinned(db, package)
    now = utc_now()
    if pinned is None:
        db.add(PackageSenderKey(
            sender=sender_of(package), commune=package.commune, province=package.province,
            public_key=signing.encode(package.public_key), pinned_at=now, last_seen_at=now,
        ))  # fmt: skip
    else:
        pinned.last_seen_at = now


def accept_sender_key(auth: AuthSession, package: VerifiedPackage) -> None:
    """An administrator accepts `package`'s key for its sender (after comparing fingerprints by phone):
    it replaces the pinned one, and the access log says who did it and which keys."""
    auth.require_role(Role.ADMIN)
    with auth.store.transaction() as db:
        known = sender_key(db, package)
        if known.status is not KeyStatus.CHANGED:
            return
        pinned = _pinned(db, package)
        assert pinned is not None
        now = utc_now()
        pinned.public_key = signing.encode(package.public_key)
        pinned.pinned_at = pinned.last_seen_at = now
        detail = (
            f"{_commune(package)}: khóa cũ {known.pinned_fingerprint}, khóa mới {package.key_fingerprint} "
            f"(gói {package.path.name})"
        )
        record(db, Actor.of(auth), AuditAction.SENDER_KEY_REPLACED, detail=detail)
