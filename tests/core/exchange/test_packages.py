"""Data packages: export → import into an empty store gives the same records, a tampered package is
refused, and records changed on both sides are shown as conflicts and only applied when confirmed."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.exchange import packages_signing
from gender_equality_desk.core.exchange.packages import (
    ExtensionPart,
    MergeStatus,
    PackageError,
    apply_package,
    export_package,
    open_package,
    preview_package,
)
from gender_equality_desk.core.exchange.packages_format import MANIFEST, SIGNATURE, TABLES, data_columns
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activities import load_activity, update_activity
from gender_equality_desk.core.records.attachments import attach, blob_path
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, Attachment, PropagandaEvent, Village
from gender_equality_desk.core.store.opening import open_store

YEAR_START, YEAR_END = date(2025, 1, 1), date(2025, 12, 31)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n" + b"1 0 obj\n" * 8


@pytest.fixture
def open_other(tmp_path: Path) -> Iterator[Callable[[str], tuple[Store, DataLayout]]]:
    opened: list[Store] = []

    def make(name: str) -> tuple[Store, DataLayout]:
        other = DataLayout(tmp_path / name)
        opened.append(open_store(other))
        return opened[-1], other

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def source(store: Store, layout: DataLayout, tmp_path: Path) -> Store:
    """A commune with a year of demo records and evidence on two of them."""
    generate_demo(store, years=1, scale=1, seed=11, as_of=date(2025, 12, 20))
    photo, scan = tmp_path / "anh hop dan.jpg", tmp_path / "danh sach.pdf"
    photo.write_bytes(PNG)  # a PNG saved as .jpg, as phones do
    scan.write_bytes(PDF)
    with store.transaction() as session:
        activity_id = session.scalars(select(Activity.id).order_by(Activity.id)).first()
        event_id = session.scalars(select(PropagandaEvent.id).order_by(PropagandaEvent.id)).first()
        attach(session, layout, photo, activity_id=activity_id)
        attach(session, layout, scan, activity_id=activity_id)
        attach(session, layout, photo, propaganda_event_id=event_id)
    return store


def _export(store: Store, layout: DataLayout, target: Path, **extra: Any) -> Path:
    with store.reading() as session:
        export_package(session, layout, YEAR_START, YEAR_END, target, **extra)
    return target


def _count(store: Store, model: type[Any]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.is_deleted.is_(False))) or 0


def _portrait(session: Session, row: Any) -> dict[str, Any]:
    """A record as comparable between two stores: columns, and references by their natural key."""
    values: dict[str, Any] = {}
    for column in data_columns(type(row)):
        if column.foreign_keys:
            target = getattr(row, column.name.removesuffix("_id"))
            values[column.name] = None if target is None else getattr(target, "code", None) or getattr(
                target, "name", None)  # fmt: skip
        else:
            values[column.name] = getattr(row, column.name)
    values["search_text"] = row.search_text
    if isinstance(row, PropagandaEvent):
        values["slogans"] = sorted(slogan.text for slogan in row.slogans)
    if isinstance(row, Activity | PropagandaEvent):
        owner = Attachment.activity_id if isinstance(row, Activity) else Attachment.propaganda_event_id
        values["attachments"] = sorted(
            (a.uuid, a.sha256, a.original_name, a.size_bytes, a.media_type)
            for a in session.scalars(select(Attachment).where(owner == row.id))
        )
    return values


def _portraits(store: Store, model: type[Activity] | type[PropagandaEvent]) -> dict[str, dict[str, Any]]:
    with store.reading() as session:
        return {row.uuid: _portrait(session, row) for row in session.scalars(select(model))}


def test_export_then_import_into_an_empty_store_gives_identical_records(
    source: Store, layout: DataLayout, tmp_path: Path, open_other: Callable[[str], tuple[Store, DataLayout]]
) -> None:
    package_path = _export(source, layout, tmp_path / "goi.zip")
    package = open_package(package_path)
    assert package.key_fingerprint == packages_signing.fingerprint(
        packages_signing.public_key_bytes(packages_signing.installation_key(layout))
    )
    target, target_layout = open_other("new-pc")
    with target.reading() as session:
        preview = preview_package(session, target_layout, package)
    assert {item.status for item in preview.items} == {MergeStatus.NEW}
    assert preview.attachments_to_add == 3
    assert preview.new_catalogue_entries["thôn, bản"] == _count(source, Village)
    result = apply_package(target, target_layout, package)
    assert (result.added, result.updated, result.attachments_added) == (len(preview.items), 0, 3)

    for model in (Activity, PropagandaEvent):
        assert _count(target, model) == _count(source, model) > 0
        received, sent = _portraits(target, model), _portraits(source, model)
        assert received.keys() == sent.keys()
        for key, fields in sent.items():
            assert {n: v for n, v in received[key].items() if v != fields[n]} == {}, key
    with target.reading() as session:
        for sha in session.scalars(select(Attachment.sha256)):
            assert blob_path(target_layout, sha).read_bytes() == blob_path(layout, sha).read_bytes()

    # The same package again adds nothing.
    again = apply_package(target, target_layout, open_package(package_path))
    assert (again.added, again.updated, again.attachments_added) == (0, 0, 0)
    assert _count(target, Activity) == _count(source, Activity)


def test_period_limits_the_records_and_case_data_never_travels(
    source: Store, layout: DataLayout, tmp_path: Path
) -> None:
    with source.reading() as session:
        summary = export_package(session, layout, date(2025, 11, 15), date(2025, 12, 15), tmp_path / "am.zip")
        in_month = session.scalar(
            select(func.count()).select_from(PropagandaEvent).where(
                PropagandaEvent.is_deleted.is_(False), PropagandaEvent.start_date.between(
                    date(2025, 11, 15), date(2025, 12, 15)))
        )  # fmt: skip
    assert summary.counts["propaganda_event"] == in_month
    package = open_package(summary.path)
    assert package.period_start == date(2025, 11, 15)
    assert all(date(2025, 11, 15) <= row["start_date"] <= date(2025, 12, 15)
               for row in package.rows["propaganda_event"])  # fmt: skip
    with zipfile.ZipFile(summary.path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        names = archive.namelist()
    assert manifest["contains_case_data"] is False
    assert {name for name in names if name.startswith("records/")} == {
        f"records/{model.__tablename__}.json" for model in TABLES
    }


def test_extension_parts_are_signed_and_listed(source: Store, layout: DataLayout, tmp_path: Path) -> None:
    extra = ExtensionPart("case-statistics.json", b'{"tong": 3}', "Thống kê vụ việc (ẩn danh)")
    package = open_package(_export(source, layout, tmp_path / "x.zip", extensions=[extra]))
    assert package.extensions == (("extensions/case-statistics.json", "Thống kê vụ việc (ẩn danh)"),)


def _rewrite(
    package: Path, target: Path, change: Callable[[str, bytes], bytes], add: dict[str, bytes] | None = None
) -> Path:
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            copy.writestr(info.filename, change(info.filename, source.read(info.filename)))
        for name, data in (add or {}).items():
            copy.writestr(name, data)
    return target


def test_tampered_packages_are_refused(source: Store, layout: DataLayout, tmp_path: Path) -> None:
    package = _export(source, layout, tmp_path / "goi.zip")

    def one_byte(name: str, data: bytes, wanted: str) -> bytes:
        if name != wanted:
            return data
        index = data.index(b"0") if wanted.endswith(".json") else 20
        return data[:index] + (b"1" if wanted.endswith(".json") else b"\x01") + data[index + 1 :]

    json_changed = _rewrite(package, tmp_path / "a.zip", lambda n, d: one_byte(n, d, "records/activity.json"))
    with pytest.raises(PackageError, match=r"nội dung phần “records/activity\.json” đã bị thay đổi"):
        open_package(json_changed)

    with source.reading() as session:
        sha = session.scalars(select(Attachment.sha256)).first()
    photo_changed = _rewrite(package, tmp_path / "b.zip", lambda n, d: one_byte(n, d, f"attachments/{sha}"))
    with pytest.raises(PackageError, match="đã bị thay đổi"):
        open_package(photo_changed)

    # A forger who edits the manifest too (new hashes) cannot sign it with the sender's key.
    def forge(name: str, data: bytes) -> bytes:
        if name == MANIFEST:
            manifest = json.loads(data)
            manifest["source"]["commune"] = "Xã Giả Mạo"
            return json.dumps(manifest).encode()
        return data

    with pytest.raises(PackageError, match="chữ ký số không khớp"):
        open_package(_rewrite(package, tmp_path / "c.zip", forge))

    # A signature made with another installation's key does not match the key in the manifest.
    other_key = packages_signing.installation_key(DataLayout(tmp_path / "someone-else"))
    with zipfile.ZipFile(package) as archive:
        manifest_bytes = archive.read(MANIFEST)
    foreign = packages_signing.encode(packages_signing.sign(other_key, manifest_bytes)).encode()
    with pytest.raises(PackageError, match="chữ ký số không khớp"):
        open_package(_rewrite(package, tmp_path / "d.zip", lambda n, d: foreign if n == SIGNATURE else d))
    with pytest.raises(PackageError, match=r"phần lạ “extra\.exe”"):
        open_package(_rewrite(package, tmp_path / "e.zip", lambda n, d: d, add={"extra.exe": b"MZ"}))
    garbage = tmp_path / "f.zip"
    garbage.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(PackageError, match="không phải gói dữ liệu"):
        open_package(garbage)


def _edit(store: Store, uuid: str, title: str) -> None:
    with store.transaction() as session:
        record = session.scalars(select(Activity).where(Activity.uuid == uuid)).one()
        data = load_activity(session, record.id)
        update_activity(session, record.id, data.__class__(**{**data.__dict__, "title": title}),
                        today=date(2025, 12, 20))  # fmt: skip


def test_changes_and_conflicts_are_shown_and_only_confirmed_conflicts_applied(
    source: Store, layout: DataLayout, tmp_path: Path, open_other: Callable[[str], tuple[Store, DataLayout]]
) -> None:
    target, target_layout = open_other("province")
    apply_package(target, target_layout, open_package(_export(source, layout, tmp_path / "v1.zip")))
    with source.reading() as session:
        changed, conflict, local_only, conflict_local_newer = session.scalars(
            select(Activity.uuid).order_by(Activity.id).limit(4)).all()  # fmt: skip
    _edit(target, conflict_local_newer, "Sửa ở xã nhận trước")
    _edit(source, changed, "Sửa ở xã gửi")
    _edit(target, conflict, "Sửa ở xã nhận")
    _edit(source, conflict, "Sửa ở xã gửi sau")
    _edit(target, local_only, "Chỉ sửa ở xã nhận")
    _edit(source, conflict_local_newer, "Sửa ở xã gửi")
    _edit(target, conflict_local_newer, "Sửa ở xã nhận sau cùng")
    package = open_package(_export(source, layout, tmp_path / "v2.zip"))
    with target.reading() as session:
        preview = preview_package(session, target_layout, package)
    by_uuid = {item.uuid: item for item in preview.items}
    assert by_uuid[changed].status is MergeStatus.CHANGED
    assert by_uuid[changed].changed_fields == ("nội dung",)
    assert by_uuid[conflict].status is MergeStatus.CONFLICT and by_uuid[conflict].incoming_newer
    assert by_uuid[conflict_local_newer].status is MergeStatus.CONFLICT
    assert not by_uuid[conflict_local_newer].incoming_newer
    assert by_uuid[local_only].status is MergeStatus.LOCAL_NEWER
    assert len(preview.with_status(MergeStatus.SAME)) == len(preview.items) - 4

    def titles() -> dict[str, str]:
        with target.reading() as session:
            return {uuid: title for uuid, title in session.execute(select(Activity.uuid, Activity.title))}

    result = apply_package(target, target_layout, package)  # nothing confirmed
    assert (result.updated, result.conflicts_applied) == (1, 0)
    assert titles()[changed] == "Sửa ở xã gửi"
    assert titles()[conflict] == "Sửa ở xã nhận"
    assert titles()[local_only] == "Chỉ sửa ở xã nhận"

    result = apply_package(
        target, target_layout, package, confirmed_conflicts={conflict, conflict_local_newer}
    )
    assert result.conflicts_applied == 1
    after = titles()
    assert after[conflict] == "Sửa ở xã gửi sau"  # the sender's edit was later: it wins once confirmed
    assert after[conflict_local_newer] == "Sửa ở xã nhận sau cùng"  # here the local edit is newer
    assert after[local_only] == "Chỉ sửa ở xã nhận"
