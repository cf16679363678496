"""Evidence files in a record's form: a row of thumbnails with add, open and remove.

The widget never writes: it shows saved attachments (`set_attachments`) and stages the officer's changes
(`pending_paths`, `removed_ids`), which the form saves with core `apply_form_changes` in the same
transaction as the record, so Esc really cancels. Files are checked when added (too large, unreadable,
wrong kind) and refused ones are explained under the list while the others are still added.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QImage,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk import APP_NAME
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.attachments import (
    ALLOWED_TYPES,
    IMAGE_TYPES,
    MAX_ATTACHMENT_BYTES,
    AttachmentRow,
    check_file,
    format_size,
    viewing_copy,
)
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.theme import BORDER, ERROR, MUTED
from gender_equality_desk.gui.widgets.basics import styled_label

THUMB = 96
_CELL = QSize(THUMB + 34, THUMB + 34)


@dataclass(frozen=True)
class _Entry:
    """One thumbnail: a saved attachment (`row`), or a file added that the form has not saved yet."""

    name: str
    source: Path  # the blob of a saved attachment, the officer's own file otherwise
    size_bytes: int
    is_image: bool
    row: AttachmentRow | None = None

    @classmethod
    def saved(cls, row: AttachmentRow) -> _Entry:
        return cls(row.original_name, row.path, row.size_bytes, row.is_image, row)

    @classmethod
    def pending(cls, path: Path, size_bytes: int) -> _Entry:
        return cls(path.name, path, size_bytes, path.suffix.lower() in IMAGE_TYPES)


def _document_icon(name: str) -> QIcon:
    """A page with the file's kind written on it (PDF, DOCX…), drawn so it needs no icon file."""
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(MUTED), 1.5))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(20, 8, 56, 80, 4, 4)
    kind = Path(name).suffix.lstrip(".").upper()[:4] or "?"
    band = QColor(ERROR if kind == "PDF" else MUTED)
    painter.fillRect(14, 50, 68, 22, band)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(13)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(14, 50, 68, 22, Qt.AlignmentFlag.AlignCenter, kind)
    painter.setPen(QPen(QColor(BORDER), 2))
    for y in (22, 30, 38):
        painter.drawLine(30, y, 66, y)
    painter.end()
    return _untinted(pixmap)


def _untinted(pixmap: QPixmap) -> QIcon:
    # Without a Selected pixmap the style tints the whole picture with the highlight colour.
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


def _image_icon(path: Path) -> QIcon | None:
    """A thumbnail decoded at thumbnail size (JPEG decoders skip most of a 20 MB photo's work)."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)  # blobs have no extension; some photos carry the wrong one
    reader.setAutoTransform(True)  # phone photos stand upright as on the phone
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image: QImage = reader.read()
    if image.isNull():
        return None
    image = image.scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    left, top = (THUMB - image.width()) // 2, (THUMB - image.height()) // 2
    painter.drawImage(left, top, image)
    painter.setPen(QPen(QColor(BORDER), 1))
    painter.drawRect(left, top, image.width() - 1, image.height() - 1)
    painter.end()
    return _untinted(pixmap)


class _ThumbnailStrip(QListWidget):
    """One horizontal row of thumbnails; says what to do while empty; Delete removes."""

    remove_requested = Signal()

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(_CELL)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)
        # Icon mode turns on moving items around by drag; files dropped here go to the parent instead.
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(_CELL.height() + scrollbar + 2 * self.frameWidth() + 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.selectedItems():
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(MUTED))
        rect = self.viewport().rect().adjusted(12, 0, -12, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
        painter.end()


class AttachmentList(QWidget):
    """Thumbnails of a record's evidence files with "Thêm tệp…", "Mở" and "Gỡ bỏ"; files can be dropped."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, viewing_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        self._removed: list[int] = []
        self._to_thumbnail: list[QListWidgetItem] = []
        self._viewing_dir = viewing_dir or Path(tempfile.gettempdir()) / APP_NAME / "xem-tep"
        self._last_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        self.setAcceptDrops(True)

        self.strip = _ThumbnailStrip(
            translate(
                "AttachmentList", "Chưa có tệp minh chứng. Bấm “Thêm tệp…” hoặc kéo thả ảnh, PDF vào đây."
            ),
            self,
        )
        self.strip.setObjectName("attachmentStrip")
        self.strip.setAccessibleName(translate("AttachmentList", "Tệp minh chứng"))
        self.add_button = QPushButton(translate("AttachmentList", "Thêm tệp…"), self)
        self.open_button = QPushButton(translate("AttachmentList", "Mở"), self)
        self.remove_button = QPushButton(translate("AttachmentList", "Gỡ bỏ"), self)
        self.add_button.setToolTip(
            translate("AttachmentList", "Chọn ảnh, bản chụp danh sách ký tên hoặc PDF (nhiều tệp cùng lúc)")
        )
        self.open_button.setToolTip(
            translate("AttachmentList", "Mở tệp bằng chương trình xem ảnh/tài liệu của máy")
        )
        self.remove_button.setToolTip(translate("AttachmentList", "Gỡ tệp khỏi bản ghi này (phím Delete)"))
        limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
        hint = styled_label(
            translate("AttachmentList", "Ảnh, PDF, Word, Excel; tối đa {limit} MB mỗi tệp").format(
                limit=limit
            ),
            "muted",
        )
        self.errors = styled_label("", "error", wrap=True, parent=self)
        self.errors.setObjectName("attachmentErrors")
        self.errors.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addSpacing(8)
        buttons.addWidget(hint, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.strip)
        box.addLayout(buttons)
        box.addWidget(self.errors)

        self._thumbnail_timer = QTimer(self)
        self._thumbnail_timer.setSingleShot(True)
        self._thumbnail_timer.setInterval(0)
        self._thumbnail_timer.timeout.connect(self._load_next_thumbnail)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.strip.remove_requested.connect(self.remove_selected)
        self.strip.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.strip.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- what the form reads and sets --------------------------------------------------------------

    def set_attachments(self, rows: Sequence[AttachmentRow]) -> None:
        """Show a record's saved attachments; forgets staged changes (a new or reloaded form)."""
        self.strip.clear()
        self._entries.clear()
        self._removed.clear()
        self._to_thumbnail.clear()
        self._show_errors([])
        for row in rows:
            self._append(_Entry.saved(row))
        self._update_buttons()

    def pending_paths(self) -> list[Path]:
        """Files added since `set_attachments`, to store when the form is saved."""
        return [entry.source for entry in self._entries if entry.row is None]

    def removed_ids(self) -> list[int]:
        """Saved attachments the officer removed, to take off the record when the form is saved."""
        return list(self._removed)

    def kept_rows(self) -> list[AttachmentRow]:
        """Saved attachments still shown (what a duplicate of the record carries over)."""
        return [entry.row for entry in self._entries if entry.row is not None]

    def has_changes(self) -> bool:
        return bool(self._removed or self.pending_paths())

    def thumbnails_pending(self) -> int:
        return len(self._to_thumbnail)

    # -- what the officer does -----------------------------------------------------------------------

    def add_files(self, paths: Sequence[Path]) -> list[str]:
        """Add the files that can be attached; returns (and shows) why the others cannot."""
        problems: list[str] = []
        known = set(self.pending_paths())
        added = 0
        for path in paths:
            problem = check_file(path)
            if problem is None and path in known:
                problem = translate("AttachmentList", "Tệp “{name}” đã có trong danh sách.").format(
                    name=path.name
                )
            if problem is not None:
                problems.append(problem)
                continue
            try:
                size = path.stat().st_size
            except OSError:
                size = 0  # vanished since the check: saving the form will say so
            known.add(path)
            self._append(_Entry.pending(path, size))
            added += 1
        self._show_errors(problems)
        if added:
            self.strip.scrollToItem(self.strip.item(self.strip.count() - 1))
            self.changed.emit()
        self._update_buttons()
        return problems

    def choose_files(self) -> None:
        patterns = " ".join(f"*{ext} *{ext.upper()}" for ext in ALLOWED_TYPES)
        names, _selected = QFileDialog.getOpenFileNames(
            self,
            translate("AttachmentList", "Chọn ảnh hoặc tài liệu minh chứng"),
            self._last_dir,
            translate("AttachmentList", "Ảnh và tài liệu minh chứng")
            + f" ({patterns});;"
            + translate("AttachmentList", "Tất cả tệp")
            + " (*)",
        )
        if names:
            self._last_dir = str(Path(names[0]).parent)
            self.add_files([Path(name) for name in names])

    def open_selected(self) -> None:
        item = self.strip.currentItem()
        if item is None or not item.isSelected():
            return
        entry = self._entries[self.strip.row(item)]
        try:
            # Saved files open through a read-only copy named like the original (see core viewing_copy).
            path = viewing_copy(entry.source, entry.name, self._viewing_dir) if entry.row else entry.source
        except UserFacingError as problem:
            self._show_errors([str(problem)])
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show_errors(
                [
                    translate("AttachmentList", "Máy tính chưa có chương trình mở được tệp “{name}”.").format(
                        name=entry.name
                    )
                ]
            )

    def remove_selected(self) -> None:
        rows = sorted((self.strip.row(item) for item in self.strip.selectedItems()), reverse=True)
        for index in rows:
            entry = self._entries.pop(index)
            item = self.strip.takeItem(index)
            if item in self._to_thumbnail:
                self._to_thumbnail.remove(item)
            if entry.row is not None:
                self._removed.append(entry.row.id)
        if rows:
            self._show_errors([])
            self.changed.emit()
        self._update_buttons()

    # -- drag and drop -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- internals -----------------------------------------------------------------------------------

    def _append(self, entry: _Entry) -> None:
        self._entries.append(entry)
        label = self.fontMetrics().elidedText(entry.name, Qt.TextElideMode.ElideMiddle, _CELL.width() - 8)
        item = QListWidgetItem(_document_icon(entry.name), label)
        item.setSizeHint(_CELL)
        size = format_size(entry.size_bytes)
        status = (
            translate("AttachmentList", "đã lưu")
            if entry.row
            else translate("AttachmentList", "chưa lưu, sẽ lưu cùng bản ghi")
        )
        item.setToolTip(f"{entry.name}\n{size} · {status}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, entry.name)
        self.strip.addItem(item)
        if entry.is_image:
            # One thumbnail per turn of the event loop: the form appears at once and stays responsive.
            self._to_thumbnail.append(item)
            self._thumbnail_timer.start()

    def _load_next_thumbnail(self) -> None:
        if not self._to_thumbnail:
            return
        item = self._to_thumbnail.pop(0)
        icon = _image_icon(self._entries[self.strip.row(item)].source)
        if icon is not None:
            item.setIcon(icon)
        else:
            item.setToolTip(
                item.toolTip() + "\n" + translate("AttachmentList", "Không xem trước được ảnh này.")
            )
        if self._to_thumbnail:
            self._thumbnail_timer.start()

    def _show_errors(self, messages: Sequence[str]) -> None:
        self.errors.setText("\n".join(messages))
        self.errors.setVisible(bool(messages))

    def _update_buttons(self) -> None:
        # An empty strip is no Tab stop: the keyboard goes straight to "Thêm tệp…".
        has_items = self.strip.count() > 0
        self.strip.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_items else Qt.FocusPolicy.NoFocus)
        selected = bool(self.strip.selectedItems())
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
