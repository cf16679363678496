"""Errors the officer must see (in Vietnamese), as opposed to bugs."""

from __future__ import annotations


class UserFacingError(Exception):
    """A problem the user can understand and act on; `str(error)` is the Vietnamese message."""


class StoreError(UserFacingError):
    """The data file cannot be opened, is damaged, or belongs to a newer version of the app."""
