"""The first-run wizard's province path: the Sở's identity, then a read-back of what will be saved.

A province desk needs little at first: its province, the Sở receiving the communes' reports (suggested
"Sở Nội vụ tỉnh …"), optionally the leader signing the consolidated report and the officer to call. The
letterhead (SỞ NỘI VỤ under UBND TỈNH …) is suggested from them (core.province.desk) and editable later
at Cài đặt.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from gender_equality_desk.core.profile import ProfileInput, suggest_receiving_authority
from gender_equality_desk.core.province.desk import province_desk_profile, province_profile_problems
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import card, styled_label

PROVINCE_STEPS = 3


class ProvinceSetupPage(QWizardPage):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(
            translate(
                "ProvinceSetupPage",
                "Các ô có dấu * là bắt buộc. Mọi thông tin đều sửa lại được ở trang Cài đặt.",
            )
        )
        self._authority_edited = False
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.province = self._line("provinceName", translate("ProvinceSetupPage", "Ví dụ: Lạng Sơn"))
        self.authority = self._line("provinceAuthority", translate("ProvinceSetupPage", "Sở Nội vụ tỉnh …"))
        self.signer = self._line(
            "provinceSigner", translate("ProvinceSetupPage", "Có thể nhập sau ở Cài đặt")
        )
        self.officer = self._line("provinceOfficer", translate("ProvinceSetupPage", "Không bắt buộc"))
        self.phone = self._line("provincePhone", translate("ProvinceSetupPage", "Không bắt buộc"))
        form.addRow(translate("ProvinceSetupPage", "Tỉnh/thành phố *"), self.province)
        form.addRow(translate("ProvinceSetupPage", "Sở tiếp nhận báo cáo *"), self.authority)
        form.addRow(translate("ProvinceSetupPage", "Người ký báo cáo tổng hợp"), self.signer)
        form.addRow(translate("ProvinceSetupPage", "Cán bộ phụ trách"), self.officer)
        form.addRow(translate("ProvinceSetupPage", "Số điện thoại"), self.phone)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(
            styled_label(
                translate(
                    "ProvinceSetupPage",
                    "Báo cáo bình đẳng giới và Tháng hành động gửi Sở Nội vụ; thống kê phòng, chống bạo lực "
                    "gia đình gửi Sở Văn hóa, Thể thao và Du lịch. Mỗi Sở dùng một thư mục dữ liệu riêng.",
                ),
                "muted",
                wrap=True,
            )
        )
        self.problems = styled_label("", "error", wrap=True)
        self.problems.setObjectName("provinceSetupProblems")
        box.addWidget(self.problems)
        box.addStretch(1)
        self.province.textChanged.connect(self._suggest)
        self.authority.textEdited.connect(lambda text: setattr(self, "_authority_edited", bool(text.strip())))
        self.authority.textChanged.connect(lambda _text: self.completeChanged.emit())

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setObjectName(name)
        editor.setPlaceholderText(placeholder)
        return editor

    def _suggest(self, province: str) -> None:
        if not self._authority_edited:
            self.authority.setText(suggest_receiving_authority(province))
        self.completeChanged.emit()

    def profile(self) -> ProfileInput:
        return province_desk_profile(
            self.province.text(),
            authority=self.authority.text(),
            signer=self.signer.text(),
            officer=self.officer.text(),
            phone=self.phone.text(),
        )

    def isComplete(self) -> bool:
        return bool(self.province.text().strip() and self.authority.text().strip())

    def validatePage(self) -> bool:
        problems = province_profile_problems(self.profile())
        self.problems.setText("\n".join(problems.values()))
        return not problems


class ProvinceSummaryPage(QWizardPage):
    """What will be saved, and what the province does next."""

    def __init__(self, title: str, setup_page: ProvinceSetupPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_page = setup_page
        self.setTitle(title)
        self.setSubTitle(translate("ProvinceSummaryPage", "Bấm «Hoàn tất» để lưu."))
        frame = card(self, "provinceSummaryCard")
        self.form = QFormLayout(frame)
        self.form.setContentsMargins(16, 12, 16, 12)
        self.form.setHorizontalSpacing(20)
        self.form.setVerticalSpacing(8)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(frame)
        box.addSpacing(6)
        box.addWidget(styled_label(translate("ProvinceSummaryPage", "Sau khi hoàn tất:"), "cardTitle"))
        box.addWidget(
            styled_label(
                translate(
                    "ProvinceSummaryPage",
                    "1. Danh bạ xã: nhập danh sách xã, phường của tỉnh từ tệp Excel hoặc CSV.\n"
                    "2. Kỳ báo cáo: xuất tệp khóa của tỉnh gửi các xã (kèm mã khóa đọc qua điện thoại), tạo "
                    "kỳ báo cáo và xuất tệp kỳ báo cáo.\n"
                    "3. Nhận báo cáo: nhận các tệp báo cáo xã gửi lên, rồi tổng hợp.",
                ),
                wrap=True,
            )
        )
        box.addStretch(1)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        profile = self._setup_page.profile()
        rows = [
            (translate("ProvinceSummaryPage", "Tỉnh/thành phố"), profile.province_name),
            (translate("ProvinceSummaryPage", "Sở tiếp nhận"), profile.commune_name),
            (
                translate("ProvinceSummaryPage", "Tiêu đề văn bản"),
                f"{profile.parent_body} / {profile.issuing_body}",
            ),
            (translate("ProvinceSummaryPage", "Báo cáo tổng hợp gửi"), profile.receiving_authority),
            (
                translate("ProvinceSummaryPage", "Người ký"),
                f"{profile.signer_name} — {profile.signing_authority} {profile.signer_title}"
                if profile.signer_name
                else translate(
                    "ProvinceSummaryPage", "(chưa nhập: nhập ở Cài đặt trước khi in báo cáo tổng hợp)"
                ),
            ),
            (
                translate("ProvinceSummaryPage", "Cán bộ phụ trách"),
                " · ".join(part for part in (profile.officer_name, profile.officer_phone) if part)
                or translate("ProvinceSummaryPage", "(chưa nhập)"),
            ),
        ]
        for label, value in rows:
            shown = styled_label(value, wrap=True)
            shown.setObjectName("provinceSummaryValue")
            self.form.addRow(styled_label(label, "muted"), shown)
