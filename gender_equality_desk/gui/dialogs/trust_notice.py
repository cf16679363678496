"""What a sign-in found about the store (core/security/trust_anchor.on_sign_in), told at once: changes made
outside the app (in red, with what to do), or — once, for the administrator — what the first anchoring of
an upgraded store accepted, to be checked while it is fresh. The lines themselves are the core's
Vietnamese; heading and advice follow the screen language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label


def needs_notice(auth: AuthSession) -> bool:
    return bool(auth.trust_findings) or (auth.role is Role.ADMIN and bool(auth.trust_note))


class TrustNoticeDialog(QDialog):
    def __init__(self, auth: AuthSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        if auth.trust_findings:
            self.setWindowTitle(translate("TrustNoticeDialog", "Phát hiện sửa đổi ngoài ứng dụng"))
            heading = translate(
                "TrustNoticeDialog",
                "Dữ liệu hồ sơ hỗ trợ đã bị sửa bằng công cụ ngoài ứng dụng (không qua phần mềm):",
            )
            advice = (
                translate(
                    "TrustNoticeDialog",
                    "Vào Tài khoản → Kiểm tra phân quyền để xem chi tiết và khôi phục vai trò, phân công như "
                    "phần mềm đã ghi. Nhật ký truy cập giữ lại dấu vết; nếu cần, khôi phục bản sao lưu trước "
                    "ngày bị sửa.",
                )
                if auth.role is Role.ADMIN
                else translate(
                    "TrustNoticeDialog", "Hãy báo ngay cho quản trị viên; không tự sửa tệp dữ liệu."
                )
            )
            lines = [f"• {line}" for line in auth.trust_findings]
            role = "error"
        else:
            self.setWindowTitle(translate("TrustNoticeDialog", "Nhật ký và phân quyền đã được bảo vệ"))
            heading = translate("TrustNoticeDialog", "Lần đầu bảo vệ bằng mã xác thực trên máy này:")
            advice = translate(
                "TrustNoticeDialog",
                "Nếu có tài khoản quản trị viên lạ hoặc số hồ sơ không đúng, hãy khôi phục bản sao lưu trước "
                "khi làm tiếp.",
            )
            lines = [auth.trust_note]
            role = ""
        box.addWidget(styled_label(heading, "section", wrap=True))
        self.lines = styled_label("\n".join(lines), role, wrap=True)
        self.lines.setObjectName("trustNoticeLines")
        box.addWidget(self.lines)
        box.addWidget(styled_label(advice, "muted", wrap=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("TrustNoticeDialog", "Đóng"))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.setMinimumWidth(560)
