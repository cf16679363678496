"""Tài khoản → Kiểm tra phân quyền: every MAC checked (core/security/trust_repair.review), each change made
outside the app listed, and — when there is any — "Khôi phục và xác nhận", which puts back what the MACs
still tell, accepts the rest and writes that to the access log (trust_repair.repair)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import trust_repair
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import set_role, show_message, styled_label, wait_cursor


class TrustReviewDialog(QDialog):
    def __init__(self, auth: AuthSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self.repaired = False
        self.setWindowTitle(translate("TrustReviewDialog", "Kiểm tra phân quyền và nhật ký"))
        self.setMinimumWidth(640)
        box = QVBoxLayout(self)
        box.addWidget(
            styled_label(
                translate(
                    "TrustReviewDialog",
                    "Vai trò tài khoản, phân công hồ sơ và nhật ký truy cập được so với mã xác thực mà chỉ "
                    "phần mềm (khi có người đăng nhập) tạo được.",
                ),
                "muted",
                wrap=True,
            )
        )
        self.verdict = styled_label("", "", wrap=True)
        self.verdict.setObjectName("trustVerdict")
        box.addWidget(self.verdict)
        self.problems = styled_label("", "error", wrap=True)
        self.problems.setObjectName("trustProblems")
        box.addWidget(self.problems)
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("trustMessage")
        box.addWidget(self.message)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.repair_button = QPushButton(translate("TrustReviewDialog", "Khôi phục và xác nhận"))
        self.repair_button.setObjectName("repairTrustButton")
        self.repair_button.setToolTip(
            translate(
                "TrustReviewDialog",
                "Đưa vai trò, trạng thái và phân công về như phần mềm đã ghi; điều không tìm lại được thì "
                "giữ như hiện có. Việc này được ghi vào nhật ký truy cập.",
            )
        )
        self.close_button = QPushButton(translate("TrustReviewDialog", "Đóng"))
        bar.addWidget(self.repair_button)
        bar.addWidget(self.close_button)
        box.addLayout(bar)
        self.repair_button.clicked.connect(self.repair)
        self.close_button.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        with wait_cursor():
            review = trust_repair.review(self._auth)
        if review.ok:
            self.verdict.setText(
                translate("TrustReviewDialog", "TỐT: không có gì bị sửa ngoài ứng dụng.")
                + "\n"
                + review.log_message
            )
        else:
            self.verdict.setText(
                translate("TrustReviewDialog", "Phát hiện {n} chỗ bị sửa ngoài ứng dụng:").format(
                    n=len(review.problems)
                )
            )
        set_role(self.verdict, "ok" if review.ok else "error")
        self.problems.setText("\n".join(f"• {line}" for line in review.problems))
        self.problems.setVisible(not review.ok)
        self.repair_button.setEnabled(not review.ok)

    def repair(self) -> None:
        try:
            with wait_cursor():
                result = trust_repair.repair(self._auth)
        except UserFacingError as error:
            show_message(self.message, str(error), error=True)
            return
        self.repaired = True
        done = [translate("TrustReviewDialog", "Đã khôi phục và ghi vào nhật ký truy cập.")]
        done += [f"• {line}" for line in result.restored]
        if result.accepted:
            done.append(translate("TrustReviewDialog", "Giữ như hiện có (không tìm lại được giá trị gốc):"))
            done += [f"• {line}" for line in result.accepted]
        self.refresh()
        show_message(self.message, "\n".join(done))
