"""What every page of the main window has: a heading, a short subheading and a scrollable body."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from gender_equality_desk.gui.widgets.basics import styled_label


class Page(QWidget):
    """A page: subclasses give `title()` and `icon_name()` and fill `self.body_layout`.

    The heading reuses `title()` so the sidebar entry and the heading can never disagree.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)

        body = QWidget(scroll)
        body.setObjectName("pageBody")
        scroll.setWidget(body)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(24, 18, 24, 18)
        self.body_layout.setSpacing(12)

        self.heading = styled_label(self.title())
        self.heading.setObjectName("pageHeading")
        self.subheading = styled_label(self.subtitle(), wrap=True)
        self.subheading.setObjectName("pageSubheading")
        self.subheading.setVisible(bool(self.subtitle()))
        self.body_layout.addWidget(self.heading)
        self.body_layout.addWidget(self.subheading)

    def title(self) -> str:
        raise NotImplementedError

    def subtitle(self) -> str:
        return ""

    def icon_name(self) -> str:
        return ""

    def activated(self) -> None:
        """Called each time the page is shown; pages showing store data refresh here."""
