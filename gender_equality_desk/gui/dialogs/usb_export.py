"""Gửi ra USB: pick the stick (removable drives first) or another folder, and the file format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.exchange.usb import Drive, list_drives
from gender_equality_desk.core.reports.registry import OutputFormat
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import styled_label


def _size(free_bytes: int) -> str:
    gigabytes = free_bytes / 1024**3
    if gigabytes >= 1:
        return f"{gigabytes:.1f} GB".replace(".", ",")
    return f"{free_bytes // 1024**2} MB"


class UsbExportDialog(QDialog):
    """After `exec()` is accepted, `folder()` and `output()` say where and how to write."""

    def __init__(
        self,
        file_stem: str,
        parent: QWidget | None = None,
        drives: Callable[[], list[Drive]] = list_drives,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UsbExportDialog", "Gửi báo cáo ra USB"))
        self.setMinimumWidth(520)
        self._drives = drives
        self._file_stem = file_stem
        box = QVBoxLayout(self)
        box.addWidget(
            styled_label(translate("UsbExportDialog", "Chọn USB (hoặc thư mục) để ghi báo cáo:"), wrap=True)
        )
        self.drive_list = QListWidget()
        self.drive_list.setObjectName("driveList")
        box.addWidget(self.drive_list, 1)
        self.empty_hint = styled_label(
            translate(
                "UsbExportDialog",
                "Chưa thấy USB nào. Hãy cắm USB rồi bấm “Làm mới”, hoặc chọn một thư mục khác.",
            ),
            "muted",
            wrap=True,
        )
        box.addWidget(self.empty_hint)
        places = QHBoxLayout()
        refresh = QPushButton(translate("UsbExportDialog", "Làm mới"))
        refresh.clicked.connect(self.refresh)
        other = QPushButton(translate("UsbExportDialog", "Chọn thư mục khác…"))
        other.clicked.connect(self._choose_folder)
        places.addWidget(refresh)
        places.addWidget(other)
        places.addStretch(1)
        box.addLayout(places)

        formats = QHBoxLayout()
        formats.addWidget(styled_label(translate("UsbExportDialog", "Định dạng:")))
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[OutputFormat, QRadioButton] = {}
        for output in OutputFormat:
            button = QRadioButton(translated_label(output))
            button.setObjectName(f"format_{output.value}")
            self.format_group.addButton(button)
            self.format_buttons[output] = button
            formats.addWidget(button)
        formats.addStretch(1)
        self.format_buttons[OutputFormat.PDF].setChecked(True)
        box.addLayout(formats)
        self.name_label = styled_label("", "muted", wrap=True)
        self.name_label.setObjectName("usbFileName")
        box.addWidget(self.name_label)
        for button in self.format_buttons.values():
            button.toggled.connect(self._update_name)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            translate("UsbExportDialog", "Ghi ra USB"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.drive_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.drive_list.clear()
        for drive in self._drives():
            kind = (
                translate("UsbExportDialog", "USB")
                if drive.removable
                else translate("UsbExportDialog", "Ổ đĩa máy")
            )
            text = translate("UsbExportDialog", "{kind} {label} — còn trống {free}").format(
                kind=kind, label=drive.label, free=_size(drive.free_bytes)
            )
            self._add_place(drive.path, text)
        self.empty_hint.setVisible(self.drive_list.count() == 0)
        if self.drive_list.count():
            self.drive_list.setCurrentRow(0)
        self._update_buttons()

    def folder(self) -> Path | None:
        item = self.drive_list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def output(self) -> OutputFormat:
        for output, button in self.format_buttons.items():
            if button.isChecked():
                return output
        return OutputFormat.PDF

    def choose_folder(self, folder: Path) -> None:
        """Add `folder` as a place and select it (the "Chọn thư mục khác…" button, or a test)."""
        self._add_place(folder, translate("UsbExportDialog", "Thư mục {folder}").format(folder=folder))
        self.drive_list.setCurrentRow(self.drive_list.count() - 1)
        self.empty_hint.hide()

    def _add_place(self, path: Path, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.drive_list.addItem(item)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("UsbExportDialog", "Chọn thư mục để ghi báo cáo")
        )
        if chosen:
            self.choose_folder(Path(chosen))

    def _update_name(self) -> None:
        self.name_label.setText(
            translate("UsbExportDialog", "Tên tệp: {name}").format(
                name=f"{self._file_stem}.{self.output().value}"
            )
        )

    def _update_buttons(self) -> None:
        self.write_button.setEnabled(self.folder() is not None)
        self._update_name()
