"""The one-time transfer code of a "move to a new PC" package, shown once after the package is written.

The encrypted cases in the package are sealed under this code (core.exchange.package_cases_seal); the
new PC asks for it. It is never stored, so the dialog only closes once the administrator ticks that it
is written down (Esc and the window's close button do nothing before that).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label


class TransferCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TransferCodeDialog", "Mã chuyển máy — chỉ hiện một lần"))
        self.setMinimumWidth(640)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 18)
        box.setSpacing(12)
        box.addWidget(styled_label(translate(
            "TransferCodeDialog",
            "Hồ sơ hỗ trợ trong gói đã được khóa bằng mã chuyển máy dưới đây. Máy mới sẽ hỏi mã này khi "
            "nhập gói; không có mã thì không ai mở được phần hồ sơ.",
        ), wrap=True))  # fmt: skip
        self.code_label = QLabel(code)
        self.code_label.setObjectName("transferCode")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 2.2)
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setContentsMargins(0, 10, 0, 10)
        box.addWidget(self.code_label)
        self.instructions = styled_label(translate(
            "TransferCodeDialog",
            "• Chép mã ra giấy ngay bây giờ (chữ in hoa và số; không có chữ O, I, L và số 0, 1).\n"
            "• KHÔNG lưu mã trong USB, không để tờ giấy chung túi với USB: ai có cả hai sẽ mở được hồ sơ.\n"
            "• Ở máy mới, khi nhập gói, gõ mã này vào ô “Mã chuyển máy”.\n"
            "• Phần mềm không lưu mã và sẽ không hiện lại. Nếu mất mã, hãy xuất lại gói ở máy này.",
        ), "error", wrap=True)  # fmt: skip
        self.instructions.setObjectName("transferCodeInstructions")
        box.addWidget(self.instructions)
        self.written = QCheckBox(translate("TransferCodeDialog", "Tôi đã ghi lại mã"))
        self.written.setObjectName("transferCodeWritten")
        box.addWidget(self.written)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(translate("TransferCodeDialog", "Đóng"))
        self.close_button.setObjectName("transferCodeClose")
        self.close_button.setProperty("primary", True)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        box.addLayout(row)
        self.written.toggled.connect(self.close_button.setEnabled)

    def done(self, result: int) -> None:
        if not self.written.isChecked():
            return  # Esc, or the parent closing it: the code must be written down first
        self.code_label.clear()  # the code leaves the screen for good
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.written.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()
