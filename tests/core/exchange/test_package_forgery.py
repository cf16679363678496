"""A data package changed on the way and signed again with a fresh key under the same commune name used to
import as "Chữ ký hợp lệ": the signature is valid, for the forger's key. The first package imported
from Xã Cao Lâu pinned its key, so this one is refused before anything is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gender_equality_desk.core.domain.clock import today_local
from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.packages import PackageError, apply_package, open_package
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store

from .package_forgery import export_day, inflate_participants, make_commune, resign, women


@pytest.fixture
def commune(tmp_path: Path) -> Iterator[tuple[Store, DataLayout]]:
    made = make_commune(tmp_path / "cao-lau")
    yield made
    made[0].close()


def _today() -> str:
    return f"{today_local():%d/%m/%Y}"


def test_a_package_signed_again_with_another_key_is_refused(
    commune: tuple[Store, DataLayout], store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    genuine = export_day(commune, tmp_path / "goi-that.zip")
    apply_package(store, layout, open_package(genuine))
    assert women(store) == 24
    forger = resign(genuine, tmp_path / "goi-gia.zip", inflate_participants)
    forged = open_package(tmp_path / "goi-gia.zip")  # the signature is valid: for the forger's key
    assert (forged.commune, forged.key_fingerprint) == ("Xã Cao Lâu", forger)
    pinned = signing.fingerprint(signing.public_key_bytes(signing.installation_key(commune[1])))
    with pytest.raises(PackageError) as refused:
        apply_package(store, layout, forged)
    assert str(refused.value) == (
        "Gói “goi-gia.zip” mang tên Xã Cao Lâu nhưng được ký bằng khóa khác với khóa đã ghi nhớ cho Xã "
        f"Cao Lâu từ ngày {_today()} (đã ghi nhớ: {pinned}; gói này: {forger}). Gói có thể đã bị "
        "người khác sửa rồi ký lại; chưa nhập gì. Hãy gọi điện cho cán bộ của Xã Cao Lâu, nhờ đọc “Mã "
        f"khóa ký của máy này” hiện ra khi họ xuất gói, và so với {forger}. Chỉ khi trùng khớp (nơi gửi "
        "đã đổi máy hoặc cài lại phần mềm) thì quản trị viên mới chấp nhận khóa mới."
    )
    assert women(store) == 24  # nothing of the forged package went in
