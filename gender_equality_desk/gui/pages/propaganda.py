"""Tuyên truyền: propaganda and communication events (not built yet)."""

from __future__ import annotations

from gender_equality_desk.gui.pages.placeholder import PlaceholderPage


class PropagandaPage(PlaceholderPage):
    def title(self) -> str:
        return self.tr("Tuyên truyền")

    def icon_name(self) -> str:
        return "propaganda"

    def purpose(self) -> str:
        return self.tr(
            "Tại đây cán bộ sẽ ghi các đợt tuyên truyền: treo băng rôn, khẩu hiệu, phát thanh, tin bài, "
            "tờ rơi, với số lượng, số phút phát và khẩu hiệu đã dùng."
        )
