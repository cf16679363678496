"""Small building blocks: cards, styled labels, dynamic style properties."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QTableWidget, QWidget


def card(parent: QWidget | None = None, name: str = "") -> QFrame:
    """A white rounded panel (see theme: QFrame[card="true"])."""
    frame = QFrame(parent)
    frame.setProperty("card", True)
    if name:
        frame.setObjectName(name)
    return frame


def styled_label(
    text: str = "", role: str = "", *, wrap: bool = False, parent: QWidget | None = None
) -> QLabel:
    """A plain-text label with a theme role ("muted", "error", "figureValue"…)."""
    label = QLabel(parent)
    # Plain text: names typed by the officer must never be interpreted as HTML.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def set_style_flag(widget: QWidget, name: str, value: bool | str) -> None:
    """Change a property used by the style sheet and re-apply the style (Qt does not do it by itself)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_role(label: QWidget, role: str) -> None:
    """Give a label another theme role ("error", "muted", "" …) and show it at once."""
    set_style_flag(label, "role", role)


def show_message(label: QLabel, text: str, *, error: bool = False, calm_role: str = "muted") -> None:
    """Put `text` on a screen's message line: red when it is an error, `calm_role` otherwise."""
    set_role(label, "error" if error else calm_role)
    label.setText(text)


def read_only_table(name: str, headings: list[str], *, single: bool = True) -> QTableWidget:
    """A small table of rows the officer selects but does not type into (lists of a few hundred rows;
    million-row lists use the paging model instead)."""
    table = QTableWidget(0, len(headings))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


@contextmanager
def wait_cursor() -> Iterator[None]:
    """The hourglass while a deliberately slow step (scrypt: a sign-in, a transfer code) runs on the GUI
    thread, so a second on an old office PC does not look like a frozen window."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
