"""Small inputs of the plan editor: an optional date and a text box holding styled paragraphs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from gender_equality_desk.core.plans.markup import format_paragraphs, parse_paragraphs
from gender_equality_desk.core.plans.model import Paragraphs
from gender_equality_desk.gui.forms.inputs import limit_dates
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.pasting import PastedTextEdit


def _paragraph_hint() -> str:
    return translate(
        "ParagraphsEdit",
        "Mỗi dòng là một đoạn. Dòng bắt đầu bằng “- ” là gạch đầu dòng; dòng ngắn đánh số “1. …” là đề mục; "
        "“# ” buộc thành đề mục, “> ” buộc thành đoạn văn.",
    )


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class OptionalDate(QWidget):
    """A date the officer may leave empty (the box unticked): e.g. a planned activity without a day yet."""

    def __init__(self, name: str, label: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.enabled.setObjectName(f"{name}Enabled")
        self.edit = QDateEdit(to_qdate(default))
        self.edit.setObjectName(f"{name}Edit")
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setCalendarPopup(True)
        limit_dates(self.edit)
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.enabled.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.enabled.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))


class ParagraphsEdit(PastedTextEdit):
    """A section's text as the officer types or pastes it; `paragraphs()` gives the styled paragraphs."""

    def __init__(self, name: str, parent: QWidget | None = None, *, height: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(_paragraph_hint())
        self.setPlaceholderText(_paragraph_hint())
        if height:
            self.setMinimumHeight(height)

    def paragraphs(self) -> Paragraphs:
        return parse_paragraphs(self.toPlainText())

    def set_paragraphs(self, paragraphs: Paragraphs) -> None:
        self.setPlainText(format_paragraphs(paragraphs))
