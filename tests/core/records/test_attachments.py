"""Evidence files: stored once by content, validated with Vietnamese messages, kept until the trash is
emptied, and deleted only when that transaction commits."""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zlib
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.campaigns import default_campaign_for
from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records import attachments
from gender_equality_desk.core.records.attachments import (
    MAX_ATTACHMENT_BYTES,
    apply_form_changes,
    attach,
    attachments_of,
    blob_path,
    check_file,
    collect_garbage,
    copy_attachments_for_duplicate,
    copy_event_attachments_for_duplicate,
    format_size,
    remove_attachment,
    store_file,
    viewing_copy,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    Attachment,
    PropagandaEvent,
    PropagandaKind,
)

NO_GRACE = timedelta(0)
DAY = date(2026, 11, 20)


def png_bytes(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (194, 87, 26)) -> bytes:
    """A real (tiny) PNG without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def blobs(layout: DataLayout) -> list[Path]:
    return sorted(p for p in layout.attachments.rglob("*") if p.is_file())


def new_activity(session: Session, title: str = "Họp dân thôn Nà Làng") -> int:
    start = local_datetime(DAY, 7, 30)
    activity = Activity(
        campaign=default_campaign_for(session, DAY),
        kind=session.scalars(select(ActivityKind)).first(),
        title=title,
        start_at=start,
        end_at=start + timedelta(hours=2),
    )
    session.add(activity)
    session.flush()
    return activity.id


def new_event(session: Session) -> int:
    event = PropagandaEvent(
        campaign=default_campaign_for(session, DAY),
        kind=session.scalars(select(PropagandaKind)).first(),
        title="Phát thanh trên loa truyền thanh xã",
        start_date=DAY,
        end_date=DAY,
    )
    session.add(event)
    session.flush()
    return event.id


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    return write(tmp_path / "incoming" / "Lễ phát động.png", png_bytes())


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "danh-sach-ky-ten.pdf"
    path.parent.mkdir(exist_ok=True)
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Danh sach ky ten")
    canvas.save()
    return path


# -- storing ------------------------------------------------------------------------------------------


def test_same_photo_on_two_records_is_stored_once(store: Store, layout: DataLayout, photo: Path) -> None:
    with store.transaction() as session:
        first, second = new_activity(session), new_activity(session, "Tọa đàm")
        row_a = attach(session, layout, photo, activity_id=first)
        row_b = attach(session, layout, photo, activity_id=second)
    expected = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert row_a.sha256 == row_b.sha256 == expected
    assert row_a.id != row_b.id
    assert blobs(layout) == [layout.attachments / expected[:2] / expected] == [row_a.path]
    assert row_a.path.read_bytes() == photo.read_bytes()
    assert (row_a.original_name, row_a.size_bytes, row_a.media_type, row_a.is_image) == (
        "Lễ phát động.png",
        photo.stat().st_size,
        "image/png",
        True,
    )
    with store.reading() as session:
        assert attachments_of(session, layout, activity_id=second) == [row_b]
        assert session.scalar(select(func.count()).select_from(Attachment)) == 2


def test_the_same_content_twice_on_one_record_is_one_attachment(
    store: Store, layout: DataLayout, photo: Path, tmp_path: Path
) -> None:
    renamed = write(tmp_path / "copy" / "IMG_0001.PNG", photo.read_bytes())
    with store.transaction() as session:
        activity_id = new_activity(session)
        first = attach(session, layout, photo, activity_id=activity_id)
        again = attach(session, layout, renamed, activity_id=activity_id)
        assert again == first
        assert len(attachments_of(session, layout, activity_id=activity_id)) == 1


def test_the_copy_is_verified_and_a_bad_copy_leaves_nothing(
    layout: DataLayout, photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def flaky_copy(source: Path, target: Path) -> None:
        target.write_bytes(source.read_bytes()[:-1] + b"?")

    monkeypatch.setattr(attachments.files, "_copy", flaky_copy)
    with pytest.raises(UserFacingError, match="không trọn vẹn"):
        store_file(layout, photo)
    assert blobs(layout) == []


def test_a_pdf_and_a_png_named_jpg_are_accepted_by_content(
    layout: DataLayout, pdf: Path, tmp_path: Path
) -> None:
    assert store_file(layout, pdf).media_type == "application/pdf"
    # Chat apps save PNG screenshots as .jpg; the content decides the type.
    misnamed = write(tmp_path / "zalo.jpg", png_bytes(rgb=(1, 2, 3)))
    assert store_file(layout, misnamed).media_type == "image/png"
    docx = write(tmp_path / "bao-cao.docx", b"PK\x03\x04 office zip")
    assert store_file(layout, docx).media_type.endswith("wordprocessingml.document")


# -- validation ---------------------------------------------------------------------------------------


def test_too_large_file_is_refused_with_its_size_and_nothing_is_stored(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    big = tmp_path / "Ảnh hội trường.jpg"
    with big.open("wb") as handle:  # sparse: the test does not write 20 MB
        handle.write(b"\xff\xd8\xff")
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    message = (
        "Tệp “Ảnh hội trường.jpg” nặng 20,1 MB, vượt quá 20 MB cho phép. "
        "Hãy chụp lại ở độ phân giải thấp hơn hoặc chia nhỏ tệp."
    )
    assert check_file(big) == message
    with store.transaction() as session:
        activity_id = new_activity(session)
        with pytest.raises(UserFacingError) as raised:
            attach(session, layout, big, activity_id=activity_id)
        assert str(raised.value) == message
        assert attachments_of(session, layout, activity_id=activity_id) == []
    assert blobs(layout) == []


def test_size_is_shown_with_a_decimal_comma(tmp_path: Path) -> None:
    photo = tmp_path / "x.jpg"
    with photo.open("wb") as handle:
        handle.truncate(int(23.4 * 1024 * 1024))
    assert check_file(photo) == (
        "Tệp “x.jpg” nặng 23,4 MB, vượt quá 20 MB cho phép. "
        "Hãy chụp lại ở độ phân giải thấp hơn hoặc chia nhỏ tệp."
    )
    assert check_file(write(tmp_path / "exactly.png", png_bytes())) is None


def test_unreadable_file_is_explained(tmp_path: Path) -> None:
    locked = write(tmp_path / "khoa.png", png_bytes())
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions do not stop reading")
        message = check_file(locked)
        assert message is not None
        assert message.startswith("Không đọc được tệp “khoa.png”: không có quyền truy cập")
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_file_locked_by_another_program_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = write(tmp_path / "dang-mo.png", png_bytes())
    real_open = Path.open

    def sharing_violation(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:  # what Windows reports while another program holds the file exclusively
            raise PermissionError(13, "The process cannot access the file")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", sharing_violation)
    message = check_file(locked)
    assert message is not None
    assert "đang được chương trình khác dùng" in message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("virus.exe", b"MZ", "Không đính kèm được tệp “virus.exe”: chỉ nhận ảnh (JPG, PNG"),
        (
            "video.mp4",
            b"\x00\x00\x00\x18ftypmp42",
            "chỉ nhận ảnh (JPG, PNG, GIF, BMP, WEBP, TIFF, HEIC), PDF",
        ),
        ("trong.jpg", b"", "Tệp “trong.jpg” trống (0 byte)"),
        ("hong.jpg", b"<html>not a photo", "Tệp “hong.jpg” không mở được như một ảnh"),
        ("hong.pdf", b"\x00\x01garbage", "Tệp “hong.pdf” không phải PDF hợp lệ"),
    ],
)
def test_files_that_cannot_be_attached(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    message = check_file(write(tmp_path / name, content))
    assert message is not None
    assert expected in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert check_file(tmp_path / "da-xoa.jpg") == (
        "Không tìm thấy tệp “da-xoa.jpg”. Có thể tệp đã bị chuyển đi hoặc xóa; hãy chọn lại."
    )
    folder = tmp_path / "Ảnh tháng 11.jpg"
    folder.mkdir()
    message = check_file(folder)
    assert message is not None
    assert "không phải là một tệp" in message


def test_exactly_one_owner_and_safe_blob_names(store: Store, layout: DataLayout, photo: Path) -> None:
    with store.transaction() as session, pytest.raises(ValueError, match="exactly one"):
        attach(session, layout, photo)
    with pytest.raises(ValueError, match="SHA-256"):
        blob_path(layout, "../../etc/passwd")


def test_format_size() -> None:
    assert [format_size(n) for n in (850, 2048, 2_400_000)] == ["850 byte", "2 KB", "2,3 MB"]


def test_layout_makes_the_attachment_folder(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "data").ensure()
    assert layout.attachments == tmp_path / "data" / "attachments"
    assert layout.attachments.is_dir()


# -- removing, duplicating, saving a form -----------------------------------------------------------


def test_removing_an_attachment_keeps_its_file(store: Store, layout: DataLayout, photo: Path) -> None:
    with store.transaction() as session:
        activity_id = new_activity(session)
        row = attach(session, layout, photo, activity_id=activity_id)
    with store.transaction() as session:
        remove_attachment(session, row.id)
        remove_attachment(session, row.id)  # twice is harmless
    with store.reading() as session:
        assert attachments_of(session, layout, activity_id=activity_id) == []
        removed = session.get_one(Attachment, row.id)
        assert removed.is_deleted
        assert isinstance(removed.deleted_at, datetime)
    assert row.path.is_file()


def test_duplicate_copies_rows_not_files(store: Store, layout: DataLayout, photo: Path, pdf: Path) -> None:
    with store.transaction() as session:
        source, target, other = new_activity(session), new_activity(session), new_activity(session)
        kept = attach(session, layout, photo, activity_id=source)
        skipped = attach(session, layout, pdf, activity_id=source)
        before = blobs(layout)
        assert copy_attachments_for_duplicate(session, source, target) == 2
        assert copy_attachments_for_duplicate(session, source, other, except_ids={skipped.id}) == 1
        copied = attachments_of(session, layout, activity_id=target)
        assert [(r.sha256, r.original_name) for r in copied] == [
            (kept.sha256, kept.original_name),
            (skipped.sha256, skipped.original_name),
        ]
        assert {r.id for r in copied}.isdisjoint({kept.id, skipped.id})
        assert [r.sha256 for r in attachments_of(session, layout, activity_id=other)] == [kept.sha256]

        event_a, event_b = new_event(session), new_event(session)
        attach(session, layout, photo, propaganda_event_id=event_a)
        assert copy_event_attachments_for_duplicate(session, event_a, event_b) == 1
        assert attachments_of(session, layout, propaganda_event_id=event_b)[0].sha256 == kept.sha256
    assert blobs(layout) == before


def test_form_changes_are_saved_together(
    store: Store, layout: DataLayout, photo: Path, pdf: Path, tmp_path: Path
) -> None:
    with store.transaction() as session:
        activity_id, stranger = new_activity(session), new_activity(session)
        old = attach(session, layout, photo, activity_id=activity_id)
        foreign = attach(session, layout, pdf, activity_id=stranger)
    with store.transaction() as session:
        rows = apply_form_changes(
            session, layout, added=[pdf], removed_ids=[old.id, foreign.id], activity_id=activity_id
        )
    assert [row.original_name for row in rows] == ["danh-sach-ky-ten.pdf"]
    with store.reading() as session:  # another record's attachment is never touched
        assert attachments_of(session, layout, activity_id=stranger) == [foreign]

    # One bad file: the whole form save fails and nothing of it is kept.
    gone = tmp_path / "da-xoa.jpg"
    with pytest.raises(UserFacingError, match="Không tìm thấy"), store.transaction() as session:
        apply_form_changes(
            session, layout, added=[photo, gone], removed_ids=[rows[0].id], activity_id=activity_id
        )
    with store.reading() as session:
        assert attachments_of(session, layout, activity_id=activity_id) == rows


# -- garbage collection ------------------------------------------------------------------------------


def test_garbage_collection_deletes_only_unused_files(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    files = {
        name: write(tmp_path / f"{name}.png", png_bytes(rgb=(i, i, i))) for i, name in enumerate("abcde")
    }
    with store.transaction() as session:
        live, trashed, purged = new_activity(session), new_activity(session), new_activity(session)
        event_id = new_event(session)
        row = {
            "a": attach(session, layout, files["a"], activity_id=live),
            "b": attach(session, layout, files["b"], activity_id=live),  # removed below
            "c": attach(session, layout, files["c"], activity_id=purged),  # its record is purged
            "d": attach(session, layout, files["d"], activity_id=trashed),  # record only in the trash
            "e": attach(session, layout, files["e"], activity_id=purged),
        }
        shared = attach(session, layout, files["e"], propaganda_event_id=event_id)
        remove_attachment(session, row["b"].id)
        session.get_one(Activity, trashed).is_deleted = True
    stray = write(layout.attachments / "0f" / "notes.txt", b"not ours: never touched")

    with store.transaction() as session:
        session.execute(delete(Activity).where(Activity.id == purged))  # emptying the trash
        assert collect_garbage(session, layout) == 0  # every file is younger than the grace period
        assert collect_garbage(session, layout, grace=NO_GRACE) == 2
        assert row["b"].path.is_file()  # nothing is deleted before the commit
    assert not row["b"].path.exists()
    assert not row["c"].path.exists()
    assert not row["b"].path.parent.exists() or any(row["b"].path.parent.iterdir())
    for kept in ("a", "d", "e"):
        assert row[kept].path.is_file()
    assert stray.is_file()
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 3
        assert session.get(Attachment, row["b"].id) is None
        assert attachments_of(session, layout, propaganda_event_id=event_id) == [shared]


def test_a_rolled_back_garbage_collection_deletes_nothing(
    store: Store, layout: DataLayout, photo: Path
) -> None:
    with store.transaction() as session:
        activity_id = new_activity(session)
        row = attach(session, layout, photo, activity_id=activity_id)
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.execute(delete(Activity).where(Activity.id == activity_id))
        assert collect_garbage(session, layout, grace=NO_GRACE) == 1
        raise RuntimeError("power cut before the commit")
    assert row.path.is_file()
    with store.reading() as session:
        assert attachments_of(session, layout, activity_id=activity_id) == [row]
    with store.transaction() as session:  # the row is back, so its file is in use again
        assert collect_garbage(session, layout, grace=NO_GRACE) == 0
    assert row.path.is_file()


def test_interrupted_copies_are_cleaned_up(store: Store, layout: DataLayout) -> None:
    leftover = write(layout.attachments / "ab" / f".{'ab' * 32}.x1y2.tmp", b"half a photo")
    with store.transaction() as session:
        assert collect_garbage(session, layout, grace=NO_GRACE) == 1
    assert not leftover.exists()


# -- viewing -----------------------------------------------------------------------------------------


def test_viewing_copy_has_the_original_name_and_is_read_only(
    store: Store, layout: DataLayout, photo: Path, tmp_path: Path
) -> None:
    with store.transaction() as session:
        row = attach(session, layout, photo, activity_id=new_activity(session))
    folder = tmp_path / "xem"
    copy = viewing_copy(row.path, row.original_name, folder)
    assert copy.name == "Lễ phát động.png"
    assert copy.read_bytes() == photo.read_bytes()
    assert not copy.stat().st_mode & stat.S_IWUSR
    assert viewing_copy(row.path, row.original_name, folder) == copy
    odd = viewing_copy(row.path, 'C:\\Users\\x\\bien "ban": 1?.png', folder)
    assert odd.name == "bien _ban__ 1_.png"
    row.path.unlink()
    with pytest.raises(UserFacingError, match="Không tìm thấy bản lưu"):
        viewing_copy(row.path, "khac.png", tmp_path / "xem2")
