"""Kỳ báo cáo → Xuất tệp khóa của tỉnh: the key file communes import, and its fingerprint to read out.

The fingerprint is shown in large digits with the sentence that says how to check it by phone, and can be
printed to keep by the phone (core.province.key_sheet). The key pairs are made on first use
(core.province.keys.own_province_key): a province restoring its data folder keeps them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.key_sheet import READ_OUT, key_sheet_html
from gender_equality_desk.core.province.keys import KEY_FILE_SUFFIX, ProvinceKey, write_key_file
from gender_equality_desk.core.reports.naming import ascii_file_stem
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.printing import print_with_preview
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import show_message, styled_label

FINGERPRINT_STYLE = (
    "font-size: 26pt; font-weight: 600; font-family: 'DejaVu Sans Mono', 'Consolas', monospace;"
)


class ProvinceKeyDialog(QDialog):
    def __init__(self, key: ProvinceKey, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._today = today
        self.saved_to: Path | None = None
        self.choose_target: Callable[[str], Path | None] = self._ask_target
        self.print_sheet: Callable[[str], bool] = lambda html: print_with_preview(
            html, landscape=False, parent=self
        )
        self.setWindowTitle(translate("ProvinceKeyDialog", "Tệp khóa của tỉnh"))
        self.setMinimumWidth(640)
        box = QVBoxLayout(self)
        box.setSpacing(10)
        box.addWidget(
            styled_label(
                translate(
                    "ProvinceKeyDialog",
                    "Các xã nhập tệp khóa này một lần: báo cáo xã gửi lên được niêm phong bằng khóa của "
                    "tỉnh (mất USB cũng không ai đọc được), và tệp kỳ báo cáo tỉnh gửi xuống được kiểm tra "
                    "chữ ký. Mã khóa của {authority}:",
                ).format(authority=key.authority or key.province),
                wrap=True,
            )
        )
        self.fingerprint = styled_label(key.fingerprint)
        self.fingerprint.setObjectName("provinceKeyFingerprint")
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.fingerprint)
        read_out = styled_label(translate("ProvinceKeySheet", READ_OUT), "muted", wrap=True)
        read_out.setObjectName("provinceKeyReadOut")
        box.addWidget(read_out)
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("provinceKeyMessage")
        box.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(translate("ProvinceKeyDialog", "Lưu tệp khóa…"))
        self.save_button.setObjectName("saveProvinceKey")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(translate("ProvinceKeyDialog", "In mã khóa…"))
        self.print_button.setObjectName("printProvinceKey")
        self.print_button.clicked.connect(self.print_fingerprint)
        close = QPushButton(translate("ProvinceKeyDialog", "Đóng"))
        close.clicked.connect(self.accept)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(close)
        box.addLayout(row)

    def _ask_target(self, suggested: str) -> Path | None:
        return ask_save_path(
            self,
            translate("ProvinceKeyDialog", "Lưu tệp khóa của tỉnh"),
            suggested,
            translate("ProvinceKeyDialog", "Tệp khóa của tỉnh (*.gedkey)"),
        )

    def suggested_name(self) -> str:
        return f"{ascii_file_stem('KhoaTinh', self.key.province)}{KEY_FILE_SUFFIX}"

    def save(self) -> bool:
        target = self.choose_target(self.suggested_name())
        if target is None:
            return False
        target = with_extension(target, KEY_FILE_SUFFIX)
        try:
            write_key_file(self.key, target)
        except (UserFacingError, OSError) as error:
            failed = translate("ProvinceKeyDialog", "Không lưu được tệp khóa: {error}")
            show_message(self.message, failed.format(error=error), error=True)
            return False
        self.saved_to = target
        show_message(
            self.message,
            translate(
                "ProvinceKeyDialog",
                "Đã lưu {path}. Gửi tệp này cho các xã, rồi đọc mã khóa qua điện thoại cho cán bộ xã.",
            ).format(path=target),
        )
        return True

    def print_fingerprint(self) -> bool:
        return self.print_sheet(key_sheet_html(self.key, self._today()))
