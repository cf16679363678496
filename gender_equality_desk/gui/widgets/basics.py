"""Small building blocks: cards, styled labels, buttons, tables, dynamic style properties."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def card(parent: QWidget | None = None, name: str = "") -> QFrame:
    """A white rounded panel (see theme: QFrame[card="true"])."""
    frame = QFrame(parent)
    frame.setProperty("card", True)
    if name:
        frame.setObjectName(name)
    return frame


def titled_card(
    title: str,
    name: str = "",
    *,
    spacing: int | None = None,
    wrap: bool = False,
    parent: QWidget | None = None,
) -> tuple[QFrame, QVBoxLayout]:
    """A card with its title at the top; what goes in it is added to the box returned with it."""
    frame = card(parent, name)
    box = QVBoxLayout(frame)
    box.setContentsMargins(16, 12, 16, 12)
    if spacing is not None:
        box.setSpacing(spacing)
    box.addWidget(styled_label(title, "cardTitle", wrap=wrap))
    return frame, box


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


def push_button(name: str, text: str, slot: Callable[[], object], *, primary: bool = False) -> QPushButton:
    """A toolbar button named `name` (tests find it by it) that runs `slot` when clicked; `primary` is the
    page's main action, coloured by the theme."""
    button = QPushButton(text)
    button.setObjectName(name)
    if primary:
        button.setProperty("primary", True)
    button.clicked.connect(lambda: slot())  # not clicked(bool) → slot(checked)
    return button


def button_row(*buttons: QWidget, right: Sequence[QWidget] = ()) -> QHBoxLayout:
    """Buttons side by side from the left; `right` at the far right."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a read-only table's row key, kept in the row's first cell


def read_only_table(
    name: str, headings: list[str], *, single: bool = True, stretch: int | None = None
) -> QTableWidget:
    """A small table of rows the officer selects but does not type into (lists of a few hundred rows;
    million-row lists use the paging model instead). With `stretch`, the columns fit their contents and
    that one takes the rest of the width."""
    table = QTableWidget(0, len(headings))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    if stretch is not None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_key(table: QTableWidget) -> object | None:
    """The key (KEY_ROLE of the first cell) of the table's selected row; None when none is selected."""
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(KEY_ROLE)


def select_key(table: QTableWidget, key: object) -> None:
    """Select the row whose first cell keeps `key` (nothing happens when no row does)."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(KEY_ROLE) == key:
            table.selectRow(row)
            return


def run_dialog(dialog: QDialog) -> bool:
    """Show `dialog` modally; True when the officer accepted it. Qt deletes it once back in the event
    loop, so what it holds may still be read right after."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


@contextmanager
def wait_cursor() -> Iterator[None]:
    """The hourglass while a deliberately slow step (scrypt: a sign-in, a transfer code) runs on the GUI
    thread, so a second on an old office PC does not look like a frozen window."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
