"""The bar that says what was just moved to Thùng rác, with the page's "Hoàn tác" button beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from gender_equality_desk.gui.widgets.basics import styled_label


class UndoBar(QFrame):
    """Hidden until `show_message`; the page owns the button (its wording and shortcut)."""

    def __init__(
        self, button: QPushButton, label_name: str, *, right_margin: int = 8, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("card", True)  # the theme's white rounded panel, as basics.card
        self.setObjectName("undoBar")
        self.label = styled_label("")
        self.label.setObjectName(label_name)
        self.button = button
        box = QHBoxLayout(self)
        box.setContentsMargins(12, 4, right_margin, 4)
        box.addWidget(self.label, 1)
        box.addWidget(button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
