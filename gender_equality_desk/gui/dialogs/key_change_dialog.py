"""The administrator's confirmation before the province trusts a commune's new signing key: both key
fingerprints side by side, and what to check on the phone first."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from gender_equality_desk.core.province.receiving import ReceiptOutcome
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label


def _fingerprint_label(text: str, name: str) -> QWidget:
    label = styled_label(text)
    label.setObjectName(name)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(13)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class KeyChangeDialog(QDialog):
    """Accepted only by the "Chấp nhận khóa mới" button."""

    def __init__(self, outcome: ReceiptOutcome, contact: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KeyChangeDialog", "Chấp nhận khóa mới của xã"))
        self.setMinimumWidth(560)
        commune = f"{outcome.commune_name} ({outcome.commune_code})"
        intro = translate(
            "KeyChangeDialog",
            "Tệp “{file}” của {commune} được ký bằng một khóa khác với khóa tỉnh đã ghi nhận cho xã. Có thể "
            "xã đã cài lại phần mềm hoặc đổi máy — nhưng cũng có thể tệp do người khác lập.",
        )
        box = QVBoxLayout(self)
        box.addWidget(styled_label(intro.format(file=outcome.file.name, commune=commune), wrap=True))
        form = QFormLayout()
        self.pinned = _fingerprint_label(outcome.pinned_key, "keyChangePinned")
        self.new = _fingerprint_label(outcome.file_key, "keyChangeNew")
        form.addRow(translate("KeyChangeDialog", "Khóa đã ghi nhận:"), self.pinned)
        form.addRow(translate("KeyChangeDialog", "Khóa trong tệp mới:"), self.new)
        box.addLayout(form)
        check = translate(
            "KeyChangeDialog",
            "Trước khi chấp nhận: gọi điện cho xã{contact}, đề nghị cán bộ đọc mã khóa ký của máy xã và so "
            "từng nhóm với mã “Khóa trong tệp mới” ở trên. Chỉ chấp nhận khi khớp hoàn toàn. Từ nay tỉnh chỉ "
            "nhận tệp ký bằng khóa mới; việc chấp nhận được ghi vào nhật ký.",
        )
        contact_text = f" ({contact})" if contact else ""
        self.check = styled_label(check.format(contact=contact_text), "muted", wrap=True)
        box.addWidget(self.check)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            translate("KeyChangeDialog", "Chấp nhận khóa mới"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("keyChangeAccept")
        cancel = buttons.addButton(
            translate("KeyChangeDialog", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setDefault(True)  # Enter must not trust a key by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
