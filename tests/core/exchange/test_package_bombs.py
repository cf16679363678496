"""Packages built to exhaust memory are refused while memory stays small: a manifest that inflates to
hundreds of MB, a signed part of millions of empty rows, one endless row, a part bigger than a commune
can produce. Peak memory is measured with tracemalloc around open_package (before the fix: 689 MB for a
342 KB zip whose manifest inflates, 1.55 GB for a signed 71 KB zip with a 60 MB part; here the bombs
are smaller so the old code's failure stays affordable, and the bound is 16 MB)."""

from __future__ import annotations

import json
import tracemalloc
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.exchange import package_limits
from gender_equality_desk.core.exchange.packages import PackageError, export_package, open_package
from gender_equality_desk.core.exchange.packages_format import MANIFEST
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from tests.core.exchange.package_helpers import resigned

BOUND = 16 * 1024 * 1024
MB = 1024 * 1024


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gender_equality_desk.core.store.opening import open_store

    folder = tmp_path_factory.mktemp("bombs")
    layout = DataLayout(folder / "data")
    store: Store = open_store(layout)
    try:
        generate_demo(store, years=1, scale=1, seed=5, as_of=date(2025, 12, 20))
        with store.reading() as session:
            export_package(session, layout, date(2025, 1, 1), date(2025, 12, 31), folder / "goi.zip")
    finally:
        store.close()
    return folder / "goi.zip"


def _peak(open_it: Callable[[], object]) -> tuple[int, PackageError | None]:
    tracemalloc.start()
    try:
        open_it()
        refusal = None
    except PackageError as error:
        refusal = error
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak, refusal


def test_a_legitimate_package_still_opens_within_the_bound(package: Path) -> None:
    peak, refusal = _peak(lambda: open_package(package))
    assert refusal is None
    assert peak < BOUND


def test_a_manifest_that_inflates_is_refused_before_inflating(package: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "manifest-bomb.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, b"[" + b" " * (64 * MB) + b"]")  # ~64 KB on disk
        for info in source.infolist():
            if info.filename != MANIFEST:
                archive.writestr(info.filename, source.read(info.filename))
    assert bomb.stat().st_size < 200_000
    peak, refusal = _peak(lambda: open_package(bomb))
    assert peak < BOUND
    assert refusal is not None and str(refusal).startswith(
        "Gói dữ liệu “manifest-bomb.zip” không nhập được: phần “manifest.json” nặng 64,0 MB (tối đa 70 KB), "
        "nhiều hơn một xã có thể tạo ra."
    )


def test_a_signed_part_of_millions_of_empty_rows_stops_at_the_first(package: Path, tmp_path: Path) -> None:
    rows = b"[" + b"{}," * (8 * MB) + b"{}]"  # 24 MB: json.loads made 8 million dicts of it (~650 MB)
    bomb = resigned(package, tmp_path / "rows.zip", DataLayout(tmp_path / "forger"),
                    lambda name, data: rows if name == "records/activity.json" else data)  # fmt: skip
    assert bomb.stat().st_size < 200_000
    peak, refusal = _peak(lambda: open_package(bomb))
    assert peak < BOUND
    assert refusal is not None and "sai định dạng (bảng hoạt động" in str(refusal)


def test_one_endless_row_is_refused_after_its_allowed_length(package: Path, tmp_path: Path) -> None:
    row = b'[{"junk": [' + b"[]," * (6 * MB) + b"[]]}]"
    bomb = resigned(package, tmp_path / "row.zip", DataLayout(tmp_path / "forger"),
                    lambda name, data: row if name == "records/village.json" else data)  # fmt: skip
    peak, refusal = _peak(lambda: open_package(bomb))
    assert peak < BOUND
    assert refusal is not None
    assert "phần “records/village.json” nặng 18,0 MB (tối đa 2,0 MB)" in str(refusal)  # capped by bytes


def test_a_long_row_within_the_part_cap_is_refused_by_its_own_length(package: Path, tmp_path: Path) -> None:
    row = b'[{"junk": [' + b"[]," * 400_000 + b"[]]}]"  # 1.2 MB: within the activity part's cap
    bomb = resigned(package, tmp_path / "row.zip", DataLayout(tmp_path / "forger"),
                    lambda name, data: row if name == "records/activity.json" else data)  # fmt: skip
    peak, refusal = _peak(lambda: open_package(bomb))
    assert peak < BOUND
    assert refusal is not None and "phần “records/activity.json” không đọc được" in str(refusal)


def test_parts_beyond_what_a_commune_produces_are_refused_unread(package: Path, tmp_path: Path) -> None:
    statistics = b"[" + b"[]," * (3 * MB) + b"[]]"  # 9 MB of anonymised statistics: a few KB are real
    bomb = resigned(package, tmp_path / "ext.zip", DataLayout(tmp_path / "forger"),
                    add={"extensions/case-statistics.json": statistics})  # fmt: skip
    peak, refusal = _peak(lambda: open_package(bomb))
    assert peak < BOUND
    assert (
        refusal is not None
        and "phần “extensions/case-statistics.json” nặng 9,0 MB (tối đa 1,0 MB)" in str(refusal)
    )


def test_more_rows_than_a_commune_has_are_refused(
    package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(package_limits.MAX_ROWS, "village", 3)  # the demo package has more villages
    monkeypatch.setitem(package_limits.ROW_BYTES, "village", 4096)  # …within the part's bytes
    with pytest.raises(PackageError, match=r"phần “records/village\.json” có hơn 3 mục, nhiều hơn một xã"):
        open_package(package)


def test_a_zip_that_hides_a_bigger_part_than_it_declares_is_refused(package: Path, tmp_path: Path) -> None:
    # The manifest and the zip both say records/village.json holds 100 bytes; it holds more. zipfile
    # inflates no further than the declared size, and the CRC of those 100 bytes fails.
    bomb = resigned(package, tmp_path / "lying.zip", DataLayout(tmp_path / "forger"),
                    declared_sizes={"records/village.json": 100})  # fmt: skip
    data = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(bomb) as archive:
        assert archive.getinfo("records/village.json").file_size > 100
    at = data.rfind(b"records/village.json") - 46  # its central directory entry (name at offset 46)
    assert data[at : at + 4] == b"PK\x01\x02"
    data[at + 24 : at + 28] = (100).to_bytes(4, "little")  # uncompressed size
    bomb.write_bytes(bytes(data))
    with pytest.raises(PackageError, match="tệp bị hỏng, một phần không giải nén được"):
        open_package(bomb)


def test_the_caps_are_those_derived() -> None:
    assert package_limits.part_limit("records/activity.json") == 50_000 * 2048  # ~98 MB
    assert package_limits.part_limit("records/attachment.json") == 100_000 * 1024
    assert package_limits.part_limit("extensions/encrypted-cases.json") == 16 * MB
    assert package_limits.part_limit("attachments/" + "0" * 64) == 20 * MB
    assert package_limits.manifest_limit(11) == 64 * 1024 + 11 * 512
    assert json.dumps(package_limits.MAX_ROWS)  # plain data, listed in the module's derivation
