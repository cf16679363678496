"""Giới thiệu: the app's identity (icon, version, licence, bundled font) and where its data lives.

The data folder is shown as selectable text and can be opened in the file manager, so an officer
can find it to copy it onto a USB stick or show it to whoever helps her.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, metadata, version
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import gender_equality_desk
from gender_equality_desk import APP_TITLE
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.icons import app_icon
from gender_equality_desk.gui.widgets.basics import styled_label

DISTRIBUTION = "gender-equality-desk"
FALLBACK_LICENCE = "GPL-3.0-or-later"  # pyproject's licence, for a source tree that was never installed
FONT_LICENCE = "Tinos — SIL Open Font License 1.1"
ICON_SIZE = 64
DIALOG_WIDTH = 520

FolderOpener = Callable[[Path], bool]


def app_version() -> str:
    """The installed package's version; the package's own fallback when it was never installed."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return gender_equality_desk.__version__


def app_licence() -> str:
    """The licence declared in pyproject (an SPDX expression), read from the package metadata."""
    try:
        meta = metadata(DISTRIBUTION)
    except PackageNotFoundError:
        return FALLBACK_LICENCE
    for field in ("License-Expression", "License"):  # newer metadata moved the SPDX text to the former
        values = meta.get_all(field) or []
        if values and str(values[0]).strip():
            return str(values[0]).strip()
    return FALLBACK_LICENCE


def open_in_file_manager(folder: Path) -> bool:
    """Opens `folder` in the system file manager; False when the system could not."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """Shows version, licences and the data folder, with a button that opens the folder."""

    def __init__(
        self,
        layout: DataLayout,
        parent: QWidget | None = None,
        open_folder: FolderOpener = open_in_file_manager,
    ) -> None:
        super().__init__(parent)
        self._folder = layout.root
        self._open_folder = open_folder
        self.setWindowTitle(translate("AboutDialog", "Giới thiệu {app}").format(app=APP_TITLE))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(DIALOG_WIDTH)

        box = QVBoxLayout(self)
        box.setContentsMargins(20, 18, 20, 14)
        box.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(2)
        title = styled_label(APP_TITLE)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        names.addWidget(title)
        self.version_label = styled_label(
            translate("AboutDialog", "Phiên bản {version}").format(version=app_version())
        )
        names.addWidget(self.version_label)
        names.addWidget(
            styled_label(
                translate(
                    "AboutDialog",
                    "Phần mềm hỗ trợ cán bộ văn hóa – xã hội cấp xã trong công tác bình đẳng giới.",
                ),
                "muted",
                wrap=True,
            )
        )
        header.addLayout(names, 1)
        box.addLayout(header)

        self.licence_label = styled_label(
            translate(
                "AboutDialog",
                "Giấy phép: {licence}. Đây là phần mềm tự do: bạn được dùng, sao chép, sửa đổi và chia sẻ "
                "lại theo các điều khoản của Giấy phép Công cộng GNU, phiên bản 3 hoặc mới hơn.",
            ).format(licence=app_licence()),
            wrap=True,
        )
        box.addWidget(self.licence_label)
        self.font_licence_label = styled_label(
            translate("AboutDialog", "Phông chữ đi kèm: {font} (xem resources/fonts/LICENSE.txt).").format(
                font=FONT_LICENCE
            ),
            wrap=True,
        )
        box.addWidget(self.font_licence_label)

        box.addWidget(styled_label(translate("AboutDialog", "Thư mục dữ liệu:")))
        self.folder_label = styled_label(str(self._folder), wrap=True)
        self.folder_label.setObjectName("aboutDataFolder")
        self.folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        box.addWidget(self.folder_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = QPushButton(translate("AboutDialog", "Mở thư mục dữ liệu"))
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self._open_data_folder)
        buttons.rejected.connect(self.reject)
        box.addSpacing(4)
        box.addWidget(buttons)
        self.open_folder_button.setDefault(False)
        self.open_folder_button.setAutoDefault(False)

    def _open_data_folder(self) -> None:
        if not self._open_folder(self._folder):
            QMessageBox.warning(
                self,
                translate("AboutDialog", "Không mở được thư mục"),
                translate(
                    "AboutDialog",
                    "Máy không mở được thư mục dữ liệu. Hãy tự mở trình quản lý tệp và tìm đến:\n{folder}",
                ).format(folder=self._folder),
            )


def show_about(parent: QWidget | None, layout: DataLayout) -> None:
    """Shows the About box modally over `parent`."""
    dialog = AboutDialog(layout, parent)
    dialog.exec()
    dialog.deleteLater()  # a child of the window otherwise lives as long as the window
