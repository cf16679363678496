"""Kế hoạch: annual and Action Month plans (not built yet)."""

from __future__ import annotations

from gender_equality_desk.gui.pages.placeholder import PlaceholderPage


class PlansPage(PlaceholderPage):
    def title(self) -> str:
        return self.tr("Kế hoạch")

    def icon_name(self) -> str:
        return "plans"

    def purpose(self) -> str:
        return self.tr(
            "Tại đây cán bộ sẽ soạn kế hoạch năm và kế hoạch Tháng hành động (mục đích, chủ đề, hoạt "
            "động, phân công, kinh phí) và in đúng thể thức Nghị định 30/2020/NĐ-CP."
        )
