"""The two roles a data folder can have, known without importing SQLAlchemy (the window's first paint)."""

from __future__ import annotations

DESK_COMMUNE = "commune"  # the commune's own desk: records, plans, reports sent up
DESK_PROVINCE = "province"  # a Sở receiving, checking and adding up the communes' reports
DESK_ROLES = (DESK_COMMUNE, DESK_PROVINCE)


def known_role(stored: str | None) -> str:
    """`stored` when it names a role; a missing or unknown value is a commune desk (the column's default)."""
    return stored if stored in DESK_ROLES else DESK_COMMUNE
