"""Hoạt động: campaign activities with participants by sex (not built yet)."""

from __future__ import annotations

from gender_equality_desk.gui.pages.placeholder import PlaceholderPage


class ActivitiesPage(PlaceholderPage):
    def title(self) -> str:
        return self.tr("Hoạt động")

    def icon_name(self) -> str:
        return "activities"

    def purpose(self) -> str:
        return self.tr(
            "Tại đây cán bộ sẽ ghi lại từng hoạt động đã tổ chức hoặc dự kiến: ngày, địa điểm, đơn vị tổ "
            "chức, số người tham gia chia theo nam, nữ, kinh phí và kết quả."
        )
