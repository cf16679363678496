"""A page that is not built yet: it says so plainly and what it will do. No fake content."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import Page, PageServices
from gender_equality_desk.gui.widgets.basics import card, styled_label


class PlaceholderPage(Page):
    def __init__(self, services: PageServices | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        notice = card(name="placeholderNotice")
        box = QVBoxLayout(notice)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(6)
        status = styled_label(
            translate("PlaceholderPage", "Trang {title} đang được xây dựng.").format(title=self.title()),
            "cardTitle",
        )
        status.setObjectName("placeholderStatus")
        purpose = styled_label(self.purpose(), wrap=True)
        purpose.setObjectName("placeholderPurpose")
        box.addWidget(status)
        box.addWidget(purpose)
        self.body_layout.addWidget(notice)
        self.body_layout.addStretch(1)

    def purpose(self) -> str:
        """One sentence: what the officer will do here once the page is built."""
        raise NotImplementedError
