"""Băng rôn – Khẩu hiệu: slogan library and banner/poster printing (not built yet)."""

from __future__ import annotations

from gender_equality_desk.gui.pages.placeholder import PlaceholderPage


class BannersPage(PlaceholderPage):
    def title(self) -> str:
        return self.tr("Băng rôn – Khẩu hiệu")

    def icon_name(self) -> str:
        return "banners"

    def purpose(self) -> str:
        return self.tr(
            "Tại đây cán bộ sẽ chọn khẩu hiệu trong thư viện và in băng rôn, áp phích đúng kích thước: "
            "một trang khổ lớn cho nhà in hoặc ghép nhiều trang A4, A3 trên máy in văn phòng."
        )
