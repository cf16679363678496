"""The plan tests' commune (a profile saved) serves the dashboard tests too."""

from __future__ import annotations

from ..plans.conftest import commune

__all__ = ["commune"]
