"""The access log's anchor row: the newest entry written by a data-key holder, under a MAC.

Each MAC'd entry moves the anchor to itself, in the entry's transaction, but only from an anchor that
still holds: a head that no longer matches its row (a cut tail, a chain rebuilt by someone without the
key) or an anchor MAC that does not verify stays as found, so the evidence survives every later write
until an administrator looks at it and confirms (core/security/trust_repair.py).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.security import integrity
from gender_equality_desk.core.store.case_models import AuditEntry
from gender_equality_desk.core.store.trust_models import TrustAnchor

ANCHOR_ID = 1


def load_anchor(db: Session) -> TrustAnchor | None:
    return db.get(TrustAnchor, ANCHOR_ID)


def is_anchored(anchor: TrustAnchor | None) -> bool:
    return anchor is not None and anchor.mac is not None


def anchor_mac(key: bytes, anchor: TrustAnchor) -> str:
    return integrity.mac(key, integrity.AUDIT_ANCHOR, *_anchor_parts(anchor))


def anchor_holds(db: Session, key: bytes, anchor: TrustAnchor) -> bool:
    """The anchor's MAC verifies and the entry it names is still there with the same hash."""
    if not integrity.matches(key, anchor.mac, integrity.AUDIT_ANCHOR, *_anchor_parts(anchor)):
        return False
    if anchor.head_id == 0:
        return anchor.head_hash == ""
    stored = db.scalar(select(AuditEntry.entry_hash).where(AuditEntry.id == anchor.head_id))
    return stored == anchor.head_hash


def _anchor_parts(anchor: TrustAnchor) -> tuple[object, ...]:
    anchored_at = anchor.anchored_at.isoformat() if anchor.anchored_at else None
    return (anchor.legacy_until, anchored_at, anchor.head_id, anchor.head_hash)


def set_head(key: bytes, anchor: TrustAnchor, entry_id: int, entry_hash: str) -> None:
    anchor.head_id, anchor.head_hash = entry_id, entry_hash
    anchor.mac = anchor_mac(key, anchor)


def advance_head(db: Session, key: bytes, entry_id: int, entry_hash: str) -> None:
    """Called by audit.record for a MAC'd entry: the anchor follows it when the store is anchored and
    the anchor still holds (see the module docstring)."""
    anchor = load_anchor(db)
    if anchor is None or not is_anchored(anchor) or not anchor_holds(db, key, anchor):
        return
    set_head(key, anchor, entry_id, entry_hash)
