"""The audit entries of case data that left the machine in a data package.

Parts built from Hồ sơ hỗ trợ (statistics_part, case_transfer_part) only say what they would log
(ExtensionPart.audit_detail). The caller logs them with `record_part_exports` after the package file is
written and copied where it goes, so an export that failed (disk full, USB pulled out) never claims that
victim data left.
"""

from __future__ import annotations

from collections.abc import Iterable

from gender_equality_desk.core.exchange.packages_export import ExtensionPart
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.session import AuthSession


def record_part_exports(auth: AuthSession, parts: Iterable[ExtensionPart]) -> int:
    """One EXPORTED entry per part that carries case data (one transaction); returns how many."""
    details = [part.audit_detail for part in parts if part.audit_detail]
    if not details:
        return 0
    auth.require_open()
    with auth.store.transaction() as db:
        for detail in details:
            record(db, Actor.of(auth), AuditAction.EXPORTED, detail=detail)
    return len(details)
