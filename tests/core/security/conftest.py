"""Security tests: a cheap scrypt cost (the parameters travel with each hash, so this only changes speed)."""

from __future__ import annotations

import pytest

from gender_equality_desk.core.security import passwords

FAST = passwords.KdfCost(log2_n=10, r=8, p=1)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", FAST)
