"""Backups onto a full USB stick: staged on the data disk, the free room checked first ("USB còn trống
X MB, cần Y MB"), nothing half-written left; a mirror that runs out of room takes back the pool files
it copied and says so in Vietnamese, never "[Errno 28]"."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gender_equality_desk.core.disk_space import NotEnoughSpaceError, megabytes
from gender_equality_desk.core.exchange import backup as backup_module
from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.backup_format import read_manifest
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, save_settings
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from tests.core.exchange.backup_helpers import add_activity, write_photo
from tests.full_disk import FullDisk

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def commune(store: Store, layout: DataLayout, tmp_path: Path) -> Store:
    for index in range(3):
        photo = write_photo(tmp_path / "anh", f"anh-{index}.png", (index * 40, 90, 200))
        add_activity(store, layout, f"Họp dân thôn số {index}", photo)
    return store


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "USB"
    folder.mkdir(parents=True)
    return folder


def _everything(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_the_snapshot_is_staged_on_the_data_disk_not_on_the_stick(
    commune: Store, layout: DataLayout, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    real = backup_module.snapshot_store

    def spy(source: Path, target: Path) -> Path:
        written.append(target)
        return real(source, target)

    monkeypatch.setattr(backup_module, "snapshot_store", spy)
    result = export_backup(layout, stick / "sao-luu.zip", now=NOW)
    assert layout.backups in written[0].parents  # the uncompressed store never touches the stick
    assert _everything(stick) == ["sao-luu.zip"]
    assert read_manifest(result.path).self_contained


def test_a_stick_with_too_little_room_is_refused_before_writing(
    commune: Store, layout: DataLayout, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = export_backup(layout, tmp_path / "mau.zip", now=NOW).path.stat().st_size  # the zip it would be
    FullDisk(monkeypatch, stick, free=size // 2)
    with pytest.raises(NotEnoughSpaceError) as refused:
        export_backup(layout, stick / "sao-luu.zip", now=NOW)
    assert str(refused.value) == (
        f"USB hoặc ổ đĩa “{stick}” còn trống {megabytes(size // 2)} MB, cần {megabytes(size)} MB để ghi "
        "“sao-luu.zip”. Hãy xóa bớt tệp không cần trên đó hoặc chọn USB, thư mục khác rồi thử lại. Không có "
        "tệp dở dang nào được để lại; dữ liệu trên máy không bị ảnh hưởng."
    )
    assert _everything(stick) == []


def test_a_stick_with_room_for_the_zip_but_not_the_store_takes_the_backup(
    commune: Store, layout: DataLayout, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stick: 729 KB free for a 146 KB backup of a larger store (the old code staged the
    # uncompressed store on the stick and failed, saying the data file was unreadable).
    sample = export_backup(layout, tmp_path / "mau.zip", now=NOW)
    zipped, store_bytes = sample.path.stat().st_size, sample.manifest.store_bytes
    assert zipped < store_bytes
    disk = FullDisk(monkeypatch, stick, free=(zipped + store_bytes) // 2)
    result = export_backup(layout, stick / "sao-luu.zip", now=NOW)
    assert result.path.stat().st_size == zipped and disk.failures == 0
    assert _everything(stick) == ["sao-luu.zip"]


def test_a_stick_that_fills_up_mid_copy_keeps_no_partial_file(
    commune: Store, layout: DataLayout, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FullDisk(monkeypatch, stick, free=4096, claim=10**9)  # claims room, then refuses the writes
    with pytest.raises(NotEnoughSpaceError) as refused:
        export_backup(layout, stick / "sao-luu.zip", now=NOW)
    assert disk.failures == 1
    where = re.escape(str(stick))
    expected = rf"USB hoặc ổ đĩa “{where}” còn trống 0,00 MB, cần 0,[0-9]+ MB để ghi “sao-luu\.zip”"
    assert re.match(expected, str(refused.value))
    assert _everything(stick) == []


def test_a_mirror_without_room_says_how_much_and_copies_nothing(
    commune: Store, layout: DataLayout, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(layout, BackupSettings(mirror_folder=stick))
    FullDisk(monkeypatch, stick, free=2048)
    result = create_backup(layout, "thu-cong", now=NOW)
    assert result.created and result.mirrored_to is None
    assert result.mirror_problem is not None
    assert re.fullmatch(
        rf"Chưa sao lưu sang “{re.escape(str(stick))}”: USB hoặc ổ đĩa “.*GenderEqualityDesk-sao-luu” còn "
        r"trống 0,00 MB, cần 0,[0-9]+ MB để ghi bản sao lưu “sao-luu-.*\.zip” và tệp đính kèm của nó\. .*",
        result.mirror_problem,
    )
    assert "Errno" not in result.mirror_problem
    assert [path for path in _everything(stick) if not path.endswith("backup.lock")] == [
        "GenderEqualityDesk-sao-luu"
    ]


@pytest.mark.parametrize(
    ("room", "said"),
    [(10, "đã đầy (còn trống 0,00 MB) nên không ghi được bản sao lưu"),  # the photo does not fit
     (300, "còn trống 0,00 MB, cần 0,")],  # the photo fits, the zip does not
)  # fmt: skip
def test_a_mirror_that_fills_up_takes_back_its_pool_files(
    commune: Store, layout: DataLayout, stick: Path, monkeypatch: pytest.MonkeyPatch, room: int, said: str
) -> None:
    save_settings(layout, BackupSettings(mirror_folder=stick))
    disk = FullDisk(monkeypatch, stick, free=10**9)
    first = create_backup(layout, "thu-cong", now=NOW)  # the mirror holds one backup and its photos
    mirror = stick / "GenderEqualityDesk-sao-luu"
    before = _everything(mirror)
    photo = write_photo(layout.root.parent / "anh", "anh-moi.png", (1, 2, 3))
    add_activity(commune, layout, "Tập huấn mới", photo)
    disk.free, disk.claim = disk.written + room, 10**9  # the stick claims plenty of room
    second = create_backup(layout, "thu-cong", now=NOW.replace(hour=10))
    assert first.mirrored_to is not None and second.mirrored_to is None
    assert second.mirror_problem is not None and "Errno" not in second.mirror_problem
    assert said in second.mirror_problem
    assert _everything(mirror) == before  # what was copied was taken back: no backup there needs it
