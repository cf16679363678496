"""Hồ sơ hỗ trợ: confidential victim-support cases (not built yet)."""

from __future__ import annotations

from gender_equality_desk.gui.pages.placeholder import PlaceholderPage


class CasesPage(PlaceholderPage):
    def title(self) -> str:
        return self.tr("Hồ sơ hỗ trợ")

    def icon_name(self) -> str:
        return "cases"

    def purpose(self) -> str:
        return self.tr(
            "Tại đây cán bộ được phân quyền sẽ quản lý hồ sơ hỗ trợ nạn nhân bạo lực theo mã hồ sơ ẩn "
            "danh; thông tin nhạy cảm sẽ được mã hóa và mọi lần xem đều được ghi nhật ký."
        )
