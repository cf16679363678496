"""Inputs shared by the case forms: typed dates (dd/mm/yyyy, may stay empty), labelled-enum combos,
and a message line under each field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import set_style_flag, styled_label

E = TypeVar("E", bound=LabelledEnum)
DATE_FORMAT = "%d/%m/%Y"


class DateLine(QLineEdit):
    """A date typed as dd/mm/yyyy. `value()` is None when empty; `problem()` says what is wrong."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(translate("DateLine", "dd/mm/yyyy"))
        self.setMaximumWidth(130)

    def set_value(self, day: date | None) -> None:
        self.setText("" if day is None else day.strftime(DATE_FORMAT))

    def problem(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            datetime.strptime(text, DATE_FORMAT)
        except ValueError:
            return translate(
                "DateLine",
                "“{text}” không phải ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/03/2026.",
            ).format(text=text)
        return None

    def value(self) -> date | None:
        text = self.text().strip()
        if not text or self.problem():
            return None
        return datetime.strptime(text, DATE_FORMAT).date()


class EnumCombo(QComboBox, Generic[E]):
    """A combo of one LabelledEnum's labels, in the UI language."""

    def __init__(self, enum: type[E], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._members: list[E] = list(enum)
        for member in self._members:
            self.addItem(translated_label(member))

    def value(self) -> E:
        return self._members[self.currentIndex()]

    def set_value(self, member: E) -> None:
        self.setCurrentIndex(self._members.index(member))


def message_line(name: str) -> QLabel:
    line = styled_label("", "error", wrap=True)
    line.setObjectName(f"{name}Message")
    line.hide()
    return line


def show_errors(errors: dict[str, str], inputs: dict[str, QWidget], lines: dict[str, QLabel]) -> None:
    """Each message under its field and the field marked; the first wrong field gets the focus."""
    for name, line in lines.items():
        line.setText(errors.get(name, ""))
        line.setVisible(name in errors)
    for name, widget in inputs.items():
        set_style_flag(widget, "invalid", name in errors)
    first = next((inputs[name] for name in inputs if name in errors), None)
    if first is not None:
        first.setFocus()
