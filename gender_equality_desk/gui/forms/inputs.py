"""Small inputs of the record forms: counts that may stay empty, money typed with thousands separators,
dates and date-times in Vietnam local time, and the message line under each field."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QRegularExpression, Qt, QTime
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QLineEdit, QWidget

from gender_equality_desk.core.domain import ranges
from gender_equality_desk.core.domain.clock import LOCAL_TZ, local_datetime
from gender_equality_desk.core.domain.text import group_thousands, parse_vnd
from gender_equality_desk.gui.theme import ACCENT

# Amber-orange for "allowed, but check" next to the red of errors (the same as the propaganda form).
WARNING_STYLE = f"color: {ACCENT};"
COUNT_DIGITS = ranges.PEOPLE.digits  # the check then names the range of a larger number
MONEY_DIGITS = ranges.MONEY.digits


class CountEdit(QLineEdit):
    """A head count; empty means "not recorded" (None), which a spin box cannot express."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # Digits only: a minus sign cannot even be typed, so counts are never negative.
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{COUNT_DIGITS}}}"), self)
        )
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


class MoneyEdit(QLineEdit):
    """Đồng, regrouped as the officer types: "1500000" becomes "1.500.000" at once."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"[0-9. ]{{0,{MONEY_DIGITS + 4}}}"), self)
        )
        self.textEdited.connect(self._regroup)

    def value(self) -> int:
        """The amount; raises ValueError with a Vietnamese message when it is not a whole number."""
        return parse_vnd(self.text())

    def set_value(self, value: int) -> None:
        self.setText(group_thousands(value) if value else "")

    def _regroup(self, text: str) -> None:
        digits = "".join(char for char in text if char.isdigit()).lstrip("0") or ("0" if text else "")
        grouped = group_thousands(int(digits)) if digits else ""
        if grouped == text:
            return
        # Keep the cursor after the same number of digits it was after.
        digits_before = sum(char.isdigit() for char in text[: self.cursorPosition()])
        self.setText(grouped)
        position, seen = 0, 0
        while position < len(grouped) and seen < digits_before:
            seen += grouped[position].isdigit()
            position += 1
        self.setCursorPosition(position)


def date_edit(name: str, day: date | None = None) -> QDateEdit:
    """A day picker, dd/MM/yyyy with the calendar a click away."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if day is not None:
        show_day(edit, day)
    return edit


def show_day(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def day_of(edit: QDateEdit) -> date:
    """The day a date box shows."""
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


def date_time_edit(name: str, parent: QWidget | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    limit_dates(edit)
    return edit


def limit_dates(edit: QDateTimeEdit) -> None:
    """The calendar offers only the days core.domain.ranges accepts (the save checks them again)."""
    first, last = ranges.EARLIEST_DAY, ranges.latest_day()
    edit.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))


def to_local(edit: QDateTimeEdit) -> datetime:
    """The wall-clock time shown, as an aware Vietnam-time datetime (the PC's own zone is irrelevant)."""
    shown = edit.dateTime()
    day, clock = shown.date(), shown.time()
    return local_datetime(date(day.year(), day.month(), day.day()), clock.hour(), clock.minute())


def show_local(edit: QDateTimeEdit, moment: datetime) -> None:
    local = moment.astimezone(LOCAL_TZ)
    edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))


class MessageLine(QLabel):
    """Under a field: nothing, an error (red, blocks saving) or a warning (amber, saving allowed)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Message")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "error", "")

    def show_warning(self, text: str) -> None:
        self._show(text, "warning", WARNING_STYLE)

    def clear_message(self) -> None:
        self.setText("")
        self.setProperty("role", None)
        self.hide()

    @property
    def kind(self) -> str | None:
        """ "error", "warning" or None."""
        role = self.property("role")
        return str(role) if role and not self.isHidden() else None

    def _show(self, text: str, role: str, style: str) -> None:
        self.setProperty("role", role)
        self.setStyleSheet(style)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()
