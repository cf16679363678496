"""A sender's signing key is pinned on first receipt: a package changed on the way and signed again with
a fresh key under the same commune name used to import as "Chữ ký hợp lệ"; now it is refused with both
fingerprints, until an administrator — after comparing them by phone — accepts the new key."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gender_equality_desk.core.domain.clock import today_local
from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.packages import apply_package, export_package, open_package
from gender_equality_desk.core.exchange.packages_pinning import (
    KeyStatus,
    SenderKeyChangedError,
    accept_sender_key,
    key_note,
    sender_key,
    sender_of,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.audit import list_entries
from gender_equality_desk.core.security.session import AccessDeniedError, Role
from gender_equality_desk.core.setup import set_up_commune, suggested_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from gender_equality_desk.core.store.opening import open_store

from .backup_helpers import DAY, add_activity
from .package_forgery import inflate_participants, resign

ADMIN_PASSWORD = "Quan tri tinh 2024"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def commune(tmp_path: Path) -> Iterator[tuple[Store, DataLayout]]:
    """Xã Cao Lâu (Quảng Nam) with two activities of 20/11/2026, 12 women and 8 men each."""
    layout = DataLayout(tmp_path / "cao-lau")
    store = open_store(layout)
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Cao Lâu", "Quảng Nam", "Trần Thị Hằng"), ["Thôn 1"])
    for title in ("Họp dân thôn 1", "Tập huấn tổ hòa giải"):
        activity_id = add_activity(store, layout, title)
        with store.transaction() as session:
            activity = session.get(Activity, activity_id)
            assert activity is not None
            activity.participants_female, activity.participants_male, activity.participants_total = 12, 8, 20
    yield store, layout
    store.close()


def _export(commune: tuple[Store, DataLayout], target: Path) -> Path:
    store, layout = commune
    with store.reading() as session:
        export_package(session, layout, DAY, DAY, target)
    return target


def _women(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.sum(Activity.participants_female))) or 0


def test_a_package_signed_again_with_another_key_is_refused(
    commune: tuple[Store, DataLayout], store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    genuine = _export(commune, tmp_path / "goi-that.zip")
    apply_package(store, layout, open_package(genuine))
    assert _women(store) == 24
    forger = resign(genuine, tmp_path / "goi-gia.zip", inflate_participants)
    forged = open_package(tmp_path / "goi-gia.zip")  # the signature is valid: for the forger's key
    assert (forged.commune, forged.key_fingerprint) == ("Xã Cao Lâu", forger)
    pinned = signing.fingerprint(signing.public_key_bytes(signing.installation_key(commune[1])))
    with pytest.raises(SenderKeyChangedError) as refused:
        apply_package(store, layout, forged)
    assert str(refused.value) == (
        "Gói “goi-gia.zip” mang tên Xã Cao Lâu nhưng được ký bằng khóa khác với khóa đã ghi nhớ cho Xã "
        f"Cao Lâu từ ngày {_today()} (đã ghi nhớ: {pinned}; gói này: {forger}). Gói có thể đã bị "
        "người khác sửa rồi ký lại; chưa nhập gì. Hãy gọi điện cho cán bộ của Xã Cao Lâu, nhờ đọc “Mã "
        f"khóa ký của máy này” hiện ra khi họ xuất gói, và so với {forger}. Chỉ khi trùng khớp (nơi gửi "
        "đã đổi máy hoặc cài lại phần mềm) thì quản trị viên mới chấp nhận khóa mới."
    )
    assert _women(store) == 24  # nothing of the forged package went in


def _today() -> str:
    return f"{today_local():%d/%m/%Y}"


def test_the_first_package_pins_the_key_and_later_ones_pass(
    commune: tuple[Store, DataLayout], store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    first = open_package(_export(commune, tmp_path / "goi-1.zip"))
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
    second = open_package(_export(commune, tmp_path / "goi-2.zip"))
    with store.reading() as session:
        known = sender_key(session, second)
    assert (known.status, known.pinned_fingerprint) == (KeyStatus.KNOWN, first.key_fingerprint)
    assert key_note(second, known) == f"Khóa ký khớp với khóa đã ghi nhớ cho Xã Cao Lâu từ ngày {_today()}."
    apply_package(store, layout, second)


def test_an_administrator_accepts_the_new_key_and_the_log_says_so(
    commune: tuple[Store, DataLayout], store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    genuine = _export(commune, tmp_path / "goi-1.zip")
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
    package = open_package(_export(commune, tmp_path / "goi.zip"))
    decomposed = unicodedata.normalize("NFD", "XÃ  CAO LÂU ")
    assert (
        sender_of(dataclasses.replace(package, commune=decomposed))
        == sender_of(package)
        == "quảng nam|xã cao lâu"
    )
    assert sender_of(dataclasses.replace(package, province="Lạng Sơn")) != sender_of(package)
