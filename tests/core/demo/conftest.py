"""Demo tests: a cheap scrypt cost for the demo accounts (the parameters are stored with each hash)."""

from __future__ import annotations

import pytest

from gender_equality_desk.core.security import passwords


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))
