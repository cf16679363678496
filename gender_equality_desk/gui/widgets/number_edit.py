"""A whole-number box that shows thousands the Vietnamese way ("1.500") and may be left empty."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from gender_equality_desk.core.domain.text import group_thousands

MAX_DIGITS = 9  # up to 999.999.999: larger than any count a commune records, and within SQLite's int


class NumberEdit(QLineEdit):
    """Digits only (dots and spaces as separators are accepted); `value()` is None while empty.

    A line edit rather than a spin box: an empty box must mean "not recorded", and the officer types
    "1.500" as it is written on paper.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No minus sign: counts are never negative, so the box cannot take one.
        pattern = QRegularExpression(r"[0-9][0-9. ]{0,14}|")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(120)
        self.editingFinished.connect(self._reformat)

    def value(self) -> int | None:
        digits = "".join(char for char in self.text() if char.isdigit())[:MAX_DIGITS]
        return int(digits) if digits else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else group_thousands(value))

    def _reformat(self) -> None:
        value = self.value()
        if value is not None and self.text() != group_thousands(value):
            self.set_value(value)
