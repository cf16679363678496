"""The attachment list of a form: add through the dialog or by dropping, thumbnails, refusals explained,
remove, open with the system viewer. The widget only stages changes; nothing here touches the store."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import MAX_ATTACHMENT_BYTES, AttachmentRow, store_file
from gender_equality_desk.gui.widgets.attachment_list import AttachmentList

GREEN = QColor(46, 125, 50)


def photo(folder: Path, name: str, colour: QColor = GREEN, size: tuple[int, int] = (640, 480)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(colour)
    path = folder / name
    assert image.save(str(path))
    return path


def pdf(folder: Path, name: str = "bien-ban.pdf") -> Path:
    path = folder / name
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Bien ban hop dan")
    canvas.save()
    return path


def saved(layout: DataLayout, path: Path, row_id: int) -> AttachmentRow:
    """What core attachments_of would hand the form for `path` (the widget needs no store)."""
    stored = store_file(layout, path)
    return AttachmentRow(
        id=row_id,
        uuid=str(uuid.uuid4()),
        original_name=stored.original_name,
        size_bytes=stored.size_bytes,
        media_type=stored.media_type,
        sha256=stored.sha256,
        path=layout.attachments / stored.sha256[:2] / stored.sha256,
        is_image=stored.media_type.startswith("image/"),
    )


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "Ảnh hoạt động"
    folder.mkdir()
    return folder


@pytest.fixture
def widget(shown: Callable[[AttachmentList], AttachmentList], tmp_path: Path) -> AttachmentList:
    attachments = shown(AttachmentList(viewing_dir=tmp_path / "xem"))
    attachments.resize(700, 260)
    return attachments


def choose(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> list[tuple[object, ...]]:
    calls: list[tuple[object, ...]] = []

    def fake_dialog(*args: object) -> tuple[list[str], str]:
        calls.append(args)
        return [str(path) for path in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    return calls


def texts(widget: AttachmentList) -> list[str]:
    return [widget.strip.item(i).text() for i in range(widget.strip.count())]


def select(widget: AttachmentList, row: int) -> None:
    widget.strip.clearSelection()
    widget.strip.setCurrentRow(row)


def test_two_files_added_through_the_dialog_show_thumbnails(
    qtbot: QtBot, widget: AttachmentList, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image, document = photo(files, "le-phat-dong.jpg"), pdf(files)
    assert widget.strip.focusPolicy() == Qt.FocusPolicy.NoFocus  # empty: Tab goes to "Thêm tệp…"
    calls = choose(monkeypatch, [image, document])
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert "*.jpg *.JPG" in str(calls[0][3]) and "*.pdf" in str(calls[0][3])
    assert texts(widget) == ["le-phat-dong.jpg", "bien-ban.pdf"]
    assert widget.strip.item(0).toolTip().startswith("le-phat-dong.jpg\n")
    assert "chưa lưu" in widget.strip.item(1).toolTip()
    assert widget.pending_paths() == [image, document]
    assert widget.removed_ids() == []
    assert widget.has_changes()
    assert widget.errors.isHidden()
    assert widget.strip.focusPolicy() == Qt.FocusPolicy.StrongFocus

    qtbot.waitUntil(lambda: widget.thumbnails_pending() == 0)
    thumbnail = widget.strip.item(0).icon().pixmap(96, 96).toImage()
    centre = thumbnail.pixelColor(48, 48)  # the photo itself (JPEG: nearly exact), kept 4:3 in the square
    assert max(abs(centre.red() - 46), abs(centre.green() - 125), abs(centre.blue() - 50)) <= 3
    assert thumbnail.pixelColor(48, 2).alpha() == 0
    assert not widget.strip.item(1).icon().isNull()  # PDFs get a drawn page


def test_a_too_large_file_is_explained_and_the_others_still_added(
    qtbot: QtBot, widget: AttachmentList, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = files / "quay-phim.jpg"
    with big.open("wb") as handle:
        handle.write(b"\xff\xd8\xff")
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    good = photo(files, "hop-dan.png")
    choose(monkeypatch, [big, good])
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert texts(widget) == ["hop-dan.png"]
    assert widget.errors.isVisible()
    assert widget.errors.text() == (
        "Tệp “quay-phim.jpg” nặng 20,1 MB, vượt quá 20 MB cho phép. "
        "Hãy chụp lại ở độ phân giải thấp hơn hoặc chia nhỏ tệp."
    )
    # Adding the same file again is refused; a clean add clears old messages.
    assert widget.add_files([good]) == ["Tệp “hop-dan.png” đã có trong danh sách."]
    assert widget.add_files([photo(files, "khac.png")]) == []
    assert widget.errors.isHidden()


def test_remove_saved_and_pending_files(
    qtbot: QtBot, widget: AttachmentList, files: Path, layout: DataLayout
) -> None:
    rows = [saved(layout, photo(files, "a.png"), 11), saved(layout, pdf(files, "b.pdf"), 12)]
    widget.set_attachments(rows)
    new = photo(files, "c.jpg")
    widget.add_files([new])
    assert not widget.remove_button.isEnabled()

    select(widget, 0)
    assert widget.remove_button.isEnabled()
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert texts(widget) == ["b.pdf", "c.jpg"]
    assert widget.removed_ids() == [11]

    select(widget, 1)
    widget.strip.setFocus()
    qtbot.keyClick(widget.strip, Qt.Key.Key_Delete)
    assert texts(widget) == ["b.pdf"]
    assert widget.pending_paths() == []
    assert widget.kept_rows() == [rows[1]]
    assert widget.removed_ids() == [11]

    widget.set_attachments(rows)  # the form reloaded: staged changes are forgotten
    assert (widget.removed_ids(), widget.pending_paths(), widget.has_changes()) == ([], [], False)


def test_open_uses_the_system_viewer_with_the_original_name(
    qtbot: QtBot,
    widget: AttachmentList,
    files: Path,
    layout: DataLayout,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    original = photo(files, "Ký tên.png")
    widget.set_attachments([saved(layout, original, 5)])
    pending = pdf(files)
    widget.add_files([pending])

    select(widget, 0)
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    viewed = Path(opened[0].toLocalFile())
    assert viewed.name == "Ký tên.png"
    assert viewed.read_bytes() == original.read_bytes()
    assert tmp_path / "xem" in viewed.parents  # a viewing copy, never the blob itself

    select(widget, 1)
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[1].toLocalFile()) == pending  # not saved yet: the officer's own file

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert widget.errors.text() == "Máy tính chưa có chương trình mở được tệp “bien-ban.pdf”."


def test_files_dropped_on_the_list_are_added(widget: AttachmentList, files: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo(files, "tha.png"))), QUrl.fromLocalFile(str(files / "x.exe"))])
    (files / "x.exe").write_bytes(b"MZ")
    point = widget.strip.geometry().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(QPoint(point)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    assert texts(widget) == ["tha.png"]
    assert "Không đính kèm được tệp “x.exe”" in widget.errors.text()


def test_saved_blobs_get_thumbnails_and_broken_photos_say_so(
    qtbot: QtBot, widget: AttachmentList, files: Path, layout: DataLayout
) -> None:
    whole = photo(files, "nguyen-ven.png", size=(300, 600))
    broken = files / "tai-do-dang.png"
    broken.write_bytes(whole.read_bytes()[:60])  # the header survives, the picture does not
    widget.set_attachments([saved(layout, whole, 1)])
    widget.add_files([broken])
    qtbot.waitUntil(lambda: widget.thumbnails_pending() == 0)
    thumbnail = widget.strip.item(0).icon().pixmap(96, 96).toImage()
    assert thumbnail.pixelColor(48, 48) == GREEN  # read from the blob, which has no extension
    assert thumbnail.pixelColor(5, 48).alpha() == 0  # portrait: 48×96 in the middle of the square
    assert "đã lưu" in widget.strip.item(0).toolTip()
    assert widget.strip.item(1).toolTip().endswith("Không xem trước được ảnh này.")
