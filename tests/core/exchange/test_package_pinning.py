"""A sender's signing key is pinned on first receipt (the forged package it stops: test_package_forgery.py):
first receipt and known key in the preview, an administrator's override written to the log, senders
compared composed and case-folded."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from gender_equality_desk.core.domain.clock import today_local
from gender_equality_desk.core.exchange.packages import apply_package, open_package
from gender_equality_desk.core.exchange.packages_pinning import (
    KeyStatus,
    accept_sender_key,
    key_note,
    sender_key,
    sender_of,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.audit import list_entries
from gender_equality_desk.core.security.session import AccessDeniedError, Role
from gender_equality_desk.core.store.engine import Store

from .package_forgery import export_day, make_commune, resign

ADMIN_PASSWORD = "Quan tri tinh 2024"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def commune(tmp_path: Path) -> Iterator[tuple[Store, DataLayout]]:
    made = make_commune(tmp_path / "cao-lau")
    yield made
    made[0].close()


def _today() -> str:
    return f"{today_local():%d/%m/%Y}"


def test_the_first_package_pins_the_key_and_later_ones_pass(
    commune: tuple[Store, DataLayout], store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    first = open_package(export_day(commune, tmp_path / "goi-1.zip"))
    with store.reading() as session:
        known = sender_key(session, first)
    assert known.status is KeyStatus.NEW
    assert key_note(first, known) == (
        f"Lần đầu nhận gói của Xã Cao Lâu: mã khóa ký {first.key_fingerprint} sẽ được ghi nhớ khi nhập. "
        "Hãy gọi điện cho nơi gửi để đối chiếu mã này."
    )
    with store.reading() as session:
        assert sender_key(session, first).status is KeyStatus.NEW  # previewing pins nothing
    apply_package(store, layout, first)
    second = open_package(export_day(commune, tmp_path / "goi-2.zip"))
    with store.reading() as session:
        known = sender_key(session, second)
    assert (known.status, known.pinned_fingerprint) == (KeyStatus.KNOWN, first.key_fingerprint)
    assert key_note(second, known) == f"Khóa ký khớp với khóa đã ghi nhớ cho Xã Cao Lâu từ ngày {_today()}."
    apply_package(store, layout, second)


def test_an_administrator_accepts_the_new_key_and_the_log_says_so(
    commune: tuple[Store, DataLayout], store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    genuine = export_day(commune, tmp_path / "goi-1.zip")
    apply_package(store, layout, open_package(genuine))
    old = open_package(genuine).key_fingerprint
    new = resign(genuine, tmp_path / "may-moi.zip")  # the sender reinstalled: same records, new key
    package = open_package(tmp_path / "may-moi.zip")
    admin = accounts.create_first_administrator(store, "quantri", "Sở Nội vụ", ADMIN_PASSWORD).session
    accounts.create_account(admin, "canbo", "Cán bộ", Role.CASE_OFFICER, "Can bo tinh 2024")
    officer = accounts.sign_in(store, "canbo", "Can bo tinh 2024")
    with pytest.raises(AccessDeniedError):
        accept_sender_key(officer, package)
    accept_sender_key(admin, package)
    apply_package(store, layout, package)
    with store.reading() as session:
        assert sender_key(session, package).status is KeyStatus.KNOWN
        assert (
            sender_key(session, open_package(genuine)).status is KeyStatus.CHANGED
        )  # the old key is out now
    entries = [(line.username, line.action_label, line.detail) for line in list_entries(admin)]
    assert (
        "quantri",
        "Chấp nhận khóa ký mới của nơi gửi gói",
        f"Xã Cao Lâu: khóa cũ {old}, khóa mới {new} (gói may-moi.zip)",
    ) in entries


def test_the_sender_is_compared_composed_and_case_folded(
    commune: tuple[Store, DataLayout], tmp_path: Path
) -> None:
    package = open_package(export_day(commune, tmp_path / "goi.zip"))
    decomposed = unicodedata.normalize("NFD", "XÃ  CAO LÂU ")
    assert (
        sender_of(dataclasses.replace(package, commune=decomposed))
        == sender_of(package)
        == "quảng nam|xã cao lâu"
    )
    assert sender_of(dataclasses.replace(package, province="Lạng Sơn")) != sender_of(package)
