"""What every page of the main window has: a heading, a short subheading and a scrollable body.

Pages get their services through one `PageServices` value and tell each other about data they changed
with `data_changed` (Anki's pattern): the main window forwards every change to every other page, and
each page decides whether it needs to read the store again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.gui.widgets.basics import styled_label

if TYPE_CHECKING:  # the main window's frame is shown before SQLAlchemy is imported
    from gender_equality_desk.core.store.engine import Store


class DataChange(StrEnum):
    """What a page changed in the store, so other pages know whether to read it again."""

    ACTIVITIES = "activities"
    PROPAGANDA = "propaganda"
    CATALOGUES = "catalogues"
    SLOGANS = "slogans"
    PROFILE = "profile"
    CAMPAIGNS = "campaigns"
    CASES = "cases"
    PLANS = "plans"
    ROSTER = "roster"  # the province desk's communes
    ROUNDS = "rounds"  # the province desk's reporting rounds (or a commune's imported ones)
    EVERYTHING = "everything"  # e.g. after a restore or an import
    # Encrypted cases from an old PC replaced every case account: every open case session must end.
    ACCOUNTS_REPLACED = "accounts_replaced"
    SUBMISSIONS = "submissions"  # province desk: communes' reports received (and keys pinned)


@dataclass(frozen=True)
class PageServices:
    """What pages need from the application: the open store, the data folder and today's date."""

    store: Store
    layout: DataLayout
    today: Callable[[], date] = date.today


class Page(QWidget):
    """A page: subclasses give `title()` and `icon_name()` and fill `self.body_layout`.

    The heading reuses `title()` so the sidebar entry and the heading can never disagree.
    """

    data_changed = Signal(str)  # a DataChange value

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

    def on_data_changed(self, change: DataChange) -> None:
        """Another page changed `change`; pages showing that data read it again (now or when shown)."""

    def on_day_changed(self, today: date) -> None:
        """The local date became `today` while the app was open (midnight, or the PC woke up): pages
        showing statuses that depend on the date ("quá hạn", "còn 3 ngày") work them out again."""
