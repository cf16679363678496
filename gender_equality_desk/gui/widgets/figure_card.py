"""A dashboard card: what is counted, the figure, and a line of detail."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from gender_equality_desk.gui.widgets.basics import styled_label


class FigureCard(QFrame):
    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.setObjectName(f"card_{key}")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(2)
        self.caption = styled_label(caption, "figureLabel", wrap=True)
        self.value = styled_label("", "figureValue")
        self.value.setObjectName(f"figure_{key}")
        self.detail = styled_label("", "muted", wrap=True)
        self.detail.setObjectName(f"detail_{key}")
        box.addWidget(self.caption)
        box.addWidget(self.value)
        box.addWidget(self.detail)
        box.addStretch(1)

    def set_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
