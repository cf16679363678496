"""Báo cáo: reports that go up to the province (not built yet)."""

from __future__ import annotations

from gender_equality_desk.gui.pages.placeholder import PlaceholderPage


class ReportsPage(PlaceholderPage):
    def title(self) -> str:
        return self.tr("Báo cáo")

    def icon_name(self) -> str:
        return "reports"

    def purpose(self) -> str:
        return self.tr(
            "Tại đây cán bộ sẽ lập báo cáo kết quả Tháng hành động, báo cáo 6 tháng và năm, thống kê bạo "
            "lực gia đình và sổ nhật ký hoạt động, rồi xuất ra PDF hoặc Excel."
        )
