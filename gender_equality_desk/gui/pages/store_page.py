"""A page showing what the store holds, read again when what it shows changes (the province desk's pages).

Shown (`activated`), it reads the store if anything it shows changed since; a change another page made
while it is visible is read at once. A subclass names the changes it shows (`shows`, None: every one),
implements `reload()` calling `super().reload()` first, and, when the officer edits through it, says what
it changed (`announces`) with `_changed(message)`.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLabel, QWidget

from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.widgets.basics import show_message, styled_label


class StorePage(Page):
    shows: ClassVar[frozenset[DataChange] | None] = None  # the changes this page shows; None: every one
    announces: ClassVar[DataChange] = DataChange.EVERYTHING  # what `_changed` tells the other pages
    message: QLabel  # what `_say` writes on (`_add_message_line`, or the page's own)

    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._store = services.store
        self._stale = True

    def activated(self) -> None:
        if self._stale:
            self.reload()

    def on_data_changed(self, change: DataChange) -> None:
        if self.shows is None or change in self.shows:
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """Read the store and show it (subclasses call this first)."""
        self._stale = False

    # -- the message line -------------------------------------------------------------------------------

    def _add_message_line(self, name: str) -> QLabel:
        """The line saying what the last action did, hidden until there is something to say (no gap)."""
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName(name)
        self.message.hide()
        self.body_layout.addWidget(self.message)
        return self.message

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error)
        self.message.show()

    def _changed(self, message: str) -> None:
        """After the officer changed something here: show it, say so, and tell the other pages."""
        self.reload()
        self._say(message)
        self.data_changed.emit(self.announces.value)
