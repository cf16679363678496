"""What anchors trust in the store: the access log's MAC'd head, and the data-package senders' keys.

`trust_anchor` holds one row (migration 0013): how far the log was written before it was anchored, and
the newest entry written by someone holding the data key, MAC'd (core/security/trust_anchor.py).
`package_sender_key` pins the signing key of each commune whose data package was imported here, on
first receipt (core/exchange/packages_pinning.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from gender_equality_desk.core.store.base import Base, utc_now


class TrustAnchor(Base):
    """The access log's anchor (one row, id 1).

    `mac` is None while the store is not anchored yet: after the upgrade to 0013, or after encrypted
    cases came from another PC, until an administrator signs in. Entries up to `legacy_until` were
    written before anchoring and carry no MAC; `head_id`/`head_hash` name the newest MAC'd entry.
    """

    __tablename__ = "trust_anchor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    legacy_until: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    anchored_at: Mapped[datetime | None]
    head_id: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    head_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    mac: Mapped[str | None] = mapped_column(String(64))


class PackageSenderKey(Base):
    """The signing key first seen from a sender (province + commune, composed and case-folded)."""

    __tablename__ = "package_sender_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sender: Mapped[str] = mapped_column(String(400), unique=True)
    commune: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(200), default="", server_default="")
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw Ed25519 public key
    pinned_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(default=utc_now)
